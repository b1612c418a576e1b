package vn.gov.noivu.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.SiteServer;

/**
 * The search page in a real headless Chromium, under a strict CSP: what a reader types is folded
 * (tones, Đ/đ, case), results are ranked title matches first then newer, the page works from a
 * sub-path, shows hostile text as text, and without JavaScript says so and points to the archive.
 */
@Tag("browser")
class SearchPageTest {
    static final String CAN_CHU_TRONG = "Cần chú trọng tuyên truyền, kiểm tra công tác cải cách hành chính";
    static final String NAM_2014 = "Năm 2014, tiếp tục thực hiện hiệu quả các nhiệm vụ cải cách hành chính và tạo bước đột phá";
    static final String TRIEN_KHAI = "Sở Nội vụ: Triển khai công tác năm 2014";
    static final String SO_KET = "Sở Nội vụ sơ kết công tác 6 tháng đầu năm";
    static final String RA_SOAT = "Rà soát, loại khỏi bộ máy những cán bộ yếu kém";
    static Chromium browser;
    static SiteServer seed;
    static SiteServer basic;

    @BeforeAll
    static void start() {
        browser = Chromium.start(true, 1280, 900);
        browser.recordBlockedRequests();
        seed = SiteServer.start(BuiltSites.seed(), "/");
        basic = SiteServer.start(BuiltSites.basic(), "/noivu/");
    }

    @AfterAll
    static void stop() {
        browser.close();
        seed.close();
        basic.close();
    }

    /** Opens the search page, types {@code query} key by key and returns the status line once the script answered. */
    static String type(SiteServer site, String query) {
        browser.driver.get(site.url("tim-kiem.html"));
        browser.driver.findElement(By.id("tu-khoa")).sendKeys(query);
        return answer();
    }

    static String answer() {
        return browser.searchAnswer();
    }

    /** The result titles once {@code answered} (the status line) has been read. */
    static List<String> titles(String answered) {
        return titles();
    }

    static List<String> titles() {
        return browser.driver.findElements(By.cssSelector("#ket-qua-tim-kiem .card-title a")).stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cai cach hanh chinh", "cải cách", "CAI CACH", "Cải Cách Hành Chính"})
    void accentlessUpperCaseAndAccentedQueriesFindTheSameArticles(String query) {
        // The three articles come first; the introduction pages that mention it follow (pages have no date).
        assertEquals("Tìm thấy " + titles(type(seed, query)).size() + " bài.", answer());
        assertEquals(List.of(CAN_CHU_TRONG, NAM_2014, TRIEN_KHAI), titles().subList(0, 3));
        assertTrue(titles().size() > 3 && titles().stream().skip(3).noneMatch(t -> t.startsWith("Sở Nội vụ sơ kết")));
    }

    @Test
    void titleMatchesComeBeforeNewerArticlesThatMatchElsewhere() {
        // "Rà soát…" (2016) has "Sở Nội vụ" in its tags and lead only: both title matches come first, the
        // newer one first; the static pages, which have no date, come after the articles.
        assertEquals("Tìm thấy " + titles(type(seed, "so noi vu")).size() + " bài.", answer());
        assertEquals(List.of(SO_KET, TRIEN_KHAI, RA_SOAT), titles().subList(0, 3));
        assertTrue(titles().containsAll(List.of("Giới thiệu", "Liên hệ")));
    }

    @Test
    void dBarIsFoldedToD() {
        assertEquals("Tìm thấy 1 bài.", type(seed, "DANG UY"));
        assertEquals(List.of(RA_SOAT), titles());
    }

    @Test
    void deletingALetterWidensTheSearchAgain() {
        assertEquals("Không tìm thấy bài nào có “dang uyx”.", type(seed, "dang uyx"));
        browser.driver.findElement(By.id("tu-khoa")).sendKeys(Keys.BACK_SPACE);
        assertEquals("Tìm thấy 1 bài.", answer());
        assertEquals(List.of(RA_SOAT), titles());
    }

    @Test
    void wordsMatchFromTheirStartOnly() {
        // "ach" is inside "cách" but starts no word.
        assertEquals("Không tìm thấy bài nào có “ach”.", type(seed, "ach"));
        assertEquals(List.of(), titles());
    }

    @Test
    void aQueryInTheAddressIsSearchedOnArrivalAndLinksKeepTheSubPath() {
        browser.driver.get(basic.url("tim-kiem.html?q=tuyen%20dung"));
        assertEquals("Tìm thấy 1 bài.", answer());
        assertEquals(List.of("Tuyển dụng công chức năm 2024"), titles());
        assertEquals(basic.url("tin-tuc/tuyen-dung-cong-chuc.html"),
                browser.driver.findElement(By.cssSelector("#ket-qua-tim-kiem a")).getAttribute("href"));
        assertEquals("tuyen dung", browser.driver.findElement(By.id("tu-khoa")).getAttribute("value"));
    }

    @Test
    void theHeaderFormLeadsToTheSearchPageWithResults() {
        browser.driver.get(seed.url(""));
        WebElement box = browser.driver.findElement(By.id("tu-khoa-dau-trang"));
        box.sendKeys("DANG UY");
        box.submit();
        // submit() does not wait for the next page: a script run at once may still see the home page.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!browser.driver.getCurrentUrl().contains("/tim-kiem.html") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals("Tìm thấy 1 bài.", answer());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/tim-kiem.html?q=DANG+UY"), browser.driver.getCurrentUrl());
    }

    @Test
    void hostileTextInTheIndexIsShownAsText() {
        assertEquals("Tìm thấy 1 bài.", type(basic, "trich dan"));
        assertEquals(List.of("<script>alert(1)</script> A & B \"trích dẫn\""), titles());
        assertEquals(List.of(), browser.driver.findElements(By.cssSelector("#ket-qua-tim-kiem script, #ket-qua-tim-kiem img")));
    }

    @Test
    void twentyResultsAreShownAtFirstAndTheButtonAddsTwentyMore() {
        try (SiteServer generated = SiteServer.start(BuiltSites.generated(), "/")) {
            String status = type(generated, "cai cach");
            assertTrue(status.matches("Tìm thấy [0-9.]+ bài\\."), status);
            List<String> first = titles();
            assertEquals(20, first.size());
            WebElement more = browser.driver.findElement(By.cssSelector("button.more"));
            assertEquals("Xem thêm 20 bài", more.getText());
            more.click();
            assertEquals(40, titles().size());
            assertEquals(first, titles().subList(0, 20));
        }
    }

    @Test
    void theScriptRunsUnderAStrictCspAndTheNoScriptNoticeIsHidden() {
        type(seed, "cai cach");
        assertEquals(List.of(), browser.blockedRequests());
        assertFalse(browser.driver.findElement(By.id("tim-kiem")).getText().contains("JavaScript"));
        assertEquals(List.of(), browser.driver.findElements(By.cssSelector("main p.notice")).stream()
                .filter(WebElement::isDisplayed).toList());
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksToTheArchive() {
        try (Chromium noScript = Chromium.start(false, 1280, 900)) {
            noScript.driver.get(seed.url("tim-kiem.html"));
            WebElement notice = noScript.driver.findElement(By.cssSelector("main p.notice"));
            assertTrue(notice.isDisplayed());
            assertTrue(notice.getText().startsWith("Trình duyệt của bạn đang tắt JavaScript nên trang này không tìm kiếm được."),
                    notice.getText());
            assertEquals(seed.url("luu-tru/"), notice.findElement(By.linkText("lưu trữ theo tháng")).getAttribute("href"));
        }
    }
}
