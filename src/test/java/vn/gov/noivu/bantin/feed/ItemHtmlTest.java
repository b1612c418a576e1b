package vn.gov.noivu.bantin.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    @DisplayName("Enclosure type comes from the extension; paths are percent-encoded")
    void enclosureHelpers() {
        assertEquals("image/jpeg", Rss.imageType("images/a.JPG"));
        assertEquals("image/svg+xml", Rss.imageType("images/a.svg"));
        assertEquals("image/webp", Rss.imageType("images/a.webp"));
        assertEquals("images/2024/%E1%BA%A3nh%201.jpg", Rss.encodePath("images/2024/ảnh 1.jpg"));
    }
}
