package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Language;

/**
 * {@code publish}, as docs/huong-dan-bien-tap.md tells an editor to publish a draft: the date readers see is the
 * moment of publishing (unless the editor wrote a later one), every other byte of the file stays, and the site
 * is checked; and the warning that tells an editor to use it for a draft dated long ago.
 */
class PublishCommandTest {
    /** When the draft is written: 09:15 in Vietnam. */
    static final ZonedDateTime WRITTEN = ZonedDateTime.parse("2026-12-01T09:15:42+07:00");
    /** Ten days later, when it is published. */
    static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-12-11T14:30:20+07:00");

    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs the command line at {@code now} in {@code dir}, in {@code language}. */
    int run(ZonedDateTime now, Path dir, Language language, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, Clock.fixed(now.toInstant(), now.getZone()), new PrintWriter(out, true), new PrintWriter(err, true), dir,
                language.code(), "./bantin");
    }

    /** The guide's steps on a copy of this repository's site: new, ten days of writing, check, publish, build. */
    @Test
    void aDraftWrittenTenDaysAgoIsPublishedDatedNowOnTheRepositorysSite() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        assertEquals(0, run(WRITTEN, site, Language.VI, "new", "Tập huấn công tác văn thư lưu trữ", "--category", "Văn thư lưu trữ"));
        String path = "content/tin-tuc/2026/12/tap-huan-cong-tac-van-thu-luu-tru.md";
        assertEquals(path + "\n", out.toString());
        Path file = site.resolve(path);
        String written = Files.readString(file);
        assertTrue(written.contains("\ndate: 2026-12-01T09:15+07:00\n"), written);
        Files.writeString(file, written.replace("Viết nội dung bài ở đây.", "Sáng 1/12, Sở Nội vụ tổ chức lớp tập huấn."));
        String draft = Files.readString(file);

        // Ten days on, check reminds the editor: deleting draft: true by hand would publish it dated 1 December.
        assertEquals(0, run(PUBLISHED, site, Language.VI, "check"));
        assertEquals("""
                1 cảnh báo: không chặn việc dựng trang, nhưng nên sửa:
                  1. content/tin-tuc/2026/12/tap-huan-cong-tac-van-thu-luu-tru.md:6: draft: bản nháp ghi ngày 01/12/2026 09:15 (GMT+7), \
                cách đây 10 ngày: nếu chỉ xóa dòng draft: true, bài sẽ được đăng với ngày cũ này (xếp sau các bài mới hơn trong danh \
                sách và RSS) (khi đăng, chạy ./bantin publish content/tin-tuc/2026/12/tap-huan-cong-tac-van-thu-luu-tru.md: lệnh bỏ \
                dòng draft: true và ghi ngày đăng là lúc đăng; nếu không đăng nữa thì xóa tệp)
                """, err.toString());
        assertEquals(0, run(PUBLISHED, site, Language.EN, "check"));
        assertEquals("""
                1 warning(s); they do not stop the build, but the text should be fixed:
                  1. content/tin-tuc/2026/12/tap-huan-cong-tac-van-thu-luu-tru.md:6: draft: the draft is dated 01/12/2026 09:15 \
                (GMT+7), 10 days ago: deleting the draft: true line alone would publish it with that old date (below newer articles \
                in the lists and feeds) (to publish it, run ./bantin publish content/tin-tuc/2026/12/tap-huan-cong-tac-van-thu-luu-tru.md, \
                which deletes draft: true and dates it when it is published; if it will not be published, delete the file)
                """, err.toString());

        // From the article's folder, with the path check printed.
        assertEquals(0, run(PUBLISHED, site.resolve("content/tin-tuc/2026"), Language.VI, "publish", path), err.toString());
        assertEquals("", err.toString());
        String said = out.toString();
        assertTrue(said.startsWith(path + ": đã bỏ dòng draft: true và ghi ngày đăng 11/12/2026 14:30 (GMT+7) (thay cho 01/12/2026 "
                + "09:15 (GMT+7)); bài lên trang ở lần dựng trang tiếp theo (sau khi commit và đẩy lên)\nKhông có lỗi: đã kiểm tra "), said);
        assertFalse(said.substring(path.length()).contains(path), "no longer listed as unpublished: " + said);
        assertEquals(draft.replace("draft: true\n", "").replace("date: 2026-12-01T09:15+07:00", "date: 2026-12-11T14:30+07:00"),
                Files.readString(file), "only the two lines changed");

        assertEquals(0, run(PUBLISHED, site, Language.VI, "build"), err.toString());
        Document home = Jsoup.parse(site.resolve("target/site/index.html").toFile(), "UTF-8");
        assertEquals("Tập huấn công tác văn thư lưu trữ", home.selectFirst(".card-title a").text(), "first on the home page");
        assertEquals("2026-12-11T14:30:00+07:00", home.selectFirst(".card time").attr("datetime"));
        assertTrue(Files.readString(site.resolve("target/site/tin-tuc/tap-huan-cong-tac-van-thu-luu-tru.html"))
                .contains("<time datetime=\"2026-12-11T14:30:00+07:00\">"));
    }

    /**
     * Writes {@code text} into {@code path} and publishes it at {@link TestSites#NOW}, in English then (written
     * again) in Vietnamese: what each says starts with {@code en} and {@code vi}, and the file becomes {@code after}.
     */
    private void publishedInBothLanguages(Path site, String path, String text, String after, String en, String vi) throws IOException {
        TestSites.write(site, path, text);
        assertEquals(0, run(TestSites.NOW, site, Language.EN, "publish", path), err.toString());
        assertTrue(out.toString().startsWith(path + ": " + en), out.toString());
        assertEquals(after, Files.readString(site.resolve(path)));
        TestSites.write(site, path, text);
        assertEquals(0, run(TestSites.NOW, site, Language.VI, "publish", path), err.toString());
        assertTrue(out.toString().startsWith(path + ": " + vi), out.toString());
        assertEquals(after, Files.readString(site.resolve(path)));
    }

    /** A date the editor set later than now is a schedule: kept, and the article appears then. */
    @Test
    void aDateInTheFutureIsKeptInBothLanguages() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        String path = "content/tin-tuc/2024/01/hen-dang.md";
        String text = "---\ntitle: \"Thông báo lịch nghỉ Tết\"\ndate: 2026-12-24T08:00+07:00\ncategory: \"Thông báo\"\n"
                + "draft: true\n---\n\nNội dung.\n";
        publishedInBothLanguages(site, path, text, text.replace("draft: true\n", ""),
                "deleted draft: true; kept the date written, 24/12/2026 08:00 (GMT+7), as it is still to come: the article appears "
                        + "then (once committed and pushed)\nNo errors: checked 8 article(s)",
                "đã bỏ dòng draft: true; giữ ngày hẹn đăng đã ghi, 24/12/2026 08:00 (GMT+7), vì ngày đó chưa tới: bài lên trang từ lúc "
                        + "đó (sau khi commit và đẩy lên)\nKhông có lỗi: đã kiểm tra 8 bài viết");
        assertTrue(out.toString().contains("\n  " + path + ": hẹn đăng: sẽ hiện từ 24/12/2026 08:00 (GMT+7)\n"), out.toString());
    }

    /** Comments, field order, Windows line ends, a byte-order mark and a note after the date stay as they were. */
    @Test
    void everyOtherByteOfTheFileStaysAsItWas() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        String path = "content/tin-tuc/2024/01/giu-nguyen.md";
        String before = "\uFEFF---\r\n# ghi chú của biên tập viên\r\ntags: [\"hội nghị\"]\r\ntitle: \"Hội nghị   giữ nguyên\"\r\n"
                + "date:   \"2026-11-02 09:15\"   # ngày viết\r\ndraft: true # bỏ khi đăng\r\ncategory: \"Tin hoạt động\"\r\n---\r\n\r\n"
                + "Dòng một.\r\n\r\n---\r\n\r\ndraft: true\r\n";
        Files.write(site.resolve(path), before.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run(TestSites.NOW.plusHours(9).plusSeconds(59), site, Language.EN, "publish", path), err.toString());
        String after = "\uFEFF---\r\n# ghi chú của biên tập viên\r\ntags: [\"hội nghị\"]\r\ntitle: \"Hội nghị   giữ nguyên\"\r\n"
                + "date:   \"2026-11-23T09:00+07:00\"   # ngày viết\r\ncategory: \"Tin hoạt động\"\r\n---\r\n\r\n"
                + "Dòng một.\r\n\r\n---\r\n\r\ndraft: true\r\n";
        assertEquals(after, new String(Files.readAllBytes(site.resolve(path)), StandardCharsets.UTF_8));
        assertTrue(out.toString().startsWith(path + ": deleted draft: true and dated it 23/11/2026 09:00 (GMT+7) (instead of "
                + "02/11/2026 09:15 (GMT+7)); the article goes online with the next build of the site (once committed and pushed)\n"),
                out.toString());
        try (var files = Files.list(site.resolve("content/tin-tuc/2024/01"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no file left beside it");
        }
    }

    /** A draft without a date gets one, where the draft line was; a page has none, and only loses the line. */
    @Test
    void aDraftWithoutADateIsDatedAndAPageLosesOnlyTheLineInBothLanguages() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        String text = "---\ntitle: \"Chưa có ngày\"\ncategory: \"Thông báo\"\ndraft: true\ntags: [\"a\"]\n---\n\nNội dung.\n";
        publishedInBothLanguages(site, "content/tin-tuc/2024/01/chua-co-ngay.md", text,
                text.replace("draft: true\n", "date: 2026-11-23T00:00+07:00\n"),
                "deleted draft: true and dated it 23/11/2026 00:00 (GMT+7); the article goes online with the next build of the site "
                        + "(once committed and pushed)\n",
                "đã bỏ dòng draft: true và ghi ngày đăng 23/11/2026 00:00 (GMT+7); bài lên trang ở lần dựng trang tiếp theo (sau khi "
                        + "commit và đẩy lên)\n");
        String page = "---\ntype: page\ntitle: \"Thủ tục hành chính\"\ndraft: true\n---\n\nNội dung.\n";
        publishedInBothLanguages(site, "content/trang/thu-tuc.md", page, page.replace("draft: true\n", ""),
                "deleted draft: true; the page goes online with the next build of the site (once committed and pushed)\n",
                "đã bỏ dòng draft: true; trang lên mạng ở lần dựng trang tiếp theo (sau khi commit và đẩy lên)\n");
    }

    /** Publishing {@code path} is refused with exit code {@code code}, said {@code vi} in Vietnamese and {@code en} in English. */
    private void refused(Path site, int code, String path, String vi, String en) {
        assertEquals(code, run(TestSites.NOW, site, Language.VI, "publish", path));
        assertEquals(vi + "\n", err.toString());
        assertEquals(code, run(TestSites.NOW, site, Language.EN, "publish", path));
        assertEquals(en + "\n", err.toString());
    }

    /** What publish will not do, and why, in both languages; the file is never touched. */
    @Test
    void whatIsRefusedLeavesTheFileAsItWasInBothLanguages() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        String published = "content/tin-tuc/2024/01/ke-hoach-cai-cach.md";
        String before = Files.readString(site.resolve(published));
        refused(site, 1, published, published + ": không phải bản nháp (không có dòng draft: true); không sửa gì (bài đã đăng giữ ngày "
                + "đăng của nó; muốn đổi ngày thì sửa dòng date:)", published + ": not a draft (no draft: true line); nothing was changed "
                + "(a published article keeps its date; to change it, edit the date: line)");
        assertEquals(before, Files.readString(site.resolve(published)));
        refused(site, 2, "content/tin-tuc/2024/01/khong-co.md", "content/tin-tuc/2024/01/khong-co.md: không có tệp này (ghi đường dẫn "
                + "tệp .md của bản nháp như lệnh check in ra, ví dụ content/tin-tuc/2026/12/hoi-nghi.md)", "content/tin-tuc/2024/01/"
                + "khong-co.md: no such file (write the path of the draft's .md file as check prints it, e.g. "
                + "content/tin-tuc/2026/12/hoi-nghi.md)");
        refused(site, 2, "jbake.properties", "jbake.properties: không phải tệp bài viết hay trang trong content/ (chỉ bài viết và trang "
                + "mới có bản nháp) (ghi đường dẫn tệp .md của bản nháp như lệnh check in ra, ví dụ content/tin-tuc/2026/12/hoi-nghi.md)",
                "jbake.properties: not an article or page of content/ (only they can be drafts) (write the path of the draft's .md file "
                + "as check prints it, e.g. content/tin-tuc/2026/12/hoi-nghi.md)");

        // A date that cannot be read might be a schedule with a slip: the editor says which, nothing is guessed.
        String slip = "content/tin-tuc/2024/01/ngay-sai.md";
        String slipText = "---\ntitle: \"Ngày sai\"\ndate: 30/02/2026\ncategory: \"Thông báo\"\ndraft: true\n---\n\nNội dung.\n";
        TestSites.write(site, slip, slipText);
        assertEquals(1, run(TestSites.NOW, site, Language.EN, "publish", slip));
        assertTrue(err.toString().startsWith(slip + ":3: date: "), err.toString());
        assertEquals(slipText, Files.readString(site.resolve(slip)));

        // Lines written in a form this does not edit: the editor does it by hand, told what to write.
        String unusual = "content/tin-tuc/2024/01/viet-khac.md";
        String unusualText = "---\ntitle: \"Viết khác\"\ndate:\n  2026-11-02T09:15+07:00\ncategory: \"Thông báo\"\ndraft: true\n---\n\nNội dung.\n";
        TestSites.write(site, unusual, unusualText);
        assertEquals(1, run(TestSites.NOW, site, Language.VI, "publish", unusual));
        assertEquals(unusual + ":3: date: dòng này viết khác mẫu nên không sửa tự động được; không sửa gì (sửa tay: xóa dòng draft: "
                + "true, và ghi date: 2026-11-23T00:00+07:00)\n", err.toString());
        String tagged = unusualText.replace("date:\n  2026", "date: 2026").replace("draft: true", "draft: !!bool true");
        TestSites.write(site, unusual, tagged);
        assertEquals(1, run(TestSites.NOW, site, Language.EN, "publish", unusual));
        assertEquals(unusual + ":5: draft: this line is written in a form this command does not edit; nothing was changed (edit it "
                + "by hand: delete the draft: true line, and write date: 2026-11-23T00:00+07:00)\n", err.toString());
        assertEquals(tagged, Files.readString(site.resolve(unusual)));

        // The file cannot be replaced (here: its temporary name is taken by a folder).
        String draft = "content/tin-tuc/2024/01/ban-nhap.md";
        Files.createDirectories(site.resolve("content/tin-tuc/2024/01/.ban-nhap.md.publish/x"));
        assertEquals(2, run(TestSites.NOW, site, Language.VI, "publish", draft));
        assertTrue(err.toString().startsWith(draft + ": không ghi được: "), err.toString());
        assertTrue(err.toString().endsWith(" (kiểm tra quyền ghi vào thư mục)\n"), err.toString());
        assertEquals(2, run(TestSites.NOW, site, Language.EN, "publish", draft));
        assertTrue(err.toString().startsWith(draft + ": cannot write: "), err.toString());
        assertTrue(Files.readString(site.resolve(draft)).contains("\ndraft: true\n"));
    }

    /** The check that follows says what is still wrong, and the exit code is the check's. */
    @Test
    void errorsTheCheckFindsAfterPublishingEndWithOne() {
        Path site = TestSites.copy("basic", tmp);
        String path = "content/tin-tuc/2024/01/loi.md";
        TestSites.write(site, path, "---\ntitle: \"Có lỗi\"\ndate: 2026-11-20\ncategory: \"Cai cach hanh chinh\"\ndraft: true\n---\n\nNội dung.\n");
        assertEquals(1, run(TestSites.NOW, site, Language.EN, "publish", path));
        assertTrue(out.toString().startsWith(path + ": deleted draft: true and dated it 23/11/2026 00:00 (GMT+7) (instead of 20/11/2026)"),
                out.toString());
        assertTrue(err.toString().startsWith("The site has 1 error(s) to fix:\n  1. " + path + ":4: category: "), err.toString());
    }

    /** How old a draft may be before the reminder is a setting, checked like the others. */
    @Test
    void theDaysBeforeTheReminderAreASetting() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        String path = "content/tin-tuc/2024/01/ban-nhap.md"; // dated 20/11/2026
        assertEquals(0, run(TestSites.NOW.plusDays(3), site, Language.EN, "check"));
        assertEquals("", err.toString(), "6 days: not yet");
        assertEquals(0, run(TestSites.NOW.plusDays(8), site, Language.EN, "check"));
        assertTrue(err.toString().contains("  1. " + path + ":6: draft: the draft is dated 20/11/2026, 11 days ago"), err.toString());
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings) + "draft.warn_after_days=30\n");
        assertEquals(0, run(TestSites.NOW.plusDays(8), site, Language.EN, "check"));
        assertEquals("", err.toString(), "30 days: not yet");
        Files.writeString(settings, Files.readString(settings).replace("draft.warn_after_days=30", "draft.warn_after_days=một tuần"));
        assertEquals(2, run(TestSites.NOW, site, Language.VI, "check"));
        assertTrue(err.toString().contains(": draft.warn_after_days: \"một tuần\" không phải một số nguyên từ 1 đến 9999 (số ngày một bản "
                + "nháp được nằm chờ trước khi máy nhắc đăng nó bằng lệnh publish (mặc định 7))"), err.toString());
        assertEquals(2, run(TestSites.NOW, site, Language.EN, "check"));
        assertTrue(err.toString().contains(": draft.warn_after_days: \"một tuần\" is not a whole number from 1 to 9999 (the days a "
                + "draft may wait before check reminds the editor to publish it with the publish command (default 7))"), err.toString());
    }
}
