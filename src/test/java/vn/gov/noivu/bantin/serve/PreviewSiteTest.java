package vn.gov.noivu.bantin.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * The page in the preview is the page that will be published: on this repository's own site and on every
 * fixture site, every file {@code build} writes is served by the preview with the same bytes (an HTML page
 * with the reload script added, nothing else), before and after edits of every input the pipeline reads.
 */
class PreviewSiteTest {
    /** How long a rebuild may take before the test gives up (a bound, not a performance check). */
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path tmp;
    Preview preview;
    final BlockingQueue<Report> runs = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"repo", "basic", "portal"})
    void everyFileBuildWritesIsServedAsBuilt(String name) throws Exception {
        Path site = TestSites.copy(name, tmp);
        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, runs::add, Language.VI));
        Report built = next();
        assertEquals(Report.Outcome.BUILT, built.outcome());
        assertEquals(TestSites.hashes(preview.output()).size(), built.files(), "the files the terminal says it wrote");
        assertServesWhatBuildWrites(site);
    }

    @Test
    void everyInputOfTheRepositorySiteShowsAtTheNextLoadAndTheClearedErrorGoes() throws Exception {
        Path site = TestSites.copy("repo", tmp);
        preview = Preview.start(new Preview.Options(site, 0, false, false, () -> TestSites.NOW, runs::add, Language.VI));
        assertEquals(Report.Outcome.BUILT, next().outcome());
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("article", edit(site, "content/tin-tuc/2017/07/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.md",
                "\n---\n", "\n---\n\nĐoạn mới SUABAI.\n", "tin-tuc/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.html", "SUABAI"));
        millis.put("văn bản", edit(site, "content/van-ban/2020/nd-30-2020.md", "trich_yeu: \"Về công tác văn thư\"",
                "trich_yeu: \"Về công tác văn thư SUAVANBAN\"", "van-ban/", "SUAVANBAN"));
        millis.put("lịch công tác", edit(site, "data/lich-cong-tac/2026-W48.yaml", "Chủ trì giao ban lãnh đạo Sở đầu tuần",
                "Chủ trì giao ban SUALICH", "lich-cong-tac/", "SUALICH"));
        millis.put("template", edit(site, "templates/article.ftl", "<div class=\"body\">",
                "<div class=\"body\" data-mau=\"SUAMAU\">", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", "SUAMAU"));
        millis.put("jbake.properties", edit(site, "jbake.properties", "site.description=Trang tin điện tử",
                "site.description=SUACAIDAT Trang tin điện tử", "", "SUACAIDAT"));
        System.out.println("preview: save to reload event, repository site: " + millis);

        String article = "content/tin-tuc/2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014.md";
        save(site, article, "date: 2014-01-15T13:46", "date: 2014-02-30T13:46");
        Report failed = next();
        assertEquals(Report.Outcome.CONTENT_ERRORS, failed.outcome());
        String overlay = Jsoup.parse(get("").body()).select("section.bantin-preview-errors li").text();
        assertTrue(overlay.startsWith(article + ":3: date: "), overlay);
        save(site, article, "date: 2014-02-30T13:46", "date: 2014-01-15T13:46");
        assertEquals(Report.Outcome.UPDATED, next().outcome());
        assertNull(Jsoup.parse(get("").body()).selectFirst("section.bantin-preview-errors"));
        assertServesWhatBuildWrites(site);
    }

    /** Saves an edit, waits for the preview's run, checks the page shows it and the site is what build writes; returns the milliseconds from the save to the run's end. */
    private long edit(Path site, String file, String from, String to, String page, String marker) throws Exception {
        long saved = System.nanoTime();
        save(site, file, from, to);
        Report r = next();
        long millis = (System.nanoTime() - saved) / 1_000_000;
        assertEquals(List.of(), r.errors());
        assertTrue(get(page).body().contains(marker), file + " -> " + page);
        assertServesWhatBuildWrites(site);
        return millis;
    }

    /** Saves as many editors do, writing a new file and renaming it over the old one. */
    private void save(Path site, String file, String from, String to) throws IOException {
        Path p = site.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Path saved = Files.writeString(tmp.resolve("saved.tmp"), text.replace(from, to));
        Files.move(saved, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Report next() throws InterruptedException {
        Report r = runs.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(r != null, "the preview did not run");
        return r;
    }

    /** Builds {@code site} as {@code build} does and fetches every file it wrote from the preview. */
    private void assertServesWhatBuildWrites(Path site) throws Exception {
        Path built = Files.createTempDirectory(tmp, "built").resolve("site");
        Report r = Pipeline.run(new Pipeline.Options(site, built, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        Map<String, String> files = TestSites.hashes(built);
        assertEquals(files, TestSites.hashes(preview.output()), "the preview's folder holds what build writes");
        for (String file : files.keySet()) {
            HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(uri(file)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode(), file);
            byte[] expected = Files.readAllBytes(built.resolve(file));
            if (file.equals(Urls.DESK + "config.yml")) {
                // The desk's configuration, with Decap's local backend at this preview: saves are commits of the working copy.
                String local = new String(expected, StandardCharsets.UTF_8).replace("\npublish_mode: ", "\nlocal_backend:\n  url: "
                        + preview.address().resolve(PreviewServer.DESK_API) + "\npublish_mode: ");
                assertEquals(local, new String(served.body(), StandardCharsets.UTF_8), file);
            } else if (file.startsWith(Urls.DESK) && file.endsWith(".html")) {
                assertArrayEquals(expected, served.body(), file + ": the desk's page, which reloads nothing by itself");
            } else if (file.endsWith(".html")) {
                String page = new String(served.body(), StandardCharsets.UTF_8);
                assertEquals(new String(expected, StandardCharsets.UTF_8), PreviewTest.withoutPreview(page), file);
                assertTrue(page.contains("<script src=\"/_bantin/reload.js\""), file);
            } else {
                assertArrayEquals(expected, served.body(), file);
            }
        }
        try (Stream<Path> left = Files.list(built.getParent())) {
            assertEquals(1, left.count());
        }
    }

    private HttpResponse<String> get(String sitePath) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(sitePath)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String sitePath) {
        return URI.create(preview.address() + sitePath);
    }
}
