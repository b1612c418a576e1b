package vn.gov.noivu.bantin.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.Chromium;
import vn.gov.noivu.bantin.HtmlChecker;
import vn.gov.noivu.bantin.SiteServer;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * The desk as the site publishes it ({@code quan-tri/} of the repository's site): its files, its page (valid, axe-clean,
 * Vietnamese, with the policy it needs and asking no other host for anything), no secret in any of its files, and a
 * build that stops, addressed and in both languages, when the tool carries no Decap CMS.
 */
class DeskTest {
    @TempDir
    Path tmp;

    private static Path desk() {
        return BuiltSites.seed().resolve("quan-tri");
    }

    @Test
    void theDeskIsItsPageItsConfigurationItsScriptAndDecapCmsAtItsPinnedVersion() throws IOException {
        List<String> files = TestSites.files(desk());
        assertTrue(files.containsAll(List.of("index.html", "config.yml", "ban-tin.js", "decap-cms.js", "decap-cms.js.LICENSE.txt")), files::toString);
        assertTrue(files.stream().allMatch(f -> f.matches("index\\.html|config\\.yml|ban-tin\\.js|([0-9]+\\.)?decap-cms\\.js"
                + "|decap-cms\\.js\\.LICENSE\\.txt|[0-9a-f]{20}\\.wasm")), files::toString);
        String pinned = Files.readString(TestSites.repo().resolve("desk/package.json"));
        Matcher version = Pattern.compile("\"decap-cms\": \"([0-9.]+)\"").matcher(pinned);
        assertTrue(version.find());
        Document page = Jsoup.parse(desk().resolve("index.html").toFile(), "UTF-8");
        assertEquals("Decap CMS " + version.group(1) + " (MIT)", page.selectFirst("meta[name=generator]").attr("content"));
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("Bàn biên tập – Sở Nội vụ", page.title());
        assertEquals(List.of("ban-tin.js", "decap-cms.js"), page.select("script").eachAttr("src"));
    }

    @Test
    void theOtherPagesOfTheSiteNeitherLinkToTheDeskNorChange() {
        Path site = BuiltSites.seed();
        for (String file : TestSites.files(site)) {
            if (file.endsWith(".html") && !file.startsWith("quan-tri/")) {
                assertTrue(!TestSites.read(site.resolve(file)).contains("quan-tri"), file);
            }
        }
    }

    @Test
    void theDesksPageIsValidHtml() {
        assertEquals(List.of(), new HtmlChecker().check(desk().resolve("index.html")));
    }

    /** What a leaked secret looks like: GitLab, GitHub and Gitea tokens and OAuth secrets, private keys, cloud keys. */
    private static final Pattern SECRET = Pattern.compile("glpat-[0-9A-Za-z_-]{20}|gloas-[0-9a-f]{20}|gh[pousr]_[A-Za-z0-9]{36}"
            + "|github_pat_[A-Za-z0-9_]{22}|-----BEGIN [A-Z ]*PRIVATE KEY|AKIA[0-9A-Z]{16}|client_secret|app_secret|secret_key");

    @Test
    void noFileOfThePublishedDeskHoldsATokenOrASecret() throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : TestSites.files(desk())) {
            String text = new String(Files.readAllBytes(desk().resolve(file)), StandardCharsets.ISO_8859_1);
            Matcher m = SECRET.matcher(text);
            while (m.find()) {
                found.add(file + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
        // What the configuration tells the Git host: where, which repository, and the OAuth application's public ID; no more.
        String backend = Files.readString(desk().resolve("config.yml")).split("\ncommit_messages:|\n  commit_messages:")[0];
        assertEquals(List.of("name", "repo", "branch", "base_url", "api_root", "auth_type", "app_id"),
                Pattern.compile("(?m)^  ([a-z_]+):").matcher(backend).results().map(r -> r.group(1)).toList());
    }

    @Test
    void aSiteWithADeskCannotBeBuiltByAToolWithoutDecapCms() {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig config = SiteConfig.load(TestSites.repo(), errors);
        Desk.check(config, Optional.empty(), errors);
        assertEquals(List.of("jbake.properties:20: desk.backend: the site has an editors' desk (/quan-tri/) but this tool was built "
                + "before Decap CMS was installed (run bash .ci/build: it installs Decap CMS (npm ci in desk/) and builds the tool again)"),
                errors.stream().map(e -> e.in(Language.EN)).toList());
        assertEquals("jbake.properties:20: desk.backend: trang có bàn biên tập (/quan-tri/) nhưng công cụ này được dựng khi chưa cài "
                + "Decap CMS (chạy bash .ci/build: lệnh cài Decap CMS (npm ci trong thư mục desk/) rồi dựng lại công cụ)",
                errors.get(0).in(Language.VI));
        List<ContentError> none = new ArrayList<>();
        Desk.check(new TempSite(tmp).config(), Optional.empty(), none);
        assertEquals(List.of(), none, "a site without a desk needs no Decap CMS");
    }

    @Test
    void aSiteWithoutDeskSettingsPublishesNoDesk() {
        Report r = Pipeline.run(new Pipeline.Options(TestSites.copy("basic", tmp), tmp.resolve("out"), TestSites.NOW));
        assertEquals(List.of(), r.errors());
        assertTrue(!Files.exists(tmp.resolve("out/quan-tri")));
    }

    /**
     * The page in Chromium: as the site publishes it, before Decap CMS runs, axe finds nothing on it; with JavaScript and
     * the policy the page carries (as GitLab Pages serves it, without headers), Decap CMS replaces it with its own screens
     * (Decap's to make accessible) after starting with no request the policy blocks, every request going to the site itself.
     */
    @Test
    void theDesksPageHasNoAxeViolationAndAsksNoOtherHost() {
        try (SiteServer server = SiteServer.start(BuiltSites.seed(), "/", "frame-ancestors 'none'");
             Chromium chrome = Chromium.start(true, 1280, 900)) {
            chrome.recordBlockedRequests();
            chrome.driver.get(server.url("quan-tri/"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (chrome.driver.findElements(By.xpath("//button[contains(., 'Đăng nhập bằng GitLab')]")).isEmpty()) {
                assertTrue(System.currentTimeMillis() < deadline, () -> chrome.driver.getPageSource());
                Thread.onSpinWait();
            }
            assertEquals(List.of(), chrome.blockedRequests());
            Object requests = chrome.driver.executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            String origin = server.url("");
            assertTrue(((List<?>) requests).stream().allMatch(u -> String.valueOf(u).startsWith(origin)), requests::toString);
        }
        // The page itself, which Decap CMS has not replaced: its scripts kept from running by the policy.
        try (SiteServer server = SiteServer.start(BuiltSites.seed(), "/", "script-src 'none'");
             Chromium chrome = Chromium.start(true, 1280, 900)) {
            chrome.driver.get(server.url("quan-tri/"));
            assertEquals(List.of(), chrome.axeViolations());
            assertEquals("Bàn biên tập – Sở Nội vụ\nĐang mở bàn biên tập…", chrome.driver.findElement(By.tagName("main")).getText());
        }
        assertEquals("Bàn biên tập cần JavaScript: hãy bật JavaScript trong trình duyệt. Cách viết bài không cần trình duyệt có "
                + "trong hướng dẫn biên tập (docs/huong-dan-bien-tap.md).", Jsoup.parse(TestSites.read(desk().resolve("index.html")))
                .selectFirst("noscript").text());
    }

    @Test
    void thePolicyLetsTheDeskTalkToItsGitHostAndNoOtherHost() {
        SiteConfig config = SiteConfig.load(TestSites.repo(), new ArrayList<>());
        assertEquals("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "connect-src 'self' blob: https://git.sonoivu.example.gov.vn; object-src 'none'; base-uri 'self'; form-action 'self'",
                Desk.policy(config.desk()));
        Document page = Jsoup.parse(TestSites.read(desk().resolve("index.html")));
        assertEquals(Desk.policy(config.desk()), page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    }
}
