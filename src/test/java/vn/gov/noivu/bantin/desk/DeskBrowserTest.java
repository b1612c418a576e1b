package vn.gov.noivu.bantin.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.serve.Preview;

/**
 * The desk as an editor uses it on their own machine: {@code serve} on a copy of the repository's own site made a Git
 * repository, its desk in headless Chromium (in Vietnam's time zone, as an editor's browser is), Decap CMS's own screens
 * driven as a person would (typing, choosing from the list, uploading a photo from disk). Each save must leave exactly
 * its files in the working copy, in the project's form, committed as the person git config names; {@code check} must
 * pass and the preview must show the change. A form with a required field left empty, and a save that the checks
 * refuse, must change nothing, and say why in Vietnamese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserTest {
    private static final String NAME = "Biên tập viên Sở Nội vụ";
    private static final String EMAIL = "bientap@sonoivu.example.gov.vn";
    private static final long WAIT_MS = 30_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path tmp;
    private Path site;
    private Preview preview;
    private Chromium chrome;
    private final List<Object> blocked = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        tmp = dir;
        site = TestSites.copy("repo", tmp);
        // A clone has the repository's .gitignore: the build's cache (.cache) is never committed.
        java.nio.file.Files.copy(TestSites.repo().resolve(".gitignore"), site.resolve(".gitignore"));
        try (Git git = Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            var config = git.getRepository().getConfig();
            config.setString("user", null, "name", NAME);
            config.setString("user", null, "email", EMAIL);
            config.save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Trang của Sở").call();
        }
        preview = Preview.start(new Preview.Options(site, 0, true, true, () -> TestSites.NOW, r -> { }, Language.VI));
        chrome = Chromium.start(true, 1400, 1000);
        chrome.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
        chrome.recordBlockedRequests();
        chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__log = []; ['error','warn'].forEach(function (k) { var o = console[k]; console[k] = function () {"
                + " window.__log.push(k + ': ' + Array.prototype.map.call(arguments, function (a) { return a && a.stack ? a.stack : String(a); }).join(' ')); o.apply(console, arguments); }; });"));
        chrome.driver.get(preview.address() + "quan-tri/");
        click(By.xpath("//button[normalize-space()='Đăng nhập']"));
        await("the list of articles", () -> !chrome.driver.findElements(By.xpath("//*[normalize-space()='Bài viết']")).isEmpty());
    }

    @AfterAll
    void stop() {
        Close.all(chrome, preview);
    }

    @Test
    @Order(1)
    void anEditorWritesAnArticleWithAPhotoAndItIsCommittedCheckedAndPreviewed() throws Exception {
        String title = "Đoàn công tác Sở Nội vụ kiểm tra cải cách hành chính tại xã Đăk Pơ";
        String slug = Slugs.slugify(title);
        Path photo = tmp.resolve("anh-kiem-tra.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        ObjectId before = head();

        go("#/collections/tin-tuc/new");
        type("Tiêu đề", title);
        set("Ngày giờ đăng (giờ Việt Nam, GMT+7)", "2026-11-20T09:15");
        choose("Chuyên mục", "Cải cách hành chính");
        type("Chủ đề", "kiểm tra, cải cách hành chính");
        click(By.xpath("//button[normalize-space()='Chọn một hình']"));
        chrome.driver.findElement(By.cssSelector("[role=dialog] input[type=file]")).sendKeys(photo.toString());
        click(By.xpath("//button[normalize-space()='Lấy những cái đã chọn' and not(@disabled)]"));
        type("Lời tả ảnh", "Đoàn kiểm tra làm việc với Ủy ban nhân dân xã");
        body("Sáng 20/11, đoàn công tác của Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại xã Đăk Pơ.");
        save();

        Path article = site.resolve("content/tin-tuc/2026/11/" + slug + ".md");
        await("the article's file", () -> Files.exists(article));
        awaitNewCommit(before);
        assertEquals("""
                ---
                title: "Đoàn công tác Sở Nội vụ kiểm tra cải cách hành chính tại xã Đăk Pơ"
                date: 2026-11-20T09:15+07:00
                category: "Cải cách hành chính"
                tags: ["kiểm tra", "cải cách hành chính"]
                image: images/2026/11/anh-kiem-tra.jpg
                image_alt: "Đoàn kiểm tra làm việc với Ủy ban nhân dân xã"
                draft: true
                ---

                Sáng 20/11, đoàn công tác của Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại xã Đăk Pơ.
                """, Files.readString(article));
        assertEquals(-1, Files.mismatch(photo, site.resolve("assets/images/2026/11/anh-kiem-tra.jpg")));
        assertCommitted(before, Set.of("content/tin-tuc/2026/11/" + slug + ".md", "assets/images/2026/11/anh-kiem-tra.jpg"),
                "Thêm bài viết “2026/11/" + slug + "”");
        assertChecks();
        String page = get("tin-tuc/" + slug + ".html");
        assertTrue(page.contains("<h1>" + title + "</h1>") && page.contains("<img src=\"/anh/images/2026/11/anh-kiem-tra-"), page); // made for screens
        assertNothingBlocked();
    }

    @Test
    @Order(2)
    void anEditorEditsAnArticleAndAWeekOfTheSchedule() throws Exception {
        String rel = "content/tin-tuc/2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.md";
        Path article = site.resolve(rel);
        String was = Files.readString(article);
        ObjectId before = head();
        go("#/collections/tin-tuc/entries/2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh");
        type("Chủ đề", ", kiểm tra");
        type("Nguồn", " điện tử");
        save();
        await("the edited article", () -> read(article).contains("Báo Hà Giang điện tử"));
        ObjectId edited = awaitNewCommit(before);
        assertEquals(was.replace("\"Hà Giang\"]", "\"Hà Giang\", \"kiểm tra\"]").replace("source: \"Báo Hà Giang\"",
                "source: \"Báo Hà Giang điện tử\""), Files.readString(article));
        assertCommitted(before, Set.of(rel), "Sửa bài viết “2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh”");
        assertChecks();
        assertTrue(get("tin-tuc/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.html")
                .contains("(Nguồn: Báo Hà Giang điện tử)"));

        Path week = site.resolve("data/lich-cong-tac/2026-W48.yaml");
        String weekWas = Files.readString(week);
        go("#/collections/lich-cong-tac/entries/2026-W48");
        type("Ghi chú của tuần", " Cập nhật ngày 23/11.");
        type("Địa điểm", " (phòng 201)"); // of the first entry of the first day
        save();
        await("the edited week", () -> read(week).contains("(phòng 201)"));
        awaitNewCommit(edited);
        assertEquals(weekWas.replace("các thay đổi được cập nhật trên trang trong ngày.\"",
                        "các thay đổi được cập nhật trên trang trong ngày. Cập nhật ngày 23/11.\"")
                .replaceFirst(java.util.regex.Pattern.quote("dia_diem: \"Phòng họp tầng 2, Sở Nội vụ\""),
                        "dia_diem: \"Phòng họp tầng 2, Sở Nội vụ (phòng 201)\""),
                Files.readString(week));
        assertCommitted(edited, Set.of("data/lich-cong-tac/2026-W48.yaml"), "Sửa tuần lịch công tác “2026-W48”");
        assertChecks();
        assertTrue(get("lich-cong-tac/2026-w48.html").contains("Phòng họp tầng 2, Sở Nội vụ (phòng 201)"));
        assertNothingBlocked();
    }

    @Test
    @Order(3)
    void aRequiredFieldLeftEmptyIsNamedInVietnameseAndNothingIsWritten() throws Exception {
        Repo before = repo();
        go("#/collections/tin-tuc/new");
        choose("Chuyên mục", "Thông báo");
        body("Thông báo lịch tiếp công dân.");
        save();
        await("the form's message", () -> text().contains("Tiêu đề: chưa có giá trị"));
        Thread.sleep(1000); // a save that was wrongly let through would have reached the disk by now
        assertUnchanged(before);
    }

    @Test
    @Order(4)
    void aSaveTheChecksRefuseIsExplainedAndPutBack() throws Exception {
        Repo before = repo();
        go("#/collections/tin-tuc/new");
        type("Tiêu đề", "Thông báo sửa lịch tiếp công dân");
        set("Ngày giờ đăng (giờ Việt Nam, GMT+7)", "2026-11-20T09:15");
        choose("Chuyên mục", "Thông báo");
        set("Sửa lần cuối lúc", "2026-11-19T08:00"); // before it was published: a rule of check, not of the form
        body("Lịch tiếp công dân tuần này đổi sang chiều thứ Năm.");
        save();
        await("the refusal", () -> text().contains("Chưa lưu được: chưa lưu vì bài có lỗi"));
        String shown = text();
        assertTrue(shown.contains("1. content/tin-tuc/2026/11/thong-bao-sua-lich-tiep-cong-dan.md:6: updated: sớm hơn ngày đăng bài "
                + "(20/11/2026 09:15 (GMT+7)) (updated là lúc sửa bài lần cuối)"), shown);
        assertUnchanged(before);
    }

    // --- an editor's gestures ---

    /** Opens a screen of the desk afresh, leaving the one before without keeping its unsaved changes. */
    private void go(String hash) {
        chrome.driver.get("about:blank");
        answerPrompts();
        chrome.driver.get(preview.address() + "quan-tri/" + hash);
        answerPrompts();
        await("the form at " + hash, () -> !chrome.driver.findElements(By.cssSelector("label[for]")).isEmpty()
                && chrome.driver.findElements(By.xpath("//*[normalize-space()='Đang tải...']")).isEmpty());
    }

    /** Leaves an unsaved form without keeping it, and opens a new one afresh rather than from its backup. */
    private void answerPrompts() {
        long deadline = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < deadline) {
            try {
                Alert alert = chrome.driver.switchTo().alert();
                if (alert.getText().contains("sao lưu")) {
                    alert.dismiss(); // a backup of an unsaved form: start afresh
                } else {
                    alert.accept(); // leave the unsaved form
                }
            } catch (NoAlertPresentException e) {
                sleep(100);
            }
        }
    }

    /** The form field labelled {@code label} (its label's text up to "(không bắt buộc)"). */
    private WebElement field(String label) {
        By by = By.xpath("//label[normalize-space(text())='" + label + "']");
        await("the field " + label, () -> !chrome.driver.findElements(by).isEmpty());
        return chrome.driver.findElement(By.id(chrome.driver.findElement(by).getAttribute("for")));
    }

    /** Types at the end of a field, as a keyboard would. */
    private void type(String label, String text) {
        WebElement f = field(label);
        chrome.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", f);
        f.click();
        f.sendKeys(Keys.END, text);
    }

    /** Sets a date or time picker, which takes no typing in every browser. */
    private void set(String label, String value) {
        chrome.driver.executeScript("var e = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(e, arguments[1]);"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", field(label), value);
    }

    /** Opens a list of choices and picks one by its words. */
    private void choose(String label, String option) {
        field(label).click();
        click(By.xpath("//div[starts-with(@id, 'react-select-') and contains(@id, '-option-') and normalize-space()='" + option + "']"));
    }

    private void body(String text) {
        WebElement editor = chrome.driver.findElement(By.cssSelector("[data-slate-editor=true]"));
        editor.click();
        editor.sendKeys(text);
    }

    /** Decap's save: its button, then "save now" in its menu (on this machine every save is a commit). */
    private void save() {
        click(By.xpath("//span[@role='button' and normalize-space()='Lưu']"));
        click(By.xpath("//*[@role='menuitem' and normalize-space()='Lưu (commit vào Git)']"));
    }

    private void click(By by) {
        await("something to click: " + by, () -> {
            List<WebElement> found = chrome.driver.findElements(by);
            if (found.isEmpty() || !found.get(0).isDisplayed()) {
                return false;
            }
            try {
                found.get(0).click();
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // covered for a moment (a menu opening, a toast)
            }
        });
    }

    // --- what must be true after ---

    private ObjectId head() throws IOException {
        try (Git git = Git.open(site.toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }

    /** The repository's last commit and the files of content/. */
    private record Repo(ObjectId head, Map<String, String> content) {
    }

    private Repo repo() throws IOException {
        return new Repo(head(), TestSites.hashes(site.resolve("content")));
    }

    /** No file written, no commit made, nothing left uncommitted since {@code before}. */
    private void assertUnchanged(Repo before) throws Exception {
        assertEquals(before, repo());
        try (Git git = Git.open(site.toFile())) {
            assertTrue(git.status().call().isClean(), () -> "left uncommitted: " + status(git));
        }
    }

    private ObjectId awaitNewCommit(ObjectId before) throws IOException {
        await("a commit after " + before.name(), () -> {
            try {
                return !head().equals(before);
            } catch (IOException e) {
                return false;
            }
        });
        return head();
    }

    /** HEAD is one commit after {@code before}, by the editor, changing exactly {@code paths}; nothing is left uncommitted. */
    private void assertCommitted(ObjectId before, Set<String> paths, String message) throws Exception {
        try (Git git = Git.open(site.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit commit = walk.parseCommit(git.getRepository().resolve("HEAD"));
            assertEquals(before, commit.getParent(0).getId());
            assertEquals(message, commit.getShortMessage());
            assertEquals(NAME, commit.getAuthorIdent().getName());
            assertEquals(EMAIL, commit.getAuthorIdent().getEmailAddress());
            CanonicalTreeParser was = new CanonicalTreeParser(null, git.getRepository().newObjectReader(),
                    walk.parseCommit(before).getTree());
            CanonicalTreeParser now = new CanonicalTreeParser(null, git.getRepository().newObjectReader(), commit.getTree());
            Set<String> changed = new TreeSet<>();
            for (DiffEntry d : git.diff().setOldTree(was).setNewTree(now).call()) {
                changed.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
            }
            assertEquals(new TreeSet<>(paths), changed);
            assertTrue(git.status().call().isClean(), () -> "left uncommitted: " + status(git));
        }
    }

    private static String status(Git git) {
        try {
            var s = git.status().call();
            return s.getUncommittedChanges() + " " + s.getUntracked();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private void assertChecks() {
        Report r = Pipeline.run(new Pipeline.Options(site, null, TestSites.NOW));
        assertEquals(List.of(), r.errors().stream().filter(e -> !e.warning()).map(TestSites::en).toList());
    }

    private void assertNothingBlocked() {
        Object seen = chrome.blockedRequests();
        assertEquals(List.of(), seen == null ? List.of() : seen, "the desk's page asked for something its policy blocks");
    }

    /** A page of the preview, once it shows it (the preview rebuilds after each save). */
    private String get(String sitePath) {
        String[] body = new String[1];
        await("the preview's " + sitePath, () -> {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(preview.address() + sitePath)).build(),
                        HttpResponse.BodyHandlers.ofString());
                body[0] = r.body();
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return body[0];
    }

    /** All the page's text, a message appearing (and fading) included. */
    private String text() {
        return (String) chrome.driver.executeScript("return document.body.textContent;");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private void await(String what, Supplier<Boolean> done) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!done.get()) {
            if (System.currentTimeMillis() > deadline) {
                try {
                    Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "desk-failure.html"), chrome.driver.getPageSource());
                } catch (IOException e) {
                    // the message below is what matters
                }
                String log;
                try (Git git = Git.open(site.toFile())) {
                    log = status(git) + " " + git.log().setMaxCount(3).call().iterator().next().getFullMessage();
                } catch (Exception e) {
                    log = e.toString();
                }
                fail("waited " + WAIT_MS / 1000 + " s for " + what + "; git: " + log + "; console: "
                        + chrome.driver.executeScript("return window.__log;") + "; the page: "
                        + chrome.driver.findElement(By.tagName("body")).getText());
            }
            sleep(100);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
