package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.SiteServer;
import vn.gov.noivu.bantin.TestSites;

/**
 * A sample of pages of each kind (home, article, category, tag, search with results, archive, 404, documents,
 * schedule, English page …), and the menu's open and closed states,
 * from the seed site, the {@code basic} fixture and the 1,000-article site, opened in headless
 * Chromium under a strict same-origin CSP: axe-core finds no violation and the browser reports no
 * blocked request or inline script. At 360 px the home and article pages need no sideways scrolling, in each
 * {@link Chromium.Font}.
 */
@Tag("browser")
class AccessibilityTest {
    static Chromium desktop;
    static final Map<Chromium.Font, Chromium> PHONE = new EnumMap<>(Chromium.Font.class);
    static SiteServer seed;
    static SiteServer basic;
    static SiteServer generated;
    static SiteServer photos;

    @BeforeAll
    static void start() {
        desktop = Chromium.start(true, 1280, 900);
        desktop.recordBlockedRequests();
        seed = SiteServer.start(BuiltSites.seed(), "/");
        basic = SiteServer.start(BuiltSites.basic(), "/noivu/");
        generated = SiteServer.start(BuiltSites.generated(), "/");
        photos = SiteServer.start(BuiltSites.photos(), "/");
        for (Chromium.Font font : Chromium.Font.values()) {
            PHONE.put(font, Chromium.start(true, 360, 740, font));
        }
    }

    @AfterAll
    static void stop() {
        List<AutoCloseable> all = new ArrayList<>(PHONE.values());
        all.addAll(List.of(desktop, seed, basic, generated, photos));
        Close.all(all.toArray(AutoCloseable[]::new));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("seed", ""),
                Arguments.of("seed", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html"),
                Arguments.of("seed", "chuyen-muc/cai-cach-hanh-chinh/"),
                Arguments.of("seed", "chu-de/cai-cach-hanh-chinh/"),
                Arguments.of("seed", "chu-de/"),
                Arguments.of("seed", "tim-kiem.html?q=cai%20cach"),
                Arguments.of("seed", "luu-tru/"),
                Arguments.of("seed", "luu-tru/2014/"),
                Arguments.of("seed", "luu-tru/2014/01/"),
                Arguments.of("seed", "khong-co-trang-nay.html"),
                Arguments.of("seed", "gioi-thieu.html"),
                Arguments.of("seed", "dang-ky-nhan-tin.html"),
                Arguments.of("seed", "van-ban/"),
                Arguments.of("seed", "van-ban/nd-108-2014.html"),
                Arguments.of("seed", "lich-cong-tac/2026-w48.html"),
                Arguments.of("seed", "en/introduction.html"),
                Arguments.of("seed", "tim-kiem.html?q=108%2F2014"),
                Arguments.of("basic", ""),
                Arguments.of("basic", "trang-2.html"),
                Arguments.of("basic", "tin-tuc/hoi-nghi-tong-ket.html"),
                Arguments.of("basic", "tin-tuc/tieu-de-nguy-hiem.html"),
                Arguments.of("basic", "chuyen-muc/thi-dua-khen-thuong/"),
                Arguments.of("basic", "tim-kiem.html?q=hoi%20nghi"),
                Arguments.of("generated", ""),
                Arguments.of("generated", "trang-2.html"),
                Arguments.of("generated", GeneratedPages.articleWithImageAndTable()),
                Arguments.of("generated", "chuyen-muc/tin-hoat-dong/trang-3.html"),
                Arguments.of("generated", "chu-de/cai-cach-hanh-chinh/"),
                Arguments.of("generated", "tim-kiem.html?q=cai%20cach%20hanh%20chinh"),
                Arguments.of("generated", "luu-tru/"),
                Arguments.of("generated", "luu-tru/2020/03/"),
                // Every page kind with pictures: lead photos, pictures in a text and in a page, thumbnails in each list.
                Arguments.of("photos", ""),
                Arguments.of("photos", vn.gov.noivu.bantin.TestPhotos.CAMERA_ARTICLE),
                Arguments.of("photos", "tin-tuc/nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha.html"),
                Arguments.of("photos", "chuyen-muc/tin-hoat-dong/"),
                Arguments.of("photos", "chu-de/so-noi-vu/"),
                Arguments.of("photos", "luu-tru/2014/01/"),
                Arguments.of("photos", "gioi-thieu.html"));
    }

    private static SiteServer server(String site) {
        return switch (site) {
            case "seed" -> seed;
            case "basic" -> basic;
            case "photos" -> photos;
            default -> generated;
        };
    }

    @ParameterizedTest(name = "{0} /{1}")
    @MethodSource("pages")
    void pageHasNoAxeViolationAndNoBlockedRequest(String site, String path) {
        String url = server(site).url(path);
        desktop.driver.get(url);
        if (path.startsWith("tim-kiem.html?q=")) {
            assertTrue(desktop.searchAnswer().startsWith("Tìm thấy "), "the search found nothing on " + url);
        }
        assertEquals(List.of(), desktop.axeViolations(), "axe-core on " + url);
        assertEquals(List.of(), desktop.blockedRequests(), "blocked by the CSP on " + url);
    }

    /**
     * The menu's states: at 1280 px "Tin tức" open; at 360 px the closed bar, "Danh mục" open, and "Danh mục"
     * with "Tin tức" open. Each is opened as a reader does, by clicking its summary.
     */
    @ParameterizedTest(name = "{0} px, opened: {1}")
    @CsvSource({"1280, .has-submenu summary", "360, ''", "360, .menu-toggle summary", "360, .menu-toggle summary;.has-submenu summary"})
    void menuStateHasNoAxeViolation(int width, String opened) {
        try (Chromium browser = Chromium.start(true, width, width < 600 ? 740 : 900)) {
            browser.recordBlockedRequests();
            browser.driver.get(seed.url("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html"));
            for (String summary : opened.isEmpty() ? new String[0] : opened.split(";")) {
                browser.driver.findElement(org.openqa.selenium.By.cssSelector(summary)).click();
            }
            assertEquals(opened.isEmpty() ? 0 : opened.split(";").length,
                    browser.driver.findElements(org.openqa.selenium.By.cssSelector("details[open]")).size());
            assertEquals(List.of(), browser.axeViolations(), "axe-core with " + opened + " open at " + width + " px");
            assertEquals(List.of(), browser.blockedRequests());
        }
    }

    @ParameterizedTest(name = "{0}: {1} /{2} at 360 px")
    @MethodSource("narrowPages")
    void pageFitsA360PixelScreen(Chromium.Font font, String site, String path) {
        Chromium phone = PHONE.get(font);
        phone.driver.get(server(site).url(path));
        assertEquals(Set.of(font.family), phone.fontsOf("main"), "the fonts of the page");
        Object width = phone.driver.executeScript("return document.documentElement.scrollWidth;");
        assertEquals(360L, width, "the page scrolls sideways at 360 px in " + font.family + ": " + path);
    }

    static Stream<Arguments> narrowPages() {
        return Stream.of(Chromium.Font.values()).flatMap(font -> Stream.of(Arguments.of(font, "seed", ""),
                Arguments.of(font, "seed", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html"),
                Arguments.of(font, "generated", GeneratedPages.articleWithImageAndTable()), Arguments.of(font, "seed", "tim-kiem.html"),
                Arguments.of(font, "seed", "van-ban/"), Arguments.of(font, "seed", "lich-cong-tac/2026-w48.html"),
                Arguments.of(font, "photos", ""), Arguments.of(font, "photos", vn.gov.noivu.bantin.TestPhotos.CAMERA_ARTICLE)));
    }

    /** Picks pages of the generated site by what they contain, so the sample does not depend on file names. */
    static final class GeneratedPages {
        static String articleWithImageAndTable() {
            Path out = BuiltSites.generated();
            return TestSites.files(out).stream().filter(f -> f.startsWith("tin-tuc/"))
                    .filter(f -> {
                        String html = TestSites.read(out.resolve(f));
                        return html.contains("<table>") && html.contains("class=\"lead-image\"");
                    })
                    .findFirst().orElseThrow(() -> new IllegalStateException("no generated article has both an image and a table"));
        }
    }
}
