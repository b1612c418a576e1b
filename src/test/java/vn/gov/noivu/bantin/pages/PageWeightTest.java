package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;

/**
 * What a reader downloads: an article page with its stylesheet stays within 50 KB gzipped (images
 * aside), and no page asks another host for anything (scripts, styles, fonts, images, frames) or
 * carries inline code a strict Content-Security-Policy would block.
 */
class PageWeightTest {
    static final int BUDGET = 50 * 1024;
    /** What a browser fetches by itself when it reads a page: element, attribute. */
    static final String[][] FETCHED = {{"script[src]", "src"}, {"link[href]:not([rel~=(?i)^(canonical|alternate)$])", "href"},
        {"img[src]", "src"}, {"img[srcset]", "srcset"}, {"source[src]", "src"}, {"source[srcset]", "srcset"},
        {"video[src]", "src"}, {"video[poster]", "poster"}, {"audio[src]", "src"}, {"iframe[src]", "src"},
        {"embed[src]", "src"}, {"object[data]", "data"}, {"input[src]", "src"}};
    private static final Pattern CSS_URL = Pattern.compile("(?i)(url\\(\\s*['\"]?([^'\")\\s]+)|@import\\s+['\"]([^'\"]+))");

    @TempDir
    Path tmp;

    static int gzipped(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(Files.readAllBytes(file));
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heaviest article page of a site, with the stylesheet, gzipped. */
    static int heaviestArticle(Path site) {
        String page = TestSites.files(site).stream().filter(f -> f.startsWith("tin-tuc/"))
                .max(Comparator.comparingInt(f -> gzipped(site.resolve(f)))).orElseThrow();
        return gzipped(site.resolve(page)) + gzipped(site.resolve("css/site.css"));
    }

    @Test
    void theHeaviestArticleWithItsStylesheetIsWithin50KbGzipped() {
        for (Path site : List.of(BuiltSites.seed(), BuiltSites.basic(), BuiltSites.generated())) {
            int size = heaviestArticle(site);
            assertTrue(size <= BUDGET, site + ": " + size + " bytes gzipped");
        }
    }

    @Test
    void theBudgetCountsThePageAndTheStylesheet() throws IOException {
        Files.createDirectories(tmp.resolve("tin-tuc"));
        Files.createDirectories(tmp.resolve("css"));
        Files.write(tmp.resolve("tin-tuc/a.html"), new byte[0]);
        Files.write(tmp.resolve("css/site.css"), new byte[0]);
        assertEquals(40, heaviestArticle(tmp)); // an empty gzip stream is 20 bytes
    }

    /** Every place a page of {@code site} would fetch from another host or run inline code, as {@code page: what}. */
    static List<String> foreignOrInline(Path site) {
        List<String> found = new ArrayList<>();
        for (String file : TestSites.files(site)) {
            if (file.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(TestSites.read(site.resolve(file)));
                while (m.find()) {
                    String url = m.group(2) != null ? m.group(2) : m.group(3);
                    if (foreign(url)) {
                        found.add(file + ": " + m.group(1));
                    }
                }
            }
            if (!file.endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(TestSites.read(site.resolve(file)));
            for (String[] f : FETCHED) {
                for (Element e : doc.select(f[0])) {
                    if (foreign(e.attr(f[1]))) {
                        found.add(file + ": <" + e.tagName() + " " + f[1] + "=\"" + e.attr(f[1]) + "\">");
                    }
                }
            }
            for (Element e : doc.select("script:not([src]):not([type=application/ld+json]), style")) {
                found.add(file + ": inline <" + e.tagName() + ">");
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().startsWith("on") || a.getKey().equals("style")) {
                        found.add(file + ": <" + e.tagName() + " " + a.getKey() + ">");
                    }
                }
            }
        }
        return found;
    }

    private static boolean foreign(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:");
    }

    @Test
    void noPageFetchesFromAnotherHostOrRunsInlineCode() {
        for (Path site : List.of(BuiltSites.seed(), BuiltSites.basic(), BuiltSites.generated())) {
            assertEquals(List.of(), foreignOrInline(site), site.toString());
        }
    }

    @Test
    void foreignFetchesAndInlineCodeAreFound() throws IOException {
        Files.writeString(tmp.resolve("a.html"), "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">"
                + "<link rel=\"canonical\" href=\"https://example.gov.vn/a.html\"><script type=\"application/ld+json\">{}</script>"
                + "<script>alert(1)</script></head><body><img src=\"//cdn.example/a.png\" alt=\"\"><img src=\"/images/b.png\" alt=\"\">"
                + "<a href=\"https://example.org/\" onclick=\"x()\">ngoài</a><p style=\"color:red\">x</p></body></html>");
        Files.writeString(tmp.resolve("b.css"), "body { background: url(\"https://fonts.example/bg.png\"); }\n@import 'https://fonts.example/f.css';\n"
                + ".a { background: url(/images/a.png); }\n");
        assertEquals(List.of(
                "a.html: <link href=\"https://cdn.example/x.css\">",
                "a.html: <img src=\"//cdn.example/a.png\">",
                "a.html: inline <script>",
                "a.html: <a onclick>",
                "a.html: <p style>",
                "b.css: url(\"https://fonts.example/bg.png",
                "b.css: @import 'https://fonts.example/f.css"), foreignOrInline(tmp));
    }
}
