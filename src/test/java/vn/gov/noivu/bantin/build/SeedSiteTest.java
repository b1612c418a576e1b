package vn.gov.noivu.bantin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** The repository's own site: the five seed articles are published, newest first, and builds are reproducible. */
class SeedSiteTest {
    static final List<String> NEWEST_FIRST = List.of(
            "tin-tuc/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.html",
            "tin-tuc/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.html",
            "tin-tuc/ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem.html",
            "tin-tuc/nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha.html",
            "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html");

    @TempDir
    Path tmp;

    @Test
    void homeListsTheFiveSeedArticlesNewestFirstAndEachHasItsText() {
        Path out = tmp.resolve("out");
        Build.Report r = Build.run(new Build.Options(TestSites.repo(), out, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        String home = TestSites.read(out.resolve("index.html"));
        int last = -1;
        for (String url : NEWEST_FIRST) {
            int at = home.indexOf("href=\"/" + url + "\"");
            assertTrue(at > last, url + " out of order");
            last = at;
        }
        assertTrue(TestSites.read(out.resolve(NEWEST_FIRST.get(4)))
                .contains("Đã thu hút được 46 bác sĩ, dược sĩ, 7 công chức các ngành khác có trình độ đại học loại giỏi và thạc sĩ."));
        assertTrue(TestSites.read(out.resolve(NEWEST_FIRST.get(0)))
                .contains("<time datetime=\"2023-01-12T06:50:00+07:00\">12/01/2023 06:50 (GMT+7)</time>"));
        assertTrue(TestSites.read(out.resolve("gioi-thieu.html")).contains("<h1>Giới thiệu</h1>"));
        assertTrue(TestSites.read(out.resolve("lien-he.html")).contains("https://dichvucong.gov.vn/"));
    }

    @Test
    void twoBuildsUnderDifferentDefaultLocaleAndZoneAreByteIdentical() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertTrue(Build.run(new Build.Options(TestSites.repo(), a, TestSites.NOW)).ok());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertTrue(Build.run(new Build.Options(TestSites.repo(), b, TestSites.NOW)).ok());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(TestSites.hashes(a), TestSites.hashes(b));
    }
}
