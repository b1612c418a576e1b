package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;

/**
 * Vietnamese in every form editors' keyboards produce: decomposed text (Unikey's "Unicode tổ hợp", macOS)
 * is published exactly as its composed twin, with a warning; TCVN3 and VNI pasted as Unicode are named.
 */
class VietnameseInputTest {
    @TempDir
    Path tmp;

    private static Report build(Path site, Path out) {
        return Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
    }

    private static List<String> strings(List<ContentError> problems) {
        return problems.stream().map(TestSites::en).toList();
    }

    /** Rewrites every text file of the site's content/ and data/, and jbake.properties, decomposed; returns their paths. */
    private static List<String> decompose(Path site) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("content", "data")) {
            if (Files.isDirectory(site.resolve(folder))) {
                try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
                    walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).forEach(files::add);
                }
            }
        }
        files.add(site.resolve("jbake.properties"));
        List<String> changed = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
            if (!nfd.equals(text)) {
                Files.writeString(f, nfd, StandardCharsets.UTF_8);
                changed.add(site.relativize(f).toString().replace('\\', '/'));
            }
        }
        return changed;
    }

    @ParameterizedTest
    @ValueSource(strings = {"repo", "basic", "portal"})
    void aDecomposedSiteIsPublishedByteForByteAsItsComposedTwin(String name) throws IOException {
        Path composed = TestSites.copy(name, tmp.resolve("nfc"));
        Report nfc = build(composed, tmp.resolve("nfc-out"));
        assertEquals(List.of(), nfc.errors());
        assertEquals(List.of(), nfc.warnings(), "no warning on the " + name + " site");

        Path decomposed = TestSites.copy(name, tmp.resolve("nfd"));
        List<String> changed = decompose(decomposed);
        assertTrue(changed.size() > 3, changed.toString());
        Report nfd = build(decomposed, tmp.resolve("nfd-out"));
        assertEquals(List.of(), nfd.errors(), "categories, tags, numbers and links match whatever the form");
        assertEquals(TestSites.hashes(tmp.resolve("nfc-out")), TestSites.hashes(tmp.resolve("nfd-out")));
        assertEquals(changed.stream().sorted().toList(), nfd.warnings().stream().map(ContentError::path).toList());
        assertTrue(nfd.warnings().stream().allMatch(w -> w.line() > 0 && w.message().key().equals("text.decomposed")),
                nfd.warnings().toString());
    }

    @Test
    void aTitleTypedInTcvn3OrVniIsNamedWithItsFileAndLine() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        TestSites.write(site, "content/tin-tuc/2024/02/tcvn3.md", "---\ntitle: \"Héi nghÞ tæng kÕt c«ng t¸c n¨m 2013\"\n"
                + "date: 2024-02-01\ncategory: \"Thông báo\"\n---\n\nNội dung bài viết.\n");
        TestSites.write(site, "content/tin-tuc/2024/02/vni.md", "---\ntitle: \"Sôû Noäi vuï toå chöùc hoäi nghò\"\n"
                + "date: 2024-02-02\ncategory: \"Thông báo\"\n---\n\nNội dung bài viết.\n");
        Report check = Pipeline.run(new Pipeline.Options(site, null, TestSites.NOW));
        assertEquals(List.of(), check.errors());
        assertEquals(List.of(
                "content/tin-tuc/2024/02/tcvn3.md:2: \"nghÞ\" looks like text typed in TCVN3 (ABC) and pasted as Unicode "
                        + "(probably \"nghị\") (convert it with Unikey's converter (Công cụ chuyển mã): source TCVN3 (ABC), "
                        + "destination Unicode)",
                "content/tin-tuc/2024/02/vni.md:2: \"Sôû\" looks like text typed in VNI Windows and pasted as Unicode "
                        + "(probably \"Sở\") (convert it with Unikey's converter (Công cụ chuyển mã): source VNI Windows, "
                        + "destination Unicode)"), strings(check.warnings()));
    }

    @Test
    void theGeneratedThousandArticleSiteGivesNoWarning() {
        assertTrue(Files.isRegularFile(BuiltSites.generated().resolve("index.html"))); // BuiltSites fails on any warning
    }
}
