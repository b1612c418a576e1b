package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * The pre-commit hook (scripts/pre-commit) checks exactly what is being committed: a mistake that is staged is
 * refused even when an unstaged edit fixed it, and a staged fix passes even when the working folder still
 * has the mistake. Runs real git on a copy of a fixture site with the hook installed as the docs say.
 */
class PreCommitHookTest {
    private static final String ARTICLE = "content/tin-tuc/2024/01/ke-hoach-cai-cach.md";

    @TempDir
    Path tmp;
    Path site;

    private record Result(int code, String output) {
    }

    private Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true);
        pb.environment().remove("BANTIN_LANG");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private void setUp() throws IOException, InterruptedException {
        site = TestSites.copy("basic", tmp);
        Path hook = site.resolve("scripts/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.copy(TestSites.repo().resolve("scripts/pre-commit"), hook);
        assertTrue(hook.toFile().setExecutable(true));
        // The tool as the hook runs it (./bantin with target/bantin.jar there), made of this build's classes.
        Path tool = Files.writeString(site.resolve("bantin"), "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")) + "' "
                + Main.class.getName() + " \"$@\"\n");
        assertTrue(tool.toFile().setExecutable(true));
        Files.createDirectories(site.resolve("target"));
        Files.writeString(site.resolve("target/bantin.jar"), "");
        Files.writeString(site.resolve(".gitignore"), "/target/\n/bantin\n/.cache/\n");
        for (String[] step : List.of(new String[] {"init", "-q"}, new String[] {"config", "user.name", "Biên tập viên"},
                new String[] {"config", "user.email", "btv@example.gov.vn"}, new String[] {"config", "core.hooksPath", "scripts"},
                new String[] {"add", "-A"})) {
            assertEquals(0, git(step).code());
        }
        Result first = git("commit", "-q", "-m", "Trang ban đầu");
        assertEquals(0, first.code(), first.output());
    }

    private void save(String from, String to) throws IOException {
        Path p = site.resolve(ARTICLE);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Path saved = Files.writeString(tmp.resolve("saved.tmp"), text.replace(from, to));
        Files.move(saved, p, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStagedMistakeIsRefusedEvenWhenTheWorkingFolderFixedIt() throws Exception {
        setUp();
        save("date: 2024-01-12T09:00+07:00", "date: 2024-02-30T09:00+07:00");
        assertEquals(0, git("add", ARTICLE).code());
        save("date: 2024-02-30T09:00+07:00", "date: 2024-02-29T09:00+07:00"); // fixed, but not staged

        Result refused = git("commit", "-m", "Sửa ngày");
        assertEquals(1, refused.code(), refused.output());
        assertTrue(refused.output().contains("Có 1 lỗi cần sửa:\n  1. " + ARTICLE + ":3: date: \"2024-02-30T09:00+07:00\": tháng 2 "
                + "năm 2024 không có ngày 30 (tháng 2/2024 có 29 ngày, ngày cuối tháng viết là 2024-02-29T09:00+07:00)\n"), refused.output());
        assertTrue(refused.output().contains("Commit đã bị dừng: sửa các lỗi ở trên, `git add` các tệp đã sửa, rồi commit lại. "
                + "Chỉ khi khẩn cấp mới bỏ qua bước kiểm tra này: git commit --no-verify"), refused.output());
        assertEquals(1, Integer.parseInt(git("rev-list", "--count", "HEAD").output().strip()), "nothing was committed");

        assertEquals(0, git("add", ARTICLE).code());
        Result fixed = git("commit", "-q", "-m", "Sửa ngày");
        assertEquals(0, fixed.code(), fixed.output());
    }

    @Test
    void aStagedFixPassesWhateverTheWorkingFolderHolds() throws Exception {
        setUp();
        save("date: 2024-01-12T09:00+07:00", "date: 2024-01-13T09:00+07:00");
        assertEquals(0, git("add", ARTICLE).code());
        save("date: 2024-01-13T09:00+07:00", "date: 32/01/2024"); // a mistake not staged: not what is committed
        Result committed = git("commit", "-q", "-m", "Đổi ngày");
        assertEquals(0, committed.code(), committed.output());
        assertEquals(2, Integer.parseInt(git("rev-list", "--count", "HEAD").output().strip()));
        // The check of the staged copy remembers in the working folder's cache, which builds and the preview share.
        try (java.util.stream.Stream<Path> entries = Files.walk(site.resolve(".cache/article"))) {
            assertTrue(entries.anyMatch(Files::isRegularFile), "the working folder's cache holds the check's entries");
        }
    }
}
