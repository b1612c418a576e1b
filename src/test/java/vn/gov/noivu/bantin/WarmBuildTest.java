package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/WarmBuild.java, whose figures docs/benchmark.md gives, still compiles against the command line and
 * builds the repository's own site again and again in one JVM, the same bytes each time.
 */
class WarmBuildTest {
    @TempDir
    Path tmp;

    @Test
    void buildsTheRepositorysSiteTwiceInOneJvmToTheSameBytes() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                TestSites.repo().resolve("bench/WarmBuild.java").toString()));
        Path out = tmp.resolve("out");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("WarmBuild").getDeclaredMethod("run", Path.class, int.class, Path.class);
            run.setAccessible(true);
            assertEquals(2, ((List<?>) run.invoke(null, TestSites.repo(), 2, out)).size());
        }
        Map<String, String> first = TestSites.hashes(out.resolve("run-1"));
        assertFalse(first.isEmpty());
        assertEquals(first, TestSites.hashes(out.resolve("run-2")));
    }
}
