package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** Builds the valid fixture site (served from a sub-path) whole and checks what readers get. */
class FixtureSiteTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSites.copy("basic", tmp);
        out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertEquals(List.of(), r.errors());
    }

    private static String page(String path) {
        return TestSites.read(out.resolve(path));
    }

    @Test
    void draftsFutureAndExpiredArticlesAppearNowhere() {
        for (String file : TestSites.files(out)) {
            if (file.endsWith(".jpg") || file.endsWith(".webp")) {
                continue;
            }
            String text = TestSites.read(out.resolve(file));
            for (String marker : List.of("BANNHAP", "TUONGLAI", "HETHAN", "chi-trong-ban-nhap", "chi-trong-tuong-lai")) {
                assertFalse(text.contains(marker), file + " leaks " + marker);
            }
            assertFalse(file.contains("ban-nhap") || file.contains("tuong-lai") || file.contains("het-han"), file);
        }
    }

    @Test
    void everyOutputPathIsAscii() {
        for (String file : TestSites.files(out)) {
            assertTrue(file.matches("[a-z0-9./-]+"), file);
        }
    }

    @Test
    void everyInternalLinkResolvesUnderTheSubPath() {
        assertEquals(List.of(), TestSites.brokenLinks(out, "/noivu/"));
    }

    @Test
    void homeListsNewestFirstWithSlugTieBreakAndPaginates() {
        String home = page("index.html");
        int a = home.indexOf("tin-tuc/ke-hoach-cai-cach.html");
        int b = home.indexOf("tin-tuc/tuyen-dung-cong-chuc.html");
        assertTrue(a > 0 && b > a, "same-time articles ordered by slug");
        assertFalse(home.contains("tin-tuc/hoi-nghi-tong-ket.html\""), "third article is on page 2");
        assertTrue(page("trang-2.html").contains("tin-tuc/hoi-nghi-tong-ket.html"));
        assertTrue(home.contains("<a href=\"/noivu/trang-2.html\" rel=\"next\">"));
        assertTrue(page("trang-2.html").contains("aria-current=\"page\">2</a>"));
    }

    @Test
    void articlePageShowsDateLeadImageBylineSourceAndLinkedTaxonomies() {
        String p = page("tin-tuc/hoi-nghi-tong-ket.html");
        assertTrue(p.contains("<time datetime=\"2024-01-10T08:30:00+07:00\">10/01/2024 08:30 (GMT+7)</time>"));
        // The text starts with the summary: its first paragraph is the lead, shown once.
        assertTrue(p.contains("<p class=\"lead\">Sáng 10/1, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2023.</p>"));
        assertFalse(p.contains("<p>Sáng 10/1"));
        // The 800-pixel photo in three sizes (360, 720 and its own 800), WebP first, fetched first.
        java.util.regex.Matcher lead = java.util.regex.Pattern.compile("<figure class=\"lead-image\">\n<picture><source type=\"image/webp\" "
                + "srcset=\"/noivu/anh/images/2024/01/hoi-nghi-360\\.([0-9a-f]{10})\\.webp 360w, /noivu/anh/images/2024/01/hoi-nghi-720\\.\\1\\.webp 720w, "
                + "/noivu/anh/images/2024/01/hoi-nghi-800\\.\\1\\.webp 800w\" sizes=\"[^\"]+\"><img src=\"/noivu/anh/images/2024/01/hoi-nghi-720\\.\\1\\.jpg\" "
                + "srcset=\"[^\"]+\" sizes=\"[^\"]+\" width=\"800\" height=\"533\" alt=\"Toàn cảnh hội nghị\" fetchpriority=\"high\"></picture>").matcher(p);
        assertTrue(lead.find(), p);
        assertTrue(p.contains("<figcaption>Toàn cảnh hội nghị tổng kết.</figcaption>"));
        assertTrue(p.contains("Tin, ảnh: Trịnh Phương"));
        assertTrue(p.contains("(Nguồn: Báo Quảng Ngãi)"));
        assertTrue(p.contains("<a href=\"/noivu/chu-de/cai-cach-hanh-chinh/\" rel=\"tag\">cải cách hành chính</a>"));
        assertTrue(p.contains("<a href=\"/noivu/chuyen-muc/tin-hoat-dong/\">Tin hoạt động</a>"));
        assertTrue(p.contains("<a href=\"/noivu/tin-tuc/ke-hoach-cai-cach.html\">kế hoạch cải cách</a>"));
        assertTrue(p.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/noivu/tin-tuc/hoi-nghi-tong-ket.html\">"));
    }

    @Test
    void hostileTitleSummaryTagAndBodyAreShownAsTextOrRemoved() {
        String p = page("tin-tuc/tieu-de-nguy-hiem.html");
        assertTrue(p.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; A &amp; B &quot;trích dẫn&quot;</h1>"), p);
        assertTrue(p.contains("Tóm tắt &lt;img src=x onerror=alert(1)&gt; &amp; hết."));
        assertTrue(p.contains("&lt;b&gt;đậm&lt;/b&gt;"));
        // The only script is the JSON-LD data block, where the title's "</script>" is escaped.
        String ld = "<script type=\"application/ld+json\">";
        assertTrue(p.contains("\"headline\":\"\\u003Cscript\\u003Ealert(1)\\u003C\\/script\\u003E A & B \\\"trích dẫn\\\"\""), p);
        assertEquals(1, p.split(java.util.regex.Pattern.quote(ld), -1).length - 1);
        assertFalse(p.replace(ld, "").contains("<script"));
        assertEquals(2, p.split("</script>", -1).length);
        assertFalse(p.contains("<iframe"));
        assertFalse(p.contains("onclick"));
        assertFalse(p.contains("javascript:"));
        assertTrue(p.contains("<a>liên kết</a>") || p.contains(">liên kết</a>"));
    }

    @Test
    void categoriesTagsAliasesAndNotFoundPagesExist() {
        assertTrue(page("chuyen-muc/thi-dua-khen-thuong/index.html").contains("Chưa có bài viết nào."));
        assertTrue(page("chu-de/index.html").contains("<a href=\"/noivu/chu-de/cai-cach-hanh-chinh/\">cải cách hành chính</a> <span class=\"count\">(2 bài)</span>"));
        assertTrue(page("gioi-thieu-cu.html").contains("url=/noivu/gioi-thieu.html"));
        assertTrue(page("404.html").contains("Không tìm thấy trang"));
        assertTrue(Files.exists(out.resolve("css/site.css")));
        assertFalse(Files.exists(tmp.resolve(".out.staging")));
    }

    @Test
    void everyAssetIsCopiedByteForByte() throws java.io.IOException {
        Path assets = TestSites.repo().resolve("src/test/resources/sites/basic/assets");
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 2);
        for (Path f : files) {
            Path copy = out.resolve(assets.relativize(f).toString());
            if (f.getFileName().toString().equals("hoi-nghi.jpg")) {
                assertFalse(Files.exists(copy), "a photo is published in its sizes, without its original: " + copy);
                continue;
            }
            assertEquals(-1L, Files.mismatch(f, copy), copy.toString());
        }
    }

    @Test
    void listingAndArticlePagesLinkTheirFeedsForAutodiscovery() {
        String site = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Sở Nội vụ thử nghiệm\" href=\"/noivu/feed.xml\">";
        String category = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Sở Nội vụ thử nghiệm – Tin hoạt động\" "
                + "href=\"/noivu/chuyen-muc/tin-hoat-dong/feed.xml\">";
        assertTrue(page("index.html").contains(site));
        assertTrue(page("chuyen-muc/tin-hoat-dong/index.html").contains(site));
        assertTrue(page("chuyen-muc/tin-hoat-dong/index.html").contains(category));
        assertTrue(page("chu-de/cong-chuc/index.html").contains("<link rel=\"alternate\" type=\"application/rss+xml\" "
                + "title=\"Sở Nội vụ thử nghiệm – công chức\" href=\"/noivu/chu-de/cong-chuc/feed.xml\">"));
        assertTrue(page("tin-tuc/hoi-nghi-tong-ket.html").contains(site));
        assertTrue(page("tin-tuc/hoi-nghi-tong-ket.html").contains(category));
    }

    @Test
    void feedDirectoryListsEveryFeedAndIsLinkedFromTheFooter() {
        String directory = page("dang-ky-nhan-tin.html");
        int feeds = 0;
        for (String file : TestSites.files(out)) {
            if (file.endsWith("feed.xml")) {
                feeds++;
                assertTrue(directory.contains("<code>https://example.gov.vn/noivu/" + file + "</code>"), file);
            }
        }
        assertEquals(1 + 8 + 5, feeds, "site + 8 categories + 5 published tags");
        assertTrue(page("index.html").contains("<a href=\"/noivu/dang-ky-nhan-tin.html\">Đăng ký nhận tin RSS</a>"));
        assertTrue(page("feeds.opml").contains("xmlUrl=\"https://example.gov.vn/noivu/chu-de/cong-chuc/feed.xml\""));
    }
}
