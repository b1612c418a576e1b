package vn.gov.noivu.bantin.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.site.Site;

/**
 * sitemap.xml and robots.txt of the {@code basic} fixture (site under /noivu/), whole: every page worth
 * indexing with the last change of what it shows (+07:00), none for an empty listing or an undated page.
 */
class SitemapTest {
    @Test
    void sitemapListsEveryIndexablePageWithItsLastChange() {
        Path out = BuiltSites.basic();
        String u = "<url><loc>https://example.gov.vn/noivu/";
        String jan12 = "</loc><lastmod>2024-01-12T09:00:00+07:00</lastmod></url>\n";
        String jan10 = "</loc><lastmod>2024-01-10T08:30:00+07:00</lastmod></url>\n";
        String jan05 = "</loc><lastmod>2024-01-05T00:00:00+07:00</lastmod></url>\n";
        String none = "</loc></url>\n";
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + u + jan12
                + u + "chuyen-muc/tin-hoat-dong/" + jan10
                + u + "chuyen-muc/cai-cach-hanh-chinh/" + jan12
                + u + "chuyen-muc/thi-dua-khen-thuong/" + none
                + u + "chuyen-muc/van-thu-luu-tru/" + none
                + u + "chuyen-muc/ton-giao/" + none
                + u + "chuyen-muc/cong-chuc-vien-chuc/" + jan12
                + u + "chuyen-muc/chinh-quyen-dia-phuong/" + none
                + u + "chuyen-muc/thong-bao/" + jan05
                + u + "chu-de/" + jan12
                + u + "chu-de/b-dam-b/" + jan05
                + u + "chu-de/cai-cach-hanh-chinh/" + jan12
                + u + "chu-de/cong-chuc/" + jan12
                + u + "chu-de/so-noi-vu/" + jan10
                + u + "chu-de/tuyen-dung/" + jan12
                + u + "luu-tru/" + jan12
                + u + "luu-tru/2024/" + jan12
                + u + "luu-tru/2024/01/" + jan12
                + u + "dang-ky-nhan-tin.html" + jan12
                + u + "tin-tuc/ke-hoach-cai-cach.html" + jan12
                + u + "tin-tuc/tuyen-dung-cong-chuc.html" + jan12
                + u + "tin-tuc/hoi-nghi-tong-ket.html" + jan10
                + u + "tin-tuc/tieu-de-nguy-hiem.html" + jan05
                + u + "gioi-thieu.html" + none
                + "</urlset>\n", TestSites.read(out.resolve("sitemap.xml")));
    }

    @Test
    void robotsTxtPointsToTheSitemap() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.gov.vn/noivu/sitemap.xml\n",
                TestSites.read(BuiltSites.basic().resolve("robots.txt")));
    }

    /**
     * On the repository's own site: every văn bản and lịch công tác page a reader can open is in the sitemap (the
     * registry's listings by their first page only), and every address in it is a file the build wrote.
     */
    @Test
    void theRepositorysSitemapListsTheDocumentsAndTheSchedule() {
        Path out = BuiltSites.seed();
        String base = "https://sonoivu.example.gov.vn/";
        List<String> locs = Pattern.compile("<loc>([^<]*)</loc>").matcher(TestSites.read(out.resolve("sitemap.xml")))
                .results().map(m -> m.group(1)).toList();
        Set<String> paths = new TreeSet<>();
        for (String loc : locs) {
            assertTrue(loc.startsWith(base), loc);
            String path = loc.substring(base.length());
            assertTrue(paths.add(path), "twice: " + loc);
            assertTrue(Files.isRegularFile(out.resolve(path.isEmpty() || path.endsWith("/")
                    ? path + "index.html" : path)), "no such file: " + loc);
        }
        Set<String> sections = new TreeSet<>();
        TestSites.files(out).stream().filter(f -> f.startsWith("van-ban/") || f.startsWith("lich-cong-tac/"))
                .filter(f -> f.endsWith(".html") && !f.matches(".*/trang-\\d+\\.html"))
                .map(f -> f.endsWith("index.html") ? f.substring(0, f.length() - "index.html".length()) : f).forEach(sections::add);
        assertTrue(sections.containsAll(List.of("van-ban/", "van-ban/nd-108-2014.html",
                "lich-cong-tac/", "lich-cong-tac/2026-w48.html")), sections.toString());
        Set<String> missing = new TreeSet<>(sections);
        missing.removeAll(paths);
        assertEquals(Set.of(), missing);
        assertEquals(List.of(), paths.stream().filter(p -> p.matches(".*/trang-\\d+\\.html")).toList());
    }

    /**
     * A site of more addresses than one file may list: sitemap.xml becomes the index of parts of at most that
     * many, in the same order, each part with the newest change it lists; a later build under the limit (an
     * edit that deleted an article) deletes the parts and writes the single file again.
     */
    @Test
    void moreAddressesThanAFileMayListGiveAnIndexOfPartsWhichALaterSingleFileDeletes(@TempDir Path dir) throws IOException {
        TempSite temp = new TempSite(dir.resolve("site"));
        temp.write("content/tin-tuc/a.md", TempSite.article("Bài A", "tags: [\"công chức\"]"));
        temp.write("content/tin-tuc/b.md", TempSite.article("Bài B").replace("2024-01-15T08:30", "2024-03-02T10:00"));
        temp.write("content/gioi-thieu.md", "---\ntitle: \"Giới thiệu\"\ntype: page\n---\n\nTrang.\n");
        List<ContentError> errors = new ArrayList<>();
        Site site = temp.site(TempSite.NOW, errors);
        assertEquals(List.of(), errors);
        Path single = Files.createDirectories(dir.resolve("single"));
        assertEquals(List.of("sitemap.xml", "robots.txt"), Sitemap.write(site, single));
        List<String> urls = lines(TestSites.read(single.resolve("sitemap.xml")), "<url>");
        assertTrue(urls.size() > 6, urls.toString());

        Path split = Files.createDirectories(dir.resolve("split"));
        List<String> written = Sitemap.write(site, split, 3);
        int parts = (urls.size() + 2) / 3;
        List<String> expected = new ArrayList<>();
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> joined = new ArrayList<>();
        for (int k = 1; k <= parts; k++) {
            expected.add("sitemap-" + k + ".xml");
            String part = TestSites.read(split.resolve("sitemap-" + k + ".xml"));
            List<String> listed = lines(part, "<url>");
            assertEquals(urls.subList((k - 1) * 3, Math.min(urls.size(), k * 3)), listed);
            assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                    + String.join("\n", listed) + "\n</urlset>\n", part);
            joined.addAll(listed);
            String newest = listed.stream().map(l -> l.replaceAll(".*<lastmod>(.*)</lastmod>.*|.*", "$1"))
                    .filter(d -> !d.isEmpty()).max(String::compareTo).map(d -> "<lastmod>" + d + "</lastmod>").orElse("");
            index.append("<sitemap><loc>https://sonoivu.example.gov.vn/sitemap-").append(k).append(".xml</loc>")
                    .append(newest).append("</sitemap>\n");
        }
        assertEquals(urls, joined);
        assertEquals(index.append("</sitemapindex>\n").toString(), TestSites.read(split.resolve("sitemap.xml")));
        expected.addAll(List.of("sitemap.xml", "robots.txt"));
        assertEquals(expected, written);

        List<String> again = Sitemap.write(site, split);
        for (int k = 1; k <= parts; k++) {
            assertFalse(Files.exists(split.resolve("sitemap-" + k + ".xml")), "sitemap-" + k + ".xml");
            assertTrue(again.contains("sitemap-" + k + ".xml"), again.toString());
        }
        assertEquals(TestSites.read(single.resolve("sitemap.xml")), TestSites.read(split.resolve("sitemap.xml")));
    }

    private static List<String> lines(String xml, String start) {
        return xml.lines().filter(l -> l.startsWith(start)).toList();
    }
}
