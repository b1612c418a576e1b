package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.TestSites;

/**
 * Every command a user is told to type runs with the same JVM settings: {@code java -jar} through the
 * {@link Launcher}, {@code ./bantin} itself, and the build {@code mvn package} runs.
 */
class LauncherTest {
    @Test
    void theLauncherTheScriptAndMavenUseTheSameSettings() {
        String script = TestSites.read(TestSites.repo().resolve("bantin"));
        Matcher exec = Pattern.compile("exec java \\$cds \\$thp ((?:[^$]|\\\\\\n)*?)\\$\\{BANTIN_JAVA_OPTS").matcher(script);
        assertTrue(exec.find(), script);
        List<String> flags = new ArrayList<>(List.of(exec.group(1).replace("\\\n", " ").trim().split("\\s+")));
        assertEquals(Launcher.FLAGS, flags);
        String pom = TestSites.read(TestSites.repo().resolve("pom.xml"));
        String bake = pom.substring(pom.indexOf("<id>bake-site</id>"));
        List<String> arguments = new ArrayList<>();
        Matcher argument = Pattern.compile("<argument>([^<]*)</argument>").matcher(bake.substring(0, bake.indexOf("</execution>")));
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        assertTrue(arguments.containsAll(Launcher.FLAGS), arguments.toString());
    }

    @Test
    void aJvmStartedWithOptionsOrByTheLauncherRunsTheProgramItself() {
        // The test runner starts this JVM with options of its own.
        assertEquals(java.util.Optional.empty(), Launcher.command(new String[] {"build"}));
    }
}
