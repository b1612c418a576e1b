package vn.gov.noivu.bantin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TempSite;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.content.Article;

/** Guards static pages' language, translations (hreflang both ways) and sections (parent), and their errors. */
class PageRelationsTest {
    @TempDir
    Path dir;

    private static String page(String title, String... extra) {
        StringBuilder sb = new StringBuilder("---\ntype: page\ntitle: \"").append(title).append("\"\n");
        for (String e : extra) {
            sb.append(e).append('\n');
        }
        return sb.append("---\n\nNội dung.\n").toString();
    }

    private TempSite site() {
        return new TempSite(dir)
                .write("content/trang/gioi-thieu.md", page("Giới thiệu"))
                .write("content/trang/lien-he.md", page("Liên hệ"))
                .write("content/trang/gioi-thieu/lanh-dao-so.md", page("Lãnh đạo Sở", "parent: gioi-thieu"))
                .write("content/trang/en/introduction.md", page("Introduction", "lang: en", "translation_of: gioi-thieu"));
    }

    private static Article page(Site site, String url) {
        return site.getPages().stream().filter(p -> p.getUrl().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void englishPageLivesUnderEnAndBothVersionsKnowEachOther() {
        List<ContentError> errors = new ArrayList<>();
        Site site = site().site(TempSite.NOW, errors);
        assertEquals(List.of(), TempSite.strings(errors));
        Article en = page(site, "en/introduction.html");
        Article vi = page(site, "gioi-thieu.html");
        List<Site.Alternate> both = List.of(new Site.Alternate("vi", "gioi-thieu.html"), new Site.Alternate("en", "en/introduction.html"));
        assertEquals("en", en.getLang());
        assertEquals(both, site.alternatesOf(en));
        assertEquals(both, site.alternatesOf(vi));
        assertEquals(List.of(), site.alternatesOf(page(site, "lien-he.html")));
    }

    @Test
    void subPageHasItsParentAndTheFooterListsTopPagesVietnameseFirst() {
        List<ContentError> errors = new ArrayList<>();
        Site site = site().site(TempSite.NOW, errors);
        assertEquals(page(site, "gioi-thieu.html"), site.parentOf(page(site, "lanh-dao-so.html")));
        assertNull(site.parentOf(page(site, "gioi-thieu.html")));
        assertEquals(List.of("gioi-thieu.html", "lien-he.html", "en/introduction.html"),
                site.getTopPages().stream().map(Article::getUrl).toList());
    }

    @Test
    void unknownLanguageAndTranslationOnAVietnamesePage() {
        List<ContentError> errors = new ArrayList<>();
        site().write("content/trang/en/contact.md", page("Contact", "lang: fr"))
                .write("content/trang/lien-he.md", page("Liên hệ", "translation_of: gioi-thieu"))
                .site(TempSite.NOW, errors);
        assertEquals(List.of(
                "content/trang/en/contact.md:4: lang: \"fr\" is not a language of the site (write lang: en for an English page; Vietnamese pages need no lang line)",
                "content/trang/lien-he.md:4: translation_of: only an English page translates a Vietnamese one (add lang: en to the English page, or remove this line)"),
                TempSite.strings(errors));
    }

    @Test
    void translationOfAnUnknownOrAlreadyTranslatedPage() {
        List<ContentError> errors = new ArrayList<>();
        site().write("content/trang/en/about.md", page("About", "lang: en", "translation_of: gioi-thieu"))
                .write("content/trang/en/contact.md", page("Contact", "lang: en", "translation_of: lien-ha"))
                .site(TempSite.NOW, errors);
        assertEquals(List.of(
                "content/trang/en/contact.md:5: translation_of: no published Vietnamese page has the address /lien-ha.html (did you mean \"lien-he\"?)",
                "content/trang/en/introduction.md:5: translation_of: \"gioi-thieu\" is already translated by content/trang/en/about.md (one English page per Vietnamese page)"),
                TempSite.strings(errors));
    }

    @Test
    void parentMustBeAPublishedTopPageOfTheSameLanguage() {
        List<ContentError> errors = new ArrayList<>();
        site().write("content/trang/gioi-thieu/to-chuc.md", page("Tổ chức", "parent: lanh-dao-so"))
                .write("content/trang/gioi-thieu/ban-nhap.md", page("Bản nháp", "draft: true"))
                .write("content/trang/gioi-thieu/con.md", page("Con", "parent: ban-nhap"))
                .write("content/trang/tu-minh.md", page("Tự mình", "parent: tu-minh"))
                .write("content/trang/en/history.md", page("History", "lang: en", "parent: gioi-thieu"))
                .write("content/trang/gioi-thieu/sai.md", page("Sai", "parent: Giới thiệu"))
                .site(TempSite.NOW, errors);
        assertEquals(List.of(
                "content/trang/en/history.md:5: parent: no published English page has the address /en/gioi-thieu.html (write the file name of the page without .md; it must be published)",
                "content/trang/gioi-thieu/con.md:4: parent: no published Vietnamese page has the address /ban-nhap.html (write the file name of the page without .md; it must be published)",
                "content/trang/gioi-thieu/sai.md:4: parent: \"Giới thiệu\" is not the address of a page (write the page's file name without .md, e.g. gioi-thieu)",
                "content/trang/gioi-thieu/to-chuc.md:4: parent: \"lanh-dao-so\" sits under \"gioi-thieu\" itself (pages nest one level only: name the top page)",
                "content/trang/tu-minh.md:4: parent: a page cannot sit under itself (name the page of the section, e.g. parent: gioi-thieu)"),
                TempSite.strings(errors));
    }

    @Test
    void articlesHaveNoLanguageField() {
        new TempSite(dir).write("content/tin-tuc/a.md", TempSite.article("Bài", "lang: en"));
        assertEquals(List.of("content/tin-tuc/a.md:5: lang: unknown field (allowed fields: aliases, author, category, credit, date, draft, "
                + "expires, image, image_alt, image_caption, image_focus, slug, source, summary, tags, title, type, updated)"),
                new TempSite(dir).loadErrors());
    }
}
