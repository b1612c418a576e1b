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
import vn.gov.noivu.bantin.base.Language;

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

    /**
     * The site's files saved as Notepad's "ANSI" on a Vietnamese Windows (code page 1258): every reader of source text
     * (the settings, articles and pages, documents, the schedule) names the encoding, the line and the text, in the same
     * words, in both languages.
     */
    @Test
    void everyFileSavedInWindows1258IsNamedSoInTheSameWords() throws IOException {
        Path site = TestSites.copy("repo", tmp.resolve("ansi"));
        Path settings = site.resolve("jbake.properties");
        String utf8 = Files.readString(settings);
        Files.write(settings, TestSites.windows1258(utf8));
        Report refused = build(site, tmp.resolve("out"));
        assertEquals(Report.Outcome.SETTINGS_ERRORS, refused.outcome());
        assertEquals(List.of("jbake.properties"), refused.errors().stream().map(ContentError::path).toList());
        assertEquals("file.savedAs", refused.errors().get(0).message().key());
        Files.writeString(settings, utf8, StandardCharsets.UTF_8);

        List<String> saved = new ArrayList<>();
        for (String folder : List.of("content", "data")) {
            try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                    String text = Files.readString(f);
                    if (!text.chars().allMatch(c -> c < 0x80)) {
                        Files.write(f, TestSites.windows1258(text));
                        saved.add(site.relativize(f).toString().replace('\\', '/'));
                    }
                }
            }
        }
        assertTrue(saved.size() > 10 && saved.stream().anyMatch(p -> p.startsWith("content/van-ban/"))
                && saved.contains("data/lich-cong-tac/2026-W48.yaml"), saved.toString());
        Report r = build(site, tmp.resolve("out"));
        List<ContentError> savedAs = r.errors().stream().filter(e -> e.message().key().equals("file.savedAs")).toList();
        assertEquals(saved.stream().sorted().toList(), savedAs.stream().map(ContentError::path).toList());
        assertTrue(savedAs.stream().allMatch(e -> e.message().args().get(0).equals("Windows-1258")
                && e.hint().key().equals("hint.file.notUtf8.windows1258")), strings(savedAs).toString());
        // And the English contact page, whose Vietnamese original (lien-he.md) is one of them.
        assertEquals(List.of("content/trang/en/contact.md"), r.errors().stream().filter(e -> !savedAs.contains(e)).map(ContentError::path).toList());
        ContentError week = r.errors().stream().filter(e -> e.path().equals("data/lich-cong-tac/2026-W48.yaml")).findFirst().orElseThrow();
        assertEquals("data/lich-cong-tac/2026-W48.yaml:1: tệp lưu ở bảng mã Windows-1258, không phải UTF-8: từ cột 4, đọc theo Windows-1258 "
                + "là \"# Lịch công tác của lãnh đạo Sở Nội vụ, tuần 48 năm 2026 (từ 23/11 đến…\"", week.in(Language.VI)
                .replaceAll(" \\(mở tệp theo.*", ""));
        assertEquals("data/lich-cong-tac/2026-W48.yaml:1: the file is saved in Windows-1258, not UTF-8: from column 4, read as Windows-1258 "
                + "it is \"# Lịch công tác của lãnh đạo Sở Nội vụ, tuần 48 năm 2026 (từ 23/11 đến…\"", week.in(Language.EN)
                .replaceAll(" \\(open the file.*", ""));
    }

    @Test
    void aFileSavedInTcvn3IsNamedSo() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        // "Hội nghị tổng kết công tác năm 2013" saved by a program that wrote TCVN3 (ABC) bytes: "Héi nghÞ tæng kÕt …" in Latin-1.
        Files.createDirectories(site.resolve("content/tin-tuc/2024/02"));
        Files.write(site.resolve("content/tin-tuc/2024/02/tcvn3.md"), ("---\ntitle: \"Héi nghÞ tæng kÕt c«ng t¸c n¨m 2013\"\n"
                + "date: 2024-02-01\ncategory: \"Th«ng b¸o\"\n---\n\nNéi dung bµi viÕt.\n").getBytes(StandardCharsets.ISO_8859_1));
        Report check = Pipeline.run(new Pipeline.Options(site, null, TestSites.NOW));
        assertEquals(List.of("content/tin-tuc/2024/02/tcvn3.md:2: tệp lưu ở bảng mã TCVN3 (ABC), không phải UTF-8: từ cột 10, đọc theo "
                + "TCVN3 (ABC) là \"title: \"Hội nghị tổng kết công tác năm 2013\"\""), check.errors().stream()
                .map(e -> e.in(Language.VI).replaceAll(" \\(chuyển chữ.*", "")).toList());
        assertEquals(List.of("content/tin-tuc/2024/02/tcvn3.md:2: the file is saved in TCVN3 (ABC), not UTF-8: from column 10, read as "
                + "TCVN3 (ABC) it is \"title: \"Hội nghị tổng kết công tác năm 2013\"\""), check.errors().stream()
                .map(e -> e.in(Language.EN).replaceAll(" \\(convert the text.*", "")).toList());
    }

    @Test
    void theGeneratedThousandArticleSiteGivesNoWarning() {
        assertTrue(Files.isRegularFile(BuiltSites.generated().resolve("index.html"))); // BuiltSites fails on any warning
    }
}
