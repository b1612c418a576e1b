package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Language;

/** Guards that each sites-invalid/ fixture fails the whole build with exactly its expected errors and harms no output. */
class InvalidSitesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, Dates.ZONE);
    /** The project folder (surefire's working directory): the real site and the one set of templates. */
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    static Path casesRoot() {
        try {
            return Path.of(InvalidSitesTest.class.getResource("/sites-invalid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(casesRoot())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The fixture plus the project's templates, in a fresh folder under the temp dir. */
    private Path prepare(String name) throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(casesRoot().resolve(name), site);
        Files.delete(site.resolve("expected-errors.txt"));
        Files.deleteIfExists(site.resolve("expected-errors.en.txt"));
        TestSites.copyTree(PROJECT.resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(PROJECT.resolve("assets"), site.resolve("assets"));
        return site;
    }

    /** The errors a case expects, as editors read them (expected-errors.txt) or in English (expected-errors.en.txt). */
    private static List<String> expected(String name, Language language) throws IOException {
        return Files.readAllLines(casesRoot().resolve(name).resolve(expectedFile(language)), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    private static List<String> expected(String name) throws IOException {
        return expected(name, Language.VI);
    }

    private static String expectedFile(Language language) {
        return language == Language.VI ? "expected-errors.txt" : "expected-errors.en.txt";
    }

    private static List<String> strings(Report report, Language language) {
        return report.errors().stream().map(e -> e.in(language)).toList();
    }

    private static List<String> strings(Report report) {
        return strings(report, Language.VI);
    }

    /**
     * Both languages' expected errors of {@code name} equal the report's; with -Dbantin.golden.update=true the
     * files are written from the report instead (into src/test/resources, to be reviewed as a diff).
     */
    private static void assertErrors(String name, Report report) throws IOException {
        for (Language language : Language.values()) {
            if (Boolean.getBoolean("bantin.golden.update")) {
                Path file = PROJECT.resolve("src/test/resources/sites-invalid").resolve(name).resolve(expectedFile(language));
                Files.writeString(file, String.join("\n", strings(report, language)) + "\n", StandardCharsets.UTF_8);
                continue;
            }
            assertEquals(expected(name, language), strings(report, language), language.toString());
        }
    }

    @Test
    void everyCaseHasItsExpectedErrors() throws IOException {
        List<String> cases = cases();
        assertEquals(28, cases.size(), cases.toString());
        for (String c : cases) {
            assertFalse(expected(c).isEmpty(), c);
            assertFalse(Files.exists(casesRoot().resolve(c).resolve("templates")), c + " must not carry its own templates");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenSiteFailsWithExactlyItsErrorsAndWritesNothing(String name) throws IOException {
        Path site = prepare(name);
        Path out = tmp.resolve("out");
        Report report = Pipeline.run(new Pipeline.Options(site, out, NOW));
        assertFalse(report.ok());
        assertErrors(name, report);
        assertEquals(name.startsWith("config-"), (report.outcome() == Report.Outcome.SETTINGS_ERRORS));
        assertFalse(Files.exists(out), "out was created");
        assertFalse(Files.exists(tmp.resolve(".out.staging")), "staging folder left behind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkModeReportsTheSameErrors(String name) throws IOException {
        Path site = prepare(name);
        Report report = Pipeline.run(new Pipeline.Options(site, null, NOW));
        assertEquals(expected(name), strings(report));
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of("site"), list.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The real site of the project (settings, content, templates, assets) copied to {@code dir}. */
    private static Path copyRealSite(Path dir) throws IOException {
        for (String part : List.of("content", "templates", "assets", "data")) {
            TestSites.copyTree(PROJECT.resolve(part), dir.resolve(part));
        }
        Files.copy(PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        return dir;
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.put(rel + (Files.isDirectory(p) ? "/" : ""), Files.isDirectory(p) ? "" : sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> buildRealSiteOnce(Path site, Path out) throws IOException {
        ZonedDateTime now = Dates.parse("2026-11-23T00:00+07:00").orElseThrow().instant();
        Report first = Pipeline.run(new Pipeline.Options(site, out, now));
        assertEquals(List.of(), strings(first));
        Map<String, String> before = hashes(out);
        assertTrue(before.containsKey("index.html"), before.keySet().toString());
        assertTrue(before.containsKey("tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html"), before.keySet().toString());
        return before;
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of("out", "site"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void contentErrorLeavesThePreviousOutputByteForByte() throws IOException {
        Path site = copyRealSite(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        Map<String, String> before = buildRealSiteOnce(site, out);

        Path article = site.resolve("content/tin-tuc/2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014.md");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertTrue(text.contains("category: \"Tin hoạt động\"\n"));
        Files.writeString(article, text.replace("category: \"Tin hoạt động\"\n", "category: \"Tin hoat dong\"\n"),
                StandardCharsets.UTF_8);
        Report second = Pipeline.run(new Pipeline.Options(site, out, Dates.parse("2026-11-23T00:00+07:00").orElseThrow().instant()));

        assertEquals(List.of("content/tin-tuc/2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014.md:4: category: \"Tin hoat dong\" "
                + "is not one of the site's chuyên mục (did you mean \"Tin hoạt động\"?)"), strings(second, Language.EN));
        assertEquals(before, hashes(out));
        assertNoLeftovers();
    }

    @Test
    void bakeErrorLeavesThePreviousOutputAndNoStagingFolder() throws IOException {
        Path site = copyRealSite(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        Map<String, String> before = buildRealSiteOnce(site, out);

        // Parses (so the content stage passes) but fails while rendering, after the staging folder exists.
        Path template = site.resolve("templates/article.ftl");
        Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8).replace("<h1>${a.title}</h1>",
                "<h1>${a.khongCo}</h1>"), StandardCharsets.UTF_8);
        Report second = Pipeline.run(new Pipeline.Options(site, out, Dates.parse("2026-11-23T00:00+07:00").orElseThrow().instant()));

        assertFalse(second.ok());
        assertFalse((second.outcome() == Report.Outcome.SETTINGS_ERRORS));
        assertEquals(Stream.of("can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh",
                        "nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha",
                        "ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem", "so-noi-vu-so-ket-cong-tac-6-thang-dau-nam",
                        "so-noi-vu-trien-khai-cong-tac-nam-2014")
                .map(slug -> "templates/article.ftl:15: template error while writing /tin-tuc/" + slug
                        + ".html: The following has evaluated to null or missing: `a.khongCo` (column 7) (fix the template)")
                .toList(), strings(second, Language.EN));
        assertEquals(before, hashes(out));
        assertNoLeftovers();
    }

    @Test
    void assetMayNotReplaceAGeneratedPage() throws IOException {
        Path site = prepare("missing-title");
        Files.delete(site.resolve("content/tin-tuc/2024/thong-bao-tuyen-dung.md"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/index.html"), "<p>trang cũ</p>", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Report report = Pipeline.run(new Pipeline.Options(site, out, NOW));
        assertFalse(report.ok(), () -> "home page is now: " + read(out.resolve("index.html")));
        assertEquals(1, report.errors().size(), strings(report).toString());
        assertEquals("assets/index.html", report.errors().get(0).path());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
