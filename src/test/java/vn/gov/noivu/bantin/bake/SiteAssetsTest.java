package vn.gov.noivu.bantin.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/** A picture or stylesheet that cannot be copied into the site is a build error naming it. */
class SiteAssetsTest {
    @TempDir
    Path tmp;

    @Test
    void aFileThatCannotBeCopiedIsAnErrorWithItsAddressTheOthersAreCopied() throws Exception {
        Path site = TestSites.copy("basic", tmp);
        Path out = Files.createDirectories(tmp.resolve("out"));
        // Nothing can be in the new site yet: a file already there is a copy that fails (as a full disk would).
        Path taken = Files.createDirectories(out.resolve("css")).resolve("site.css");
        Files.writeString(taken, "/* không phải của bản dựng */");
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(site.toFile(), out.toFile(), true);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        BakeSession session = new BakeSession(null, null, workers, Map.of(), Set.of());
        try {
            new SiteAssets(config, session, Set.of()).copy();
            for (Future<?> f : session.pending) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        assertEquals(List.of("assets/css/site.css: cannot copy it into the site: java.nio.file.FileAlreadyExistsException: " + taken
                        + " (check the disk space and that the file can be read)"),
                session.errors.stream().map(TestSites::en).toList());
        Path picture = Path.of("images/2024/01/hoi-nghi.jpg");
        assertEquals(-1L, Files.mismatch(site.resolve("assets").resolve(picture), out.resolve(picture)));
        assertEquals(Files.getLastModifiedTime(site.resolve("assets").resolve(picture)), Files.getLastModifiedTime(out.resolve(picture)));
    }
}
