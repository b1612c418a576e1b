package vn.gov.noivu.bantin.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.content.Article;

/**
 * How published static pages stand to each other: an English page and the Vietnamese page it translates
 * (linked both ways with hreflang), a sub-page and the page it sits under (Giới thiệu › Lãnh đạo Sở).
 * A name that leads nowhere is an error at the line that wrote it.
 */
final class PageRelations {
    private final Map<Article, Article> parents = new IdentityHashMap<>();
    private final Map<Article, List<Site.Alternate>> alternates = new IdentityHashMap<>();
    private final List<Article> topLevel = new ArrayList<>();

    /** @param pages the published pages, in slug order */
    PageRelations(List<Article> pages, List<ContentError> errors) {
        Map<String, Article> byLangAndSlug = new HashMap<>();
        for (Article p : pages) {
            byLangAndSlug.put(p.getLang() + "/" + p.getSlug(), p);
        }
        Map<Article, Article> translations = new IdentityHashMap<>();
        for (Article p : pages) {
            Article.PageRef original = p.getPageInfo().translationOf();
            if (original != null) {
                find(p, original, "translation_of", Article.VIETNAMESE, byLangAndSlug, errors).ifPresent(vi -> {
                    Article other = translations.putIfAbsent(vi, p);
                    if (other != null) {
                        errors.add(ContentError.of(p.getSourcePath(), original.line(), "translation_of",
                                Message.of("page.translatedTwice", original.slug(), other.getSourcePath()), Message.of("hint.page.oneTranslation")));
                    }
                });
            }
            Article.PageRef parent = p.getPageInfo().parent();
            if (parent == null) {
                topLevel.add(p);
                continue;
            }
            find(p, parent, "parent", p.getLang(), byLangAndSlug, errors).ifPresent(up -> {
                if (up == p) {
                    errors.add(ContentError.of(p.getSourcePath(), parent.line(), "parent", Message.of("page.ownParent"),
                            Message.of("hint.page.parent")));
                } else if (up.getPageInfo().parent() != null) {
                    errors.add(ContentError.of(p.getSourcePath(), parent.line(), "parent",
                            Message.of("page.nested", parent.slug(), up.getPageInfo().parent().slug()), Message.of("hint.page.nested")));
                } else {
                    parents.put(p, up);
                }
            });
        }
        translations.forEach((vi, translation) -> {
            List<Site.Alternate> both = List.of(new Site.Alternate(vi.getLang(), vi.getUrl()),
                    new Site.Alternate(translation.getLang(), translation.getUrl()));
            alternates.put(vi, both);
            alternates.put(translation, both);
        });
        // Vietnamese pages first, then the translations in the order of the pages they translate.
        topLevel.sort(Comparator.comparing((Article a) -> !a.getLang().equals(Article.VIETNAMESE))
                .thenComparing(a -> a.getPageInfo().translationOf() == null ? a.getSlug() : a.getPageInfo().translationOf().slug()));
    }

    private static Optional<Article> find(Article page, Article.PageRef ref, String field, String lang,
                                          Map<String, Article> byLangAndSlug, List<ContentError> errors) {
        Article target = byLangAndSlug.get(lang + "/" + ref.slug());
        if (target == null) {
            List<String> slugs = byLangAndSlug.values().stream().filter(a -> a.getLang().equals(lang)).map(Article::getSlug).toList();
            Message hint = Suggest.closest(ref.slug(), slugs).map(s -> Message.of("hint.didYouMean", s))
                    .orElse(Message.of("hint.page.fileName"));
            errors.add(ContentError.of(page.getSourcePath(), ref.line(), field, Message.of(lang.equals(Article.VIETNAMESE)
                    ? "page.noVietnamesePage" : "page.noEnglishPage", "/" + Urls.page(ref.slug(), lang)), hint));
        }
        return Optional.ofNullable(target);
    }

    /** The page this one sits under, or null. */
    Article parent(Article page) {
        return parents.get(page);
    }

    /** The language versions of a translated page (Vietnamese first, itself included), or none. */
    List<Site.Alternate> alternates(Article page) {
        return alternates.getOrDefault(page, List.of());
    }

    /** Pages that sit under no other: Vietnamese first, then the translations. */
    List<Article> topLevel() {
        return topLevel;
    }
}
