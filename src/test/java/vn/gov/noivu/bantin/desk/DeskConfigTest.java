package vn.gov.noivu.bantin.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.source.SourceWriter;

/**
 * The desk's configuration, made from the site: golden files for each Git host (the repository's own settings, with
 * its desk on GitLab, GitHub and Gitea), a chuyên mục added in jbake.properties reaching the form with no other change,
 * the form requiring what {@code check} requires, and every file the repository has written back by the desk byte for
 * byte. After an intended change, regenerate the golden files with
 * {@code mvn test -Dtest=DeskConfigTest -Dbantin.golden.update=true} and review the diff.
 */
class DeskConfigTest {
    static final Path GOLDEN = TestSites.repo().resolve("src/test/resources/golden/desk");
    /** The repository's desk settings, which each variant replaces. */
    private static final String GITLAB = "desk.backend=gitlab\ndesk.repo=so-noi-vu/ban-tin\ndesk.url=https://git.sonoivu.example.gov.vn\n"
            + "desk.app_id=ung-dung-ban-bien-tap-so-noi-vu\n";

    @TempDir
    Path tmp;

    private Path site(String deskSettings) {
        Path site = TestSites.copy("repo", tmp);
        String settings = TestSites.read(site.resolve(SiteConfig.FILE));
        assertTrue(settings.contains(GITLAB), "the repository's desk settings");
        TestSites.write(site, SiteConfig.FILE, settings.replace(GITLAB, deskSettings));
        return site;
    }

    private static SiteConfig config(Path site) {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig config = SiteConfig.load(site, errors);
        assertNotNull(config, errors::toString);
        return config;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gitlab", "github", "gitea"})
    void theConfigurationOfEachGitHostMatchesItsGoldenFile(String host) throws IOException {
        String settings = switch (host) {
            case "gitlab" -> GITLAB;
            case "github" -> "desk.backend=github\ndesk.repo=so-noi-vu/ban-tin\ndesk.auth_url=https://dang-nhap.sonoivu.example.gov.vn\n";
            default -> "desk.backend=gitea\ndesk.repo=so-noi-vu/ban-tin\ndesk.url=https://gitea.sonoivu.example.gov.vn\n"
                    + "desk.app_id=5c8b2f7e-0d9a-4c3e-9a1b-7f6e5d4c3b2a\n";
        };
        Path site = site(settings);
        Path out = tmp.resolve("out");
        Report r = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        String actual = Files.readString(out.resolve("quan-tri/config.yml"), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve("config-" + host + ".yml");
        if (Boolean.getBoolean("bantin.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file; run with -Dbantin.golden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void aChuyenMucAddedInTheSettingsIsOfferedByTheFormWithNoOtherChange() {
        Path site = site(GITLAB);
        String before = DeskConfig.yaml(config(site), Optional.empty());
        String settings = TestSites.read(site.resolve(SiteConfig.FILE));
        TestSites.write(site, SiteConfig.FILE, settings.replace(", Thông báo\n", ", Thông báo, Thanh tra\n"));
        String after = DeskConfig.yaml(config(site), Optional.empty());
        // the first list of "Thông báo" is the chuyên mục; the second, the types of văn bản
        assertEquals(before.replaceFirst("          - Thông báo\n", "          - Thông báo\n          - Thanh tra\n"), after);
    }

    @Test
    void theFormRequiresWhatCheckRequires() {
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (DeskConfig.Collection c : DeskConfig.collections(config(TestSites.repo()))) {
            required.put(c.name(), c.fields().stream().filter(DeskConfig.Field::required).map(DeskConfig.Field::name).toList());
        }
        // The body: an article or page without text is an error; a week's name (tuan) is what names its new file.
        assertEquals(Map.of("tin-tuc", List.of("title", "date", "category", "body"), "trang", List.of("type", "title", "body"),
                "van-ban", List.of("so_ky_hieu", "loai", "ngay_ban_hanh", "co_quan_ban_hanh", "nguoi_ky", "trich_yeu", "linh_vuc"),
                "lich-cong-tac", List.of("tuan", "lich")), required);
        String article = TempSite.article("Hội nghị", "tags: [\"hội nghị\"]");
        for (String field : List.of("title", "date", "category")) {
            TempSite s = new TempSite(tmp.resolve(field));
            s.write("content/tin-tuc/2024/01/hoi-nghi.md", article.replaceAll("(?m)^" + field + ": .*\n", ""));
            assertEquals(List.of("content/tin-tuc/2024/01/hoi-nghi.md:1: " + field + ": missing (add a line like "),
                    s.loadErrors().stream().map(e -> e.substring(0, e.indexOf('(') + "(add a line like ".length())).toList(), field);
        }
    }

    @Test
    void aFileWithEveryFieldOfTheArticleFormPassesCheck() {
        TempSite s = new TempSite(tmp).png("images/2024/01/hoi-nghi.png", 8, 6);
        Map<String, Object> fields = new LinkedHashMap<>();
        Object[] keysThenValues = {"title", "Hội nghị tổng kết",
                "date", "2024-01-15T08:30+07:00",
                "category", "Tin hoạt động",
                "tags", List.of("hội nghị", "tổng kết"),
                "summary", "Sáng 15/1, Sở Nội vụ tổ chức hội nghị.",
                "author", "Trịnh Phương",
                "credit", "tin, ảnh",
                "source", "Báo Quảng Ngãi",
                "image", "images/2024/01/hoi-nghi.png",
                "image_alt", "Toàn cảnh hội nghị",
                "image_caption", "Phó Chủ tịch UBND tỉnh phát biểu.",
                "draft", "false",
                "updated", "2024-01-16T08:30+07:00",
                "expires", "2030-01-01T00:00+07:00"};
        for (int i = 0; i < keysThenValues.length; i += 2) {
            fields.put((String) keysThenValues[i], keysThenValues[i + 1]);
        }
        DeskConfig.Collection articles = DeskConfig.collections(s.config()).get(0);
        assertEquals(articles.fields().stream().map(DeskConfig.Field::name).filter(n -> !n.equals("body")).toList(),
                List.copyOf(fields.keySet()), "every field of the form");
        s.write("content/tin-tuc/2024/01/hoi-nghi.md", SourceWriter.page(List.of(), fields, DeskConfig.styles(articles), "Nội dung."));
        assertEquals(List.of(), s.loadErrors());
    }

    /**
     * Every article, page, document and week of the repository, as Decap writes it (YAML in its own style: plain
     * scalars, block lists), comes back from the desk exactly as it is in the repository.
     */
    @Test
    void everyFileOfTheRepositoryComesBackFromTheDeskAsItWas() throws IOException {
        SiteConfig config = config(TestSites.repo());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        Yaml decap = new Yaml(options);
        List<String> files = new ArrayList<>();
        for (String folder : List.of("content", "data")) {
            try (Stream<Path> walk = Files.walk(TestSites.repo().resolve(folder))) {
                walk.filter(Files::isRegularFile).map(p -> TestSites.repo().relativize(p).toString().replace('\\', '/')).sorted()
                        .forEach(files::add);
            }
        }
        assertTrue(files.size() > 20, files::toString);
        for (String path : files) {
            String was = Files.readString(TestSites.repo().resolve(path), StandardCharsets.UTF_8);
            boolean data = path.endsWith(".yaml");
            SourceWriter.Read read = SourceWriter.read(path, was, data, new ArrayList<>()).orElseThrow();
            String raw = data ? decap.dump(read.fields()) : "---\n" + decap.dump(read.fields()) + "---\n" + read.body();
            List<ContentError> errors = new ArrayList<>();
            assertEquals(was, Desk.restyle(config, path, raw, was, errors).orElseThrow(), path);
            assertEquals(List.of(), errors, path);
        }
    }

    @Test
    void theApiIsTheOnlyOtherPlaceTheDeskTalksTo() {
        assertEquals("https://git.sonoivu.example.gov.vn", DeskConfig.apiOrigin(config(TestSites.repo()).desk()));
        assertEquals("https://api.github.com", DeskConfig.apiOrigin(new SiteConfig.Desk("github", "a/b", "main", null, null,
                URI.create("https://dang-nhap.example"), true)));
        assertEquals("https://ghe.example.gov.vn", DeskConfig.apiOrigin(new SiteConfig.Desk("github", "a/b", "main",
                URI.create("https://ghe.example.gov.vn"), null, URI.create("https://dang-nhap.example"), true)));
    }
}
