package vn.gov.noivu.bantin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;

/** The desk's settings ({@code desk.*}): read, defaulted, and every mistake an addressed error in both languages. */
class SiteConfigTest {
    @TempDir
    Path tmp;

    private List<ContentError> errors(String... lines) {
        List<ContentError> errors = new ArrayList<>();
        assertNull(SiteConfig.load(new TempSite(tmp, lines).root, errors));
        return errors;
    }

    private static List<String> in(Language language, List<ContentError> errors) {
        return errors.stream().map(e -> e.in(language)).toList();
    }

    @Test
    void aSiteWithoutDeskBackendHasNoDesk() {
        List<ContentError> errors = new ArrayList<>();
        assertNull(SiteConfig.load(new TempSite(tmp).root, errors).desk());
        assertEquals(List.of(), errors);
    }

    @Test
    void theRepositorysDeskIsASelfHostedGitLabWithReview() {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig.Desk desk = SiteConfig.load(vn.gov.noivu.bantin.TestSites.repo(), errors).desk();
        assertEquals(new SiteConfig.Desk("gitlab", "so-noi-vu/ban-tin", "main", URI.create("https://git.sonoivu.example.gov.vn"),
                "ung-dung-ban-bien-tap-so-noi-vu", null, true), desk);
    }

    @Test
    void giteaDefaultsToSavingStraightOntoTheBranchAndGitHubNeedsItsSignInRelay() {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig gitea = SiteConfig.load(new TempSite(tmp.resolve("gitea"), "desk.backend=gitea", "desk.repo=so/ban-tin",
                "desk.url=https://gitea.example.gov.vn/", "desk.app_id=5c8b2f7e-0d9a-4c3e-9a1b-7f6e5d4c3b2a", "desk.branch=xuat-ban").root, errors);
        assertNotNull(gitea, errors::toString);
        assertEquals(new SiteConfig.Desk("gitea", "so/ban-tin", "xuat-ban", URI.create("https://gitea.example.gov.vn"),
                "5c8b2f7e-0d9a-4c3e-9a1b-7f6e5d4c3b2a", null, false), gitea.desk());
        SiteConfig github = SiteConfig.load(new TempSite(tmp.resolve("github"), "desk.backend=github", "desk.repo=so/ban-tin",
                "desk.auth_url=https://dang-nhap.example.gov.vn").root, errors);
        assertNotNull(github, errors::toString);
        assertEquals(new SiteConfig.Desk("github", "so/ban-tin", "main", null, null, URI.create("https://dang-nhap.example.gov.vn"), true),
                github.desk());
    }

    @Test
    void anUnknownBackendIsAnErrorWithTheClosestOne() {
        List<ContentError> errors = errors("desk.backend=gitlap", "desk.repo=so/ban-tin");
        assertEquals(List.of("jbake.properties:4: desk.backend: \"gitlap\" is not gitlab, github or gitea (did you mean \"gitlab\"?)"),
                in(Language.EN, errors));
        assertEquals(List.of("jbake.properties:4: desk.backend: \"gitlap\" không phải gitlab, github hoặc gitea (có phải là \"gitlab\"?)"),
                in(Language.VI, errors));
    }

    @Test
    void everyMistakeIsAnAddressedErrorInBothLanguages() {
        List<ContentError> errors = errors("desk.backend=gitlab", "desk.repo=ban-tin", "desk.url=git.example.gov.vn",
                "desk.auth_url=https://x.example", "desk.review=co");
        assertEquals(List.of(
                "jbake.properties:5: desk.repo: \"ban-tin\" is not written correctly (the site's repository on that host, as group/name, "
                        + "e.g. so-noi-vu/ban-tin)",
                "jbake.properties:6: desk.url: \"git.example.gov.vn\" is not a web address (the Git host's address, e.g. "
                        + "https://git.sonoivu.example.gov.vn (default https://gitlab.com for gitlab, https://github.com for github))",
                "jbake.properties: desk.app_id: needed when the desk uses gitlab (the OAuth application's ID (Application ID, Client ID) "
                        + "made on GitLab or Gitea for the desk; it is public, not a secret)",
                "jbake.properties:7: desk.auth_url: not used with gitlab (github only: the address of the OAuth relay the sign-in goes "
                        + "through (GitHub lets no browser sign in directly))",
                "jbake.properties:8: desk.review: \"co\" is neither true nor false (true: articles are sent for review as merge requests, "
                        + "through draft, in review and ready; false: each save is a commit on the branch (the only way with Gitea))"),
                in(Language.EN, errors));
        assertEquals("jbake.properties: desk.app_id: cần có khi bàn biên tập dùng gitlab (mã ứng dụng OAuth (Application ID, Client ID) "
                + "tạo trên GitLab hoặc Gitea cho bàn biên tập; mã này công khai, không phải mã bí mật)", errors.get(2).in(Language.VI));
    }

    @Test
    void aSecretTokenIsNeverTakenForTheApplicationsId() {
        List<ContentError> errors = errors("desk.backend=gitlab", "desk.repo=so/ban-tin", "desk.app_id=glpat-AbCdEfGhIjKlMnOpQrSt");
        assertEquals(List.of("jbake.properties:6: desk.app_id: this is a secret access token, not an application ID: it would be "
                + "published on the page /quan-tri/ (remove it from the file now and revoke it on the Git host; write the OAuth "
                + "application's ID (Application ID))"), in(Language.EN, errors));
        assertEquals(List.of("jbake.properties:6: desk.app_id: đây là một mã truy cập bí mật, không phải mã ứng dụng: nó sẽ hiện công "
                + "khai trên trang /quan-tri/ (xóa ngay mã này khỏi tệp và thu hồi nó trên máy chủ Git; ghi mã ứng dụng (Application ID) "
                + "của ứng dụng OAuth)"), in(Language.VI, errors));
    }

    @Test
    void deskSettingsWithoutABackendAndReviewWithGiteaAreRefused() {
        assertEquals(List.of("jbake.properties:4: desk.repo: only used with desk.backend (add desk.backend=gitlab (or github, gitea), "
                + "or remove this line)"), in(Language.EN, errors("desk.repo=so/ban-tin")));
        assertEquals(List.of("jbake.properties:8: desk.review: Decap CMS chưa có quy trình duyệt bài với Gitea (ghi desk.review=false: "
                + "mỗi lần lưu là một commit)"), in(Language.VI, errors("desk.backend=gitea", "desk.repo=so/ban-tin",
                "desk.url=https://gitea.example.gov.vn", "desk.app_id=ung-dung", "desk.review=true")));
    }
}
