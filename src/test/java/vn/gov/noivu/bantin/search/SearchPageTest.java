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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.SiteServer;

/**
 * The search page in a real headless Chromium, under a strict CSP: what a reader types is folded
 * (tones, Đ/đ, case); articles, documents of the registry and pages are found, each labelled with its kind;
 * a document's number is found however it is typed; results are ranked number, then title matches first,
 * then newer; the page works from a sub-path, shows hostile text as text, and without JavaScript says so and
 * points to the archive.
 */
@Tag("browser")
class SearchPageTest {
    static final String CAN_CHU_TRONG = "Cần chú trọng tuyên truyền, kiểm tra công tác cải cách hành chính";
    static final String NAM_2014 = "Năm 2014, tiếp tục thực hiện hiệu quả các nhiệm vụ cải cách hành chính và tạo bước đột phá";
    static final String TRIEN_KHAI = "Sở Nội vụ: Triển khai công tác năm 2014";
    static final String SO_KET = "Sở Nội vụ sơ kết công tác 6 tháng đầu năm";
    static final String RA_SOAT = "Rà soát, loại khỏi bộ máy những cán bộ yếu kém";
    static final String ND_108 = "Nghị định số 108/2014/NĐ-CP";
    static final String KH_15 = "Kế hoạch số 15/KH-UBND";
    static final String KH_16 = "Kế hoạch số 16/KH-UBND";
    static final String ND_42 = "Nghị định số 42/2022/NĐ-CP";
    static final String QD_12 = "Quyết định số 12/2016/QĐ-UBND";
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
        Close.all(browser, seed, basic);
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

    /** The status line once the script has answered a query typed after the one that {@code before} answered. */
    static String answerOtherThan(String before) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String now = answer();
        while (now.equals(before) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            now = answer();
        }
        return now;
    }

    /** The result titles once {@code answered} (the status line) has been read. */
    static List<String> titles(String answered) {
        return titles();
    }

    static List<String> titles() {
        return browser.driver.findElements(By.cssSelector("#ket-qua-tim-kiem .card-title a")).stream().map(WebElement::getText).toList();
    }

    /** What each result is, as its label says. */
    static List<String> labels() {
        return browser.driver.findElements(By.cssSelector("#ket-qua-tim-kiem .meta .kind")).stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cai cach hanh chinh", "cải cách hành chính", "CAI CACH HANH CHINH", "Cải Cách Hành Chính"})
    void accentlessUpperCaseAndAccentedQueriesFindTheSameResults(String query) {
        // Titles first, newest first (a document's title is its type, number and trích yếu): the two articles and
        // the two plans of 2014; then the rest, newest first: Nghị định 42/2022 (its field), "Triển khai…" (its
        // tags), then the page that mentions it (pages have no date).
        assertEquals("Tìm thấy 7 kết quả: 3 bài viết, 3 văn bản, 1 trang.", type(seed, query));
        assertEquals(List.of(CAN_CHU_TRONG, NAM_2014, KH_15, KH_16, ND_42, TRIEN_KHAI, "Chức năng, nhiệm vụ"), titles());
        assertEquals(List.of("Bài viết", "Bài viết", "Văn bản", "Văn bản", "Văn bản", "Bài viết", "Trang"), labels());
    }

    @Test
    void titleMatchesComeBeforeNewerResultsThatMatchElsewhere() {
        // "Rà soát…" (2016) has "Sở Nội vụ" in its tags and lead only: the title matches come first, newest first,
        // Quyết định 12/2016 among them by its trích yếu; the static pages, which have no date, come last.
        assertEquals(List.of(SO_KET, QD_12, TRIEN_KHAI, RA_SOAT), titles(type(seed, "so noi vu")).subList(0, 4));
        assertTrue(titles().containsAll(List.of("Giới thiệu", "Liên hệ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"108/2014", "108 2014 nd cp", "nghi dinh 108", "108/2014/NĐ-CP", "108 / 2014 / ND-CP", "1082014",
        "nđ-cp 108", "108/2014/NDCP"})
    void aDocumentIsFoundFirstByItsNumberTypedInAnyForm(String query) {
        assertEquals("Tìm thấy 1 văn bản.", type(seed, query));
        assertEquals(List.of(ND_108), titles());
        assertEquals(List.of("Văn bản"), labels());
        assertEquals(seed.url("van-ban/nd-108-2014.html"),
                browser.driver.findElement(By.cssSelector("#ket-qua-tim-kiem a")).getAttribute("href"));
        assertEquals("Văn bản · 20/11/2014 · Chính phủ", browser.driver.findElement(By.cssSelector("#ket-qua-tim-kiem .meta")).getText());
        assertEquals("Về chính sách tinh giản biên chế", browser.driver.findElement(By.cssSelector("#ket-qua-tim-kiem .summary")).getText());
    }

    @Test
    void aDocumentIsFoundFirstByTheWordsOfItsTrichYeu() {
        // "Sở Nội vụ sơ kết…" has the tag "tinh giản biên chế": it comes after the document whose trích yếu it is.
        assertEquals("Tìm thấy 1 văn bản.", type(seed, "chinh sach tinh gian bien che"));
        assertEquals(List.of(ND_108), titles());
        assertEquals("Tìm thấy 2 kết quả: 1 bài viết, 1 văn bản.", type(seed, "tinh giản biên chế"));
        assertEquals(List.of(ND_108, SO_KET), titles());
        assertEquals(List.of("Văn bản", "Bài viết"), labels());
    }

    @ParameterizedTest
    @CsvSource({"chinh phu 2020, Nghị định số 30/2020/NĐ-CP", "nghi quyet tinh uy, Nghị quyết số 05-NQ/TU",
        "05-NQ/TU, Nghị quyết số 05-NQ/TU", "ke hoach nam 2014, Kế hoạch số 15/KH-UBND", "van thu luu tru nghi dinh, Nghị định số 30/2020/NĐ-CP"})
    void aDocumentIsFoundByItsIssuerTypeYearAndField(String query, String first) {
        type(seed, query);
        assertEquals(first, titles().get(0));
    }

    @Test
    void pagesAreLabelledPages() {
        assertEquals("Tìm thấy 2 trang.", type(seed, "don vi truc thuoc"));
        assertEquals(List.of("Đơn vị trực thuộc", "Cơ cấu tổ chức"), titles());
        assertEquals(List.of("Trang", "Trang"), labels());
    }

    @Test
    void dBarIsFoldedToD() {
        assertEquals("Tìm thấy 1 bài viết.", type(seed, "DANG UY"));
        assertEquals(List.of(RA_SOAT), titles());
    }

    @Test
    void deletingALetterWidensTheSearchAgain() {
        String before = type(seed, "dang uyx");
        assertEquals("Không tìm thấy kết quả nào có “dang uyx”.", before);
        browser.driver.findElement(By.id("tu-khoa")).sendKeys(Keys.BACK_SPACE);
        assertEquals("Tìm thấy 1 bài viết.", answerOtherThan(before));
        assertEquals(List.of(RA_SOAT), titles());
    }

    @Test
    void wordsMatchFromTheirStartOnly() {
        // "ach" is inside "cách" but starts no word.
        assertEquals("Không tìm thấy kết quả nào có “ach”.", type(seed, "ach"));
        assertEquals(List.of(), titles());
    }

    @Test
    void aQueryInTheAddressIsSearchedOnArrivalAndLinksKeepTheSubPath() {
        browser.driver.get(basic.url("tim-kiem.html?q=tuyen%20dung"));
        assertEquals("Tìm thấy 1 bài viết.", answer());
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
        assertEquals("Tìm thấy 1 bài viết.", answer());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/tim-kiem.html?q=DANG+UY"), browser.driver.getCurrentUrl());
    }

    @Test
    void hostileTextInTheIndexIsShownAsText() {
        assertEquals("Tìm thấy 1 bài viết.", type(basic, "trich dan"));
        assertEquals(List.of("<script>alert(1)</script> A & B \"trích dẫn\""), titles());
        assertEquals(List.of(), browser.driver.findElements(By.cssSelector("#ket-qua-tim-kiem script, #ket-qua-tim-kiem img")));
    }

    @Test
    void twentyResultsAreShownAtFirstAndTheButtonAddsTwentyMore() {
        try (SiteServer generated = SiteServer.start(BuiltSites.generated(), "/")) {
            String status = type(generated, "cai cach");
            // The generated site has a registry too: its documents are counted apart.
            assertTrue(status.matches("Tìm thấy [0-9.]+ kết quả: [0-9.]+ bài viết, [0-9.]+ văn bản\\."), status);
            List<String> first = titles();
            assertEquals(20, first.size());
            WebElement more = browser.driver.findElement(By.cssSelector("button.more"));
            assertEquals("Xem thêm 20 kết quả", more.getText());
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
