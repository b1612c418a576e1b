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
 * The Maven build that ends the README's build command (.ci/build), {@code mvn -B -q package -DskipTests}, on a copy of this project
 * (in a temp folder: the repository's own target/ is never touched) with one broken article: the tool is
 * built, and the command says so, lists what to fix and how to build the site once it is fixed; no Maven
 * failure line (which reads as a failed install), no Java stack trace, no terminal colour codes.
 */
class PackageCommandTest {
    /** What a build of the project reads; src/test is left out, so that the copy compiles src/main only. */
    private static final List<String> PROJECT = List.of("pom.xml", ".mvn", "src/main", "templates", "assets", "content", "data",
            "jbake.properties");

    @TempDir
    Path tmp;

    @Test
    void aContentErrorLeavesTheToolBuiltAndSaysWhatToFixAndHowToBuildAgain() throws Exception {
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

        String output = maven(project, 0, "-B", "-q", "package", "-DskipTests");

        assertEquals(List.of(
                "Công cụ đã được dựng xong (" + project.resolve("target/bantin.jar") + ") và dùng được. Chỉ trang web chưa được dựng, "
                        + "vì nội dung có 1 lỗi cần sửa:",
                "  1. content/tin-tuc/2024/01/hoi-nghi.md:4: date: \"32/01/2024\": tháng 1 năm 2024 không có ngày 32 (viết năm "
                        + "trước, rồi tháng, rồi ngày; tháng 1/2024 có 31 ngày, ngày cuối tháng viết là 2024-01-31)",
                "Sửa xong thì dựng trang bằng ./bantin build (trên Windows: .\\bantin build), không cần chạy lại mvn. Xem lại lỗi mà "
                        + "không dựng: ./bantin check"), output.lines().toList());
        assertFalse(output.contains("\u001b"), "terminal escape codes in:\n" + output);
        assertTrue(Files.isRegularFile(project.resolve("target/bantin.jar")), "the tool is built");
        assertFalse(Files.exists(project.resolve("target/site")), "a failed bake publishes nothing");
    }

    /** Runs the Maven that runs this test (its local repository too) in {@code dir}; returns stdout and stderr, after exit code {@code code}. */
    private static String maven(Path dir, int code, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        String repository = System.getProperty("bantin.maven.repository");
        List<String> command = new java.util.ArrayList<>();
        command.add(home != null ? Path.of(home, "bin", "mvn").toString() : "mvn");
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("BANTIN_LANG"); // the editors' language, as on a fresh machine
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(code, p.waitFor(), output);
        return output;
    }
}
