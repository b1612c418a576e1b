package vn.gov.noivu.bantin.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * JBake's database, OrientDB, is never started: its store is answered from memory (IndexedContentStore).
 * The one class of OrientDB that uses commons-lang 2 ({@code OrientDBEmbedded}, which throws its
 * {@code NullArgumentException}) therefore never runs, so commons-lang, excluded for CVE-2025-48924, needs
 * no stand-in on the class path.
 */
class OrientDbTest {
    @TempDir
    Path tmp;

    @Test
    void aWholeBuildNeverLoadsOrientDbsEngine() throws Exception {
        Path site = TestSites.copy("repo", tmp);
        Path log = tmp.resolve("classes.log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", classPath, "vn.gov.noivu.bantin.cli.Main", "build",
                "--source", site.toString(), "--output", tmp.resolve("out").toString(), "--now", TestSites.NOW.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.txt").toFile()).start();
        assertEquals(0, build.waitFor(), Files.readString(tmp.resolve("build.txt")));
        List<String> loaded = Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", ""))
                .map(l -> l.split(" ")[0]).toList();
        assertTrue(loaded.contains("org.jbake.app.Oven"), "the build baked with JBake");
        assertTrue(loaded.contains(IndexedContentStore.class.getName()));
        assertFalse(loaded.contains("com.orientechnologies.orient.core.Orient"), "OrientDB's engine was started");
        assertFalse(loaded.contains("com.orientechnologies.orient.core.db.OrientDBEmbedded"));
        assertTrue(loaded.stream().noneMatch(c -> c.startsWith("org.apache.commons.lang.")), "commons-lang 2 was loaded");
    }

    @Test
    void commonsLangIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.commons.lang.NullArgumentException"));
        assertTrue(System.getProperty("java.class.path").split(File.pathSeparator).length > 0);
    }
}
