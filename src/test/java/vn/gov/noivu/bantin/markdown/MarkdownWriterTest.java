package vn.gov.noivu.bantin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HtmlWriter writes byte for byte what Flexmark's HtmlRenderer writes with the same options, without falling back. */
class MarkdownWriterTest {
    private final Markdown markdown = new Markdown("/");

    private static final List<String> CASES = List.of(
            "",
            "\n\n\n",
            "Đoạn văn tiếng Việt: Sở Nội vụ, Ủy ban nhân dân tỉnh Quảng Ngãi.",
            "a\nb\n  c  \nd",
            "# h1\n## h2\n### h3\n#### h4\n##### h5\n###### h6\n####### h7",
            "Tiêu đề\n=======\n\nPhụ đề\n------\n",
            "# *nhấn* **đậm** `mã` #\n",
            "- a\n- b\n- c\n",
            "- a\n\n- b\n- c\n",
            "- a\n  - b\n    - c\n  - d\n- e\n",
            "- a\n\n  đoạn hai\n- b\n  - c\n\n  - d\n",
            "1. một\n2. hai\n\n3) ba\n",
            "3. ba\n4. bốn\n",
            "0. không\n",
            "* a\n+ b\n- c\n",
            "- \n- b\n-\n  c\n",
            "- a\n  > trích\n- ```\n  mã\n  ```\n",
            "1. a\n\n   ```js\n   x = 1;\n   ```\n2. b\n",
            "> trích dẫn\n> dòng hai\n>\n> - mục\n>\n> > lồng\n",
            "> a\nlười\n",
            "*nhấn* _nhấn_ **đậm** __đậm__ ***cả hai*** *a **b** c* **a *b* c**",
            "*a _b* c_ **a*b** a*b*c a_b_c",
            "\\*không nhấn\\* \\_ \\` \\# \\[ \\] \\\\ \\a \\& \\<",
            "&amp; &lt; &gt; &quot; &#123; &#x1F600; &copy; &nbsp; &hello; & &; &#; &#xZZ;",
            "AT&T <3 a < b > c \"trích\" 'đơn'",
            "<script>alert(1)</script>\n\nĐoạn văn.",
            "Văn bản <b onclick=\"alert(1)\">đậm</b> và <script>x</script>.",
            "<div>\n  <p>khối</p>\n</div>\n\ntiếp",
            "<div>\n\n*md trong div*\n\n</div>\n",
            "<!-- chú thích -->\n\na <!-- nội tuyến --> b\n",
            "<!--\nnhiều\n\ndòng\n-->\nx",
            "<pre>\n  giữ   khoảng trắng\n\n\n</pre>\n",
            "<table><tr><td>x</td></tr></table>\n",
            "a <span\nclass=\"x\">b</span> c",
            "[liên kết](https://example.gov.vn/a b) [x](</a b> \"tiêu đề\") [y](/đường-dẫn/ảnh.jpg 'đơn')",
            "[a](https://example.gov.vn/?q=1&r=2 \"a & b\") [b](x.html?a=&amp;&copy; (ngoặc)) [c](<x\"y>)",
            "[a](url \"tiêu \\\"đề\\\" &amp; <x>\") [b](url 'x\ny')",
            "[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](#muc) [d]() [e](<>)",
            "[**đậm** *nghiêng* `mã`](a.html) [lồng [ngoặc]](b.html)",
            "[a\\]b](c\\)d) [x](a\\\\b)",
            "![ảnh](a.jpg) ![ảnh *nhấn* **đậm** `mã` [lk](x)](b.jpg \"tiêu đề\") ![](c.png)",
            "![a\nb](c.jpg) ![a &amp; \"b\"](d.jpg 'x \"y\"')",
            "![javascript](javascript:alert(1))",
            "[tham chiếu][r] [r] [r][] [R] ![ảnh][i] ![i] [không có][zz] [zz] ![zz] [zz][]\n\n[r]: /tin-tuc/b.html \"Tiêu đề\"\n[i]: ảnh.jpg\n",
            "[a][r]\n\n[r]: <đường dẫn có cách> 'tiêu đề'\n[s]: javascript:x\n\n[b][s] ![c][s]",
            "[[108/2014/NĐ-CP]] và [[ 30/2020/NĐ-CP ]] [[*x*]] [a\nb] [a][\nb]",
            "<https://example.gov.vn/a?b=1&c=2> <http://a.b/<> <mailto:a@b.vn> <a@example.gov.vn> <www.x.vn:80/a> <javascript:alert(1)>",
            "<a.b+c@ví-dụ.vn> <x@y> http://không-phải-liên-kết.vn",
            "`mã` `` a ` b `` ` <x> & \" ` `  khoảng  trắng  `\n`dòng\nhai`",
            "```\nkhông ngôn ngữ <x> & \"y\"\n\n\n  thụt\n```\n",
            "```java  thêm thông tin\nclass A {}\n```\n~~~ python\nprint(1)\n~~~\n``` c\\+\\+\nx\n```\n```a&amp;b\nx\n```\n",
            "```\n```\n\n```js\n",
            "    thụt lề\n      hơn\n\n\n    sau dòng trống\n\nđoạn",
            "a  \nb\\\nc   \n  d",
            "***\n---\n___\n* * *\n",
            "| STT | Đơn vị | Chỉ tiêu | Kết quả |\n|---:|---|:---:|:---|\n| 1 | Sở Nội vụ | 12 | 10 |\n| 2 | **UBND** | `x` | [a](b) |\n",
            "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| x || y |\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n[Chú thích *bảng*]\n",
            "| a |\n|---|\n",
            "a | b\n--|--\n1 | 2\n",
            "| \\| | `|` |\n|---|---|\n| &amp; | <b>x</b> |\n",
            "Đoạn\n\n| a |\n|:-:|\n| b |\n\nđoạn sau",
            "- | a |\n  |---|\n  | b |\n",
            "Dòng một&#10;dòng hai&#10;&#10;&#10;ba&#9;tab\n&#32;&#32;đầu dòng\n&#10;&#10;",
            "a\r\nb\r\n\r\n- c\r\n- d\r\n\r\n```\r\nx\r\n```\r\n",
            "\tthụt tab\n\na\tb",
            "a\n&#9;&#32;b&#10;&#9;&#10;&#10;&#10;c",
            "- [ ] việc\n- [x] xong\n",
            "Chân trang[^1]\n\n[^1]: ghi chú\n",
            "~~gạch~~ ^trên^ ~dưới~ ==tô==",
            "<?php echo 1; ?>\n\n<![CDATA[ x ]]>\n\n<!DOCTYPE html>\n",
            "  <div>\nx\n  </div>\n");

    private void assertAlikeText(String markdownText) {
        assertAlike(markdown.parse(markdownText), markdownText);
    }

    private void assertAlike(Document doc, String what) {
        String flexmark = markdown.renderer().render(doc);
        String writer = HtmlWriter.render(doc).orElse("(fell back to Flexmark)");
        assertEquals(flexmark, writer, () -> "for: " + what);
    }

    /** What Markdown.render changes before rendering: h1 becomes h2, root-relative addresses get a prefix. */
    private Document withSiteEdits(String markdownText) {
        Document doc = markdown.parse(markdownText);
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                h.setLevel(2);
            } else if (node instanceof LinkNodeBase l && l.getUrl().startsWith("/")) {
                l.setUrl(BasedSequence.of("/noivu" + l.getUrl()));
            } else if (node instanceof Reference r && r.getUrl().startsWith("/")) {
                r.setUrl(BasedSequence.of("/noivu" + r.getUrl()));
            }
        }
        return doc;
    }

    @Test
    void edgeCasesRenderAsFlexmarkDoes() {
        for (String c : CASES) {
            assertAlikeText(c);
            assertAlike(withSiteEdits(c), "(site edits) " + c);
        }
    }

    @Test
    void citationLinkBuiltInTheTreeRendersAsFlexmarkDoes() {
        Document doc = markdown.parse("Theo [[108/2014/NĐ-CP]] nay.");
        Node ref = doc.getFirstChild().getFirstChild().getNext();
        Text before = (Text) ref.getPrevious();
        Text after = (Text) ref.getNext();
        before.setChars(before.getChars().subSequence(0, before.getChars().length() - 1));
        after.setChars(after.getChars().subSequence(1));
        Link link = new Link(ref.getChars());
        link.setUrl(BasedSequence.of("/noivu/van-ban/nd-108-2014.html"));
        link.appendChild(new Text(BasedSequence.of("108/2014/NĐ-CP")));
        ref.insertBefore(link);
        ref.unlink();
        assertAlike(doc, "citation");
        assertTrue(markdown.renderer().render(doc).contains("<a href=\"/noivu/van-ban/nd-108-2014.html\">108/2014/NĐ-CP</a>"));
    }

    @Test
    void siteAndContentFilesRenderAsFlexmarkDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/sites"), Path.of("content"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertAlikeText(text);
            int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) : -1;
            String body = end < 0 ? text : text.substring(end + 5);
            assertAlike(markdown.parse(body), file.toString());
            assertAlike(withSiteEdits(body), "(site edits) " + file);
        }
    }

    /** {@link Markdown#parse} (a char array; no tables extension without '|') renders as the full parser on the String. */
    @Test
    void theQuickParseGivesWhatTheFullParserGives() throws IOException {
        List<String> texts = new ArrayList<>(CASES);
        texts.add("| a | b |\n|---|:-:|\n| 1 | 2 |\n\nno table here");
        texts.add("a | b\n--|--\n1 | 2");
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/sites"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (String text : texts) {
            assertEquals(markdown.renderer().render(markdown.parser().parse(text)), markdown.renderer().render(markdown.parse(text)),
                    () -> "for: " + text);
        }
    }

    @Test
    void anUnknownNodeFallsBackToFlexmark() {
        Document doc = markdown.parse("a");
        doc.appendChild(new BlankLine(BasedSequence.of("\n")));
        assertTrue(HtmlWriter.render(doc).isEmpty());
    }
}
