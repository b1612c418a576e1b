package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.SiteServer;

/**
 * The tables as readers see them: every day of the schedule with the same columns, the documents list giving its
 * width to the trích yếu at 1280 px with its filters opening above it, and at 360 px each row of both read as a
 * block, without sideways scrolling. What depends on the widths of letters is checked in each {@link Chromium.Font},
 * the widest and the narrowest of the fonts readers have.
 */
@Tag("browser")
class TablesTest {
    static final String WEEK = "lich-cong-tac/2026-w48.html";
    static SiteServer seed;
    static final Map<Chromium.Font, Chromium> DESKTOP = new EnumMap<>(Chromium.Font.class);
    static final Map<Chromium.Font, Chromium> PHONE = new EnumMap<>(Chromium.Font.class);
    static Chromium desktop;
    static Chromium phone;

    @BeforeAll
    static void start() {
        seed = SiteServer.start(BuiltSites.seed(), "/");
        for (Chromium.Font font : Chromium.Font.values()) {
            DESKTOP.put(font, Chromium.start(true, 1280, 900, font));
            PHONE.put(font, Chromium.start(true, 360, 740, font));
        }
        desktop = DESKTOP.get(Chromium.Font.DEJAVU_SANS);
        phone = PHONE.get(Chromium.Font.DEJAVU_SANS);
    }

    @AfterAll
    static void stop() {
        List<AutoCloseable> all = new ArrayList<>(DESKTOP.values());
        all.addAll(PHONE.values());
        all.add(seed);
        Close.all(all.toArray(AutoCloseable[]::new));
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(Chromium browser, String script) {
        return (T) browser.driver.executeScript(script);
    }

    @Test
    void everyDayOfTheScheduleHasTheSameColumns() {
        desktop.driver.get(seed.url(WEEK));
        List<String> columns = js(desktop, "return Array.from(document.querySelectorAll('table.schedule')).map(t =>"
                + " Array.from(t.querySelectorAll('thead th')).map(th => Math.round(th.getBoundingClientRect().left) + '+'"
                + " + Math.round(th.getBoundingClientRect().width)).join(' '));");
        assertEquals(5, columns.size(), "a table for each day from Monday to Friday");
        assertEquals(1, columns.stream().distinct().count(), "the columns of each day: " + columns);
    }

    @ParameterizedTest
    @EnumSource(Chromium.Font.class)
    void theTrichYeuTakesTheWidthOfTheDocumentsList(Chromium.Font font) {
        Chromium desktop = DESKTOP.get(font);
        desktop.driver.get(seed.url("van-ban/"));
        assertEquals(Set.of(font.family), desktop.fontsOf("table.doc-table"));
        Map<String, Number> m = js(desktop, "var t = document.querySelector('table.doc-table');"
                + "var cells = Array.from(t.querySelectorAll('tbody td:nth-child(4)'));"
                + "return {table: t.getBoundingClientRect().width, main: document.querySelector('main').clientWidth,"
                + " column: t.querySelector('thead th:nth-child(4)').getBoundingClientRect().width,"
                + " tallest: Math.max.apply(null, cells.map(c => c.getBoundingClientRect().height)),"
                + " line: parseFloat(getComputedStyle(cells[0]).lineHeight)};");
        double table = m.get("table").doubleValue();
        assertTrue(table >= m.get("main").doubleValue() - 32 - 1, "the list has the page's width: " + m);
        assertTrue(m.get("column").doubleValue() >= 0.45 * table, "the trích yếu has half the table: " + m);
        assertTrue(m.get("tallest").doubleValue() <= 2 * m.get("line").doubleValue() + 16, "two lines at most: " + m);
    }

    @Test
    void theFiltersOpenAboveTheListFromTheirButtons() {
        for (Chromium browser : List.of(desktop, phone)) {
            browser.driver.get(seed.url("van-ban/"));
            assertEquals(List.of(), browser.driver.findElements(By.cssSelector(".doc-filters a")).stream().filter(WebElement::isDisplayed).toList());
            browser.driver.findElement(By.cssSelector(".doc-filters summary")).click();
            assertEquals(List.of("Nghị quyết", "Nghị định", "Quyết định", "Kế hoạch"), browser.driver.findElements(By.cssSelector(".doc-filters a"))
                    .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList());
            assertEquals(List.of(), browser.axeViolations(), "axe-core with a filter open");
            browser.driver.findElement(By.linkText("Nghị định")).click();
            assertEquals("Loại văn bản: Nghị định", browser.driver.findElement(By.cssSelector(".doc-filters summary")).getText());
        }
    }

    @ParameterizedTest
    @EnumSource(Chromium.Font.class)
    void onAPhoneEachDocumentReadsAsABlockAndThePageDoesNotScrollSideways(Chromium.Font font) {
        Map<String, Object> row = firstRowOnAPhone(font, "van-ban/", "table.doc-table", 3);
        assertEquals(List.of("42/2022/NĐ-CP", "Ban hành: 24/06/2022", "Nghị định",
                "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"),
                ((List<?>) row.get("cells")).subList(0, 4));
        // Every row: the seed's types include the longest, "Quyết định" and "Nghị quyết".
        List<String> rows = js(PHONE.get(font), "return Array.from(document.querySelectorAll('table.doc-table tbody tr')).map(r =>"
                + " r.children[2].innerText + ': ' + Math.round(r.children[1].getBoundingClientRect().width) + '+'"
                + " + Math.round(r.children[2].getBoundingClientRect().width) + ' of ' + Math.round(r.clientWidth - 20)"
                + " + (r.children[1].getBoundingClientRect().top == r.children[2].getBoundingClientRect().top ? '' : ', two lines'));");
        assertTrue(rows.stream().map(r -> r.substring(0, r.indexOf(':'))).toList().containsAll(List.of("Quyết định", "Nghị quyết")), rows.toString());
        assertEquals(List.of(), rows.stream().filter(r -> r.endsWith("two lines")).toList(), "date and type on one line: " + rows);
    }

    @ParameterizedTest
    @EnumSource(Chromium.Font.class)
    void onAPhoneEachScheduleEntryReadsAsABlockWithItsLabels(Chromium.Font font) {
        Map<String, Object> row = firstRowOnAPhone(font, WEEK, "table.schedule", 1);
        assertEquals("07:30\nChủ trì giao ban lãnh đạo Sở đầu tuần\nLãnh đạo: Giám đốc Sở\n"
                + "Thành phần: Các Phó Giám đốc Sở; Chánh Văn phòng; trưởng các phòng, ban, chi cục\nĐịa điểm: Phòng họp tầng 2, Sở Nội vụ",
                row.get("text"));
    }

    /**
     * The first row of {@code table} on {@code path} at 360 px in {@code font}, with its text and its cells' texts and tops; checks
     * that it was drawn in that font alone, that the page does not scroll sideways, that the column heads are left to screen
     * readers and that the row's cell {@code wide} (its main text) has the row's width.
     */
    private static Map<String, Object> firstRowOnAPhone(Chromium.Font font, String path, String table, int wide) {
        Chromium phone = PHONE.get(font);
        phone.driver.get(seed.url(path));
        assertEquals(Set.of(font.family), phone.fontsOf(table + " tbody tr:first-child"), "the fonts of the row");
        Map<String, Object> m = js(phone, "var t = document.querySelector('" + table + "'); var row = t.querySelector('tbody tr');"
                + "return {page: document.documentElement.scrollWidth, row: row.getBoundingClientRect().width,"
                + " cell: row.children[" + wide + "].getBoundingClientRect().width, text: row.innerText,"
                + " cells: Array.from(row.children).map(c => c.innerText),"
                + " tops: Array.from(row.children).map(c => Math.round(c.getBoundingClientRect().top)),"
                + " head: t.querySelector('thead').getBoundingClientRect().height};");
        assertEquals(360L, ((Number) m.get("page")).longValue());
        assertTrue(((Number) m.get("cell")).doubleValue() >= ((Number) m.get("row")).doubleValue() - 30, "a block: " + m);
        assertTrue(((Number) m.get("head")).doubleValue() <= 1, "the column heads are left to screen readers: " + m);
        return m;
    }
}
