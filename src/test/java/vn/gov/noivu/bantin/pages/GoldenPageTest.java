package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * Whole rendered pages compared with reviewed golden files in src/test/resources/golden/.
 * After an intended change, regenerate with {@code mvn test -Dtest=GoldenPageTest -Dbantin.golden.update=true}
 * and review the diff in Git.
 */
class GoldenPageTest {
    static final Path GOLDEN = TestSites.repo().resolve("src/test/resources/golden");
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(TestSites.repo(), out, TestSites.NOW));
        assertEquals(List.of(), r.errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", "chuyen-muc/cai-cach-hanh-chinh/index.html",
            "van-ban/nd-108-2014.html", "luu-tru/2014/01/index.html", "tim-kiem.html"})
    void pageMatchesItsGoldenFile(String path) throws IOException {
        String actual = Files.readString(out.resolve(path), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(path.replace('/', '_'));
        if (Boolean.getBoolean("bantin.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file; run with -Dbantin.golden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}
