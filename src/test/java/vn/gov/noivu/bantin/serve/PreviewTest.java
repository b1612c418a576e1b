package vn.gov.noivu.bantin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.pipeline.Report;

/** The live preview over the fixture site (served from /noivu/), driven as a browser tab would. */
class PreviewTest {
    /** How long a rebuild may take before the test gives up (a bound, not a performance check). */
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path tmp;
    Path site;
    volatile Preview preview; // read by listeners on the watcher's thread
    final List<Report> updates = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<String> builds = new LinkedBlockingQueue<>();

    Preview start(boolean drafts, boolean future) throws IOException {
        site = TestSites.copy("basic", tmp);
        preview = Preview.start(new Preview.Options(site, 0, drafts, future, () -> TestSites.NOW, updates::add, Language.VI));
        return preview;
    }

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = preview.address().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Listens to the reload events as the tab's script does; returns the build number sent first. */
    String listen() throws Exception {
        HttpResponse<Stream<String>> events = http.send(
                HttpRequest.newBuilder(preview.address().resolve("/_bantin/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        Thread reader = new Thread(() -> {
            try {
                events.body().filter(l -> l.startsWith("data: ")).forEach(l -> builds.add(l.substring("data: ".length())));
            } catch (java.io.UncheckedIOException e) {
                // the preview stopped at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        return nextBuild();
    }

    String nextBuild() throws InterruptedException {
        String build = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(build != null, "no reload event; updates: " + updates);
        return build;
    }

    /** Saves as many editors do, writing a new file and renaming it over the old one, so no rebuild sees half a file. */
    void edit(String file, String from, String to) throws IOException {
        Path p = site.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Path saved = Files.writeString(tmp.resolve("saved.tmp"), text.replace(from, to));
        Files.move(saved, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The page as built: what the preview added after {@code <body>} taken out again. */
    static String withoutPreview(String html) {
        int from = html.indexOf('>', html.indexOf("<body")) + 1;
        int to = html.indexOf("</script>\n", from) + "</script>\n".length();
        return html.substring(0, from) + html.substring(to);
    }

    @Test
    void servesTheSiteWithTheReloadScriptAddedOnlyOnTheWayOut() throws Exception {
        start(false, false);
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/noivu/", root.headers().firstValue("Location").orElse(""));
        HttpResponse<String> home = get("/noivu/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(home.body().contains("<body>\n<script src=\"/_bantin/reload.js\" data-build=\"1\"></script>\n"), home.body());
        assertEquals("application/rss+xml; charset=utf-8", get("/noivu/feed.xml").headers().firstValue("Content-Type").orElse(""));
        assertEquals(302, get("/noivu/chu-de").statusCode());
        HttpResponse<String> missing = get("/noivu/khong-co.html");
        assertEquals(404, missing.statusCode());
        assertEquals(TestSites.read(preview.output().resolve("404.html")), withoutPreview(missing.body()));
        assertEquals(TestSites.read(preview.output().resolve("index.html")), withoutPreview(home.body()));
        assertEquals(404, get("/noivu/../jbake.properties").statusCode());
        assertTrue(get("/_bantin/reload.js").body().contains("new EventSource(\"/_bantin/events\")"));
        for (String file : TestSites.files(preview.output())) {
            if (!file.endsWith(".jpg") && !file.endsWith(".webp")) {
                assertFalse(TestSites.read(preview.output().resolve(file)).contains("_bantin"), file);
            }
        }
    }

    /**
     * The desk's saves come only from the preview's own pages: another site's page (its Origin), a form (not JSON), a
     * request without an Origin, and any request naming another host (DNS rebinding) are refused before anything is read.
     */
    @Test
    void onlyThePreviewsOwnPagesMaySaveThroughTheDesk() throws Exception {
        start(false, false);
        URI api = preview.address().resolve(PreviewServer.DESK_API);
        String own = "http://127.0.0.1:" + api.getPort();
        HttpResponse<String> info = post(api, own, "application/json", "{\"action\":\"info\"}");
        assertEquals(503, info.statusCode(), "the fixture has no desk (desk.backend)");
        assertEquals("{\"error\":\"trang chưa dựng được (xem lỗi trên trang xem trước), hoặc chưa có bàn biên tập (desk.backend)\"}",
                info.body());
        for (String[] refused : new String[][] {{"http://evil.example", "application/json"}, {null, "application/json"},
                {own, "text/plain"}, {own, "application/x-www-form-urlencoded"}, {"http://localhost:" + api.getPort() + ".evil", "application/json"}}) {
            HttpResponse<String> r = post(api, refused[0], refused[1], "{\"action\":\"info\"}");
            assertEquals(403, r.statusCode(), String.join(" ", java.util.Arrays.asList(refused)));
            assertEquals("{\"error\":\"forbidden\"}", r.body());
        }
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.getPort())) {
            socket.getOutputStream().write(("GET /noivu/ HTTP/1.1\r\nHost: ban-tin.evil.example:" + api.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
            assertEquals("HTTP/1.1 403 Forbidden", status, "a page of another name (DNS rebinding) reads nothing");
        }
    }

    private HttpResponse<String> post(URI uri, String origin, String type, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEditReloadsTheTabAndRewritesOnlyThePagesThatShowTheArticle() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        Path out = preview.output();
        List<String> untouched = List.of("tin-tuc/ke-hoach-cai-cach.html", "tin-tuc/hoi-nghi-tong-ket.html", "index.html",
                "chuyen-muc/cai-cach-hanh-chinh/index.html", "chuyen-muc/cai-cach-hanh-chinh/feed.xml");
        List<String> touched = List.of("tin-tuc/tieu-de-nguy-hiem.html", "trang-2.html", "chuyen-muc/thong-bao/index.html",
                "feed.xml", "chuyen-muc/thong-bao/feed.xml");
        FileTime old = FileTime.fromMillis(0);
        for (String f : Stream.concat(untouched.stream(), touched.stream()).toList()) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        edit("content/tin-tuc/2024/01/tieu-de-nguy-hiem.md", "\n---\n", "\n---\n\nĐoạn mới SUAMOI.\n");
        assertEquals("2", nextBuild());
        assertTrue(get("/noivu/tin-tuc/tieu-de-nguy-hiem.html").body().contains("<p>Đoạn mới SUAMOI.</p>"));
        for (String f : untouched) {
            assertEquals(old, Files.getLastModifiedTime(out.resolve(f)), f + " was written again");
        }
        for (String f : touched) {
            assertNotEquals(old, Files.getLastModifiedTime(out.resolve(f)), f + " was not written again");
        }
        Report last = updates.get(updates.size() - 1);
        assertEquals(Report.Outcome.UPDATED, last.outcome());
        assertEquals(List.of(), last.errors());
    }

    @Test
    void editingTheTextOfTheNewestArticleLeavesThePagesThatLinkToItAlone() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        Path out = preview.output();
        FileTime old = FileTime.fromMillis(0);
        for (String f : List.of("tin-tuc/hoi-nghi-tong-ket.html", "tin-tuc/tuyen-dung-cong-chuc.html",
                "tin-tuc/ke-hoach-cai-cach.html", "index.html")) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "\n---\n", "\n---\n\nĐoạn mới.\n");
        assertEquals("2", nextBuild());
        assertEquals(old, Files.getLastModifiedTime(out.resolve("tin-tuc/hoi-nghi-tong-ket.html")));
        assertEquals(old, Files.getLastModifiedTime(out.resolve("tin-tuc/tuyen-dung-cong-chuc.html")));
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("tin-tuc/ke-hoach-cai-cach.html")));
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("index.html")));
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "Kế hoạch cải cách hành chính năm 2024", "Kế hoạch KEHOACHMOI");
        assertEquals("3", nextBuild());
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("tin-tuc/hoi-nghi-tong-ket.html")));
        assertTrue(get("/noivu/tin-tuc/tuyen-dung-cong-chuc.html").body().contains("Kế hoạch KEHOACHMOI"));
    }

    @Test
    void aNewTitleReachesListingsAndARenamedFileLeavesNoOldPage() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        edit("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md", "Hội nghị tổng kết công tác năm 2023", "Hội nghị TIEUDEMOI");
        assertEquals("2", nextBuild());
        assertTrue(get("/noivu/chuyen-muc/tin-hoat-dong/").body().contains("Hội nghị TIEUDEMOI"));
        assertTrue(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body().contains("Hội nghị TIEUDEMOI"));
        Path from = site.resolve("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md");
        Files.move(from, from.resolveSibling("hoi-nghi-moi.md"));
        assertEquals("3", nextBuild());
        assertEquals(200, get("/noivu/tin-tuc/hoi-nghi-moi.html").statusCode());
        assertEquals(404, get("/noivu/tin-tuc/hoi-nghi-tong-ket.html").statusCode());
        assertFalse(Files.exists(preview.output().resolve("tin-tuc/hoi-nghi-tong-ket.html")));
    }

    @Test
    void aContentErrorIsShownOverThePageAndTheServerKeepsRunning() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "date: 2024-01-12T09:00+07:00", "date: 32/01/2024");
        assertEquals("2", nextBuild());
        Document page = Jsoup.parse(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body());
        Element overlay = page.selectFirst("section.bantin-preview-errors");
        assertTrue(overlay != null, page.html());
        assertEquals("Trang chưa được cập nhật: có 1 lỗi", overlay.selectFirst("h2").text());
        assertEquals(List.of("content/tin-tuc/2024/01/ke-hoach-cai-cach.md:3: date: \"32/01/2024\": tháng 1 năm 2024 không có ngày 32 "
                + "(viết năm trước, rồi tháng, rồi ngày; tháng 1/2024 có 31 ngày, ngày cuối tháng viết là 2024-01-31)"), overlay.select("li").eachText());
        assertEquals("content/tin-tuc/2024/01/ke-hoach-cai-cach.md:3: date: \"32/01/2024\": tháng 1 năm 2024 không có ngày 32 "
                + "(viết năm trước, rồi tháng, rồi ngày; tháng 1/2024 có 31 ngày, ngày cuối tháng viết là 2024-01-31)", updates.get(1).errors().get(0).toString());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "date: 32/01/2024", "date: 2024-01-12T09:00+07:00");
        assertEquals("3", nextBuild());
        assertFalse(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body().contains("bantin-preview-errors"));
    }

    /** The terminal's summary and a test both hear of a run from the listener; a page loaded then must show that run. */
    @Test
    void whoeverHearsOfARunAndLoadsThePageSeesThatRun() throws Exception {
        site = TestSites.copy("basic", tmp);
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, r -> {
            if (preview != null) {
                try {
                    String page = get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body();
                    seen.add(r.outcome() + " " + page.contains("bantin-preview-errors"));
                } catch (IOException | InterruptedException e) {
                    seen.add(e.toString());
                }
            }
        }, Language.VI));
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "date: 2024-01-12T09:00+07:00", "date: 2024-02-30T09:00+07:00");
        assertEquals(Report.Outcome.CONTENT_ERRORS + " true", seen.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "date: 2024-02-30T09:00+07:00", "date: 2024-01-12T09:00+07:00");
        assertEquals(Report.Outcome.UPDATED + " false", seen.poll(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    /** A tab reloads only after the listener (the terminal's summary) has been told of the run, however slow it is. */
    @Test
    void aTabReloadsAfterTheListenerHeardOfTheRun() throws Exception {
        site = TestSites.copy("basic", tmp);
        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, r -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            updates.add(r);
        }, Language.VI));
        assertEquals("1", listen());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "date: 2024-01-12T09:00+07:00", "date: 2024-01-12T10:00+07:00");
        assertEquals("2", nextBuild());
        assertEquals(2, updates.size(), "the reload came before the listener was told");
    }

    @Test
    void aSiteThatNeverBuiltShowsItsErrorsUntilItIsFixed() throws Exception {
        site = TestSites.copy("basic", tmp);
        Path file = site.resolve("content/tin-tuc/2024/01/ke-hoach-cai-cach.md");
        Files.writeString(file, Files.readString(file).replace("category: \"Cải cách hành chính\"", "category: \"Cai cach hanh chin\""));
        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, updates::add, Language.VI));
        HttpResponse<String> page = get("/noivu/");
        assertEquals(500, page.statusCode());
        assertEquals(List.of("content/tin-tuc/2024/01/ke-hoach-cai-cach.md:4: category: \"Cai cach hanh chin\" không phải "
                + "chuyên mục của trang (có phải là \"Cải cách hành chính\"?)"),
                Jsoup.parse(page.body()).select("section.bantin-preview-errors li").eachText());
        assertEquals("Chưa có trang nào để xem trước: khi các lỗi trên được sửa và lưu, trang sẽ tự hiện ra.",
                Jsoup.parse(page.body()).select("body > p").text(), "not 'Đang dựng…': nothing is being built");
        assertEquals("1", listen());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "category: \"Cai cach hanh chin\"", "category: \"Cải cách hành chính\"");
        assertEquals("2", nextBuild());
        assertEquals(200, get("/noivu/").statusCode());
        assertEquals(Report.Outcome.BUILT, updates.get(1).outcome(), "the first good build is a whole one");
    }

    @Test
    void aTemplateSavedWithAContentErrorIsUsedOnceTheErrorIsFixed() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        // One save of both: the run fails on the article, and the template's change must not be lost with it.
        String article = "content/tin-tuc/2024/01/ke-hoach-cai-cach.md";
        String text = Files.readString(site.resolve(article));
        Files.writeString(site.resolve(article), text.replace("category: \"Cải cách hành chính\"", "category: \"Không có\""));
        edit("templates/article.ftl", "<div class=\"body\">", "<div class=\"body\" data-mau=\"SAUKHILOI\">");
        String build = nextBuild();
        while (updates.get(updates.size() - 1).ok()) {
            build = nextBuild(); // the two files may arrive as two bursts of events
        }
        Files.writeString(site.resolve(article), text);
        do {
            build = nextBuild();
        } while (!updates.get(updates.size() - 1).ok());
        assertTrue(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body().contains("data-mau=\"SAUKHILOI\""), build);
        assertTrue(get("/noivu/tin-tuc/hoi-nghi-tong-ket.html").body().contains("data-mau=\"SAUKHILOI\""),
                "every page, not only the one edited: " + build);
    }

    @Test
    void settingsTemplatesAndNewFoldersAreWatched() throws Exception {
        start(false, false);
        assertEquals("1", listen());
        edit("templates/article.ftl", "<div class=\"body\">", "<div class=\"body\" data-mau=\"MAUMOI\">");
        assertEquals("2", nextBuild());
        assertEquals(Report.Outcome.BUILT, updates.get(1).outcome());
        assertTrue(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body().contains("data-mau=\"MAUMOI\""));

        Path folder = site.resolve("content/tin-tuc/2025/03");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("bai-moi.md"), "---\ntitle: \"Bài mới BAIMOI\"\ndate: 2025-03-01\n"
                + "category: \"Thông báo\"\n---\n\nNội dung.\n");
        String build = nextBuild();
        while (get("/noivu/tin-tuc/bai-moi.html").statusCode() != 200) {
            build = nextBuild(); // the folder and the file may arrive as two bursts of events
        }
        assertTrue(get("/noivu/").body().contains("Bài mới BAIMOI"), build);
        // An edit of content/ renders with the templates as the last change of templates/ left them.
        assertTrue(get("/noivu/tin-tuc/bai-moi.html").body().contains("data-mau=\"MAUMOI\""), build);

        edit("jbake.properties", "site.title=", "site.titel=");
        nextBuild();
        Element overlay = Jsoup.parse(get("/noivu/").body()).selectFirst("section.bantin-preview-errors");
        assertEquals("Cài đặt trang (jbake.properties) có 2 lỗi", overlay.selectFirst("h2").text());
        assertEquals(List.of("jbake.properties: site.title: thiếu trường này (tên cơ quan, hiện ở đầu trang và trong RSS)",
                "jbake.properties:1: site.titel: không có cài đặt này (có phải là 'site.title'?)"), overlay.select("li").eachText());
    }

    @Test
    void draftsAndFutureArticlesAreShownOnlyWhenAskedAndCarryABanner() throws Exception {
        start(true, true);
        Element banner = Jsoup.parse(get("/noivu/tin-tuc/ban-nhap.html").body()).selectFirst(".bantin-preview-banner");
        assertEquals("Bản nháp (draft: true): bài chưa được đăng, chỉ hiện trong bản xem trước.", banner.text());
        banner = Jsoup.parse(get("/noivu/tin-tuc/tin-tuong-lai.html").body()).selectFirst(".bantin-preview-banner");
        assertEquals("Chưa đến ngày đăng: bài sẽ hiện trên trang từ 01/01/2030 07:00 (GMT+7).", banner.text());
        assertTrue(get("/noivu/chuyen-muc/tin-hoat-dong/").body().contains("Bản nháp bí mật BANNHAP"));
        assertEquals(404, get("/noivu/tin-tuc/tin-het-han.html").statusCode());
        assertEquals(null, Jsoup.parse(get("/noivu/tin-tuc/ke-hoach-cai-cach.html").body()).selectFirst(".bantin-preview-banner"));

        assertEquals("1", listen());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "\n---\n", "\n---\n\n[Bản nháp](/tin-tuc/ban-nhap.html)\n");
        assertEquals("2", nextBuild());
        assertEquals(List.of("content/tin-tuc/2024/01/ke-hoach-cai-cach.md:9: liên kết hỏng \"/tin-tuc/ban-nhap.html\": "
                + "không có gì được đăng ở /tin-tuc/ban-nhap.html (bài đó, content/tin-tuc/2024/01/ban-nhap.md, chưa hiện trên trang: bản nháp (draft: true): khi đăng, dùng lệnh publish (lệnh ghi ngày đăng là lúc đăng))"),
                Jsoup.parse(get("/noivu/").body()).select("section.bantin-preview-errors li").eachText());
        edit("content/tin-tuc/2024/01/ke-hoach-cai-cach.md", "\n---\n\n[Bản nháp](/tin-tuc/ban-nhap.html)\n", "\n---\n");
        preview.close();

        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, updates::add, Language.VI));
        assertEquals(404, get("/noivu/tin-tuc/ban-nhap.html").statusCode());
        assertEquals(404, get("/noivu/tin-tuc/tin-tuong-lai.html").statusCode());
    }

    @Test
    void closeStopsTheServerAndDeletesThePreviewFolder() throws Exception {
        start(false, false);
        URI address = preview.address();
        Path out = preview.output();
        preview.close();
        assertFalse(Files.exists(out));
        assertThrows(ConnectException.class, () -> http.send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.discarding()));
    }
}
