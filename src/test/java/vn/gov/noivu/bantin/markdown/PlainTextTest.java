package vn.gov.noivu.bantin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.Corpus;
import vn.gov.noivu.bantin.TestSites;

/** Plain paragraphs, headings, lists and links written straight are byte for byte what Flexmark's tree makes, or left to Flexmark. */
class PlainTextTest {
    private final Markdown markdown = new Markdown("/noivu/").withDocuments(java.util.Map.of("1/2020/NĐ-CP", "van-ban/nd-1-2020.html"));

    @Test
    void everyTextOfTheSiteTheFixturesAndACorpusIsWrittenAsFlexmarkWritesIt(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Corpus.write(corpus, 300, 11);
        int[] site = compareAll(TestSites.repo().resolve("content"));
        int[] generated = compareAll(corpus.resolve("content"));
        int[] fixtures = compareAll(Path.of("src/test/resources"));
        // The corpus is all plain; some of the site's news are too, the rest went to Flexmark.
        assertEquals(generated[0], generated[1], generated[1] + " of " + generated[0]);
        assertTrue(site[1] > 0 && site[1] < site[0], site[1] + " of " + site[0]);
        assertTrue(fixtures[1] > 0, fixtures[1] + " of " + fixtures[0]);
    }

    @Test
    void randomTextsAreWrittenAsFlexmarkWritesThemOrLeftToIt() {
        String[] pieces = {"Hội nghị", "đ", " ", "\n", "\n\n", "**Ban** ", ".", "(", ":", "–", "12", "\"", "\n- ", "\n1. ",
                "\n## ", "[Văn thư](/chuyen-muc/x/)", "[a](https://a.vn/x?y=1#z)", "[b](x.html)", "\n# ", "\n2. ", "'", "\u00A0",
                "  ", "\n\n\n", "**", "*", "**Ban**", "** ", " **", "_", "#", "# ", "-", "- ", "+ ", "1. ", "1) ", "2026.", "=",
                "===", "---", "***", ">", "<", "&", "&amp;", "\\", "`", "```", "~~~", "|", "[", "]", "!", ")", "    ", "\t", "“",
                "http://a.vn", "\n - ", "\n-", "\n1.", "\n####### ", "\n#", "](", "[a](", "[a](mailto:a@b.vn)", "![a](x.jpg)",
                "[a](#m)", "(x)", "[[1/2020/NĐ-CP]]", "[a](javascript:x)", "[a](../b.html)", "[a]: /x.html\n", "[a]",
                "\n\n| TT | Đơn vị |\n|---:|---|\n| 1 | Sở Y tế |\n", "\n| a | b |\n| :---: | :--- |\n| c | d |\n\n", "\n|---|---|\n",
                "\n| x | y |\n", "| e |", "||", "| [a](b.html) | c |\n"};
        Random random = new Random(20261205);
        int plain = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) { // mostly what plain text is made of
                body.append(pieces[random.nextInt(random.nextInt(3) == 0 ? pieces.length : 22)]);
            }
            if (compare(body.toString())) {
                plain++;
            }
        }
        assertTrue(plain > 4_000, plain + " of 40000 written straight: too few to compare");
    }

    @Test
    void randomTablesAreWrittenAsFlexmarkWritesThemOrLeftToIt() {
        String[] cells = {"TT", "Đơn vị", "1", "Sở Y tế", "38", " ", "", "a  b", "\"x\"", "[a](b.html)", "**đ**", "-", ":", "---", "#", "\\|"};
        String[] separators = {"---", ":---", "---:", ":---:", "--", "-", ":-:", "----", " --- ", "---x"};
        String[] around = {"", "\n", "Đoạn.\n", "Đoạn.\n\n", "## Tiêu đề\n", "- mục\n", "- mục\n\n", "[Chú thích]\n", "chữ\n"};
        Random random = new Random(20261206);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            int columns = 1 + random.nextInt(4);
            StringBuilder body = new StringBuilder(around[random.nextInt(around.length)]);
            for (int r = 0, rows = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 3 + random.nextInt(3); r < rows; r++) {
                int width = random.nextInt(10) == 0 ? columns + random.nextInt(3) - 1 : columns;
                body.append('|');
                for (int c = 0; c < width; c++) {
                    String[] from = r == 1 ? separators : cells;
                    body.append(' ').append(from[random.nextInt(random.nextInt(4) == 0 ? from.length : 4)]).append(" |");
                }
                body.append('\n');
            }
            body.append(random.nextInt(3) == 0 ? around[random.nextInt(around.length)] : random.nextBoolean() ? "" : "\nĐoạn sau.\n");
            if (compare(body.toString())) {
                plain++;
            }
        }
        assertTrue(plain > 1_500, plain + " of 20000 written straight: too few to compare");
    }

    @Test
    void whatItLeavesToFlexmark() {
        for (String body : List.of("a  \nb\n", "    mã\n", "*nghiêng*\n", "**đậm**x\n", "a **đậm** b\n", "**đậm *x***\n", "a\n===\n",
                "a\n---\n", "> trích\n", "a & b\n", "a\\\n", "`x`\n", "| a |\n", " a\n", "- a\n\n- b\n", "a\n- b\n",
                "- a\nb\n", "2. a\n", "1) a\n", "# a #\n", "####### a\n", "#a\n", "- - a\n", "- # a\n", "- a\n1. b\n", "+ a\n",
                "* a\n", "- a\n# b\n", "-5 độ\n", "[a](b c)\n", "[a](<b>)\n", "![a](b.jpg)\n", "[a](mailto:x@y.vn)\n", "[a](#m)\n",
                "[a](//x.vn)\n", "[a]\n", "[a][b]\n", "[[1/2020/NĐ-CP]]\n", "[a](b \"t\")\n", "[a](/tin-tức/x.html)\n", "[](x)\n",
                "[a]()\n", "[a](javascript:alert(1))\n", "[a **b**](x)\n", "[a](x.html)\n\n[a]: /y.html\n",
                "a\n| a | b |\n|---|---|\n| c | d |\n", "| a | b |\n|---|---|\n| c | d |\nchữ\n", "| a | b |\n|---|---|\n", "| a |  |\n|---|---|\n| c | d |\n",
                "| a | b |\n|---|---|\n| c |\n", "| a | b |\n|--|---|\n| c | d |\n", "| a | b |\n|---|---|\n| c | d |\n[Chú thích]\n",
                "- a\n| a | b |\n|---|---|\n| c | d |\n")) {
            assertNull(PlainText.read(body, "/"), body);
        }
        PlainText.Plain plain = PlainText.read("**Ban Tôn giáo** – Những \"tập thể\"\ntiêu biểu.\n# Kết quả\n- Một;\n- Hai.\n\nTiếp:\n\n"
                + "1. Ba\n2. Bốn\n\n\nXem [Văn thư](/chuyen-muc/van-thu/) và [Cổng](https://example.gov.vn/a).\n", "/noivu/");
        assertEquals("<p><strong>Ban Tôn giáo</strong> – Những &quot;tập thể&quot;\ntiêu biểu.</p>\n<h2>Kết quả</h2>\n"
                        + "<ul>\n<li>Một;</li>\n<li>Hai.</li>\n</ul>\n<p>Tiếp:</p>\n<ol>\n<li>Ba</li>\n<li>Bốn</li>\n</ol>\n"
                        + "<p>Xem <a href=\"/noivu/chuyen-muc/van-thu/\">Văn thư</a> và <a href=\"https://example.gov.vn/a\">Cổng</a>.</p>\n",
                plain.html());
        assertEquals(List.of(new PlainText.Link("/chuyen-muc/van-thu/", 12)), plain.links());
    }

    /** {total, written straight} over the text of every .md under {@code dir}. */
    private int[] compareAll(Path dir) throws IOException {
        int[] counts = new int[2];
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                int close = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
                if (close >= 0) {
                    counts[0]++;
                    counts[1] += compare(text.substring(close + 5)) ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /**
     * Whether {@code body} was written straight; either way rendering and checking it give what Flexmark's tree
     * gives: the HTML, the links and the errors.
     */
    private boolean compare(String body) {
        Markdown.Result tree = markdown.tree("a.md", body, 10, "tin-tuc/a.html", true);
        Markdown.Result rendered = markdown.render("a.md", body, 10, "tin-tuc/a.html");
        assertEquals(tree.html(), rendered.html(), body);
        assertEquals(tree.links(), rendered.links(), body);
        assertEquals(tree.errors(), rendered.errors(), body);
        Markdown.Result checked = markdown.check("a.md", body, 10, "tin-tuc/a.html");
        assertEquals(tree.links(), checked.links(), body);
        assertEquals(tree.errors(), checked.errors(), body);
        return PlainText.read(body, "/noivu/") != null;
    }
}
