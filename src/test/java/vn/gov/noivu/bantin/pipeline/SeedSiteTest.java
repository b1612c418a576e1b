package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        Report r = Pipeline.run(new Pipeline.Options(TestSites.repo(), out, TestSites.NOW));
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
        assertTrue(Pipeline.run(new Pipeline.Options(TestSites.repo(), a, TestSites.NOW)).ok());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("tr"));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertTrue(Pipeline.run(new Pipeline.Options(TestSites.repo(), b, TestSites.NOW)).ok());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(TestSites.hashes(a), TestSites.hashes(b));
    }

    /**
     * A link, a picture or an attachment that misses one of the site's real addresses by a letter or two is told the
     * address it is a near miss of: an article, a văn bản, a picture, an attachment, in the text and in front matter.
     */
    @Test
    void aNearMissOfARealAddressIsToldTheAddressInBothLanguages() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        TestSites.write(site, "content/tin-tuc/2026/11/nham-dia-chi.md", "---\ntitle: \"Địa chỉ gõ nhầm\"\ndate: 2026-11-20\n"
                + "category: \"Tin hoạt động\"\nimage: images/log.png\nimage_alt: \"Biểu trưng\"\n---\n\n"
                + "Xem [bài năm 2015](/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html), [Nghị định 108](/van-ban/nd-108-2104.html) "
                + "và [tệp của nó](/files/van-ban/2014/nd-108-2041.pdf).\n\n![Biểu trưng](/images/logo.pgn)\n");
        Path document = site.resolve("content/van-ban/2014/kh-cchc-2014.md");
        Files.writeString(document, Files.readString(document).replace("tep: files/van-ban/2014/kh-cchc-2014.pdf",
                "tep: files/van-ban/2014/kh-cchc-2041.pdf"), StandardCharsets.UTF_8);
        Report r = Pipeline.run(new Pipeline.Options(site, null, TestSites.NOW));
        String a = "content/tin-tuc/2026/11/nham-dia-chi.md";
        assertEquals(List.of(a + ":5: image: không có tệp assets/images/log.png (có phải là `images/logo.png`?)",
                a + ":9: liên kết hỏng \"/files/van-ban/2014/nd-108-2041.pdf\": không có gì được đăng ở "
                        + "/files/van-ban/2014/nd-108-2041.pdf (có phải là `/files/van-ban/2014/nd-108-2014.pdf`?)",
                a + ":9: liên kết hỏng \"/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html\": không có gì được đăng ở "
                        + "/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html (có phải là `/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html`?)",
                a + ":9: liên kết hỏng \"/van-ban/nd-108-2104.html\": không có gì được đăng ở /van-ban/nd-108-2104.html "
                        + "(có phải là `/van-ban/nd-108-2014.html`?)",
                a + ":11: ảnh hỏng \"/images/logo.pgn\": không có gì được đăng ở /images/logo.pgn (có phải là `/images/logo.png`?)",
                "content/van-ban/2014/kh-cchc-2014.md:9: tep: không có tệp assets/files/van-ban/2014/kh-cchc-2041.pdf "
                        + "(có phải là `files/van-ban/2014/kh-cchc-2014.pdf`?)"),
                r.errors().stream().map(e -> e.in(vn.gov.noivu.bantin.base.Language.VI)).toList());
        assertEquals(List.of(a + ":5: image: assets/images/log.png does not exist (did you mean `images/logo.png`?)",
                a + ":9: broken link \"/files/van-ban/2014/nd-108-2041.pdf\": nothing is published at "
                        + "/files/van-ban/2014/nd-108-2041.pdf (did you mean `/files/van-ban/2014/nd-108-2014.pdf`?)",
                a + ":9: broken link \"/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html\": nothing is published at "
                        + "/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2015.html (did you mean `/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html`?)",
                a + ":9: broken link \"/van-ban/nd-108-2104.html\": nothing is published at /van-ban/nd-108-2104.html "
                        + "(did you mean `/van-ban/nd-108-2014.html`?)",
                a + ":11: broken image \"/images/logo.pgn\": nothing is published at /images/logo.pgn (did you mean `/images/logo.png`?)",
                "content/van-ban/2014/kh-cchc-2014.md:9: tep: assets/files/van-ban/2014/kh-cchc-2041.pdf does not exist "
                        + "(did you mean `files/van-ban/2014/kh-cchc-2014.pdf`?)"),
                r.errors().stream().map(TestSites::en).toList());
    }

    /** A week without its file (07/12/2026, two weeks after the repository's one): the home page says it as lich-cong-tac/ does. */
    @Test
    void aWeekWithoutItsScheduleIsSaidInTheSameWordsOnTheHomePageAndTheSchedule() {
        Path out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(TestSites.repo(), out, java.time.ZonedDateTime.parse("2026-12-09T08:00+07:00")));
        assertEquals(List.of(), r.errors());
        String sentence = "Chưa có lịch công tác của tuần này (07/12/2026 – 13/12/2026).";
        assertTrue(TestSites.read(out.resolve("index.html")).contains("<h3>Hôm nay, Thứ Tư, 09/12/2026</h3>\n<p>" + sentence + "</p>"));
        assertTrue(TestSites.read(out.resolve("lich-cong-tac/index.html")).contains("<p class=\"note\">" + sentence
                + " Dưới đây là lịch của tuần gần nhất đã đăng.</p>"));
    }

    @Test
    void theAgencySectionsArePublished() {
        Path out = tmp.resolve("out");
        assertTrue(Pipeline.run(new Pipeline.Options(TestSites.repo(), out, TestSites.NOW)).ok());
        String registry = TestSites.read(out.resolve("van-ban/index.html"));
        assertEquals(7, registry.split("<tr><td>", -1).length - 1, "documents in the list");
        String decree = TestSites.read(out.resolve("van-ban/nd-108-2014.html"));
        assertTrue(decree.contains("<dt>Ngày ban hành</dt><dd><time datetime=\"2014-11-20\">20/11/2014</time>"));
        assertTrue(decree.contains("<dt>Cơ quan ban hành</dt><dd>Chính phủ</dd>\n<dt>Người ký</dt><dd>Thủ tướng Nguyễn Tấn Dũng</dd>"));
        assertTrue(TestSites.read(out.resolve("tin-tuc/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.html"))
                .contains("theo Nghị định <a href=\"/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a>"));
        String week = TestSites.read(out.resolve("lich-cong-tac/index.html"));
        assertTrue(week.contains("<h1>Lịch công tác tuần 48/2026</h1>") && !week.contains("Chưa có lịch công tác của tuần này"));
        assertTrue(TestSites.read(out.resolve("index.html")).contains("<h3>Hôm nay, Thứ Hai, 23/11/2026</h3>\n<ul>\n<li>"));
        for (String page : List.of("chuc-nang-nhiem-vu.html", "co-cau-to-chuc.html", "lanh-dao-so.html", "don-vi-truc-thuoc.html")) {
            assertTrue(TestSites.read(out.resolve(page)).contains("<li><a href=\"/gioi-thieu.html\">Giới thiệu</a></li>"), page);
        }
        assertTrue(TestSites.read(out.resolve("lanh-dao-so.html")).contains("<td>Giám đốc Sở</td>"));
        assertTrue(TestSites.read(out.resolve("en/introduction.html")).startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(TestSites.read(out.resolve("en/contact.html")).contains("https://dichvucong.gov.vn/"));
    }

    /** The sample attachments are real PDF files: a header, objects where the cross-reference table says, an end. */
    @Test
    void everySampleAttachmentIsAWellFormedPdf() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(TestSites.repo().resolve("assets/files/van-ban"))) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(7, pdfs.size());
        for (Path pdf : pdfs) {
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            Matcher end = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
            assertTrue(text.startsWith("%PDF-1.4\n") && end.find(), pdf.toString());
            int xref = Integer.parseInt(end.group(1));
            assertTrue(text.startsWith("xref\n0 6\n0000000000 65535 f \n", xref), pdf.toString());
            for (int i = 1; i <= 5; i++) {
                int offset = Integer.parseInt(text.substring(xref + 9 + 20 * i, xref + 19 + 20 * i));
                assertTrue(text.startsWith(i + " 0 obj\n", offset), pdf + " object " + i);
            }
        }
    }
}
