package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestPhotos;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.cli.Main;

/**
 * Same commit, same {@code --now}: byte-identical output, whatever the machine's default time zone,
 * language and file encoding, and whatever the wall clock says. Each build runs in its own JVM, as
 * the command line does, so no state of the test JVM can make them agree.
 */
class ReproducibleBuildTest {
    @TempDir
    Path tmp;

    /** Runs {@code java Main build} on the repository's own site in a new JVM with {@code jvmOptions}. */
    private Path buildInNewJvm(String name, List<String> jvmOptions) throws IOException, InterruptedException {
        return buildInNewJvm(TestSites.repo(), name, jvmOptions);
    }

    /** Runs {@code java Main build} on the site at {@code source} in a new JVM with {@code jvmOptions}. */
    private Path buildInNewJvm(Path source, String name, List<String> jvmOptions) throws IOException, InterruptedException {
        Path out = tmp.resolve(name);
        Path log = tmp.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "--source", source.toString(), "--output", out.toString(), "--now", TestSites.NOW.toOffsetDateTime().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
        return out;
    }

    @Test
    void twoProcessesUnderDifferentLocaleZoneEncodingAndClockWriteTheSameBytes() throws Exception {
        Map<String, String> plain = TestSites.hashes(buildInNewJvm("mac-dinh", List.of()));
        Map<String, String> hostile = TestSites.hashes(buildInNewJvm("tr-utc", List.of("-Duser.timezone=UTC",
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1")));
        assertTrue(plain.containsKey("feed.xml") && plain.containsKey(SeedSiteTest.NEWEST_FIRST.get(0)), plain.keySet().toString());
        assertEquals(plain, hostile);
    }

    /**
     * The repository's site with camera-sized photos, built from two copies each with a cache of its own, in two
     * processes under different locales, zones and encodings: the encoders (the JDK's JPEG, libwebp) write the
     * same bytes in a fresh process, and nothing of the cache reaches the site.
     */
    @Test
    void photosAreMadeToTheSameBytesInAnotherProcessWithoutTheOthersCache() throws Exception {
        Path first = TestPhotos.withPhotos(tmp.resolve("a"));
        Path second = tmp.resolve("b");
        for (String part : List.of("content", "data", "assets", "templates")) {
            TestSites.copyTree(first.resolve(part), second.resolve(part));
        }
        Files.copy(first.resolve("jbake.properties"), second.resolve("jbake.properties"));
        Map<String, String> plain = TestSites.hashes(buildInNewJvm(first, "anh-mac-dinh", List.of()));
        Map<String, String> hostile = TestSites.hashes(buildInNewJvm(second, "anh-tr-utc", List.of("-Duser.timezone=UTC",
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1")));
        assertTrue(plain.keySet().stream().filter(f -> f.startsWith("anh/")).count() > 40, plain.keySet().toString());
        assertEquals(plain, hostile);
    }
}
