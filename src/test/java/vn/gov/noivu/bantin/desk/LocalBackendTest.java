package vn.gov.noivu.bantin.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;

/**
 * Decap CMS's local backend protocol as {@code serve} answers it, without a browser: what it reads and refuses to touch,
 * a save written in the project's form and committed, a save the checks refuse put back, and the answers when Git
 * cannot commit, in both languages.
 */
class LocalBackendTest {
    @TempDir
    Path tmp;

    private Path site;
    /** What the checks say after a save: none, unless a test gives some. */
    private List<ContentError> after = List.of();

    private LocalBackend backend(boolean repository, boolean named, Language language) throws Exception {
        site = TestSites.copy("repo", tmp);
        if (repository) {
            try (Git git = Git.init().setDirectory(site.toFile()).call()) {
                if (named) {
                    var config = git.getRepository().getConfig();
                    config.setString("user", null, "name", "Biên tập viên");
                    config.setString("user", null, "email", "bt@sonoivu.example.gov.vn");
                    config.save();
                }
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Trang").setAuthor("Quản trị", "qt@example").setCommitter("Quản trị", "qt@example").call();
            }
        }
        SiteConfig config = SiteConfig.load(site, new ArrayList<>());
        return new LocalBackend(site, () -> config, new LocalBackend.Checks() {
            @Override
            public List<ContentError> last() {
                return List.of();
            }

            @Override
            public List<ContentError> now(Collection<String> changed) {
                return after;
            }
        }, language);
    }

    private static LocalBackend.Answer ask(LocalBackend b, String json) {
        return b.handle(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String persist(String path, String raw) {
        return "{\"action\":\"persistEntry\",\"params\":{\"branch\":\"main\",\"dataFiles\":[{\"slug\":\"x\",\"path\":\"" + path
                + "\",\"raw\":" + LocalBackend.json(raw) + "}],\"assets\":[],\"options\":{\"commitMessage\":\"Thêm bài viết “x”\"}}}";
    }

    private static final String ARTICLE = "---\ntitle: Hội nghị tổng kết\ndate: 2026-11-20T09:15+07:00\ncategory: Tin hoạt động\n"
            + "tags:\n  - hội nghị\n  - tổng kết\ndraft: false\n---\nNội dung.\n";

    @Test
    void aSaveIsWrittenInTheProjectsFormAndCommittedAsTheEditor() throws Exception {
        LocalBackend b = backend(true, true, Language.VI);
        LocalBackend.Answer a = ask(b, persist("content/tin-tuc/2026/11/hoi-nghi-tong-ket.md", ARTICLE));
        assertEquals(new LocalBackend.Answer(200, "{\"message\":\"entry persisted\"}"), a);
        assertEquals("---\ntitle: \"Hội nghị tổng kết\"\ndate: 2026-11-20T09:15+07:00\ncategory: \"Tin hoạt động\"\n"
                + "tags: [\"hội nghị\", \"tổng kết\"]\ndraft: false\n---\n\nNội dung.\n",
                Files.readString(site.resolve("content/tin-tuc/2026/11/hoi-nghi-tong-ket.md")));
        try (Git git = Git.open(site.toFile())) {
            RevCommit last = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("Thêm bài viết “x”", last.getFullMessage());
            assertEquals("Biên tập viên", last.getAuthorIdent().getName());
            assertEquals("bt@sonoivu.example.gov.vn", last.getCommitterIdent().getEmailAddress());
            assertTrue(git.status().call().isClean());
        }
        String pages = ask(b, "{\"action\":\"entriesByFolder\",\"params\":{\"branch\":\"main\",\"folder\":\"content/trang/gioi-thieu\","
                + "\"extension\":\"md\",\"depth\":1}}").json(); // the pages under Giới thiệu, as Decap lists a nested collection
        assertEquals(List.of("content/trang/gioi-thieu/chuc-nang-nhiem-vu.md", "content/trang/gioi-thieu/co-cau-to-chuc.md",
                "content/trang/gioi-thieu/don-vi-truc-thuoc.md", "content/trang/gioi-thieu/lanh-dao-so.md"),
                java.util.regex.Pattern.compile("\"path\":\"([^\"]+)\"").matcher(pages).results().map(m -> m.group(1)).toList());
        String entry = ask(b, "{\"action\":\"getEntry\",\"params\":{\"branch\":\"main\",\"path\":\"content/tin-tuc/2026/11/hoi-nghi-tong-ket.md\"}}")
                .json();
        assertTrue(entry.startsWith("{\"data\":\"---\\ntitle: \\\"Hội nghị tổng kết\\\"\\n"), entry);
    }

    @Test
    void aPhotoIsSavedAsSentAndADeletionIsACommitToo() throws Exception {
        LocalBackend b = backend(true, true, Language.VI);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        LocalBackend.Answer a = ask(b, "{\"action\":\"persistMedia\",\"params\":{\"branch\":\"main\",\"asset\":{\"path\":"
                + "\"assets/images/2026/11/anh.png\",\"content\":\"" + Base64.getEncoder().encodeToString(png) + "\",\"encoding\":\"base64\"},"
                + "\"options\":{\"commitMessage\":\"Thêm tệp “assets/images/2026/11/anh.png”\"}}}");
        assertEquals(200, a.status(), a.json());
        assertTrue(a.json().endsWith(",\"content\":\"iVBORw0KGgo=\",\"encoding\":\"base64\",\"path\":\"assets/images/2026/11/anh.png\","
                + "\"name\":\"anh.png\"}"), a.json());
        assertTrue(java.util.Arrays.equals(png, Files.readAllBytes(site.resolve("assets/images/2026/11/anh.png"))));
        a = ask(b, "{\"action\":\"deleteFile\",\"params\":{\"branch\":\"main\",\"path\":\"assets/images/2026/11/anh.png\","
                + "\"options\":{\"commitMessage\":\"Xóa tệp “assets/images/2026/11/anh.png”\"}}}");
        assertEquals(200, a.status(), a.json());
        assertFalse(Files.exists(site.resolve("assets/images/2026/11/anh.png")));
        try (Git git = Git.open(site.toFile())) {
            assertEquals("Xóa tệp “assets/images/2026/11/anh.png”", git.log().setMaxCount(1).call().iterator().next().getFullMessage());
            assertTrue(git.status().call().isClean());
        }
    }

    @Test
    void nothingOutsideTheDesksFoldersCanBeReadOrWritten() throws Exception {
        LocalBackend b = backend(true, true, Language.EN);
        for (String path : List.of("jbake.properties", "templates/article.ftl", ".git/config", "content/../jbake.properties",
                "assets/css/site.css", "content/tin-tuc/.an.md", "/etc/passwd", "content/tin-tuc/x.txt")) {
            LocalBackend.Answer read = ask(b, "{\"action\":\"getEntry\",\"params\":{\"branch\":\"main\",\"path\":" + LocalBackend.json(path)
                    + "}}");
            assertEquals(new LocalBackend.Answer(403, "{\"error\":" + LocalBackend.json("\"" + path + "\" is not a file the desk edits") + "}"),
                    read, path);
            assertEquals(403, ask(b, persist(path, ARTICLE)).status(), path);
        }
        Files.createSymbolicLink(site.resolve("content/tin-tuc/2026"), site.getParent());
        Files.createSymbolicLink(site.resolve("content/tin-tuc/lien-ket.md"), site.resolve("jbake.properties"));
        for (String path : List.of("content/tin-tuc/2026/repo/jbake.properties.md", "content/tin-tuc/lien-ket.md")) {
            assertEquals(403, ask(b, "{\"action\":\"getEntry\",\"params\":{\"branch\":\"main\",\"path\":\"" + path + "\"}}").status(), path);
            assertEquals(403, ask(b, persist(path, ARTICLE)).status(), path);
        }
        assertEquals(TestSites.read(TestSites.repo().resolve("jbake.properties")), TestSites.read(site.resolve("jbake.properties")));
        assertEquals(new LocalBackend.Answer(422, "{\"error\":\"the desk on this machine cannot do \\\"unpublishedEntries\\\"\"}"),
                ask(b, "{\"action\":\"unpublishedEntries\",\"params\":{\"branch\":\"main\"}}"));
        assertEquals(new LocalBackend.Answer(400, "{\"error\":\"not a request of Decap CMS's form\"}"), ask(b, "[1, 2"));
    }

    @Test
    void aSaveTheChecksRefuseIsPutBackAndNotCommitted() throws Exception {
        LocalBackend b = backend(true, true, Language.VI);
        String path = "content/tin-tuc/2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.md";
        String was = Files.readString(site.resolve(path));
        after = List.of(ContentError.of(path, 3, "date", Message.of("date.unreadable", "32/01/2023"), Message.of("hint.date")));
        ObjectId head;
        try (Git git = Git.open(site.toFile())) {
            head = git.getRepository().resolve("HEAD");
        }
        LocalBackend.Answer a = ask(b, persist(path, was.replace("date: 2023-01-12T06:50+07:00", "date: 32/01/2023")));
        assertEquals(422, a.status());
        assertEquals("{\"error\":" + LocalBackend.json("chưa lưu vì bài có lỗi; sửa rồi lưu lại (tệp vẫn như trước khi lưu):\n1. " + path
                + ":3: date: không đọc được ngày \"32/01/2023\" (viết năm-tháng-ngày như 2024-01-15, hoặc kèm giờ như 2024-01-15T08:30)")
                + "}", a.json());
        assertEquals(was, Files.readString(site.resolve(path)));
        try (Git git = Git.open(site.toFile())) {
            assertEquals(head, git.getRepository().resolve("HEAD"));
            assertTrue(git.status().call().isClean());
        }
    }

    @Test
    void escapedSlashesOfJsonAreReadAsSlashes() {
        assertEquals("{\"path\":\"/a/b\",\"t\":\"\\\\/\\\"/\"}", LocalBackend.slashes("{\"path\":\"\\/a\\/b\",\"t\":\"\\\\\\/\\\"\\/\"}"));
    }

    @Test
    void withoutAGitRepositoryOrAnEditorsNameNothingIsSavedAndTheAnswerSaysWhatToDo() throws Exception {
        LocalBackend b = backend(false, false, Language.EN);
        LocalBackend.Answer a = ask(b, persist("content/tin-tuc/2026/11/a.md", ARTICLE));
        assertEquals(422, a.status());
        assertEquals("{\"error\":" + LocalBackend.json("the folder " + site + " is not in a Git repository, so nothing can be saved (each "
                + "save is a commit): get the site with git clone") + "}", a.json());
        assertFalse(Files.exists(site.resolve("content/tin-tuc/2026/11/a.md")));

        Path unnamed = tmp.resolve("unnamed");
        Files.createDirectories(unnamed);
        tmp = unnamed;
        b = backend(true, false, Language.VI);
        // This machine's own git config (~/.gitconfig) is left out, as on an editor's new computer.
        SystemReader machine = SystemReader.getInstance();
        Path empty = Files.createFile(tmp.resolve("gitconfig"));
        SystemReader.setInstance(new SystemReader.Delegate(machine) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, empty.toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, empty.toFile(), fs);
            }
        });
        try {
            a = ask(b, persist("content/tin-tuc/2026/11/a.md", ARTICLE));
        } finally {
            SystemReader.setInstance(machine);
        }
        assertEquals("{\"error\":" + LocalBackend.json("Git chưa biết tên và thư điện tử của anh/chị, nên chưa lưu được: chạy git config "
                + "--global user.name \"Họ Tên\" và git config --global user.email \"ten@example.gov.vn\", rồi lưu lại") + "}", a.json());
        assertFalse(Files.exists(site.resolve("content/tin-tuc/2026/11/a.md")));
    }
}
