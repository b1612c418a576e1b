package vn.gov.noivu.bantin.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/** JBake can never skip a file the content stage read. */
class BakeryTest {
    @TempDir
    Path tmp;

    @Test
    void aFileJBakesCrawlerSkipsIsAnError() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        // .jbakeignore makes JBake's crawler skip a folder silently; the bake must notice.
        Files.writeString(site.resolve("content/trang/.jbakeignore"), "");
        Report r = Pipeline.run(new Pipeline.Options(site, tmp.resolve("out"), TestSites.NOW));
        assertEquals(List.of("content/trang/gioi-thieu.md: JBake's crawler did not read this file (remove any .jbakeignore file and hidden folder names from content/)"),
                r.errors().stream().map(TestSites::en).toList());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void readmeNotesAndRegistryFilesReachJBakeButAreNeverPagesOfIt() throws IOException {
        Path site = TestSites.copy("portal", tmp);
        Files.writeString(site.resolve("content/README.md"), "# Ghi chú cho biên tập viên\n");
        Files.writeString(site.resolve("content/van-ban/README.md"), "# Cách đặt tên tệp văn bản\n");
        // Notes that are not Markdown were once copied into the site by JBake's asset step.
        Files.writeString(site.resolve("content/README.txt"), "Ghi chú\n");
        Files.writeString(site.resolve("content/.gitkeep"), "");
        Path out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertEquals(List.of(), r.errors().stream().map(TestSites::en).toList());
        assertEquals(List.of(), TestSites.files(out).stream().filter(f -> f.contains("README") || f.contains(".gitkeep") || f.startsWith("van-ban/2014")).toList());
        assertTrue(Files.exists(out.resolve("van-ban/nd-108-2014.html")));
    }
}
