package vn.gov.noivu.bantin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.TestSites;

/** Guards Markdown rendering: link resolution, the raw-HTML safelist, heading levels, base-path prefixes and link lines. */
class MarkdownTest {
    private static final String SRC = "content/tin-tuc/a.md";
    private static final String PAGE = "tin-tuc/a.html";

    private final Markdown root = new Markdown("/");
    private final Markdown sub = new Markdown("/noivu/");

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void resolveFromTheSiteRoot() {
        assertEquals("x", Markdown.resolve(PAGE, "/x"));
        assertEquals("index.html", Markdown.resolve(PAGE, "/"));
        assertEquals("chuyen-muc/thong-bao/index.html", Markdown.resolve(PAGE, "/chuyen-muc/thong-bao/"));
    }

    @Test
    void resolveRelativeToThePageFolder() {
        assertEquals("images/a.jpg", Markdown.resolve(PAGE, "../images/a.jpg"));
        assertEquals("tin-tuc/b.html", Markdown.resolve(PAGE, "b.html"));
        assertEquals("tin-tuc/b.html", Markdown.resolve(PAGE, "./b.html"));
        assertEquals("tin-tuc/x/index.html", Markdown.resolve(PAGE, "x/"));
        assertEquals("b.html", Markdown.resolve("gioi-thieu.html", "b.html"));
    }

    @Test
    void resolveDropsQueryAndFragment() {
        assertEquals("tin-tuc/b.html", Markdown.resolve(PAGE, "b.html?trang=2#muc-1"));
        assertEquals("tin-tuc/b.html", Markdown.resolve(PAGE, "/tin-tuc/b.html#muc-1"));
        assertEquals("chu-de/index.html", Markdown.resolve(PAGE, "/chu-de/?q=x"));
    }

    @Test
    void resolveDecodesPercentEscapesButKeepsPlus() {
        assertEquals("files/bao cao.pdf", Markdown.resolve(PAGE, "/files/bao%20cao.pdf"));
        assertEquals("files/a+b.pdf", Markdown.resolve(PAGE, "/files/a+b.pdf"));
    }

    @Test
    void resolveAboveTheSiteRootNeverMatchesAFile() {
        assertEquals("../tin-tuc/../../x.html", Markdown.resolve(PAGE, "../../x.html"));
    }

    @Test
    void queryOnlyLinkPointsAtThePageItself() {
        assertEquals(PAGE, Markdown.resolve(PAGE, "?trang=2"));
    }

    private Markdown.Result render(Markdown md, String body) {
        return md.render(SRC, body, 10, PAGE);
    }

    @Test
    void scriptBlockIsRemoved() {
        Markdown.Result r = render(root, "<script>alert(1)</script>\n\nĐoạn văn.");
        assertEquals("\n<p>Đoạn văn.</p>\n\n", r.html());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void iframeIsRemoved() {
        assertEquals("\n<p>Đoạn văn.</p>\n\n",
                render(root, "<iframe src=\"https://example.com/\"></iframe>\n\nĐoạn văn.").html());
    }

    @Test
    void onerrorIsRemovedFromImages() {
        assertEquals("<img src=\"/images/a.jpg\" alt=\"Ảnh\">\n\n",
                render(root, "<img src=\"/images/a.jpg\" alt=\"Ảnh\" onerror=\"alert(1)\">").html());
    }

    @Test
    void onclickIsRemoved() {
        assertEquals("<p>Văn bản <b>đậm</b></p>\n\n",
                render(root, "Văn bản <b onclick=\"alert(1)\">đậm</b>").html());
    }

    @Test
    void javascriptHrefInRawHtmlIsRemoved() {
        assertEquals("<p><a>bấm</a></p>\n\n", render(root, "<a href=\"javascript:alert(1)\">bấm</a>").html());
    }

    @Test
    void styleAndFormAreRemoved() {
        assertEquals("\n<p>x</p>\n\n", render(root, "<style>body{display:none}</style>\n\nx").html());
        assertEquals("Tên: \n\n", render(root, "<form action=\"/x\">Tên: <input name=\"a\"></form>").html());
    }

    @Test
    void headingOneBecomesHeadingTwo() {
        assertEquals("<h2>Tiêu đề</h2>\n<p>Đoạn.</p>\n", render(root, "# Tiêu đề\n\nĐoạn.").html());
    }

    @Test
    void rawHeadingOneBecomesHeadingTwo() {
        assertEquals("<h2>Tiêu đề</h2>\n\n", render(root, "<h1>Tiêu đề</h1>").html());
    }

    @Test
    void tableAlignmentBecomesAClass() {
        String html = render(root, "| Đơn vị | Số lượng |\n|:--|--:|\n| Sở | 12 |\n").html();
        assertEquals("<table>\n<thead>\n<tr><th class=\"text-left\">Đơn vị</th><th class=\"text-right\">Số lượng</th></tr>\n"
                + "</thead>\n<tbody>\n<tr><td class=\"text-left\">Sở</td><td class=\"text-right\">12</td></tr>\n"
                + "</tbody>\n</table>\n", html);
        assertFalse(html.contains("align"));
    }

    @Test
    void tableAlignmentSurvivesTheRawHtmlCleaner() {
        String html = render(root, "| a | b |\n|--:|:-:|\n| 1 | 2 |\n\n<b>x</b>\n").html();
        assertEquals(2, count(html, "class=\"text-right\""));
        assertEquals(2, count(html, "class=\"text-center\""));
        assertFalse(html.contains("align"));
    }

    @Test
    void basePathIsPrefixedOnceWithoutRawHtml() {
        assertEquals("<p><a href=\"/noivu/tin-tuc/b.html\">a</a></p>\n", render(sub, "[a](/tin-tuc/b.html)").html());
    }

    @Test
    void basePathIsPrefixedOnceWithRawHtmlElsewhere() {
        String html = render(sub, "[a](/tin-tuc/b.html)\n\nChữ <b>đậm</b>.").html();
        assertEquals("<p><a href=\"/noivu/tin-tuc/b.html\">a</a></p>\n<p>Chữ <b>đậm</b>.</p>\n\n", html);
        assertEquals(1, count(html, "/noivu/"));
    }

    @Test
    void basePathOnImagesAndReferencesBothWays() {
        String body = "![ảnh](/images/a.jpg) [b][r]\n\n[r]: /tin-tuc/b.html";
        for (String extra : List.of("", "\n\n<i>x</i>")) {
            String html = render(sub, body + extra).html();
            assertEquals(1, count(html, "src=\"/noivu/images/a.jpg\""), html);
            assertEquals(1, count(html, "href=\"/noivu/tin-tuc/b.html\""), html);
            assertEquals(2, count(html, "/noivu/"), html);
        }
    }

    @Test
    void rawHtmlLinksGetTheBasePathToo() {
        assertEquals("<p><a href=\"/noivu/tin-tuc/b.html\">b</a></p>\n\n",
                render(sub, "<a href=\"/tin-tuc/b.html\">b</a>").html());
    }

    @Test
    void relativeAndExternalLinksAreLeftAlone() {
        assertEquals("<p><a href=\"b.html\">b</a> <a href=\"https://example.gov.vn/\">c</a> <a href=\"//cdn.example/x\">d</a></p>\n",
                render(sub, "[b](b.html) [c](https://example.gov.vn/) [d](//cdn.example/x)").html());
    }

    @Test
    void internalLinksAreCollectedWithTheirFileLines() {
        Markdown.Result r = render(root, "Dòng một.\n\nXem [bài](/tin-tuc/b.html) và\n![ảnh](../images/c.jpg), "
                + "[ngoài](https://example.gov.vn/), [thư](mailto:a@example.gov.vn), [mục](#muc).\n\n[r]: b.html?x=1\n");
        assertEquals(List.of(
                new InternalLink("tin-tuc/b.html", 12, false, "/tin-tuc/b.html"),
                new InternalLink("images/c.jpg", 13, true, "../images/c.jpg"),
                new InternalLink("tin-tuc/b.html", 15, false, "b.html?x=1")), r.links());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void disallowedSchemesAreErrorsWithTheirLine() {
        Markdown.Result r = render(root, "a\n[x](javascript:alert(1))\n![y](ftp://example.com/a.jpg)\n[z](mailto:a@b.vn)\n");
        assertEquals(List.of(
                SRC + ":11: the address \"javascript:alert(1)\" is not allowed (links may use http, https, mailto or tel)",
                SRC + ":12: the address \"ftp://example.com/a.jpg\" is not allowed (links may use http, https, mailto or tel)"),
                r.errors().stream().map(TestSites::en).toList());
    }

    @Test
    void imagesFromAnotherSiteAreErrorsWithTheirLine() {
        Markdown.Result r = render(root, "a\n![x](https://example.com/a.jpg)\n![y](//cdn.example/b.png)\n\n"
                + "<p><img src=\"HTTP://example.com/c.jpg\" alt=\"c\"></p>\n\nẢnh <img src=\"http://example.com/d.jpg\" alt=\"d\">\n");
        assertEquals(List.of(
                SRC + ":11: the image \"https://example.com/a.jpg\" is on another site (readers' browsers would fetch it from there)"
                        + " (save the picture in assets/images/ and write /images/...)",
                SRC + ":12: the image \"//cdn.example/b.png\" is on another site (readers' browsers would fetch it from there)"
                        + " (save the picture in assets/images/ and write /images/...)",
                SRC + ":14: the image \"HTTP://example.com/c.jpg\" is on another site (readers' browsers would fetch it from there)"
                        + " (save the picture in assets/images/ and write /images/...)",
                SRC + ":16: the image \"http://example.com/d.jpg\" is on another site (readers' browsers would fetch it from there)"
                        + " (save the picture in assets/images/ and write /images/...)"),
                r.errors().stream().map(TestSites::en).toList());
    }

    @Test
    void mailtoIsNotAllowedForImages() {
        assertEquals(List.of(SRC + ":10: the address \"mailto:a@b.vn\" is not allowed (links may use http, https, mailto or tel)"),
                render(root, "![y](mailto:a@b.vn)").errors().stream().map(TestSites::en).toList());
    }

    @Test
    void javascriptReferenceDefinitionIsAnError() {
        assertEquals(List.of(SRC + ":12: the address \"JavaScript:alert(1)\" is not allowed (links may use http, https, mailto or tel)"),
                render(root, "[x]\n\n[x]: JavaScript:alert(1)").errors().stream().map(TestSites::en).toList());
    }

    @Test
    void linkWithoutAddress() {
        assertEquals(List.of(SRC + ":10: link without an address (write [text](address))"),
                render(root, "[a]()").errors().stream().map(TestSites::en).toList());
    }

    @Test
    void autolinkWithDisallowedSchemeIsAnError() {
        Markdown.Result r = render(root, "<vbscript:msgbox(1)> <data:text/html,xin-chao>");
        assertEquals(List.of(
                SRC + ":10: the address \"vbscript:msgbox(1)\" is not allowed (links may use http, https, mailto or tel)",
                SRC + ":10: the address \"data:text/html,xin-chao\" is not allowed (links may use http, https, mailto or tel)"),
                r.errors().stream().map(TestSites::en).toList());
        // Disarmed too: shown as the text that was written, never as a link.
        assertEquals("<p>&lt;vbscript:msgbox(1)&gt; &lt;data:text/html,xin-chao&gt;</p>\n", r.html());
    }

    @Test
    void entityEncodedSchemeIsNotRenderedAsALink() {
        Markdown.Result r = render(root, "[bấm](javascript&#58;alert(1))");
        assertFalse(r.html().contains("javascript:"), r.html());
        assertEquals(1, r.errors().size(), r.errors().toString());
    }

    private final Markdown citing = sub.withDocuments(java.util.Map.of("108/2014/NĐ-CP", "van-ban/nd-108-2014.html",
            "30/2020/NĐ-CP", "van-ban/nd-30-2020.html"));

    @Test
    void documentNumberInDoubleBracketsLinksToTheDocument() {
        Markdown.Result r = render(citing, "Theo Nghị định [[108/2014/NĐ-CP]] và [[ 30/2020/NĐ-CP ]].\n\n[[108/2014/NĐ-CP]]");
        assertEquals("<p>Theo Nghị định <a href=\"/noivu/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a> và "
                + "<a href=\"/noivu/van-ban/nd-30-2020.html\">30/2020/NĐ-CP</a>.</p>\n"
                + "<p><a href=\"/noivu/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a></p>\n", r.html());
        assertEquals(List.of(new InternalLink("van-ban/nd-108-2014.html", 10, false, "[[108/2014/NĐ-CP]]"),
                new InternalLink("van-ban/nd-30-2020.html", 10, false, "[[30/2020/NĐ-CP]]"),
                new InternalLink("van-ban/nd-108-2014.html", 12, false, "[[108/2014/NĐ-CP]]")), r.links());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void numberWrittenDecomposedStillFindsItsDocument() {
        String decomposed = java.text.Normalizer.normalize("[[108/2014/NĐ-CP]] ở đây", java.text.Normalizer.Form.NFD);
        assertEquals(List.of(), render(citing, decomposed).errors());
    }

    @Test
    void unknownNumberIsAnErrorWithItsLine() {
        Markdown.Result r = render(citing, "Dòng một.\n\nTheo [[108/2014/ND-CP]] và [[99/2099/QĐ-UBND]].");
        assertEquals(List.of(
                SRC + ":12: no document has the number [[108/2014/ND-CP]] (did you mean [[108/2014/NĐ-CP]]?)",
                SRC + ":12: no document has the number [[99/2099/QĐ-UBND]] (write the number exactly as the document's so_ky_hieu, e.g. [[108/2014/NĐ-CP]])"),
                r.errors().stream().map(TestSites::en).toList());
    }

    @Test
    void bracketsInCodeAndDefinedReferencesAreLeftAlone() {
        Markdown.Result r = render(citing, "`[[108/2014/NĐ-CP]]` [[x]]\n\n[x]: https://vbpl.vn/");
        assertEquals("<p><code>[[108/2014/NĐ-CP]]</code> [<a href=\"https://vbpl.vn/\">x</a>]</p>\n", r.html());
        assertEquals(List.of(), r.errors());
    }
}
