package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page buffer gives exactly the bytes of {@code String.getBytes(UTF_8)}, however the text arrives. */
class Utf8PageTest {
    private static final List<String> TEXTS = List.of("", "<p>A &amp; B</p>\n", "Sở Nội vụ: Đảng ủy – “tin” …",
            "emoji 😀 and 𝄞 clef", "lone high \uD83D then text", "lone low \uDE00 here", "ends with high \uD83D",
            "\uDE00\uD83D", "ÿ߿ࠀ\uFFFF", "x".repeat(70_000) + "ệ");

    @Test
    void wholeStrings() {
        for (String s : TEXTS) {
            Utf8Page page = new Utf8Page();
            page.write(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), page.toByteArray(), s);
        }
    }

    @Test
    void charactersOneAtATimeAndInArrays() {
        for (String s : TEXTS) {
            Utf8Page single = new Utf8Page();
            s.chars().forEach(single::write);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), single.toByteArray(), s);
            Utf8Page array = new Utf8Page();
            array.write(s.toCharArray(), 0, s.length());
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), array.toByteArray(), s);
        }
    }

    @Test
    void randomSplitsOfRandomText() {
        Random random = new Random(7);
        char[] alphabet = "aZ<&\n ơưĐđệ–“😀\uD83D\uDE00".toCharArray();
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            Utf8Page page = new Utf8Page();
            int at = 0;
            while (at < s.length()) {
                int len = Math.min(s.length() - at, 1 + random.nextInt(9));
                page.write(s, at, len);
                at += len;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), page.toByteArray(), s);
        }
    }

    @Test
    void writesTheFileWhole(@TempDir Path dir) throws Exception {
        String s = "Trang chủ 😀 ".repeat(20_000);
        Path file = dir.resolve("trang.html");
        Files.writeString(file, "an older, longer page ".repeat(50_000));
        Utf8Page page = new Utf8Page();
        page.write(s);
        page.writeTo(file);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }
}
