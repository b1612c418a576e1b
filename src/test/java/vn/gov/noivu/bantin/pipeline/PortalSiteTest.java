package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * Builds the agency-portal fixture (documents registry, work schedule, Giới thiệu section, English pages),
 * served from a sub-path, at the tests' fixed clock (Monday 23/11/2026 00:00) and checks what readers get.
 */
class PortalSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;

    @BeforeAll
    static void build() {
        site = TestSites.copy("portal", tmp);
        out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertEquals(List.of(), r.errors());
    }

    private static String page(String path) {
        return TestSites.read(out.resolve(path));
    }

    /** The part of {@code html} from the first line containing {@code from} to the next line equal to {@code to}. */
    private static String block(String html, String from, String to) {
        int start = html.lastIndexOf('\n', html.indexOf(from)) + 1;
        return html.substring(start, html.indexOf("\n" + to + "\n", start) + to.length() + 2);
    }

    @Test
    void everyInternalLinkResolvesAndEveryPathIsAscii() {
        assertEquals(List.of(), TestSites.brokenLinks(out, "/noivu/"));
        for (String file : TestSites.files(out)) {
            assertTrue(file.matches("[a-z0-9./-]+"), file);
        }
    }

    @Test
    void homePageBoxesShowTheNewestDocumentsAndTodaysThenTheNextEntries() {
        assertEquals("""
                <div class="home-boxes">
                <section class="box" aria-labelledby="van-ban-moi">
                <h2 id="van-ban-moi">Văn bản mới</h2>
                <ul>
                <li><a href="/noivu/van-ban/nd-30-2020.html">Nghị định số 30/2020/NĐ-CP</a>: Về công tác văn thư <time datetime="2020-03-05">(05/03/2020)</time></li>
                <li><a href="/noivu/van-ban/kh-cchc-2020.html">Kế hoạch số 20/KH-UBND</a>: Cải cách hành chính năm 2020 &lt;thử &amp; nghiệm&gt; <time datetime="2020-01-15">(15/01/2020)</time></li>
                <li><a href="/noivu/van-ban/nd-108-2014.html">Nghị định số 108/2014/NĐ-CP</a>: Về chính sách tinh giản biên chế <time datetime="2014-11-20">(20/11/2014)</time></li>
                </ul>
                <p class="more"><a href="/noivu/van-ban/">Tất cả văn bản</a></p>
                </section>
                <section class="box" aria-labelledby="lich-cong-tac">
                <h2 id="lich-cong-tac">Lịch công tác</h2>
                <h3>Hôm nay, Thứ Hai, 23/11/2026</h3>
                <ul>
                <li><time datetime="2026-11-23T07:30:00+07:00">07:30</time>: Giao ban lãnh đạo Sở &lt;đầu tuần&gt; &amp; phân công (Giám đốc Sở; Phòng họp tầng 2)</li>
                <li><time datetime="2026-11-23T14:00:00+07:00">14:00</time>: Thẩm định đề án vị trí việc làm (Phó Giám đốc Sở; Sở Y tế)</li>
                </ul>
                <h3>Sắp tới</h3>
                <ul>
                <li>Thứ Tư, 25/11/2026, <time datetime="2026-11-25T08:00:00+07:00">08:00</time>: Tiếp công dân định kỳ (Giám đốc Sở; Phòng tiếp công dân)</li>
                <li>Thứ Tư, 25/11/2026, <time datetime="2026-11-25T14:00:00+07:00">14:00</time>: Kiểm tra công tác văn thư, lưu trữ (Phó Giám đốc Sở; Sở Xây dựng)</li>
                <li>Thứ Năm, 26/11/2026, <time datetime="2026-11-26T07:30:00+07:00">07:30</time>: Hội nghị trực tuyến của Bộ Nội vụ (Giám đốc Sở; Điểm cầu tỉnh)</li>
                </ul>
                <p class="more"><a href="/noivu/lich-cong-tac/">Lịch công tác cả tuần</a></p>
                </section>
                </div>
                """, block(page("index.html"), "<div class=\"home-boxes\">", "</div>"));
    }

    @Test
    void aDocumentDatedAfterNowAndAnEntryPastTheBoxAppearNowhere() {
        for (String file : TestSites.files(out)) {
            if (file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".opml")) {
                assertFalse(page(file).contains("SAPBANHANH"), file);
                assertFalse(page(file).contains("99/TB-SNV"), file);
            }
        }
        assertFalse(Files.exists(out.resolve("van-ban/tb-sap-ban-hanh.html")));
        assertFalse(Files.exists(out.resolve("van-ban/loai/thong-bao/index.html")));
        assertFalse(Files.exists(out.resolve("van-ban/nam/2026/index.html")));
        assertFalse(page("index.html").contains("KHONGHIENTHI"));
        assertTrue(page("lich-cong-tac/2026-w48.html").contains("KHONGHIENTHI"));
    }

    @Test
    void documentPageShowsEveryParticularTheFileAndTheArticlesCitingIt() {
        String p = page("van-ban/nd-30-2020.html");
        assertTrue(p.contains("<h1>Nghị định số 30/2020/NĐ-CP</h1>\n<p class=\"lead\">Về công tác văn thư</p>"), p);
        assertTrue(p.contains("<dt>Người ký</dt><dd>Thủ tướng Nguyễn Xuân Phúc</dd>"));
        assertTrue(p.contains("<dt>Hiệu lực</dt><dd>Từ ngày <time datetime=\"2020-03-05\">05/03/2020</time></dd>"));
        assertEquals(990, sizeOf("files/van-ban/nd-30-2020.docx"));
        assertTrue(p.contains("<dt>Tệp đính kèm</dt><dd><a href=\"/noivu/files/van-ban/nd-30-2020.docx\" download>nd-30-2020.docx</a> "
                + "(DOCX, 990 byte)</dd>"), p);
        assertTrue(p.contains("Thay thế các quy định trước đây về công tác văn thư; xem thêm "
                + "<a href=\"/noivu/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a>."));
        assertTrue(p.contains("<li><a href=\"/noivu/tin-tuc/tinh-gian-bien-che.html\">Xét duyệt tinh giản biên chế đợt II</a> "
                + "<time datetime=\"2026-11-20T09:00:00+07:00\">(20/11/2026)</time></li>"), p);
        assertTrue(p.contains("<li><a href=\"/noivu/van-ban/\">Văn bản</a></li>\n<li><a href=\"/noivu/van-ban/loai/nghi-dinh/\">Nghị định</a></li>"));
        assertTrue(page("tin-tuc/tinh-gian-bien-che.html").contains("theo Nghị định <a href=\"/noivu/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a>"));
    }

    private static long sizeOf(String path) {
        try {
            return Files.size(out.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void listsSortBothWaysAndFilterByTypeFieldAndYearWithoutJavaScript() {
        String all = page("van-ban/index.html");
        assertTrue(all.indexOf("nd-30-2020.html\">30/2020") < all.indexOf("kh-cchc-2020.html\">20/KH-UBND"));
        assertTrue(all.indexOf("kh-cchc-2020.html\">20/KH-UBND") < all.indexOf("nd-108-2014.html\">108/2014"));
        assertTrue(all.contains("<th scope=\"col\" aria-sort=\"descending\">Ngày ban hành</th>"));
        assertTrue(all.contains("<li><a href=\"/noivu/van-ban/loai/nghi-dinh/\">Nghị định</a> <span class=\"count\">(2)</span></li>"));
        assertTrue(all.contains("<li><a href=\"/noivu/van-ban/nam/2020/\">2020</a> <span class=\"count\">(2)</span></li>"));
        String oldest = page("van-ban/cu-nhat-truoc/index.html");
        assertTrue(oldest.indexOf("nd-108-2014.html\">108/2014") < oldest.indexOf("nd-30-2020.html\">30/2020"));
        assertTrue(oldest.contains("aria-sort=\"ascending\""));
        String field = page("van-ban/linh-vuc/van-thu-luu-tru/index.html");
        assertTrue(field.contains("<h1>Văn bản lĩnh vực Văn thư lưu trữ</h1>"));
        assertTrue(field.contains("<a href=\"/noivu/van-ban/linh-vuc/van-thu-luu-tru/\" aria-current=\"page\">Văn thư lưu trữ</a>"));
        assertFalse(field.contains("108/2014"));
        assertTrue(page("van-ban/loai/ke-hoach/index.html").contains("<h1>Kế hoạch</h1>"));
        assertTrue(page("van-ban/nam/2014/index.html").contains("<h1>Văn bản ban hành năm 2014</h1>"));
    }

    @Test
    void documentsFeedFollowsTheFeedRules() {
        String feed = page("van-ban/feed.xml");
        assertTrue(feed.contains("<title>Sở Nội vụ thử nghiệm – Văn bản mới</title>"), feed);
        assertTrue(feed.contains("<atom:link rel=\"self\" href=\"https://example.gov.vn/noivu/van-ban/feed.xml\" type=\"application/rss+xml\" />"));
        assertTrue(feed.contains("<lastBuildDate>Thu, 05 Mar 2020 00:00:00 +0700</lastBuildDate>"));
        assertTrue(feed.contains("<enclosure url=\"https://example.gov.vn/noivu/files/van-ban/nd-30-2020.docx\" length=\""
                + sizeOf("files/van-ban/nd-30-2020.docx") + "\" type=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\" />"));
        assertTrue(feed.contains("<guid isPermaLink=\"true\">https://example.gov.vn/noivu/van-ban/nd-108-2014.html</guid>"));
        assertTrue(feed.contains("<description>Cải cách hành chính năm 2020 &amp;lt;thử &amp;amp; nghiệm&amp;gt;</description>"), feed);
        assertTrue(feed.contains("<content:encoded>&lt;p&gt;Cải cách hành chính năm 2020 &amp;lt;thử &amp;amp; nghiệm&amp;gt;&lt;/p&gt;</content:encoded>"), feed);
        assertTrue(feed.indexOf("nd-30-2020.html") < feed.indexOf("kh-cchc-2020.html"));
        assertTrue(page("dang-ky-nhan-tin.html").contains("<li><a href=\"/noivu/van-ban/feed.xml\">Văn bản mới</a>"));
        assertTrue(page("feeds.opml").contains("xmlUrl=\"https://example.gov.vn/noivu/van-ban/feed.xml\""));
        assertTrue(page("van-ban/index.html").contains("<link rel=\"alternate\" type=\"application/rss+xml\" "
                + "title=\"Sở Nội vụ thử nghiệm – Văn bản mới\" href=\"/noivu/van-ban/feed.xml\">"));
    }

    @Test
    void currentWeekHasAStableAddressAndWeeksLinkToTheirNeighbours() {
        String current = page("lich-cong-tac/index.html");
        assertTrue(current.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/noivu/lich-cong-tac/2026-w48.html\">"));
        assertTrue(current.contains("<h1>Lịch công tác tuần 48/2026</h1>"));
        assertFalse(current.contains("Chưa có lịch công tác của tuần này"));
        assertTrue(current.contains("<li>Tuần trước: <a href=\"/noivu/lich-cong-tac/2026-w47.html\" rel=\"prev\">tuần 47/2026 "
                + "(16/11/2026 – 22/11/2026)</a></li>"));
        String w47 = page("lich-cong-tac/2026-w47.html");
        assertTrue(w47.contains("<li>Tuần sau: <a href=\"/noivu/lich-cong-tac/2026-w48.html\" rel=\"next\">tuần 48/2026 "
                + "(23/11/2026 – 29/11/2026)</a></li>"));
        String w48 = page("lich-cong-tac/2026-w48.html");
        assertTrue(w48.contains("<h2 id=\"ngay-2026-11-24\">Thứ Ba, 24/11/2026</h2>\n<p>Không có lịch công tác.</p>"), w48);
        assertTrue(w48.contains("<tr><td><time datetime=\"2026-11-23T07:30:00+07:00\">07:30</time></td><td>Giao ban lãnh đạo Sở "
                + "&lt;đầu tuần&gt; &amp; phân công</td><td><span class=\"cell-label\">Lãnh đạo: </span>Giám đốc Sở</td>"
                + "<td><span class=\"cell-label\">Thành phần: </span>Trưởng các phòng</td><td><span class=\"cell-label\">Địa điểm: </span>"
                + "Phòng họp tầng 2</td></tr>"));
        assertTrue(w48.indexOf("07:30</time>") < w48.indexOf("14:00</time>"));
        assertFalse(w48.contains("Thứ Bảy"));
    }

    @Test
    void withoutAFileForThisWeekTheStableAddressSaysWhichWeekItShows(@TempDir Path later) {
        Path laterOut = later.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(site, laterOut, ZonedDateTime.parse("2026-12-02T08:00+07:00")));
        assertEquals(List.of(), r.errors());
        String current = TestSites.read(laterOut.resolve("lich-cong-tac/index.html"));
        assertTrue(current.contains("<h1>Lịch công tác tuần 48/2026</h1>"));
        assertTrue(current.contains("<p class=\"note\">Chưa có lịch công tác của tuần này (30/11/2026 – 06/12/2026). "
                + "Dưới đây là lịch của tuần gần nhất đã đăng.</p>"), current);
        String home = TestSites.read(laterOut.resolve("index.html"));
        // The home page says it in the same words, not that there is no schedule today.
        assertTrue(home.contains("<h3>Hôm nay, Thứ Tư, 02/12/2026</h3>\n<p>Chưa có lịch công tác của tuần này (30/11/2026 – 06/12/2026).</p>\n"
                + "<p class=\"more\">"), home);
    }

    @Test
    void aDayWithoutEntriesAndASiteWithoutWeeksAreSaidInTheSameWordsOnTheHomePageAndTheSchedule(@TempDir Path later) throws IOException {
        Path tuesday = later.resolve("tuesday");
        assertEquals(List.of(), Pipeline.run(new Pipeline.Options(site, tuesday, ZonedDateTime.parse("2026-11-24T08:00+07:00"))).errors());
        assertTrue(TestSites.read(tuesday.resolve("index.html")).contains("<h3>Hôm nay, Thứ Ba, 24/11/2026</h3>\n<p>Không có lịch công tác.</p>\n"));
        assertTrue(TestSites.read(tuesday.resolve("lich-cong-tac/index.html")).contains("<h2 id=\"ngay-2026-11-24\">Thứ Ba, 24/11/2026</h2>\n"
                + "<p>Không có lịch công tác.</p>"));
        Path empty = later.resolve("site");
        TestSites.copyTree(site, empty);
        try (java.util.stream.Stream<Path> weeks = Files.list(empty.resolve("data/lich-cong-tac"))) {
            for (Path week : weeks.toList()) {
                Files.delete(week);
            }
        }
        Path none = later.resolve("none");
        assertEquals(List.of(), Pipeline.run(new Pipeline.Options(empty, none, TestSites.NOW)).errors());
        assertTrue(TestSites.read(none.resolve("index.html")).contains("<h3>Hôm nay, Thứ Hai, 23/11/2026</h3>\n<p>Chưa có lịch công tác nào.</p>\n"));
        assertTrue(TestSites.read(none.resolve("lich-cong-tac/index.html")).contains("<h1>Lịch công tác</h1>\n<p>Chưa có lịch công tác nào.</p>"));
    }

    @Test
    void introductionSectionAndEnglishPagesLinkEachOtherBothWays() {
        String vi = page("gioi-thieu.html");
        String en = page("en/introduction.html");
        String alternates = "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.gov.vn/noivu/gioi-thieu.html\">\n"
                + "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.vn/noivu/en/introduction.html\">\n";
        assertTrue(vi.contains(alternates), vi);
        assertTrue(en.contains(alternates), en);
        assertTrue(vi.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"));
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(vi.contains("<p class=\"lang-switch\"><a href=\"/noivu/en/introduction.html\" hreflang=\"en\" lang=\"en\">English</a></p>"));
        assertTrue(en.contains("<p class=\"lang-switch\"><a href=\"/noivu/gioi-thieu.html\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a></p>"));
        assertTrue(en.contains("<a class=\"skip\" href=\"#content\">Skip to main content</a>"));
        assertTrue(en.contains("<title>Introduction – Department of Home Affairs (test)</title>"));
        assertTrue(en.contains("<p>Address: <span lang=\"vi\">Số 1 đường Trung tâm</span></p>"));
        assertFalse(en.contains("Chuyên mục"), "no Vietnamese labels in the English frame");
        assertTrue(page("lanh-dao-so.html").contains("<li><a href=\"/noivu/gioi-thieu.html\">Giới thiệu</a></li>\n<li aria-current=\"page\">Lãnh đạo Sở</li>"));
        assertTrue(vi.contains("<li><a href=\"/noivu/gioi-thieu.html\">Giới thiệu</a></li>\n<li><a href=\"/noivu/lien-he.html\">Liên hệ</a></li>\n"
                + "<li><a href=\"/noivu/en/introduction.html\" hreflang=\"en\" lang=\"en\">Introduction</a></li>\n"
                + "<li><a href=\"/noivu/en/contact.html\" hreflang=\"en\" lang=\"en\">Contact</a></li>\n"
                + "<li><a href=\"/noivu/van-ban/\">Văn bản</a></li>\n<li><a href=\"/noivu/lich-cong-tac/\">Lịch công tác</a></li>"), vi);
        assertFalse(block(vi, "<ul class=\"footer-links\">", "</ul>").contains("lanh-dao-so.html"), "sub-pages stay out of the footer");
    }
}
