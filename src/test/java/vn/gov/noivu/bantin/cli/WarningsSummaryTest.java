package vn.gov.noivu.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * Many warnings of a kind are summarised: the first {@value Main#WARNINGS_PER_KIND} listed, the rest counted, and the
 * command that lists them all named; {@code check --all-warnings} lists every one. Errors are always all listed.
 */
class WarningsSummaryTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String lang, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(TestSites.NOW.toInstant(), TestSites.NOW.getZone());
        return Main.run(args, clock, new PrintWriter(out, true), new PrintWriter(err, true), Path.of(""), lang);
    }

    /**
     * The {@code basic} fixture with eight articles a-h of one title (seven "same title" warnings), and one saved
     * decomposed (one warning of another kind).
     */
    private Path site() {
        Path site = TestSites.copy("basic", tmp);
        for (char c = 'a'; c <= 'h'; c++) {
            TestSites.write(site, "content/tin-tuc/" + c + ".md", "---\ntitle: \"Thông báo\"\ndate: 2024-01-0" + (c - 'a' + 1)
                    + "\ncategory: \"Thông báo\"\n---\n\nNội dung.\n");
        }
        TestSites.write(site, "content/tin-tuc/z.md", "---\ntitle: \"Tin kha\u0301c\"\ndate: 2024-02-01\ncategory: \"Thông báo\"\n---\n\n"
                + "Nội dung.\n");
        return site;
    }

    private static String sameTitle(char c, String lang) {
        return "content/tin-tuc/" + c + ".md:2: title: " + (lang.equals("en") ? "the same title as content/tin-tuc/a.md (readers cannot "
                + "tell the two articles apart in lists and search; give one of them another title)" : "trùng tiêu đề với content/tin-tuc/a.md "
                + "(người đọc không phân biệt được hai bài trong danh sách và khi tìm kiếm; hãy đặt tiêu đề khác cho một bài)");
    }

    @Test
    void manyWarningsOfAKindAreCountedAfterTheFirstFiveInBothLanguages() {
        Path site = site();
        assertEquals(0, run("vi", "check", "--source", site.toString()));
        assertEquals("""
                8 cảnh báo: không chặn việc dựng trang, nhưng nên sửa:
                  1. %s
                  2. %s
                  3. %s
                  4. %s
                  5. %s
                     … và 2 cảnh báo cùng loại nữa
                  6. content/tin-tuc/z.md:2: chữ tiếng Việt gõ ở dạng Unicode tổ hợp (dấu là một ký tự riêng) trên 1 dòng; trang vẫn đăng \
                ở dạng dựng sẵn (trong Unikey hoặc EVKey chọn bảng mã "Unicode" thay cho "Unicode tổ hợp", rồi gõ lại hoặc chuyển mã đoạn đó)
                Mỗi loại cảnh báo chỉ in 5 cảnh báo đầu; lệnh check --all-warnings in tất cả.
                """.formatted(sameTitle('b', "vi"), sameTitle('c', "vi"), sameTitle('d', "vi"), sameTitle('e', "vi"), sameTitle('f', "vi")),
                err.toString());
        assertEquals(0, run("en", "build", "--source", site.toString(), "--output", tmp.resolve("out").toString()));
        assertEquals("""
                8 warning(s); they do not stop the build, but the text should be fixed:
                  1. %s
                  2. %s
                  3. %s
                  4. %s
                  5. %s
                     … and 2 more of the same kind
                  6. content/tin-tuc/z.md:2: Vietnamese letters typed as decomposed Unicode (each mark a character of its own) on 1 \
                line(s); the site publishes them composed (in Unikey or EVKey choose the character set "Unicode" instead of "Unicode tổ \
                hợp", then retype or convert the text)
                Only the first 5 warnings of each kind are listed; check --all-warnings lists them all.
                """.formatted(sameTitle('b', "en"), sameTitle('c', "en"), sameTitle('d', "en"), sameTitle('e', "en"), sameTitle('f', "en")),
                err.toString());
    }

    @Test
    void checkWithAllWarningsListsEveryOneInOrder() {
        Path site = site();
        assertEquals(0, run("en", "check", "--all-warnings", "--source", site.toString()));
        String listed = IntStream.range(0, 7).mapToObj(i -> "  " + (i + 1) + ". " + sameTitle((char) ('b' + i), "en") + "\n")
                .collect(Collectors.joining());
        assertTrue(err.toString().startsWith("8 warning(s); they do not stop the build, but the text should be fixed:\n" + listed
                + "  8. content/tin-tuc/z.md:2: Vietnamese letters typed as decomposed Unicode"), err.toString());
        assertTrue(!err.toString().contains("--all-warnings"), err.toString());
    }
}
