package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.HtmlChecker;
import vn.gov.noivu.bantin.TestSites;

/**
 * Every generated HTML page of the seed site, of the {@code basic} fixture and of the 1,000-article
 * site passes the Nu HTML Checker with zero errors (warnings and info messages are allowed).
 */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    private static void assertValid(Path site, int atLeast) {
        long pages = TestSites.files(site).stream().filter(f -> f.endsWith(".html")).count();
        assertTrue(pages >= atLeast, "only " + pages + " pages were built");
        assertEquals(List.of(), HtmlChecker.checkAll(site, f -> true));
    }

    @Test
    void everyPageOfTheSeedSiteIsValid() {
        assertValid(BuiltSites.seed(), 30);
    }

    @Test
    void everyPageOfTheBasicFixtureIsValid() {
        assertValid(BuiltSites.basic(), 20);
    }

    /** The repository's site with camera-sized photos: pictures in every list, lead photos and pictures in texts. */
    @Test
    void everyPageOfTheSiteWithPhotosIsValid() {
        assertValid(BuiltSites.photos(), 30);
    }

    @Test
    void everyPageOfTheGeneratedSiteIsValid() {
        assertValid(BuiltSites.generated(), BuiltSites.GENERATED_COUNT);
    }

    @Test
    void theCheckerReportsErrorsWithTheirLineAndColumn() throws IOException {
        Files.writeString(tmp.resolve("a.html"), "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>x</title></head>\n"
                + "<body><img src=\"a.jpg\"><a href=\"/\" aria-current=\"co\">x</a></body></html>\n");
        assertEquals(List.of(
                "a.html:3:23: An “img” element must have an “alt” attribute, except under certain conditions. For details, consult guidance on providing text alternatives for images.",
                "a.html:3:53: Bad value “co” for attribute “aria-current” on element “a”."),
                HtmlChecker.checkAll(tmp, f -> true));
    }
}
