package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.gov.noivu.bantin.InstantiationTrap;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.markdown.Markdown;

/**
 * Hostile and broken content, built whole: every way an editor (or anyone with commit rights) can get a
 * file wrong ends either in exact errors naming file and line, with nothing written, or in safe output.
 * Sections follow the issue: YAML, encoding, paths and URLs, markup, settings and templates.
 */
class HostileContentTest {
    static final String ARTICLE = "content/tin-tuc/2024/thong-bao.md";
    static final String HEAD = "---\ntitle: \"Thông báo tuyển dụng\"\ndate: 2024-02-01T08:00\ncategory: \"Thông báo\"\n";
    static final String SETTINGS = "site.title=Sở Nội vụ\nsite.url=https://sonoivu.example.gov.vn/\n"
            + "site.categories=Tin hoạt động, Thông báo\n";

    @TempDir
    Path tmp;
    private int sites;

    /** A new valid one-article site with the project's templates and assets, plus {@code files} (path → bytes). */
    private Path site(Map<String, byte[]> files) {
        Path site = tmp.resolve("site-" + ++sites);
        TestSites.copyTree(TestSites.repo().resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(TestSites.repo().resolve("assets"), site.resolve("assets"));
        write(site, "jbake.properties", utf8(SETTINGS));
        write(site, "content/tin-tuc/2024/hoi-nghi-tong-ket.md", utf8("---\ntitle: \"Hội nghị tổng kết\"\n"
                + "date: 2024-01-15T08:30\ncategory: \"Tin hoạt động\"\n---\n\nSở Nội vụ tổ chức hội nghị tổng kết.\n"));
        files.forEach((path, bytes) -> write(site, path, bytes));
        return site;
    }

    private static void write(Path site, String rel, byte[] bytes) {
        try {
            Path p = site.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> file(String path, String text) {
        return file(path, utf8(text));
    }

    private static Map<String, byte[]> file(String path, byte[] bytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(path, bytes);
        return m;
    }

    private static Path out(Path site) {
        return site.resolveSibling(site.getFileName() + "-out");
    }

    /** Builds {@code site} beside itself and returns the errors; a failed build must leave no output and no staging folder. */
    private List<String> build(Path site) {
        Path out = out(site);
        Report report = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        if (!report.ok()) {
            assertFalse(Files.exists(out), "a failed build wrote " + out);
            assertFalse(Files.exists(out.resolveSibling("." + out.getFileName() + ".staging")), "staging folder left behind");
        }
        return report.errors().stream().map(TestSites::en).toList();
    }

    private List<String> errorsOf(Map<String, byte[]> files) {
        return build(site(files));
    }

    /** The article file with {@code extra} front-matter lines and {@code body}. */
    private List<String> article(String extra, String body) {
        return errorsOf(file(ARTICLE, HEAD + extra + "---\n" + body));
    }

    private Path builtOk(Map<String, byte[]> files) {
        Path site = site(files);
        assertEquals(List.of(), build(site));
        return out(site);
    }

    // ---- YAML -------------------------------------------------------------------------------------

    @Test
    void unclosedFrontMatter() {
        assertEquals(List.of(ARTICLE + ":1: front matter not closed (add a line '---' after the last field, before the text "
                + "of the article)"), errorsOf(file(ARTICLE, HEAD + "\nSở Nội vụ thông báo.\n")));
    }

    @Test
    void tabIndentation() {
        assertEquals(List.of(ARTICLE + ":6: the line is indented with a tab (indent with spaces, not tabs)"),
                article("tags:\n\t- tuyển dụng\n", "Văn bản.\n"));
    }

    @Test
    void duplicateKey() {
        assertEquals(List.of(ARTICLE + ":5: category: written twice (first on line 4) (keep one of the two lines)"),
                article("category: \"Tin hoạt động\"\n", "Văn bản.\n"));
    }

    @Test
    void tagsWrittenAsOneString() {
        assertEquals(List.of(ARTICLE + ":5: tags: expected a list like [\"cải cách hành chính\", \"công chức\"], got the text "
                + "\"a, b\" (put the items in square brackets, separated by commas)"), article("tags: \"a, b\"\n", "Văn bản.\n"));
    }

    @Test
    void impossibleDate() {
        assertEquals(List.of(ARTICLE + ":3: date: \"2024-13-45\": there is no month 13 (the month comes after the year, from 01 "
                + "to 12: 2024-01-15)"), errorsOf(file(ARTICLE, HEAD.replace("2024-02-01T08:00", "2024-13-45") + "---\nVăn bản.\n")));
        assertEquals(List.of(ARTICLE + ":3: date: \"2026-02-30\": month 2 of 2026 has no day 30 (month 2/2026 has 28 days, the last "
                + "written 2026-02-28)"),
                errorsOf(file(ARTICLE, HEAD.replace("2024-02-01T08:00", "2026-02-30") + "---\nVăn bản.\n")));
        assertEquals(List.of(ARTICLE + ":3: date: \"2024-02-30T08:00\": month 2 of 2024 has no day 30 (month 2/2024 has 29 days, "
                + "the last written 2024-02-29T08:00)"),
                errorsOf(file(ARTICLE, HEAD.replace("2024-02-01T08:00", "2024-02-30T08:00") + "---\nVăn bản.\n")));
        assertEquals(List.of(ARTICLE + ":3: date: \"2024-02-01T25:00\": there is no hour 25 (hours run from 00 to 23: "
                + "2024-01-15T14:30)"), errorsOf(file(ARTICLE, HEAD.replace("2024-02-01T08:00", "2024-02-01T25:00") + "---\nVăn bản.\n")));
    }

    @Test
    void listWhereATextIsExpected() {
        assertEquals(List.of(ARTICLE + ":2: title: expected a text, got a list (write it like title: \"Hội nghị tổng kết công "
                + "tác năm 2024\")"), errorsOf(file(ARTICLE, HEAD.replace("title: \"Thông báo tuyển dụng\"",
                "title: [Thông báo, tuyển dụng]") + "---\nVăn bản.\n")));
    }

    @Test
    void aliasBombFailsFastWithBoundedMemory() {
        // Ten levels of ten: expanded it would be 10^10 strings, far beyond the test JVM's 1 GB heap, so
        // passing at all shows nothing was expanded; the timeout only turns a hang into a failure.
        StringBuilder yaml = new StringBuilder("a0: &a0 [" + "\"lol\",".repeat(9) + "\"lol\"]\n");
        for (int i = 1; i <= 10; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ",").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        List<String> errors = assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> article(yaml.toString(), "Văn bản.\n"));
        assertEquals(List.of(ARTICLE + ":1: front matter is not valid YAML: Number of aliases for non-scalar nodes exceeds "
                + "the specified max=10 (anchors and aliases (&, *) are limited; write each value out)"), errors);
    }

    @Test
    void javaTagsNeverInstantiateAClass() {
        String trap = InstantiationTrap.class.getName();
        assertEquals(List.of(ARTICLE + ":5: summary: the YAML tag tag:yaml.org,2002:" + trap + " is not allowed "
                + "(remove the '!' tag and write a plain value)"), article("summary: !!" + trap + " x\n", "Văn bản.\n"));
        assertEquals(List.of(ARTICLE + ":5: image: the YAML tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not "
                + "allowed (remove the '!' tag and write a plain value)"), article("image: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n", "Văn bản.\n"));
        assertEquals(List.of(ARTICLE + ":5: tags: the YAML tag !" + trap + " is not allowed (remove the '!' tag and write "
                + "a plain value)"), article("tags: [a, !" + trap + " b]\n", "Văn bản.\n"));
        assertEquals(0, InstantiationTrap.CREATED.get());
    }

    // ---- Encoding ---------------------------------------------------------------------------------

    private static final String SIMPLE = HEAD + "tags: [\"tuyển dụng\"]\n---\n\nDòng một.\nDòng hai.\n\nĐoạn hai.\n";

    @Test
    void byteOrderMarkCrlfAndCrGiveTheSamePagesAsLf() {
        Path lf = builtOk(file(ARTICLE, SIMPLE));
        assertTrue(TestSites.read(lf.resolve("tin-tuc/thong-bao.html")).contains("<p>Dòng một.\nDòng hai.</p>\n<p>Đoạn hai.</p>"));
        Map<String, String> reference = TestSites.hashes(lf);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(utf8(SIMPLE));
        for (byte[] variant : List.of(bom.toByteArray(), utf8(SIMPLE.replace("\n", "\r\n")), utf8(SIMPLE.replace("\n", "\r")))) {
            assertEquals(reference, TestSites.hashes(builtOk(file(ARTICLE, variant))));
        }
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] head = utf8("---\ntitle: \"Th");
        byte[] bad = Arrays.copyOf(head, head.length + 1);
        bad[head.length] = (byte) 0xF4; // "ô" saved as Windows-1258: a UTF-8 lead byte with no continuation
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bad);
        file.writeBytes(utf8("ng báo\"\n---\nVăn bản.\n"));
        assertEquals(List.of(ARTICLE + ":2: the file is not saved as UTF-8: byte 0xF4 at column 11 is not UTF-8, in \"title: \"Th\uFFFDng "
                + "báo\"\" (save the file as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; in Notepad++, Encoding > Convert to UTF-8, "
                + "then save; in VS Code, click the encoding in the status bar, Save with Encoding, UTF-8; in Word, File > Save As, Plain "
                + "Text, then Unicode (UTF-8))"), errorsOf(file(ARTICLE, file.toByteArray())));
    }

    @Test
    void nulByteNamesItsLine() {
        assertEquals(List.of(ARTICLE + ":7: the file contains a NUL byte (it looks like a binary file) (only Markdown text files "
                + "belong in content/)"), article("", "\nVăn\0bản.\n"));
    }

    @Test
    void invisibleControlCharacterNamesItsLine() {
        assertEquals(List.of(ARTICLE + ":6: the file contains the invisible control character U+000B (delete it; it often comes "
                + "with text pasted from Word or a PDF)"), article("", "Dòng một.\u000BDòng hai.\n"));
        assertEquals(List.of(ARTICLE + ":2: the file contains the invisible control character U+0001 (delete it; it often comes "
                + "with text pasted from Word or a PDF)"), errorsOf(file(ARTICLE,
                HEAD.replace("tuyển dụng", "tuyển\u0001dụng") + "---\nVăn bản.\n")));
    }

    @Test
    void tenMegabyteArticleIsRefusedByTheDocumentedLimit() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        byte[] head = utf8(HEAD + "---\n");
        System.arraycopy(head, 0, big, 0, head.length);
        assertEquals(List.of(ARTICLE + ": the file is 10.0 MB, larger than the 2 MB limit (split the article, or put large "
                + "attachments in assets/ and link them)"), errorsOf(file(ARTICLE, big)));
    }

    @Test
    void emptyFile() {
        assertEquals(List.of(ARTICLE + ":1: the file is empty (an article starts with a line '---', its fields, another '---', "
                + "then the text)"), errorsOf(file(ARTICLE, new byte[0])));
    }

    @Test
    void binaryFileWithMdExtension() {
        byte[] png = new byte[4096];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        assertEquals(List.of("content/tin-tuc/2024/anh.md:1: the file is not saved as UTF-8: byte 0x89 at column 1 is not UTF-8, in "
                + "\"\uFFFDPNG\" (save the file as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; in Notepad++, Encoding > Convert to "
                + "UTF-8, then save; in VS Code, click the encoding in the status bar, Save with Encoding, UTF-8; in Word, File > Save As, "
                + "Plain Text, then Unicode (UTF-8))"), errorsOf(file("content/tin-tuc/2024/anh.md", png)));
    }

    // ---- Paths and URLs ---------------------------------------------------------------------------

    @Test
    void slugThatClimbsOrIsAbsolute() {
        assertEquals(List.of(ARTICLE + ":5: slug: \"../../etc/passwd\" is not a valid web address part (use lower-case ASCII "
                + "letters, digits and '-', e.g. \"etc-passwd\")"), article("slug: ../../etc/passwd\n", "Văn bản.\n"));
        assertEquals(List.of(ARTICLE + ":5: slug: \"/etc/passwd\" is not a valid web address part (use lower-case ASCII "
                + "letters, digits and '-', e.g. \"passwd\")"), article("slug: /etc/passwd\n", "Văn bản.\n"));
    }

    @Test
    void imageOutsideTheAssetsFolder() {
        for (String image : List.of("/etc/passwd.jpg", "../../jbake.properties", "images/../../x.jpg", "C:\\anh.jpg")) {
            assertEquals(List.of(ARTICLE + ":5: image: \"" + image + "\" must be a path inside assets/ (write it like "
                    + "images/2024/01/hoi-nghi.jpg (without assets/))"), article("image: '" + image + "'\nimage_alt: \"Ảnh\"\n",
                    "Văn bản.\n"), image);
        }
    }

    @Test
    void linksThatLeaveTheSiteOrUseAFileAddress() {
        assertEquals(List.of(
                ARTICLE + ":6: broken image \"../../../../etc/passwd.jpg\": it leads outside the site (write the path from the "
                        + "site root, like /images/...)",
                ARTICLE + ":6: broken link \"/etc/passwd\": nothing is published at /etc/passwd (link to a page of this site "
                        + "such as /tin-tuc/ten-bai.html, or to a full https:// address)"),
                article("", "[mật khẩu](/etc/passwd) ![ảnh](../../../../etc/passwd.jpg)\n"));
        assertEquals(List.of(ARTICLE + ":6: the address \"file:///etc/passwd\" is not allowed (links may use http, https, "
                + "mailto or tel)"), article("", "[tệp](file:///etc/passwd)\n"));
    }

    @Test
    void aliasThatClimbsOrTakesAGeneratedPage() {
        assertEquals(List.of(ARTICLE + ":5: aliases: \"/../../etc/passwd\" is not an old address of this site (write the path "
                + "as it was on the old site, e.g. /tin-tuc/123/tin-cu.html)"), article("aliases: [\"/../../etc/passwd\"]\n", "Văn bản.\n"));
        // The tags index of this site is chu-de/index.html; the feeds are feed.xml at the root and in each listing.
        for (String alias : List.of("/chu-de/index.html", "/chu-de/", "/feed.xml", "/chuyen-muc/thong-bao/feed.xml",
                "/tin-tuc/hoi-nghi-tong-ket.html", "/tin-tuc/hoi-nghi-tong-ket.html/index.html", "/trang-2.html")) {
            String shown = alias.endsWith("/") ? alias + "index.html" : alias;
            assertEquals(List.of(ARTICLE + ":5: aliases: \"" + shown + "\" is an address the site already uses (remove this "
                    + "alias)"), article("aliases: [\"" + alias + "\"]\n", "Văn bản.\n"), alias);
        }
    }

    @Test
    void aliasThatIsTheFolderOfAnAsset() {
        Map<String, byte[]> files = file(ARTICLE, HEAD + "aliases: [\"/tai-lieu\"]\n---\nVăn bản.\n");
        files.put("assets/tai-lieu/ke-hoach.pdf", utf8("%PDF-1.4"));
        assertEquals(List.of(ARTICLE + ":5: aliases: \"/tai-lieu\" is an address the site already uses (remove this alias)"),
                errorsOf(files));
    }

    @Test
    void assetThatLinksOutsideTheSite() throws IOException {
        Path site = site(Map.of());
        Files.createSymbolicLink(site.resolve("assets/mat-khau.txt"), Path.of("/etc/passwd"));
        assertEquals(List.of("assets/mat-khau.txt: is a link or a special file, not a file (copy the real file into assets/)"),
                build(site));
    }

    @Test
    void aliasOfAnotherGeneratorsTagsIndexIsAnOrdinaryOldAddress() {
        Path out = builtOk(file(ARTICLE, HEAD + "aliases: [\"/tags/index.html\"]\n---\nVăn bản.\n"));
        assertTrue(TestSites.read(out.resolve("tags/index.html")).contains("url=/tin-tuc/thong-bao.html"));
    }

    @Test
    void pageThatTakesAGeneratedAddress() {
        for (String slug : List.of("index", "404", "dang-ky-nhan-tin", "trang-2")) {
            assertEquals(List.of("content/trang/trang.md:4: slug: the address " + slug + ".html is reserved for a page the site "
                    + "generates (choose another slug)"), errorsOf(file("content/trang/trang.md",
                    "---\ntype: page\ntitle: \"Trang\"\nslug: " + slug + "\n---\nVăn bản.\n")), slug);
        }
    }

    @Test
    void twoFileNamesThatTransliterateToTheSameAddress() {
        Map<String, byte[]> files = file("content/tin-tuc/2024/Hội nghị.md", HEAD + "---\nVăn bản một.\n");
        files.put("content/tin-tuc/2024/hoi-nghi.md", utf8(HEAD + "---\nVăn bản hai.\n"));
        assertEquals(List.of("content/tin-tuc/2024/hoi-nghi.md:1: the address tin-tuc/hoi-nghi.html is already used by "
                + "content/tin-tuc/2024/Hội nghị.md (rename one of the two files, or give one of them a distinct slug:)"),
                errorsOf(files));
    }

    @Test
    void fileNamesWithSpacesAndVietnameseLettersGiveAsciiAddresses() {
        Path out = builtOk(file("content/tin-tuc/2024/Thông báo tuyển dụng Đợt 2.md", SIMPLE));
        assertTrue(TestSites.read(out.resolve("tin-tuc/thong-bao-tuyen-dung-dot-2.html")).contains("<h1>Thông báo tuyển dụng</h1>"));
        for (String f : TestSites.files(out)) {
            assertTrue(f.matches("[a-z0-9./-]+"), f);
        }
    }

    // ---- Markup -----------------------------------------------------------------------------------

    static final String EVIL_TITLE = "<script>alert(1)</script> Tin & <iframe src=\"https://evil.example/\"></iframe>";
    static final String EVIL_SUMMARY = "<img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">bấm</a>";
    static final String EVIL_TAG = "<b onmouseover=alert(4)>đậm</b>";
    static final String EVIL_BODY = """
            Đoạn <script>alert(5)</script>một <iframe src="https://evil.example/"></iframe>.

            <img src="/images/2024/01/hoi-nghi.jpg" onerror="alert(6)" alt="ảnh"> <a href="javascript:alert(7)">js</a> \
            <a href="JaVaScRiPt&#58;alert(8)">js2</a> <a href="/tin-tuc/hoi-nghi-tong-ket.html" onclick="alert(9)">tin</a>

            <p style="background:url(javascript:alert(10))" onmouseover="alert(11)">Đoạn <b>đậm</b></p>

            <svg onload="alert(12)"><circle r="1"/></svg><form action="https://evil.example/"><input name="q"></form>\
            <object data="x.swf"></object><style>p{}</style>
            """;

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Path builtHostileSite() {
        Map<String, byte[]> files = file(ARTICLE, "---\ntitle: " + yaml(EVIL_TITLE) + "\ndate: 2024-02-01T08:00\n"
                + "category: \"Thông báo\"\ntags: [" + yaml(EVIL_TAG) + "]\nsummary: " + yaml(EVIL_SUMMARY) + "\n---\n\n" + EVIL_BODY);
        Path site = site(files);
        TestSites.copyTree(TestSites.repo().resolve("src/test/resources/sites/basic/assets/images"), site.resolve("assets/images"));
        assertEquals(List.of(), build(site));
        return out(site);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void titleSummaryAndTagsAreTextInEveryPage() {
        Path out = builtHostileSite();
        String page = TestSites.read(out.resolve("tin-tuc/thong-bao.html"));
        assertTrue(page.contains("<h1>" + escaped(EVIL_TITLE) + "</h1>"), page);
        assertTrue(page.contains("<title>" + escaped(EVIL_TITLE) + " – Sở Nội vụ</title>"), page);
        assertTrue(page.contains("<p class=\"lead\">" + escaped(EVIL_SUMMARY) + "</p>"), page);
        assertTrue(page.contains("<meta name=\"description\" content=\"" + escaped(EVIL_SUMMARY) + "\">"), page);
        assertTrue(page.contains("rel=\"tag\">" + escaped(EVIL_TAG) + "</a>"), page);
        String home = TestSites.read(out.resolve("index.html"));
        assertTrue(home.contains(">" + escaped(EVIL_TITLE) + "</a>"), home);
        assertTrue(home.contains(escaped(EVIL_SUMMARY)), home);
        String tag = TestSites.read(out.resolve("chu-de/b-onmouseover-alert-4-dam-b/index.html"));
        assertTrue(tag.contains("<h1>Chủ đề: " + escaped(EVIL_TAG) + "</h1>"), tag);
        String tags = TestSites.read(out.resolve("chu-de/index.html"));
        assertTrue(tags.contains(">" + escaped(EVIL_TAG) + "</a>"), tags);
        for (String f : TestSites.files(out)) {
            if (f.endsWith(".html")) {
                // The site's own search script is the only script, loaded from a file.
                String html = TestSites.read(out.resolve(f)).replaceAll("<script src=\"[^\"]*js/tim-kiem\\.js\"[^>]*></script>", "")
                        .replaceAll("(?s)<script type=\"application/ld\\+json\">[^<]*</script>", "");
                assertFalse(html.contains("<script") || html.contains("<iframe") || html.contains("<b onmouseover")
                        || html.contains("<img src=x") || html.contains("<svg")
                        || html.replace("<form class=\"site-search\"", "").replace("<form id=\"tim-kiem\" class=\"search-form\"", "").contains("<form"), f);
            }
        }
    }

    /** The site's body after sanitizing: the one policy for pages and feeds (see Markdown.SAFELIST). */
    static final String SAFE_BODY = "<p>Đoạn một .</p>\n"
            + "<p><img src=\"/images/2024/01/hoi-nghi.jpg\" alt=\"ảnh\"> <a>js</a> <a>js2</a> <a href=\"/tin-tuc/hoi-nghi-tong-ket.html\">tin</a></p>\n"
            + "<p>Đoạn <b>đậm</b></p>\n"
            + "<p></p><p></p>";

    @Test
    void bodyHtmlFollowsTheSafelistInThePage() {
        Path out = builtHostileSite();
        String page = TestSites.read(out.resolve("tin-tuc/thong-bao.html"));
        int start = page.indexOf("<div class=\"body\">\n") + "<div class=\"body\">\n".length();
        assertEquals(SAFE_BODY, page.substring(start, page.indexOf("</div>", start)).strip());
        Element body = Jsoup.parse(page, "https://sonoivu.example.gov.vn/tin-tuc/thong-bao.html").selectFirst("div.body");
        for (Element e : body.children().select("*")) {
            assertTrue(Markdown.SAFELIST.isSafeTag(e.tagName()), e.tagName());
            e.attributes().forEach(a -> assertTrue(Markdown.SAFELIST.isSafeAttribute(e.tagName(), e, a), e.tagName() + " " + a));
        }
    }

    @Test
    void feedsCarryTheSameTextAndTheSameBodyPolicy() throws Exception {
        Path out = builtHostileSite();
        Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        org.w3c.dom.Element item = null;
        NodeList items = feed.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            org.w3c.dom.Element it = (org.w3c.dom.Element) items.item(i);
            if (child(it, null, "link").equals("https://sonoivu.example.gov.vn/tin-tuc/thong-bao.html")) {
                item = it;
            }
        }
        assertTrue(item != null, "item in feed.xml");
        // Plain text elements: XML escaping keeps them text. Description is HTML for readers, so it is escaped once more.
        assertEquals(EVIL_TITLE, child(item, null, "title"));
        assertEquals(EVIL_SUMMARY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), child(item, null, "description"));
        assertEquals(List.of("Thông báo", EVIL_TAG), children(item, "category"));
        String encoded = child(item, "http://purl.org/rss/1.0/modules/content/", "encoded");
        assertEquals(SAFE_BODY.replace("=\"/", "=\"https://sonoivu.example.gov.vn/"), encoded.strip());
        String tagFeed = TestSites.read(out.resolve("chu-de/b-onmouseover-alert-4-dam-b/feed.xml"));
        assertTrue(tagFeed.contains("<title>Sở Nội vụ – " + EVIL_TAG.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</title>"), tagFeed);
    }

    private static String child(org.w3c.dom.Element parent, String ns, String name) {
        NodeList list = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }

    private static List<String> children(org.w3c.dom.Element parent, String name) {
        List<String> out = new ArrayList<>();
        NodeList list = parent.getElementsByTagName(name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    // ---- Settings and templates -------------------------------------------------------------------

    @Test
    void missingOrMisspelledSetting() {
        assertEquals(List.of("jbake.properties: site.categories: missing (the chuyên mục, comma-separated)",
                "jbake.properties:3: site.catgories: unknown setting (did you mean 'site.categories'?)"),
                errorsOf(file("jbake.properties", SETTINGS.replace("site.categories", "site.catgories"))));
    }

    @Test
    void unknownCategory() {
        assertEquals(List.of(ARTICLE + ":4: category: \"Thong bao\" is not one of the site's chuyên mục (did you mean "
                + "\"Thông báo\"?)"), errorsOf(file(ARTICLE, HEAD.replace("\"Thông báo\"", "\"Thong bao\"") + "---\nVăn bản.\n")));
    }

    @Test
    void templateThatDoesNotParseIsNamedWithItsLine() {
        assertEquals(List.of("templates/layout.ftl:3: template error: Unexpected end of file reached. You have an unclosed #if. "
                + "Check if the FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker end-tags must have "
                + "# or @ after the / character.) (fix the Freemarker syntax)"),
                errorsOf(file("templates/layout.ftl", "<#macro page title>\n<main><#nested></main>\n<#if title?has_content>\n")));
    }

    @Test
    void templateThatFailsWhileRenderingNamesTheLineAndTheExpression() {
        assertEquals(List.of("templates/404.ftl:2: template error while writing /404.html: The following has evaluated to null "
                + "or missing: `trang.khongCo` (column 6) (fix the template)"),
                errorsOf(file("templates/404.ftl", "<#assign trang = {}>\n<p>${trang.khongCo}</p>\n")));
    }

    @Test
    void cachedPartWithoutItsKeySaysHowToWriteIt() {
        assertEquals(List.of("templates/404.ftl:2: template error while writing /404.html: write <@cached key=\"...\">…</@cached>: "
                + "one parameter, key, a string, and a body: `@cached ten=\"chan-trang\"` (column 1) (fix the template)"),
                errorsOf(file("templates/404.ftl", "<p>Không tìm thấy</p>\n<@cached ten=\"chan-trang\"><p>Chân trang</p></@cached>\n")));
    }

    @Test
    void missingTemplateOrAssets() throws IOException {
        Path site = site(Map.of());
        Files.delete(site.resolve("templates/tags.ftl"));
        Target.delete(site.resolve("assets"));
        assertEquals(List.of("assets: the folder is missing (restore assets/ from Git: it holds the stylesheet css/site.css and "
                + "the images)", "templates/tags.ftl: template missing (restore it from Git)"), build(site));
    }
}
