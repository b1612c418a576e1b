package vn.gov.noivu.bantin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.markdown.Markdown;

/** Guards how every file of content/ becomes an article or an addressed error, one broken field at a time. */
class ContentLoaderTest {
    private static final String A = "content/tin-tuc/a.md";
    private static final String TITLE_HINT = "title: \"Hội nghị tổng kết công tác năm 2024\"";

    @TempDir
    Path dir;
    private TempSite site;

    @BeforeEach
    void site() {
        site = new TempSite(dir);
    }

    /** The sorted error lines for a site holding just content/tin-tuc/a.md with {@code text}. */
    private List<String> errorsOf(String text) {
        site.write(A, text);
        return site.loadErrors();
    }

    private List<String> errorsOfArticle(String... extra) {
        return errorsOf(TempSite.article("Hội nghị", extra));
    }

    /** Articles are ordered newest first, then by slug, as their whole dates order them, whatever offset they were written in. */
    @Test
    void newestFirstOrdersAsTheDatesThenTheSlugs() {
        String[] dates = {"2024-01-15T08:30:00+07:00", "2024-01-15T01:30:00Z", "2024-01-15T08:30:00+07:00", "2024-01-15T08:30:01+07:00",
                "2024-01-15T03:30:00+02:00", "2023-12-31", "2024-01-15T08:29:59+07:00", "2024-01-15T09:30:00+08:00"};
        for (int i = 0; i < dates.length; i++) {
            site.write("content/tin-tuc/b" + (dates.length - i) + ".md", TempSite.articleWithBody("Tin " + i, "Nội dung.\n")
                    .replace("date: 2024-01-15T08:30", "date: " + dates[i]));
        }
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        java.util.Comparator<Article> whole = java.util.Comparator.comparing(Article::getDate).reversed().thenComparing(Article::getSlug);
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20; round++) {
            List<Article> a = new java.util.ArrayList<>(loaded.documents());
            java.util.Collections.shuffle(a, random);
            List<Article> b = new java.util.ArrayList<>(a);
            a.sort(Article.NEWEST_FIRST);
            b.sort(whole);
            assertEquals(b, a);
        }
    }

    @Test
    void validArticleIsReadWithEveryField() {
        site.png("images/2024/01/hoi-nghi.png", 40, 30);
        site.write(A, TempSite.article("Hội nghị tổng kết", "tags: [\"Cải cách hành chính\", \"công chức\"]",
                "summary: \"Tóm tắt\"", "author: \"Trịnh Phương\"", "credit: \"tin, ảnh\"", "source: \"Báo Quảng Ngãi\"",
                "updated: 2024-01-16", "image: images/2024/01/hoi-nghi.png", "image_alt: \"Toàn cảnh\"",
                "image_caption: \"Chú thích\"", "aliases: [\"/tin-tuc/123/tin-cu.html\"]"));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        assertEquals(1, loaded.documents().size());
        Article a = loaded.documents().get(0);
        assertEquals(Article.Kind.ARTICLE, a.getKind());
        assertEquals("content/tin-tuc/a.md", a.getSourcePath());
        assertEquals("Hội nghị tổng kết", a.getTitle());
        assertEquals("a", a.getSlug());
        assertEquals("tin-tuc/a.html", a.getUrl());
        assertEquals("2024-01-15T08:30:00+07:00", a.getDateIso());
        assertEquals("16/01/2024", a.getUpdatedText());
        assertEquals("tin-hoat-dong", a.getCategory().getSlug());
        assertEquals("chuyen-muc/tin-hoat-dong/", a.getCategory().getUrl());
        assertEquals(List.of("cai-cach-hanh-chinh", "cong-chuc"), a.getTags().stream().map(Term::getSlug).toList());
        assertEquals(List.of("Cải cách hành chính", "công chức"), a.getTags().stream().map(Term::getName).toList());
        assertEquals("Tóm tắt", a.getSummary());
        assertEquals("Trịnh Phương", a.getAuthor());
        assertEquals("Tin, ảnh", a.getCredit());
        assertEquals("Báo Quảng Ngãi", a.getSource());
        assertEquals(new Article.Image("images/2024/01/hoi-nghi.png", "Toàn cảnh", "Chú thích", 50, 50), a.getImage());
        assertEquals(List.of("tin-tuc/123/tin-cu.html"), a.getAliases());
        assertEquals("<p>Nội dung bài viết.</p>\n", a.getBodyHtml());
    }

    /** A link is named, never followed nor passed over; names starting with '.' and README files are editors' notes. */
    @Test
    void linksAreReportedAndNotesAreNotRead() throws Exception {
        site.write(A, TempSite.article("Hội nghị"));
        site.write("content/.nhap/b.md", "không đọc");
        site.write("content/tin-tuc/.ghi-chu.md", "không đọc");
        site.write("content/tin-tuc/README.md", "không đọc");
        Files.createDirectories(dir.resolve("ngoai"));
        Files.writeString(dir.resolve("ngoai/c.md"), TempSite.article("Ngoài"));
        Files.createSymbolicLink(dir.resolve("content/thu-muc-lien-ket"), dir.resolve("ngoai"));
        Files.createSymbolicLink(dir.resolve("content/tin-tuc/lien-ket.md"), dir.resolve("ngoai/c.md"));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of("content/thu-muc-lien-ket: not a regular file (content/ holds only Markdown files)",
                "content/tin-tuc/lien-ket.md: not a regular file (content/ holds only Markdown files)"), TempSite.strings(loaded.errors()));
        assertEquals(List.of(A), loaded.documents().stream().map(Article::getSourcePath).toList());
    }

    /** Curly quotes pasted from a word processor would become part of a chủ đề's or chuyên mục's name. */
    @Test
    void curlyQuotesAroundTagsOrCategoryAreRefused() {
        site.write(A, TempSite.article("Hội nghị", "tags: [“hội nghị”, “tổng kết”]"));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(A + ":5: tags: the value “hội nghị” has curly quotes at its start or end, so they become part of the "
                + "name (in front matter, enclose values in straight double quotes (\"): tags: [\"hội nghị\", \"tổng kết\"])"),
                TempSite.strings(loaded.errors()));
        assertEquals(A + ":5: tags: giá trị “hội nghị” có dấu ngoặc kép cong ở đầu hoặc cuối, nên dấu ngoặc thành một phần của tên "
                + "(trong phần đầu bài, bao giá trị bằng ngoặc kép thẳng (\"): tags: [\"hội nghị\", \"tổng kết\"])",
                loaded.errors().get(0).toString());
        site.write(A, TempSite.article("Hội nghị").replace("category: \"Tin hoạt động\"", "category: “Tin hoạt động”"));
        assertEquals(List.of(A + ":4: category: the value “Tin hoạt động” has curly quotes at its start or end, so they become "
                + "part of the name (in front matter, enclose values in straight double quotes (\"): category: \"Tin hoạt động\")"),
                site.loadErrors());
    }

    @Test
    void missingTitle() {
        assertEquals(List.of(A + ":1: title: missing (add a line like " + TITLE_HINT + ")"),
                errorsOf("---\ndate: 2024-01-15\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void missingDate() {
        assertEquals(List.of(A + ":1: date: missing (add a line like date: 2024-01-15T08:30)"),
                errorsOf("---\ntitle: \"a\"\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void missingCategory() {
        assertEquals(List.of(A + ":1: category: missing (add a line like category: \"Tin hoạt động\")"),
                errorsOf("---\ntitle: \"a\"\ndate: 2024-01-15\n---\n\nNội dung.\n"));
    }

    @Test
    void unreadableDate() {
        assertEquals(List.of(A + ":3: date: \"32/01/2024\": month 1 of 2024 has no day 32 (write the year first, then the month, "
                + "then the day; month 1/2024 has 31 days, the last written 2024-01-31)"),
                errorsOf("---\ntitle: \"a\"\ndate: 32/01/2024\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void emptyTitle() {
        assertEquals(List.of(A + ":2: title: empty (write a value, like " + TITLE_HINT + ")"),
                errorsOf("---\ntitle:\ndate: 2024-01-15\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void misspelledFieldSuggestsTheRightOne() {
        // One error, where the editor wrote it: "category: missing" would only repeat it.
        assertEquals(List.of(A + ":4: categroy: unknown field (did you mean `category`?)"),
                errorsOf("---\ntitle: \"a\"\ndate: 2024-01-15\ncategroy: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void unknownFieldListsTheAllowedOnes() {
        assertEquals(List.of(A + ":5: luot_xem: unknown field (allowed fields: aliases, author, category, credit, date, draft, "
                + "expires, image, image_alt, image_caption, image_focus, slug, source, summary, tags, title, type, updated)"),
                errorsOfArticle("luot_xem: 120"));
    }

    @Test
    void creditSaysWhatTheAuthorDidAndWithoutItTheBylineIsTheNameAlone() {
        site.write("content/tin-tuc/bai-anh.md", TempSite.article("Bài", "author: \"Trường Sơn\"", "credit: \"Bài, ảnh\""));
        site.write("content/tin-tuc/tin.md", TempSite.article("Tin", "author: \"Minh Đức – Hoàng Như\"", "credit: tin"));
        site.write("content/tin-tuc/chi-ten.md", TempSite.article("Tin", "author: \"M.T\""));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        assertEquals(List.of("Bài, ảnh", "", "Tin"), loaded.documents().stream().map(Article::getCredit).toList());
    }

    @Test
    void creditOutsideTheListIsAnErrorWithTheClosestOrTheList() {
        assertEquals(List.of(A + ":5: credit: \"tin, anh\" is not a credit of the site (did you mean \"tin, ảnh\"?)"),
                errorsOfArticle("credit: \"tin, anh\"", "author: \"Trịnh Phương\""));
        assertEquals(List.of(A + ":5: credit: \"ảnh\" is not a credit of the site (write one of \"tin\", \"bài\", \"tin, ảnh\", "
                + "\"bài, ảnh\")"), errorsOfArticle("credit: \"ảnh\"", "author: \"Trịnh Phương\""));
    }

    @Test
    void creditWithoutAnAuthor() {
        assertEquals(List.of(A + ":5: credit: given without an author (add author: \"Trịnh Phương\" or remove credit)"),
                errorsOfArticle("credit: \"tin, ảnh\""));
    }

    @Test
    void pageWithAnArticleOnlyField() {
        site.write("content/trang/gioi-thieu.md", "---\ntype: page\ntitle: \"Giới thiệu\"\ncategory: \"Tin hoạt động\"\n"
                + "date: 2024-01-15\n---\n\nNội dung.\n");
        assertEquals(List.of("content/trang/gioi-thieu.md:4: category: unknown field (pages do not have this field; remove it)",
                "content/trang/gioi-thieu.md:5: date: unknown field (pages do not have this field; remove it)"),
                site.loadErrors());
    }

    @Test
    void validPageNeedsNoDateOrCategory() {
        site.write("content/trang/Giới thiệu.md", "---\ntype: page\ntitle: \"Giới thiệu\"\n---\n\nNội dung.\n");
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        Article p = loaded.documents().get(0);
        assertEquals("gioi-thieu.html", p.getUrl());
        assertEquals(true, p.isPage());
        assertNull(p.getDate());
        assertNull(p.getCategory());
    }

    @Test
    void unknownTypeOfDocument() {
        assertEquals(List.of(A + ":5: type: \"news\" is not a kind of document "
                + "(write type: page for a static page, or remove the line for an article)"), errorsOfArticle("type: news"));
    }

    @Test
    void unknownCategorySuggestsTheOneWithDiacritics() {
        assertEquals(List.of(A + ":4: category: \"Cai cach hanh chinh\" is not one of the site's chuyên mục "
                + "(did you mean \"Cải cách hành chính\"?)"),
                errorsOf("---\ntitle: \"a\"\ndate: 2024-01-15\ncategory: \"Cai cach hanh chinh\"\n---\n\nNội dung.\n"));
    }

    @Test
    void farOffCategoryListsTheCategories() {
        assertEquals(List.of(A + ":4: category: \"Thể thao\" is not one of the site's chuyên mục (the chuyên mục are: "
                + TempSite.CATEGORIES + ")"),
                errorsOf("---\ntitle: \"a\"\ndate: 2024-01-15\ncategory: \"Thể thao\"\n---\n\nNội dung.\n"));
    }

    @Test
    void tagsWrittenAsOneText() {
        assertEquals(List.of(A + ":5: tags: expected a list like [\"cải cách hành chính\", \"công chức\"], got the text "
                + "\"a, b\" (put the items in square brackets, separated by commas)"), errorsOfArticle("tags: \"a, b\""));
    }

    @Test
    void listWhereATextIsExpected() {
        assertEquals(List.of(A + ":2: title: expected a text, got a list (write it like " + TITLE_HINT + ")"),
                errorsOf("---\ntitle: [a, b]\ndate: 2024-01-15\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
    }

    @Test
    void emptyTagItem() {
        assertEquals(List.of(A + ":5: tags: item 2 is empty (remove the empty item or write a value)"),
                errorsOfArticle("tags:", "  - công chức", "  -", "  - tuyển dụng"));
    }

    @Test
    void nestedListAsTagItem() {
        assertEquals(List.of(A + ":5: tags: item 2 is a list (each item is a plain text, like "
                + "[\"cải cách hành chính\", \"công chức\"])"), errorsOfArticle("tags: [a, [b, c]]"));
    }

    @Test
    void duplicateTagsCompareBySlug() {
        assertEquals(List.of(A + ":5: tags: \"Công chức\" repeats \"công chức\" (remove one of them)"),
                errorsOfArticle("tags: [\"công chức\", \"Công chức\"]"));
    }

    @Test
    void tagWithoutLetters() {
        assertEquals(List.of(A + ":5: tags: \"!!!\" has no letters or digits for a web address (use words, e.g. \"công chức\")"),
                errorsOfArticle("tags: [\"!!!\"]"));
    }

    @Test
    void moreThanTenTags() {
        assertEquals(List.of(A + ":5: tags: 11 tags, more than the limit of 10 (keep the 10 that matter most)"),
                errorsOfArticle("tags: [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11]"));
    }

    @Test
    void tenTagsAreAllowed() {
        assertEquals(List.of(), errorsOfArticle("tags: [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]"));
    }

    @Test
    void draftAcceptsOnlyTrueOrFalse() {
        assertEquals(List.of(A + ":5: draft: expected true or false, got the text \"yes\" (write draft: true)"),
                errorsOfArticle("draft: yes"));
    }

    @Test
    void imageMissingFromAssets() {
        assertEquals(List.of(A + ":5: image: assets/images/2024/khong-co.jpg does not exist "
                + "(copy the photo there or correct the path (letters and case must match))"),
                errorsOfArticle("image: images/2024/khong-co.jpg", "image_alt: \"Ảnh\""));
    }

    @Test
    void imageClimbingOutOfAssets() {
        assertEquals(List.of(A + ":5: image: \"images/../../jbake.jpg\" must be a path inside assets/ "
                + "(write it like images/2024/01/hoi-nghi.jpg (without assets/))"),
                errorsOfArticle("image: images/../../jbake.jpg", "image_alt: \"Ảnh\""));
    }

    @Test
    void absoluteImagePath() {
        assertEquals(List.of(A + ":5: image: \"/etc/anh.jpg\" must be a path inside assets/ "
                + "(write it like images/2024/01/hoi-nghi.jpg (without assets/))"),
                errorsOfArticle("image: /etc/anh.jpg", "image_alt: \"Ảnh\""));
    }

    @Test
    void imageThatIsNotAnImageFile() {
        assertEquals(List.of(A + ":5: image: \"images/bao-cao.pdf\" is not an image file "
                + "(use a .jpg, .png, .gif, .webp or .svg file)"),
                errorsOfArticle("image: images/bao-cao.pdf", "image_alt: \"Ảnh\""));
    }

    @Test
    void anIPhonesHeicPhotoIsNamedWithTheSettingThatAvoidsIt() {
        site.write("assets/images/IMG_0001.HEIC", "ftypheic");
        assertEquals(List.of(A + ":5: image: \"images/IMG_0001.HEIC\" is not an image file (taken with an iPhone: save photos as "
                + "JPEG (Settings › Camera › Formats › Most Compatible))"), errorsOfArticle("image: images/IMG_0001.HEIC", "image_alt: \"Ảnh\""));
        site.write(A, TempSite.article("Hội nghị", "image: images/IMG_0001.HEIC", "image_alt: \"Ảnh\""));
        assertEquals(List.of(A + ":5: image: \"images/IMG_0001.HEIC\" không phải tệp ảnh (chụp bằng iPhone: lưu ảnh dưới dạng JPEG "
                + "(Cài đặt › Camera › Định dạng › Tương thích nhất))"), site.load().errors().stream().map(ContentError::toString).toList());
    }

    /** image_focus: two percentages, across then down; the centre when absent. */
    @Test
    void focusPointOfTheThumbnails() {
        site.png("images/anh.png", 2, 2);
        site.write(A, TempSite.article("Hội nghị", "image: images/anh.png", "image_alt: \"Ảnh\"", "image_focus: \"30% 0%\""));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        assertEquals(30, loaded.documents().get(0).getImage().focusX());
        assertEquals(0, loaded.documents().get(0).getImage().focusY());
        for (String wrong : List.of("giữa", "30%", "30 40", "30%,40%", "101% 50%", "-5% 50%")) {
            site.write(A, TempSite.article("Hội nghị", "image: images/anh.png", "image_alt: \"Ảnh\"", "image_focus: \"" + wrong + "\""));
            List<ContentError> errors = site.load().errors();
            assertEquals(List.of(A + ":7: image_focus: cannot read \"" + wrong + "\" (give the point the thumbnails keep, in percent "
                    + "across from the left, then down from the top: image_focus: \"50% 30%\")"), TempSite.strings(errors), wrong);
            assertEquals(List.of(A + ":7: image_focus: không đọc được \"" + wrong + "\" (ghi điểm cần giữ khi cắt ảnh thu nhỏ: bao nhiêu "
                    + "phần trăm từ trái sang, rồi từ trên xuống, như image_focus: \"50% 30%\")"),
                    errors.stream().map(ContentError::toString).toList(), wrong);
        }
        assertEquals(List.of(A + ":5: image_focus: given without an image (add image: images/2024/01/anh.jpg or remove image_focus)"),
                errorsOfArticle("image_focus: \"50% 20%\""));
    }

    @Test
    void imageWithoutAlt() {
        site.png("images/anh.png", 2, 2);
        assertEquals(List.of(A + ":5: image: has no image_alt (describe the photo for readers who cannot see it: "
                + "image_alt: \"Toàn cảnh hội nghị\")"), errorsOfArticle("image: images/anh.png"));
    }

    @Test
    void altWithoutImage() {
        assertEquals(List.of(A + ":5: image_alt: given without an image (add image: images/2024/01/anh.jpg or remove image_alt)"),
                errorsOfArticle("image_alt: \"Toàn cảnh\""));
    }

    @Test
    void slugClimbingFolders() {
        assertEquals(List.of(A + ":5: slug: \"../../etc/passwd\" is not a valid web address part "
                + "(use lower-case ASCII letters, digits and '-', e.g. \"etc-passwd\")"), errorsOfArticle("slug: ../../etc/passwd"));
    }

    /** With ": " later in the value, YAML reads 'title:"Sở Nội vụ' as a field: the missing space is still what is said. */
    @Test
    void noSpaceAfterTheColonOfAValueWithAColonIsNamed() {
        site.write(A, "---\ntitle:\"Sở Nội vụ: Triển khai công tác năm 2014\"\ndate: 2024-01-15\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n");
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(A + ":2: title: no space after the colon (write: title: \"Sở Nội vụ: Triển khai công tác năm 2014\")"),
                TempSite.strings(loaded.errors()));
        assertEquals(A + ":2: title: thiếu dấu cách sau dấu hai chấm (viết: title: \"Sở Nội vụ: Triển khai công tác năm 2014\")",
                loaded.errors().get(0).toString());
    }

    @Test
    void aWholeAddressAsSlugSuggestsItsLastPart() {
        assertEquals(List.of(A + ":5: slug: \"/tin-tuc/khen-thuong.html\" is not a valid web address part "
                + "(use lower-case ASCII letters, digits and '-', e.g. \"khen-thuong\")"), errorsOfArticle("slug: /tin-tuc/khen-thuong.html"));
    }

    @Test
    void aDateWrittenDayFirstIsShownYearFirst() {
        assertEquals(List.of(A + ":3: date: cannot read \"30/01/2026\" (write the year first, then the month, then the day: 2026-01-30)"),
                errorsOf("---\ntitle: \"a\"\ndate: 30/01/2026\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n"));
        site.write(A, "---\ntitle: \"a\"\ndate: 30-1-2026 8:05\ncategory: \"Tin hoạt động\"\n---\n\nNội dung.\n");
        assertEquals(A + ":3: date: không đọc được ngày \"30-1-2026 8:05\" (viết năm trước, rồi tháng, rồi ngày: 2026-01-30T08:05)",
                site.load().errors().get(0).toString());
    }

    @Test
    void slugOverridesTheFileName() {
        site.write(A, TempSite.article("a", "slug: hoi-nghi-2024"));
        assertEquals("tin-tuc/hoi-nghi-2024.html", site.load().documents().get(0).getUrl());
    }

    @Test
    void updatedBeforeDate() {
        assertEquals(List.of(A + ":5: updated: is before the date of the article (15/01/2024 08:30 (GMT+7)) "
                + "(updated is the time of the last correction)"), errorsOfArticle("updated: 2024-01-14T23:00"));
    }

    @Test
    void expiresBeforeDate() {
        assertEquals(List.of(A + ":5: expires: is not after the date of the article (15/01/2024 08:30 (GMT+7)) "
                + "(expires is when the article is withdrawn)"), errorsOfArticle("expires: 2024-01-15"));
    }

    @Test
    void emptyBodyPointsAtTheClosingFence() {
        assertEquals(List.of(A + ":5: the text is empty (write the article below the closing '---' line)"),
                errorsOf("---\ntitle: \"a\"\ndate: 2024-01-15\ncategory: \"Tin hoạt động\"\n---\n\n  \n"));
    }

    @Test
    void fileThatIsNotMarkdown() {
        site.write("content/tin-tuc/anh.jpg", "x");
        assertEquals(List.of("content/tin-tuc/anh.jpg: only Markdown (.md) files belong in content/ "
                + "(put images and attachments in assets/ and rename articles to .md)"), site.loadErrors());
    }

    @Test
    void readmeAndHiddenFilesAreIgnored() {
        site.write("content/README.txt", "Ghi chú cho biên tập viên");
        site.write("content/tin-tuc/readme.md", "không có front matter");
        site.write("content/tin-tuc/.gitkeep", "");
        site.write("content/.nhap/b.md", "không có front matter");
        site.write(A, TempSite.article("a"));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        assertEquals(List.of(A), loaded.documents().stream().map(Article::getSourcePath).toList());
    }

    @Test
    void missingContentFolder() throws Exception {
        java.nio.file.Files.delete(dir.resolve("content"));
        assertEquals(List.of("content: the content folder is missing (create content/tin-tuc/ for articles)"), site.loadErrors());
    }

    @Test
    void javascriptLinkInTheBody() {
        assertEquals(List.of(A + ":8: the address \"javascript:alert(1)\" is not allowed (links may use http, https, mailto or tel)"),
                errorsOf(TempSite.articleWithBody("a", "Dòng một.\n[bấm vào đây](javascript:alert(1))\n")));
    }

    @Test
    void fileNamesWithSpacesAndVietnameseGiveAsciiAddresses() {
        site.write("content/tin-tuc/2024/Hội nghị tổng kết.md", TempSite.article("a"));
        site.write("content/tin-tuc/2024/Quyết định 12 (QĐ-SNV).md", TempSite.article("b"));
        ContentLoader.Loaded loaded = site.load();
        assertEquals(List.of(), TempSite.strings(loaded.errors()));
        assertEquals(List.of("tin-tuc/hoi-nghi-tong-ket.html", "tin-tuc/quyet-dinh-12-qd-snv.html"),
                loaded.documents().stream().map(Article::getUrl).sorted().toList());
    }

    @Test
    void fileNameWithoutLetters() {
        site.write("content/tin-tuc/!!!.md", TempSite.article("a"));
        assertEquals(List.of("content/tin-tuc/!!!.md:1: slug: the file name gives no web address (no letters or digits) "
                + "(rename the file, e.g. hoi-nghi-tong-ket.md, or add a line slug: \"hoi-nghi-tong-ket\")"), site.loadErrors());
    }

    @Test
    void everyProblemOfAFileIsReported() {
        assertEquals(List.of(A + ":1: category: missing (add a line like category: \"Tin hoạt động\")",
                        A + ":3: date: cannot read \"hôm qua\" (expected 2024-01-15 or 2024-01-15T08:30:00+07:00)",
                        A + ":4: draft: expected true or false, got the text \"no\" (write draft: true)"),
                errorsOf("---\ntitle: \"a\"\ndate: hôm qua\ndraft: no\n---\n\nNội dung.\n"));
    }

    @Test
    void articleWithAnErrorIsNotReturned() {
        site.write(A, TempSite.article("a", "draft: yes"));
        assertEquals(List.of(), site.load().documents());
    }

    @Test
    void oversizedFileIsRefused() {
        site.bytes(A, new byte[2 * 1024 * 1024 + 1]); // one byte over the limit of source/FrontMatter
        assertEquals(List.of(A + ": the file is 2.0 MB, larger than the 2 MB limit "
                + "(split the article, or put large attachments in assets/ and link them)"), site.loadErrors());
    }

    @Test
    void oversizedFileReportsItsOwnSize() {
        site.bytes(A, new byte[5 * 1024 * 1024]);
        assertEquals(List.of(A + ": the file is 5.0 MB, larger than the 2 MB limit "
                + "(split the article, or put large attachments in assets/ and link them)"), site.loadErrors());
    }
}
