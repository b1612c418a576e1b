package vn.gov.noivu.bantin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.content.Article;

/** Guards what is published at a given time, listing order, neighbours, and the site-wide address and link checks. */
class SiteTest {
    @TempDir
    Path dir;

    private static String doc(String date, String category, String body, String... extra) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"Bài\"\ndate: ").append(date).append("\ncategory: \"")
                .append(category).append("\"\n");
        for (String e : extra) {
            sb.append(e).append('\n');
        }
        return sb.append("---\n\n").append(body).append('\n').toString();
    }

    private static String news(String date, String... extra) {
        return doc(date, "Tin hoạt động", "Nội dung.", extra);
    }

    private static List<String> slugs(List<Article> articles) {
        return articles.stream().map(Article::getSlug).toList();
    }

    /** Five published articles, one draft, one future, one expired and a page; pages of two, boxes of two. */
    private Site publishingFixture() {
        TempSite site = new TempSite(dir, "site.page_size=2", "site.related_count=2");
        site.write("content/tin-tuc/cu.md", news("2024-01-10", "tags: [\"Công chức\"]"));
        site.write("content/tin-tuc/moi.md", news("2024-03-01T09:00", "tags: [\"công chức\"]"));
        site.write("content/tin-tuc/b-cung-ngay.md", news("2024-02-01T08:00"));
        site.write("content/tin-tuc/a-cung-ngay.md", news("2024-02-01T08:00"));
        site.write("content/tin-tuc/cch.md", doc("2024-02-15", "Cải cách hành chính", "Nội dung."));
        site.write("content/tin-tuc/nhap.md", news("2024-04-01", "draft: true", "tags: [\"bản nháp\"]"));
        site.write("content/tin-tuc/tuong-lai.md", doc("2024-07-01", "Thông báo", "Nội dung.", "tags: [\"tương lai\"]"));
        site.write("content/tin-tuc/het-han.md", doc("2024-01-01", "Thông báo", "Nội dung.",
                "expires: 2024-05-01", "tags: [\"hết hạn\"]"));
        site.write("content/trang/gioi-thieu.md", "---\ntype: page\ntitle: \"Giới thiệu\"\n---\n\nNội dung.\n");
        List<ContentError> errors = new ArrayList<>();
        Site s = site.site(TempSite.NOW, errors);
        assertEquals(List.of(), TempSite.strings(errors));
        return s;
    }

    private static Article bySlug(Site site, String slug) {
        return site.getArticles().stream().filter(a -> a.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void onlyPublishedArticlesNewestFirstWithSlugTieBreak() {
        Site site = publishingFixture();
        assertEquals(List.of("moi", "cch", "a-cung-ngay", "b-cung-ngay", "cu"), slugs(site.getArticles()));
        assertEquals(List.of("gioi-thieu"), slugs(site.getPages()));
    }

    @Test
    void categoriesListEveryDeclaredCategoryWithPublishedArticlesOnly() {
        Site site = publishingFixture();
        assertEquals(List.of("tin-hoat-dong", "cai-cach-hanh-chinh", "thi-dua-khen-thuong", "van-thu-luu-tru", "ton-giao",
                "cong-chuc-vien-chuc", "chinh-quyen-dia-phuong", "thong-bao"), List.copyOf(site.getCategories().keySet()));
        assertEquals(List.of("moi", "a-cung-ngay", "b-cung-ngay", "cu"),
                slugs(site.getCategories().get("tin-hoat-dong").articles()));
        assertEquals(List.of("cch"), slugs(site.getCategories().get("cai-cach-hanh-chinh").articles()));
        assertEquals(List.of(), site.getCategories().get("thong-bao").articles());
        assertEquals("Thông báo", site.getCategories().get("thong-bao").term().getName());
    }

    @Test
    void tagsOfHiddenArticlesDoNotExist() {
        Site site = publishingFixture();
        assertEquals(List.of("cong-chuc"), List.copyOf(site.getTags().keySet()));
        assertEquals(List.of("moi", "cu"), slugs(site.getTags().get("cong-chuc").articles()));
        assertEquals("chu-de/cong-chuc/", site.getTags().get("cong-chuc").term().getUrl());
    }

    @Test
    void previousIsOlderAndNextIsNewerInTheSameCategory() {
        Site site = publishingFixture();
        Article a = bySlug(site, "a-cung-ngay");
        assertSame(bySlug(site, "b-cung-ngay"), site.previousInCategory(a));
        assertSame(bySlug(site, "moi"), site.nextInCategory(a));
        assertNull(site.nextInCategory(bySlug(site, "moi")));
        assertNull(site.previousInCategory(bySlug(site, "cu")));
        assertNull(site.previousInCategory(bySlug(site, "cch")));
        assertNull(site.nextInCategory(bySlug(site, "cch")));
    }

    @Test
    void relatedBoxesExcludeTheArticleAndStopAtTheConfiguredCount() {
        Site site = publishingFixture();
        assertEquals(List.of("a-cung-ngay", "b-cung-ngay"), slugs(site.sameCategory(bySlug(site, "moi"))));
        assertEquals(List.of("moi", "b-cung-ngay"), slugs(site.sameCategory(bySlug(site, "a-cung-ngay"))));
        assertEquals(List.of(), slugs(site.sameCategory(bySlug(site, "cch"))));
        // "Các tin khác" skips what "Tin cùng chuyên mục" shows: moi's box has a-cung-ngay and b-cung-ngay.
        assertEquals(List.of("cch", "cu"), slugs(site.others(bySlug(site, "moi"))));
        assertEquals(List.of("cch", "b-cung-ngay"), slugs(site.others(bySlug(site, "cu"))));
    }

    @Test
    void theTwoRelatedBoxesNeverListTheSameArticle() {
        Site site = publishingFixture();
        for (Article a : site.getArticles()) {
            List<Article> same = site.sameCategory(a);
            List<Article> others = site.others(a);
            assertTrue(others.stream().noneMatch(same::contains), a + ": " + slugs(same) + " and " + slugs(others));
            assertFalse(others.contains(a) || same.contains(a), a.getSlug());
        }
    }

    @Test
    void outputsListEveryGeneratedPageAndNoHiddenOne() {
        java.util.Set<String> outputs = publishingFixture().getOutputs();
        for (String p : List.of("index.html", "trang-2.html", "trang-3.html", "404.html", "feed.xml", "chu-de/index.html",
                "chuyen-muc/tin-hoat-dong/index.html", "chuyen-muc/tin-hoat-dong/trang-2.html",
                "chuyen-muc/tin-hoat-dong/feed.xml", "chuyen-muc/thong-bao/index.html", "chu-de/cong-chuc/index.html",
                "chu-de/cong-chuc/feed.xml", "tin-tuc/moi.html", "gioi-thieu.html")) {
            assertTrue(outputs.contains(p), p);
        }
        for (String p : List.of("trang-4.html", "chuyen-muc/tin-hoat-dong/trang-3.html", "chuyen-muc/thong-bao/trang-2.html",
                "tin-tuc/nhap.html", "tin-tuc/tuong-lai.html", "tin-tuc/het-han.html", "chu-de/ban-nhap/index.html")) {
            assertFalse(outputs.contains(p), p);
        }
    }

    @Test
    void publishingBoundariesAreInclusiveForDateAndExclusiveForExpiry() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/dung-luc.md", news("2024-06-01T00:00"));
        site.write("content/tin-tuc/mot-phut-sau.md", news("2024-06-01T00:01"));
        site.write("content/tin-tuc/het-han-dung-luc.md", news("2024-01-01", "expires: 2024-06-01T00:00"));
        site.write("content/tin-tuc/het-han-sau.md", news("2024-01-01", "expires: 2024-06-01T00:01"));
        List<ContentError> errors = new ArrayList<>();
        Site s = site.site(TempSite.NOW, errors);
        assertEquals(List.of(), TempSite.strings(errors));
        assertEquals(List.of("dung-luc", "het-han-sau"), slugs(s.getArticles()));
    }

    private List<String> siteErrors(TempSite site) {
        List<ContentError> errors = new ArrayList<>();
        site.site(TempSite.NOW, errors);
        return TempSite.strings(errors);
    }

    @Test
    void duplicateSlugNamesBothFiles() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/2023/a.md", news("2023-05-01", "slug: trung"));
        site.write("content/tin-tuc/2024/b.md", news("2024-05-01", "slug: trung"));
        assertEquals(List.of("content/tin-tuc/2024/b.md:5: slug: the address tin-tuc/trung.html is already used by "
                + "content/tin-tuc/2023/a.md (give this file another slug:, or remove the line to use the address of its file name)"),
                siteErrors(site));
    }

    @Test
    void aSlugThatCopiesAnotherArticlesAddressIsReportedAtItsOwnSlugLine() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/2023/hoi-nghi.md", news("2023-05-01"));
        site.write("content/tin-tuc/2024/z-bai-moi.md", news("2024-05-01", "slug: hoi-nghi"));
        site.write("content/tin-tuc/2022/a-bai-cu.md", news("2022-05-01", "slug: hoi-nghi"));
        List<ContentError> errors = new ArrayList<>();
        site.site(TempSite.NOW, errors);
        assertEquals(List.of("content/tin-tuc/2022/a-bai-cu.md:5: slug: địa chỉ tin-tuc/hoi-nghi.html đã được dùng cho "
                + "content/tin-tuc/2023/hoi-nghi.md (ghi slug: khác cho tệp này, hoặc xóa dòng slug: để dùng địa chỉ theo tên tệp)",
                "content/tin-tuc/2024/z-bai-moi.md:5: slug: địa chỉ tin-tuc/hoi-nghi.html đã được dùng cho "
                + "content/tin-tuc/2022/a-bai-cu.md (ghi slug: khác cho tệp này, hoặc xóa dòng slug: để dùng địa chỉ theo tên tệp)"),
                errors.stream().sorted().map(ContentError::toString).toList());
    }

    @Test
    void twoArticlesWithTheSameTitleGetAWarningNotAnError() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", TempSite.article("Hội nghị tổng kết"));
        site.write("content/tin-tuc/b.md", TempSite.article("Hội  nghị TỔNG kết"));
        List<ContentError> errors = new ArrayList<>();
        site.site(TempSite.NOW, errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("content/tin-tuc/b.md:2: title: trùng tiêu đề với content/tin-tuc/a.md (người đọc không phân biệt "
                + "được hai bài trong danh sách và khi tìm kiếm; hãy đặt tiêu đề khác cho một bài)"),
                site.warnings.stream().map(ContentError::toString).toList());
        assertEquals(List.of("content/tin-tuc/b.md:2: title: the same title as content/tin-tuc/a.md (readers cannot tell the two "
                + "articles apart in lists and search; give one of them another title)"), site.warnings.stream().map(TestSites::en).toList());
    }

    @Test
    void aCopyOfAnArticleSaysToDeleteTheCopy() {
        for (String copy : List.of("hoi-nghi - Copy.md", "hoi-nghi - Bản sao (2).md", "hoi-nghi copy 2.md", "hoi-nghi (1).md")) {
            TempSite site = new TempSite(dir.resolve(String.valueOf(copy.hashCode())));
            site.write("content/tin-tuc/hoi-nghi.md", TempSite.article("Hội nghị tổng kết"));
            site.write("content/tin-tuc/" + copy, TempSite.article("Hội nghị tổng kết"));
            site.site(TempSite.NOW, new ArrayList<>());
            assertEquals(List.of("content/tin-tuc/hoi-nghi.md:2: title: trùng tiêu đề với content/tin-tuc/" + copy + " (content/tin-tuc/"
                    + copy + " có vẻ là bản sao của content/tin-tuc/hoi-nghi.md: nếu không cần, xóa tệp bản sao)"),
                    site.warnings.stream().map(ContentError::toString).toList(), copy);
            assertEquals(List.of("content/tin-tuc/hoi-nghi.md:2: title: the same title as content/tin-tuc/" + copy + " (content/tin-tuc/"
                    + copy + " looks like a copy of content/tin-tuc/hoi-nghi.md: delete the copy unless it is needed)"),
                    site.warnings.stream().map(TestSites::en).toList(), copy);
        }
    }

    @Test
    void sameFileNameInTwoYearFoldersIsADuplicate() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/2023/hop-giao-ban.md", news("2023-05-01"));
        site.write("content/tin-tuc/2024/hop-giao-ban.md", news("2024-05-01", "draft: true"));
        assertEquals(List.of("content/tin-tuc/2024/hop-giao-ban.md:1: the address tin-tuc/hop-giao-ban.html is already "
                + "used by content/tin-tuc/2023/hop-giao-ban.md (rename one of the two files, or give one of them a distinct slug:)"),
                siteErrors(site));
    }

    @Test
    void pageMayNotTakeAGeneratedAddress() {
        TempSite site = new TempSite(dir);
        site.write("content/trang/index.md", "---\ntype: page\ntitle: \"Trang chủ\"\n---\n\nNội dung.\n");
        assertEquals(List.of("content/trang/index.md:1: slug: the address index.html is reserved for a page the site "
                + "generates (choose another slug)"), siteErrors(site));
    }

    @Test
    void aliasCollidingWithTheMainFeed() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", news("2024-01-01", "aliases: [\"/feed.xml\"]"));
        assertEquals(List.of("content/tin-tuc/a.md:5: aliases: \"/feed.xml\" is an address the site already uses "
                + "(remove this alias)"), siteErrors(site));
    }

    @Test
    void aliasCollidingWithTheTagIndex() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", news("2024-01-01", "aliases: [\"/chu-de/\", \"/chu-de/index.html\"]"));
        assertEquals(List.of(
                "content/tin-tuc/a.md:5: aliases: \"/chu-de/index.html\" is an address the site already uses (remove this alias)",
                "content/tin-tuc/a.md:5: aliases: \"/chu-de/index.html\" is an address the site already uses (remove this alias)"),
                siteErrors(site));
    }

    @Test
    void aliasCollidingWithAnotherArticle() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", news("2024-01-01", "aliases: [\"/tin-tuc/b.html\"]"));
        site.write("content/tin-tuc/b.md", news("2024-01-02"));
        assertEquals(List.of("content/tin-tuc/a.md:5: aliases: \"/tin-tuc/b.html\" is an address the site already uses "
                + "(remove this alias)"), siteErrors(site));
    }

    @Test
    void sameAliasInTwoFiles() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", news("2024-01-01", "aliases: [\"/tin-tuc/123/tin-cu.html\"]"));
        site.write("content/tin-tuc/b.md", news("2024-01-02", "aliases: [\"tin-tuc/123/tin-cu.html\"]"));
        assertEquals(List.of("content/tin-tuc/b.md:5: aliases: \"/tin-tuc/123/tin-cu.html\" is also an alias of "
                + "content/tin-tuc/a.md (keep it in one file only)"), siteErrors(site));
    }

    @Test
    void brokenInternalLinkHasItsLine() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "Dòng một.\n\nXem [bài cũ](/tin-tuc/khong-co.html)."));
        assertEquals(List.of("content/tin-tuc/a.md:9: broken link \"/tin-tuc/khong-co.html\": nothing is published at "
                + "/tin-tuc/khong-co.html (link to a page of this site such as /tin-tuc/ten-bai.html, or to a full https:// address)"),
                siteErrors(site));
    }

    @Test
    void linkToADraftIsAnErrorFromAPublishedArticle() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "Xem [bản nháp](nhap.html)."));
        site.write("content/tin-tuc/nhap.md", news("2024-01-02", "draft: true"));
        assertEquals(List.of("content/tin-tuc/a.md:7: broken link \"nhap.html\": nothing is published at /tin-tuc/nhap.html "
                + "(that article, content/tin-tuc/nhap.md, is not on the site: draft (draft: true): to publish it, use the publish command (it dates the article then))"), siteErrors(site));
    }

    /** The fix a broken link gets is the one that applies: the address from the root, or with .html, or why an article is not out. */
    @Test
    void aBrokenLinkSaysTheAddressThatWouldWork() {
        TempSite site = new TempSite(dir);
        site.png("images/2024/hoi-nghi.png", 4, 3);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "![Hội trường](images/2024/hoi-nghi.png)\n\n"
                + "[bài b](/tin-tuc/b)\n\n[bài sau](sau.html)"));
        site.write("content/tin-tuc/b.md", news("2024-01-02"));
        site.write("content/tin-tuc/sau.md", news("2024-07-01"));
        List<String> errors = siteErrors(site);
        assertEquals(List.of("content/tin-tuc/a.md:7: broken image \"images/2024/hoi-nghi.png\": nothing is published at "
                + "/tin-tuc/images/2024/hoi-nghi.png (write the path from the site root, starting with /: /images/2024/hoi-nghi.png)",
                "content/tin-tuc/a.md:9: broken link \"/tin-tuc/b\": nothing is published at /tin-tuc/b (article addresses end in "
                + ".html: /tin-tuc/b.html)",
                "content/tin-tuc/a.md:11: broken link \"sau.html\": nothing is published at /tin-tuc/sau.html (that article, "
                + "content/tin-tuc/sau.md, is not on the site: scheduled: appears on 01/07/2024)"), errors);
        List<ContentError> vi = new ArrayList<>();
        site.site(TempSite.NOW, vi);
        assertEquals(List.of("content/tin-tuc/a.md:7: ảnh hỏng \"images/2024/hoi-nghi.png\": không có gì được đăng ở "
                + "/tin-tuc/images/2024/hoi-nghi.png (ghi đường dẫn bắt đầu bằng dấu /, tính từ gốc trang: /images/2024/hoi-nghi.png)",
                "content/tin-tuc/a.md:9: liên kết hỏng \"/tin-tuc/b\": không có gì được đăng ở /tin-tuc/b (địa chỉ của bài có đuôi "
                + ".html: /tin-tuc/b.html)",
                "content/tin-tuc/a.md:11: liên kết hỏng \"sau.html\": không có gì được đăng ở /tin-tuc/sau.html (bài đó, "
                + "content/tin-tuc/sau.md, chưa hiện trên trang: hẹn đăng: sẽ hiện từ 01/07/2024)"),
                vi.stream().filter(e -> !e.warning()).map(ContentError::toString).toList());
    }

    @Test
    void draftMayLinkToADraftButNotToNothing() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/nhap-1.md", doc("2024-01-01", "Tin hoạt động", "[a](nhap-2.html)\n[b](/khong-co.html)",
                "draft: true"));
        site.write("content/tin-tuc/nhap-2.md", news("2024-01-02", "draft: true"));
        assertEquals(List.of("content/tin-tuc/nhap-1.md:9: broken link \"/khong-co.html\": nothing is published at "
                + "/khong-co.html (link to a page of this site such as /tin-tuc/ten-bai.html, or to a full https:// address)"),
                siteErrors(site));
    }

    @Test
    void brokenImage() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "![ảnh](/images/none.jpg)"));
        assertEquals(List.of("content/tin-tuc/a.md:7: broken image \"/images/none.jpg\": nothing is published at "
                + "/images/none.jpg (copy the picture to assets/images/none.jpg, or correct the address (letters and case must match))"),
                siteErrors(site));
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "![Hội nghị](/images/2026/12/hoi-nghi.jpg)"));
        List<ContentError> errors = new ArrayList<>();
        site.site(TempSite.NOW, errors);
        assertEquals(List.of("content/tin-tuc/a.md:7: ảnh hỏng \"/images/2026/12/hoi-nghi.jpg\": không có gì được đăng ở "
                + "/images/2026/12/hoi-nghi.jpg (chép ảnh vào assets/images/2026/12/hoi-nghi.jpg, hoặc sửa địa chỉ (chữ hoa, chữ "
                + "thường phải khớp))"), errors.stream().map(ContentError::toString).toList());
    }

    @Test
    void linksToEveryKindOfGeneratedPageAreFine() {
        TempSite site = new TempSite(dir);
        site.png("images/2024/anh.png", 2, 2);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động",
                "[b](b.html) [b2](/tin-tuc/b.html#muc) [home](/) [cm](/chuyen-muc/thong-bao/) [cd](/chu-de/) "
                        + "[tag](/chu-de/cong-chuc/) [rss](/feed.xml) [gt](../gioi-thieu.html) ![a](../images/2024/anh.png) "
                        + "[404](/404.html) [css](/chuyen-muc/tin-hoat-dong/feed.xml)"));
        site.write("content/tin-tuc/b.md", news("2024-01-02", "tags: [\"Công chức\"]"));
        site.write("content/trang/gioi-thieu.md", "---\ntype: page\ntitle: \"Giới thiệu\"\n---\n\n[a](/tin-tuc/a.html)\n");
        assertEquals(List.of(), siteErrors(site));
    }

    @Test
    void linkToTheFeedListIsFine() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/a.md", doc("2024-01-01", "Tin hoạt động", "[Danh sách RSS](/feeds.opml)"));
        assertEquals(List.of(), siteErrors(site));
    }

    @Test
    void entityEncodedJavascriptLinkNeverReachesAPage() {
        TempSite site = new TempSite(dir);
        site.write("assets/javascript&", "x");
        site.write("content/trang/gioi-thieu.md", "---\ntype: page\ntitle: \"Giới thiệu\"\n---\n\n[bấm](javascript&#58;alert(1))\n");
        List<ContentError> errors = new ArrayList<>();
        Site s = site.site(TempSite.NOW, errors);
        assertEquals(1, errors.size(), () -> "published: " + s.getPages().get(0).getBodyHtml());
    }
    @Test
    void archiveGroupsByYearAndMonthInVietnamTimeNewestFirst() {
        TempSite site = new TempSite(dir);
        site.write("content/tin-tuc/thang-1.md", news("2024-01-10"));
        // 22:00 UTC on 31 January is 05:00 on 1 February in Vietnam: a February article.
        site.write("content/tin-tuc/thang-2-som.md", news("2024-01-31T22:00:00Z"));
        site.write("content/tin-tuc/thang-2.md", news("2024-02-20"));
        site.write("content/tin-tuc/nam-truoc.md", news("2023-12-31T23:59"));
        List<ContentError> errors = new ArrayList<>();
        Site s = site.site(TempSite.NOW, errors);
        assertEquals(List.of(), TempSite.strings(errors));
        List<String> archive = new ArrayList<>();
        for (Site.ArchiveYear y : s.getArchive()) {
            archive.add(y.getUrl() + " " + y.getCount());
            for (Site.ArchiveMonth m : y.getMonths()) {
                archive.add(m.getUrl() + " " + slugs(m.getArticles()));
            }
        }
        assertEquals(List.of("luu-tru/2024/ 3", "luu-tru/2024/02/ [thang-2, thang-2-som]", "luu-tru/2024/01/ [thang-1]",
                "luu-tru/2023/ 1", "luu-tru/2023/12/ [nam-truoc]"), archive);
        for (String p : List.of("luu-tru/index.html", "luu-tru/2024/index.html", "luu-tru/2024/02/index.html",
                "luu-tru/2023/12/index.html", "tim-kiem.html", "search-index.json", "js/tim-kiem.js", "sitemap.xml", "robots.txt")) {
            assertTrue(s.getOutputs().contains(p), p);
        }
        assertFalse(s.getOutputs().contains("luu-tru/2024/03/index.html"));
    }

    @Test
    void anAssetMayNotReplaceTheSearchScriptOrAnArchivePage() {
        TempSite site = new TempSite(dir);
        site.write("assets/js/tim-kiem.js", "// old copy");
        site.write("assets/luu-tru/ghi-chu.txt", "x");
        site.write("assets/sitemap-2.xml", "<urlset/>"); // a part of a sitemap split in parts
        site.write("assets/sitemap-cu.xml", "<urlset/>");
        site.write("content/tin-tuc/a.md", news("2024-01-01"));
        assertEquals(List.of(
                "assets/js/tim-kiem.js: has the address of a page the site generates (rename or move the file (images go in assets/images/))",
                "assets/luu-tru/ghi-chu.txt: has the address of a page the site generates (rename or move the file (images go in assets/images/))",
                "assets/sitemap-2.xml: has the address of a page the site generates (rename or move the file (images go in assets/images/))"),
                siteErrors(site));
        List<ContentError> errors = new ArrayList<>();
        site.site(TempSite.NOW, errors);
        assertEquals("assets/sitemap-2.xml: trùng địa chỉ với một trang do máy tạo ra (đổi tên hoặc chuyển tệp đi (ảnh để trong assets/images/))",
                errors.stream().sorted().map(ContentError::toString).toList().get(2));
    }

    @Test
    void titlesAreComparedInLowerCaseWithEachRunOfWhiteSpaceOneSpace() {
        for (String t : List.of("Hội nghị", "  Hội\t\tNGHỊ  tổng\r\nkết ", "a\u000Bb\fc", "", " ", "Đ\u00A0đ")) {
            assertEquals(t.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), Site.titleKey(t), t);
        }
    }
}
