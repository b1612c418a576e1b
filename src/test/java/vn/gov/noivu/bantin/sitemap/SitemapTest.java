package vn.gov.noivu.bantin.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;

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
}
