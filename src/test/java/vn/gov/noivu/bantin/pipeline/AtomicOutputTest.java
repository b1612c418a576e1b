package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * The output folder is replaced whole or not at all: a build that fails late leaves the previous site
 * byte for byte, and a build never replaces a folder that holds the sources or files it did not write.
 */
class AtomicOutputTest {
    @TempDir
    Path tmp;

    private static Report build(Path site, Path out) {
        return Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
    }

    private static List<String> strings(Report report) {
        return report.errors().stream().map(TestSites::en).toList();
    }

    private List<String> tmpListing() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void failureInTheLastTemplateAfterEveryPageWasStagedLeavesThePreviousSite() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        Path out = tmp.resolve("out");
        Report good = build(site, out);
        assertEquals(List.of(), strings(good));
        Map<String, String> before = TestSites.hashes(out);

        // This feeds.ftl parses, so validation passes; it fails while rendering, in the last rendering tool.
        Files.writeString(site.resolve("templates/feeds.ftl"), "<#-- Đăng ký nhận tin -->\n<p>${\"mười\"?number}</p>\n",
                StandardCharsets.UTF_8);
        Report failed = build(site, out);

        assertEquals(List.of("templates/feeds.ftl:2: template error while writing /dang-ky-nhan-tin.html: Can't convert this "
                + "string to number: \"mười\": `${\"mười\"?number}` (column 4) (fix the template)"), strings(failed));
        // Every article page and listing page had been written to the staging folder when it failed.
        assertTrue(failed.files("articles") >= SeedSiteTest.NEWEST_FIRST.size(), failed.stages().toString());
        assertEquals(good.files("articles"), failed.files("articles"));
        assertEquals(good.files("listings"), failed.files("listings"));
        assertEquals(before, TestSites.hashes(out));
        assertEquals(List.of("out", "repo"), tmpListing());
    }

    @Test
    void outputThatHoldsTheSourcesIsRefused() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        Map<String, String> before = TestSites.hashes(site);
        Report report = build(site, site);
        assertTrue((report.outcome() == Report.Outcome.SETTINGS_ERRORS));
        assertEquals(List.of("--output: " + site + " contains the site's sources, and a build replaces its output folder "
                + "whole (write the site to its own folder, such as target/site)"), strings(report));
        assertEquals(List.of("--output: " + tmp + " contains the site's sources, and a build replaces its output folder "
                + "whole (write the site to its own folder, such as target/site)"), strings(build(site, tmp)));
        assertEquals(List.of("--output: " + site.resolve("content/site") + " is inside the site's content/ folder (write the "
                + "site to its own folder, such as target/site)"), strings(build(site, site.resolve("content/site"))));
        assertEquals(before, TestSites.hashes(site));
        assertEquals(List.of("repo"), tmpListing());
    }

    @Test
    void foreignFolderOrFileIsNeverReplaced() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        Path documents = tmp.resolve("tai-lieu");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("bao-cao.docx"), "báo cáo");
        assertEquals(List.of("--output: " + documents + " holds files but no index.html, so it is not a site this tool "
                + "built; a build would replace it whole (choose a new or empty folder)"), strings(build(site, documents)));
        assertEquals(Map.of("bao-cao.docx", TestSites.hashes(documents).get("bao-cao.docx")), TestSites.hashes(documents));
        Path file = tmp.resolve("site.zip");
        Files.writeString(file, "zip");
        assertEquals(List.of("--output: " + file + " is a file (write the site to its own folder, such as target/site)"),
                strings(build(site, file)));
        assertEquals("zip", Files.readString(file));
        assertEquals(List.of("repo", "site.zip", "tai-lieu"), tmpListing());
    }

    @Test
    void emptyFolderOrPreviousSiteIsReplaced() throws IOException {
        Path site = TestSites.copy("repo", tmp);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        assertEquals(List.of(), strings(build(site, out)));
        Files.writeString(out.resolve("thua.html"), "tệp thừa");
        assertEquals(List.of(), strings(build(site, out)));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.notExists(out.resolve("thua.html")), "a rebuild starts from an empty folder");
    }
}
