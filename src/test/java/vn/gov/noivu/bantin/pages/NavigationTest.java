package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.Close;
import vn.gov.noivu.bantin.SiteServer;
import vn.gov.noivu.bantin.TestSites;

/**
 * The header as readers use it: at 1280 px one row of menu reaching every section, "Tin tức" opening the
 * chuyên mục; at 360 px a bar that leaves the news in the first screen, "Danh mục" opening the search and the
 * menu; both without JavaScript and from the keyboard; the current section marked. What depends on the widths
 * of letters is checked in each {@link Chromium.Font}.
 */
@Tag("browser")
class NavigationTest {
    static final String ARTICLE = "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html";
    static final List<String> MENU = List.of("Trang chủ", "Tin tức", "Văn bản", "Lịch công tác", "Giới thiệu", "Liên hệ", "English");
    static SiteServer seed;
    static final Map<Chromium.Font, Chromium> DESKTOP = new EnumMap<>(Chromium.Font.class);
    static final Map<Chromium.Font, Chromium> PHONE = new EnumMap<>(Chromium.Font.class);
    static Chromium desktop;
    static Chromium phone;
    static Chromium phoneWithoutScript;

    @BeforeAll
    static void start() {
        seed = SiteServer.start(BuiltSites.seed(), "/");
        for (Chromium.Font font : Chromium.Font.values()) {
            DESKTOP.put(font, Chromium.start(true, 1280, 900, font));
            PHONE.put(font, Chromium.start(true, 360, 740, font));
        }
        desktop = DESKTOP.get(Chromium.Font.DEJAVU_SANS);
        phone = PHONE.get(Chromium.Font.DEJAVU_SANS);
        phoneWithoutScript = Chromium.start(false, 360, 740, Chromium.Font.DEJAVU_SANS);
    }

    @AfterAll
    static void stop() {
        List<AutoCloseable> all = new ArrayList<>(DESKTOP.values());
        all.addAll(PHONE.values());
        all.add(phoneWithoutScript);
        all.add(seed);
        Close.all(all.toArray(AutoCloseable[]::new));
    }

    private static long number(Chromium browser, String script) {
        return ((Number) browser.driver.executeScript("return Math.round(" + script + ");")).longValue();
    }

    private static List<String> shown(Chromium browser, String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    static Stream<Arguments> phonePages() {
        return Stream.of(Chromium.Font.values()).flatMap(font -> Stream.of("", ARTICLE, "van-ban/", "tim-kiem.html")
                .map(path -> Arguments.of(font, path)));
    }

    @ParameterizedTest(name = "{0} /{1}")
    @MethodSource("phonePages")
    void onAPhoneTheHeaderIsOneBarAndTheNewsIsInTheFirstScreen(Chromium.Font font, String path) {
        Chromium phone = PHONE.get(font);
        phone.driver.get(seed.url(path));
        assertEquals(Set.of(font.family), phone.fontsOf(".site-header, main h1"), "the fonts of the header and heading");
        long header = number(phone, "document.querySelector('.site-header').getBoundingClientRect().height");
        assertTrue(header <= 160, "the header takes " + header + " px at 360 px");
        assertTrue(header <= 70, "one bar of 44 px targets: " + header + " px");
        assertEquals(List.of(), shown(phone, ".main-nav a, .site-search"), "menu and search wait behind Danh mục");
        // The page's heading and, on the home page, the first two articles are on the first screen of 740 px.
        assertTrue(number(phone, "document.querySelector('main h1').getBoundingClientRect().bottom") < 300);
        if (path.isEmpty()) {
            assertTrue(number(phone, "document.querySelectorAll('main .card')[1].getBoundingClientRect().top") < 740);
        }
    }

    @ParameterizedTest
    @EnumSource(Chromium.Font.class)
    void at1280TheMenuReachesEverySectionOnOneRow(Chromium.Font font) {
        Chromium desktop = DESKTOP.get(font);
        desktop.driver.get(seed.url(""));
        assertEquals(Set.of(font.family), desktop.fontsOf(".main-nav"), "the fonts of the menu");
        assertEquals(MENU, shown(desktop, ".menu > li > a, .menu > li > details > summary"));
        List<Long> tops = desktop.driver.findElements(By.cssSelector(".menu > li")).stream()
                .map(li -> (long) li.getRect().getY()).distinct().toList();
        assertEquals(1, tops.size(), "the menu's items start at " + tops);
        long nav = number(desktop, "document.querySelector('.main-nav').getBoundingClientRect().height");
        assertTrue(nav < 60, "the menu is " + nav + " px high");
        assertEquals(List.of(seed.url(""), seed.url("van-ban/"), seed.url("lich-cong-tac/"), seed.url("gioi-thieu.html"),
                seed.url("lien-he.html"), seed.url("en/introduction.html")),
                desktop.driver.findElements(By.cssSelector(".menu > li > a")).stream().map(a -> a.getAttribute("href")).toList());
        assertEquals(List.of(), shown(desktop, ".submenu a"), "the chuyên mục wait behind Tin tức");
        assertEquals(1, shown(desktop, ".site-search").size(), "the search box is in the header");
    }

    @Test
    void tinTucOpensTheChuyenMucWithAClickOrTheKeyboardAndClosesAgain() {
        desktop.driver.get(seed.url(""));
        WebElement tinTuc = desktop.driver.findElement(By.cssSelector(".has-submenu summary"));
        tinTuc.click();
        List<String> categories = List.of("Tin hoạt động", "Cải cách hành chính", "Thi đua khen thưởng", "Văn thư lưu trữ",
                "Tôn giáo", "Công chức viên chức", "Chính quyền địa phương", "Thông báo");
        assertEquals(categories, shown(desktop, ".submenu a"));
        tinTuc.click();
        assertEquals(List.of(), shown(desktop, ".submenu a"));
        tinTuc.sendKeys(Keys.ENTER);
        assertEquals(categories, shown(desktop, ".submenu a"));
        desktop.driver.findElement(By.linkText("Cải cách hành chính")).click();
        assertEquals(seed.url("chuyen-muc/cai-cach-hanh-chinh/"), desktop.driver.getCurrentUrl());
    }

    @Test
    void onAPhoneDanhMucOpensTheSearchAndTheMenuWithoutJavaScript() {
        phoneWithoutScript.driver.get(seed.url(ARTICLE));
        phoneWithoutScript.driver.findElement(By.cssSelector(".menu-toggle summary")).click();
        assertEquals(1, shown(phoneWithoutScript, ".site-search").size());
        assertEquals(MENU, shown(phoneWithoutScript, ".menu > li > a, .menu > li > details > summary"));
        phoneWithoutScript.driver.findElement(By.cssSelector(".has-submenu summary")).click();
        assertEquals(8, shown(phoneWithoutScript, ".submenu a").size());
        phoneWithoutScript.driver.findElement(By.linkText("Văn bản")).click();
        assertEquals(seed.url("van-ban/"), phoneWithoutScript.driver.getCurrentUrl());
        assertEquals(List.of(), shown(phoneWithoutScript, ".main-nav a"), "a new page starts with the menu closed");
    }

    @ParameterizedTest
    @EnumSource(Chromium.Font.class)
    void onAPhoneDanhMucOpensFromTheKeyboard(Chromium.Font font) {
        Chromium phone = PHONE.get(font);
        phone.driver.get(seed.url(""));
        WebElement toggle = phone.driver.findElement(By.cssSelector(".menu-toggle summary"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals(MENU, shown(phone, ".menu > li > a, .menu > li > details > summary"));
        toggle.sendKeys(Keys.SPACE);
        assertEquals(List.of(), shown(phone, ".main-nav a"));
        long page = number(phone, "document.documentElement.scrollWidth");
        assertEquals(360, page, "the open menu does not widen the page");
    }

    @ParameterizedTest(name = "/{0}: {1}")
    @CsvSource({"'', Trang chủ, page", "van-ban/, Văn bản, page", "van-ban/nd-108-2014.html, Văn bản, true",
        "lich-cong-tac/2026-w48.html, Lịch công tác, true", "lanh-dao-so.html, Giới thiệu, true", "lien-he.html, Liên hệ, page",
        "chuyen-muc/tin-hoat-dong/, Tin hoạt động, page", ARTICLE + ", Tin hoạt động, true"})
    void theMenuMarksTheSectionOfThePage(String path, String item, String current) {
        Document page = Jsoup.parse(TestSites.read(BuiltSites.seed().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)));
        assertEquals(List.of(item), page.select(".menu a[aria-current]").eachText());
        assertEquals(current, page.selectFirst(".menu a[aria-current]").attr("aria-current"));
        assertEquals(path.startsWith("chuyen-muc/") || path.startsWith("tin-tuc/"), page.selectFirst(".has-submenu summary").hasClass("current"));
        assertFalse(page.selectFirst(".menu-toggle").hasAttr("open"));
    }
}
