package vn.gov.noivu.bantin.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.markdown.Markdown;

class ItemHtmlTest {
    static final String PAGE = "https://example.gov.vn/noivu/tin-tuc/bai.html";

    @Test
    @DisplayName("ContainsRelRef: relative, root-relative and fragment links resolve against the article's URL")
    void resolvesLinks() {
        assertEquals("<p><a href=\"https://example.gov.vn/noivu/tin-tuc/khac.html\">a</a> "
                        + "<a href=\"https://example.gov.vn/noivu/lien-he.html\">b</a> "
                        + "<a href=\"https://example.gov.vn/noivu/tin-tuc/bai.html#muc\">c</a> "
                        + "<img src=\"https://example.gov.vn/noivu/images/x.jpg\" alt=\"x\"> "
                        + "<a href=\"mailto:so@example.gov.vn\">d</a></p>",
                ItemHtml.absolute("<p><a href=\"khac.html\">a</a> <a href=\"/noivu/lien-he.html\">b</a> "
                        + "<a href=\"#muc\">c</a> <img src=\"../images/x.jpg\" alt=\"x\"> "
                        + "<a href=\"mailto:so@example.gov.vn\">d</a></p>", PAGE));
    }

    /** Markdown of every kind an editor writes, with links of every form and characters jsoup writes its own way. */
    private static final List<String> MARKDOWN = List.of("Đoạn **đậm** và *nghiêng*, A & B <c> 1 > 0.",
            "## Mục\n\n- [một](/tin-tuc/a.html)\n- [hai](khac.html)\n- [ba](#muc)\n\n1. [bốn](https://x.vn/a?b=1#c)\n",
            "> trích dẫn [liên hệ](mailto:so@x.vn) và [gọi](tel:+84255)\n\n### Ba\n\n#### Bốn\n\n##### Năm\n\n###### Sáu",
            "Dấu \"ngoặc kép\" và 'đơn'", "khoảng\u00A0trắng cứng", "xuống  \ndòng", "---\n\nthước kẻ", "`mã` và\n\n    khối mã",
            "![ảnh](/images/a.jpg)", "[tiêu đề](/a.html \"Tiêu đề\")", "[và](/a.html?x=1&y=2)", "[rỗng]()", "<https://x.vn/a>",
            "| a | b |\n|---|---|\n| 1 | 2 |", "| STT | Đơn vị | Số |\n|--:|:--|:-:|\n| 1 | Sở [Nội vụ](/a.html) | 2 |", "~~xóa~~ ^trên^", "[ngoài](//x.vn/a)", "[lên](../a.html)", "[dấu](/tin-tức/á.html)",
            "<div>thô</div>", "a\tb", "");

    @Test
    @DisplayName("Without parsing, the same HTML as parsing, for every text the quick way takes")
    void plainWayGivesTheParsedResult() throws IOException {
        Markdown markdown = new Markdown("/noivu/");
        List<String> bodies = new ArrayList<>();
        for (String text : MARKDOWN) {
            bodies.add(markdown.render("a.md", text, 1, "tin-tuc/bai.html").html());
        }
        for (Path root : List.of(Path.of("src/test/resources/sites"), Path.of("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String text = Files.readString(f);
                    int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
                    bodies.add(markdown.render(f.toString(), end < 0 ? text : text.substring(end + 5), 1, "tin-tuc/bai.html").html());
                }
            }
        }
        int quick = 0;
        for (String html : bodies) {
            String plain = ItemHtml.plainAbsolute(html, PAGE);
            if (plain != null) {
                quick++;
                assertEquals(ItemHtml.parsedAbsolute(html, PAGE), plain, html);
            }
        }
        assertTrue(quick > bodies.size() / 3, quick + " of " + bodies.size() + " bodies took the quick way");
        assertNull(ItemHtml.plainAbsolute("<p onclick=\"x()\">a</p>", PAGE));
        assertNull(ItemHtml.plainAbsolute("<p><a href=\"javascript:alert(1)\">x</a></p>", PAGE));
        assertNull(ItemHtml.plainAbsolute("<script>alert(1)</script>", PAGE));
    }

    @Test
    @DisplayName("SecurityRisk: dangerous elements, handlers, style and javascript: URLs are removed")
    void removesRisks() {
        assertEquals("<p>Bấm</p><p><a>x</a><img></p>",
                ItemHtml.absolute("<p onclick=\"alert(1)\" style=\"color:red\">Bấm</p><script>alert(1)</script>"
                        + "<iframe src=\"https://evil.example/\"></iframe><object data=\"x.swf\"></object><embed src=\"x\">"
                        + "<p><a href=\"javascript:alert(1)\">x</a><img src=\"data:image/png;base64,AA\"></p>", PAGE));
    }

    @Test
    @DisplayName("The lead is HTML-escaped text, so readers show \"<2024>\" instead of dropping it as a tag")
    void escape() {
        assertEquals("Quyết định &amp; \"Kế hoạch\" &lt;2024&gt;", ItemHtml.escape("Quyết định & \"Kế hoạch\" <2024>"));
    }

    @Test
    @DisplayName("NeedDescriptionBeforeContent: without a summary the lead is the body's text, cut at a word")
    void leadFromBody() {
        assertEquals("Tóm tắt &lt;1&gt;", ItemHtml.lead("Tóm tắt <1>", "<p>Thân bài</p>"));
        assertEquals("Thân bài &amp; ảnh", ItemHtml.lead(" ", "<p>Thân bài &amp; <img src=\"x.jpg\" alt=\"\">ảnh</p>"));
        String body = "<p>" + "chữ ".repeat(100) + "</p>";
        String lead = ItemHtml.lead("", body);
        assertEquals("chữ ".repeat(75).strip() + "…", lead);
    }

    @Test
    @DisplayName("Characters XML 1.0 cannot carry are dropped, everything else is kept")
    void xmlText() {
        assertEquals("Tiêu đềmới 😀\t&<", Xml.text("Tiêu đề\u000Bmới\u0000 😀\t&<"));
    }

    @Test
    @DisplayName("Enclosure paths are percent-encoded")
    void enclosureHelpers() {
        assertEquals("images/2024/%E1%BA%A3nh%201.jpg", Rss.encodePath("images/2024/ảnh 1.jpg"));
    }
}
