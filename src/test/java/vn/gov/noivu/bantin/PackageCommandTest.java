package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven build that ends the README's build command (.ci/build), {@code mvn -B -q package -DskipTests}, on a copy of this project (in a temp
 * folder: the repository's own target/ is never touched) with one broken article: it ends with the
 * CLI's numbered errors and Maven's "Failed to execute goal" line, without a Java stack trace or
 * terminal colour codes.
 */
class PackageCommandTest {
    /** What a build of the project reads; src/test is left out, so that the copy compiles src/main only. */
    private static final List<String> PROJECT = List.of("pom.xml", ".mvn", "src/main", "templates", "assets", "content", "data",
            "jbake.properties");

    @TempDir
    Path tmp;

    @Test
    void aContentErrorEndsThePackageWithTheErrorListAndNoStackTrace() throws Exception {
        Path project = tmp.resolve("project");
        for (String part : PROJECT) {
            Path from = TestSites.repo().resolve(part);
            if (Files.isDirectory(from)) {
                TestSites.copyTree(from, project.resolve(part));
            } else {
                Files.createDirectories(project);
                Files.copy(from, project.resolve(part));
            }
        }
        // Decap CMS as .ci/build installs it (npm ci in desk/): the repository's site has a desk, which the tool carries.
        Files.createDirectories(project.resolve("desk"));
        Files.createSymbolicLink(project.resolve("desk/node_modules"), TestSites.repo().resolve("desk/node_modules"));
        TestSites.write(project, "content/tin-tuc/2024/01/hoi-nghi.md", "---\ntitle: \"Hội nghị\"\ncategory: \"Tin hoạt động\"\n"
                + "date: 32/01/2024\n---\n\nNội dung.\n");

        String output = maven(project, "-B", "-q", "package", "-DskipTests");

        List<String> lines = output.lines().toList();
        int list = lines.indexOf("Có 1 lỗi; trang chưa được dựng lại (trang đang đăng giữ nguyên):");
        assertTrue(list >= 0, output);
        assertEquals("  1. content/tin-tuc/2024/01/hoi-nghi.md:4: date: không đọc được ngày \"32/01/2024\" (viết năm-tháng-ngày "
                + "như 2024-01-15, hoặc kèm giờ như 2024-01-15T08:30)", lines.get(list + 1), output);
        assertTrue(lines.get(list + 2).startsWith("[ERROR] Failed to execute goal org.codehaus.mojo:exec-maven-plugin:")
                && lines.get(list + 2).contains("(bake-site) on project bantin: Command execution failed."), output);
        assertEquals(List.of(), lines.stream().filter(l -> l.matches("\\s+at [\\w.$]+.*") || l.contains("Exception:")).toList(),
                "a stack trace in:\n" + output);
        assertFalse(output.contains("\u001b"), "terminal escape codes in:\n" + output);
        assertFalse(Files.exists(project.resolve("target/site")), "a failed bake publishes nothing");
    }

    /** Runs the Maven that runs this test (its local repository too) in {@code dir}; returns stdout and stderr, after exit code 1. */
    private static String maven(Path dir, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        String repository = System.getProperty("bantin.maven.repository");
        List<String> command = new java.util.ArrayList<>();
        command.add(home != null ? Path.of(home, "bin", "mvn").toString() : "mvn");
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), output);
        return output;
    }
}
