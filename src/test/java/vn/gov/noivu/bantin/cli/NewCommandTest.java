package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** {@code new}, then {@code check} and {@code build}, as docs/huong-dan-bien-tap.md tells an editor. */
class NewCommandTest {
    /** 16:59 UTC is 23:59 in Vietnam: the date and the month folder are Vietnam's. */
    static final ZonedDateTime CLOCK = ZonedDateTime.parse("2026-01-31T16:59:30Z");

    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(CLOCK.toInstant(), CLOCK.getZone());
        return Main.run(args, clock, new PrintWriter(out, true), new PrintWriter(err, true), java.nio.file.Path.of(""), "en");
    }

    @Test
    void writesADraftWithEveryFieldThatCheckAndBuildAccept() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, run("new", "Hội nghị \"Dân vận khéo\" năm 2026", "--category", "cai cach hanh chinh",
                "--tags", "công chức, Dân vận", "--source", site.toString()), err.toString());
        // The chuyên mục was written without diacritics: the editor is told which one the article was filed under.
        assertEquals("content/tin-tuc/2026/01/hoi-nghi-dan-van-kheo-nam-2026.md\ncategory: Cải cách hành chính (the chuyên mục "
                + "of the site the article was filed under; if it is not the one, change the category: line in the file)\n", out.toString());
        assertEquals("""
                ---
                title: "Hội nghị \\"Dân vận khéo\\" năm 2026"
                date: 2026-01-31T23:59+07:00
                category: "Cải cách hành chính"
                tags: ["công chức", "Dân vận"]
                draft: true
                # Bỏ dấu # ở đầu các dòng dưới đây để dùng (xem docs/huong-dan-bien-tap.md):
                # summary: "Sa-pô: một hai câu tóm tắt, in đậm dưới tiêu đề."
                # author: "Tên tác giả"
                # credit: "tin, ảnh"
                # source: "Báo Quảng Ngãi"
                # image: images/2026/01/anh.jpg
                # image_alt: "Ảnh chụp những gì"
                # image_caption: "Chú thích dưới ảnh."
                ---

                Viết nội dung bài ở đây. Khi xong, đăng bài bằng lệnh ./bantin publish content/tin-tuc/2026/01/hoi-nghi-dan-van-kheo-nam-2026.md (lệnh bỏ dòng `draft: true` ở trên và ghi ngày đăng là lúc đăng).
                """, Files.readString(site.resolve("content/tin-tuc/2026/01/hoi-nghi-dan-van-kheo-nam-2026.md")));

        assertEquals(0, run("check", "--source", site.toString()), err.toString());
        assertEquals(0, run("build", "--source", site.toString()), err.toString());
        assertFalse(Files.exists(site.resolve("target/site/tin-tuc/hoi-nghi-dan-van-kheo-nam-2026.html")));

        Path file = site.resolve("content/tin-tuc/2026/01/hoi-nghi-dan-van-kheo-nam-2026.md");
        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));
        assertEquals(0, run("build", "--source", site.toString()), err.toString());
        assertTrue(Files.exists(site.resolve("target/site/tin-tuc/hoi-nghi-dan-van-kheo-nam-2026.html")));
    }

    @Test
    void neverOverwritesAndRefusesAnAddressAlreadyTaken() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, run("new", "Tin ngắn", "--source", site.toString()));
        Path file = site.resolve("content/tin-tuc/2026/01/tin-ngan.md");
        Files.writeString(file, "đã sửa");
        assertEquals(1, run("new", "Tin ngắn", "--source", site.toString()));
        assertEquals("content/tin-tuc/2026/01/tin-ngan.md: already exists with the address tin-tuc/tin-ngan.html; "
                + "nothing was written (edit that file, or choose another title)\n", err.toString());
        assertEquals("đã sửa", Files.readString(file));
        assertEquals(1, run("new", "Hội nghị tổng kết", "--source", site.toString()));
        assertEquals("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md: already exists with the address "
                + "tin-tuc/hoi-nghi-tong-ket.html; nothing was written (edit that file, or choose another title)\n", err.toString());
    }

    @Test
    void theDefaultCategoryIsTheFirstOne() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, run("new", "Tin ngắn", "--source", site.toString()));
        assertTrue(Files.readString(site.resolve("content/tin-tuc/2026/01/tin-ngan.md")).contains("\ncategory: \"Tin hoạt động\"\n"));
    }

    @Test
    void wrongCategoryTagsOrTitleAreUsageErrors() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(2, run("new", "Tin ngắn", "--category", "Tin hoat dog", "--source", site.toString()));
        assertEquals("new: --category: \"Tin hoat dog\" is not one of the site's chuyên mục (did you mean "
                + "\"Tin hoạt động\"? the chuyên mục are: Tin hoạt động, Cải cách hành chính, Thi đua khen thưởng, "
                + "Văn thư lưu trữ, Tôn giáo, Công chức viên chức, Chính quyền địa phương, Thông báo)\n", err.toString());
        assertEquals(2, run("new", "Tin ngắn", "--tags", "công chức,Công Chức", "--source", site.toString()));
        assertEquals("new: --tags: \"Công Chức\" repeats \"công chức\" (give each tag once)\n", err.toString());
        assertEquals(2, run("new", "Tin ngắn", "--tags", "a,b,c,d,e,f,g,h,i,j,k", "--source", site.toString()));
        assertEquals("new: --tags: 11 tags, more than the limit of 10 (keep the 10 that matter most)\n", err.toString());
        assertEquals(2, run("new", "!!!", "--source", site.toString()));
        assertEquals("new: title: \"!!!\" has no letters or digits for a web address (use words, e.g. \"Hội nghị tổng kết\")\n",
                err.toString());
        assertFalse(Files.exists(site.resolve("content/tin-tuc/2026")));
    }

    @Test
    void aChuyenMucWrittenAsDeclaredIsNotRepeatedAndOneWithoutDiacriticsIsNamedInVietnamese() {
        Path site = TestSites.copy("basic", tmp);
        assertEquals(0, run("new", "Tin ngắn thứ nhất", "--category", "Cải cách hành chính", "--source", site.toString()));
        assertEquals("content/tin-tuc/2026/01/tin-ngan-thu-nhat.md\n", out.toString());
        StringWriter vi = new StringWriter();
        Clock clock = Clock.fixed(CLOCK.toInstant(), CLOCK.getZone());
        assertEquals(0, Main.run(new String[] {"new", "Tin ngắn thứ hai", "--category", "CAI CACH hanh chinh", "--source",
                site.toString()}, clock, new PrintWriter(vi, true), new PrintWriter(err, true), Path.of(""), null));
        assertEquals("content/tin-tuc/2026/01/tin-ngan-thu-hai.md\nchuyên mục: Cải cách hành chính (bài được xếp vào chuyên mục "
                + "này của trang; nếu không phải, sửa dòng category: trong tệp)\n", vi.toString());
    }
}
