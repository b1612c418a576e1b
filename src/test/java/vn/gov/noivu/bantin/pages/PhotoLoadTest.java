package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.SiteServer;
import vn.gov.noivu.bantin.TestPhotos;

/**
 * What a reader's browser downloads of the photos, measured by Chromium's Resource Timing over HTTP on the
 * repository's site with camera-sized photos ({@link TestPhotos#withPhotos}): the lead photo of an article
 * (made from a 4000 × 3000 photo of about 3 MB) on a 360-pixel phone with two device pixels per CSS pixel and
 * on a 1280-pixel screen, every thumbnail of the lists, and no layout shift while the pictures load.
 */
@Tag("browser")
class PhotoLoadTest {
    static SiteServer server;

    @BeforeAll
    static void start() {
        server = SiteServer.start(BuiltSites.photos(), "/");
    }

    @AfterAll
    static void stop() {
        Close.all(server);
    }

    /**
     * Records every layout shift (Layout Instability API) from the page's start, before its own code runs, and what
     * moved (the start of each moved element, for the failure's message).
     */
    private static void recordLayoutShifts(Chromium browser) {
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__shifts = 0; window.__moved = []; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + " if (!e.hadRecentInput) { window.__shifts += e.value; (e.sources || []).forEach(function (s) {"
                + " window.__moved.push(e.value.toFixed(4) + ' ' + (s.node && s.node.outerHTML ? s.node.outerHTML.slice(0, 60).replace(/\\s+/g, ' ') : String(s.node))"
                + " + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)); }); } }); })"
                + ".observe({type: 'layout-shift', buffered: true});"));
    }

    /** Fails, naming what moved, unless nothing on the page moved. */
    private static void assertNoLayoutShift(Chromium browser) {
        assertEquals(0.0, ((Number) browser.driver.executeScript("return window.__shifts;")).doubleValue(),
                () -> "layout shift: " + browser.driver.executeScript("return window.__moved.join('\\n');"));
    }

    /** Scrolls to the end, so that every lazy picture loads, and waits until every picture has. */
    private static void loadEveryPicture(Chromium browser) {
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "window.scrollTo(0, document.body.scrollHeight);"
                + "function wait() { if (Array.prototype.every.call(document.images, function (i) { return i.complete; })) {"
                + "  setTimeout(function () { window.scrollTo(0, 0); done(); }, 300); } else { setTimeout(wait, 50); } }"
                + "setTimeout(wait, 100);");
    }

    /** The bytes of the resource {@code url} the page downloaded: its body as sent, and with its headers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> timing(Chromium browser, String url) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.driver.executeScript(
                "return performance.getEntriesByName(arguments[0]).map(function (e) {"
                + " return {body: e.encodedBodySize, transfer: e.transferSize}; });", url);
        assertEquals(1, entries.size(), "downloaded once: " + url);
        return entries.get(0);
    }

    @ParameterizedTest(name = "{0} px at {1}x: at most {2} bytes")
    @CsvSource({"360, 2, 122880", "1280, 1, 307200"})
    void theLeadPhotoOfACameraIsSmallForEveryScreenAndNothingMoves(int width, int scale, long most) {
        try (Chromium browser = Chromium.start(true, width, width < 600 ? 740 : 900, scale)) {
            recordLayoutShifts(browser);
            browser.driver.get(server.url(TestPhotos.CAMERA_ARTICLE));
            String src = (String) browser.driver.executeScript("return document.querySelector('.lead-image img').currentSrc;");
            assertTrue(src.endsWith(".webp"), "a browser that reads WebP gets WebP: " + src);
            Map<String, Object> t = timing(browser, src);
            long body = ((Number) t.get("body")).longValue();
            long transfer = ((Number) t.get("transfer")).longValue();
            System.out.printf("lead photo at %d px x%d: %s, %d bytes (%d with headers)%n", width, scale, src.substring(src.lastIndexOf('/') + 1),
                    body, transfer);
            assertTrue(body > 0 && transfer <= most, src + ": " + t);
            loadEveryPicture(browser);
            assertNoLayoutShift(browser);
        }
    }

    @ParameterizedTest(name = "/{0} at {1} px")
    @CsvSource({"'', 360", "'', 1280", "chuyen-muc/tin-hoat-dong/, 360", "chu-de/so-noi-vu/, 1280", "luu-tru/2014/01/, 360",
            "tin-tuc/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.html, 1280"})
    @SuppressWarnings("unchecked")
    void everyThumbnailOfAListIsAtMost40Kilobytes(String path, int width) {
        try (Chromium browser = Chromium.start(true, width, width < 600 ? 740 : 900, width < 600 ? 2 : 1)) {
            recordLayoutShifts(browser);
            browser.driver.get(server.url(path));
            loadEveryPicture(browser);
            List<String> thumbnails = (List<String>) browser.driver.executeScript(
                    "return Array.prototype.map.call(document.querySelectorAll('.thumb img, .thumb-small img'), function (i) { return i.currentSrc; });");
            assertTrue(!thumbnails.isEmpty(), "the list shows thumbnails: /" + path);
            for (String src : thumbnails) {
                long transfer = ((Number) timing(browser, src).get("transfer")).longValue();
                assertTrue(transfer <= 40 * 1024, src + ": " + transfer + " bytes");
            }
            assertNoLayoutShift(browser);
        }
    }
}
