package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Urls;

/**
 * What every reader's page has, on all three test sites: Vietnamese as its language, one {@code h1},
 * the skip link first, header, one main (its target), footer, and a text alternative on every image.
 * Alias pages are redirects and carry only a link.
 */
class PageStructureTest {
    static List<String> problems(Path site) {
        List<String> found = new ArrayList<>();
        for (String file : TestSites.files(site)) {
            if (!file.endsWith(".html") || file.startsWith(Urls.DESK)) {
                continue; // the editors' desk is Decap CMS's frame, not a page for readers (DeskTest checks it)
            }
            Document doc = Jsoup.parse(TestSites.read(site.resolve(file)));
            if (!doc.select("meta[http-equiv=refresh]").isEmpty()) {
                continue;
            }
            boolean english = file.startsWith("en/");
            String main = english ? "content" : "noi-dung";
            check(found, file, "lang=vi", doc.select(english ? "html[lang=en]" : "html[lang=vi]").size() == 1);
            check(found, file, "one h1", doc.select("h1").size() == 1);
            check(found, file, "skip link first", doc.body().select("a, button, input").first().is("a.skip[href=#" + main + "]"));
            check(found, file, "one main#noi-dung", doc.select("main").size() == 1 && doc.select("main#" + main).size() == 1);
            check(found, file, "header and footer", doc.select("body > header").size() == 1 && doc.select("body > footer").size() == 1);
            check(found, file, "alt on every image", doc.select("img:not([alt])").isEmpty());
        }
        return found;
    }

    private static void check(List<String> found, String file, String what, boolean ok) {
        if (!ok) {
            found.add(file + ": " + what);
        }
    }

    @Test
    void everyPageHasItsLanguageOneHeadingTheSkipLinkLandmarksAndTextAlternatives() {
        for (Path site : List.of(BuiltSites.seed(), BuiltSites.basic(), BuiltSites.generated())) {
            assertEquals(List.of(), problems(site), site.toString());
        }
    }

    @Test
    void aPageMissingThemIsReported(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<header><a href=\"/\">Trang chủ</a></header><main><h1>A</h1><h1>B</h1><img src=\"a.jpg\"></main></body></html>");
        assertEquals(List.of("a.html: lang=vi", "a.html: one h1", "a.html: skip link first", "a.html: one main#noi-dung",
                "a.html: header and footer", "a.html: alt on every image"), problems(tmp));
    }
}
