package vn.gov.noivu.bantin.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.base.Urls;

/**
 * What an edit of content/ touches, found by comparing the site that is on disk with the new one. The
 * load cache hands back the same {@link Article} object for every file that did not change, so a
 * listing page is out of date exactly when one of the articles it shows is a different object; an
 * article page, when the article itself changed or one it links to has other front matter.
 */
final class Changes {
    /** Page {@code page} of a listing (the home page when {@code term} is null). */
    record ListingPage(Term term, List<Article> articles, int page) {
    }

    /**
     * The pages to write again and the files to delete; {@code everything} when something shown on
     * every page changed (the titles or addresses of the static pages in the footer).
     */
    record Plan(boolean everything, List<Article> documents, List<ListingPage> listings, Set<String> months, Set<String> removed) {
        int files() {
            return documents.size() + listings.size();
        }
    }

    private Changes() {
    }

    static Plan between(Site before, Site after) {
        Set<String> removed = new HashSet<>(before.getOutputs());
        removed.removeAll(after.getOutputs());
        Set<String> aliasesAfter = aliases(after);
        for (String alias : aliases(before)) {
            if (!aliasesAfter.contains(alias)) {
                removed.add(alias);
            }
        }
        if (!footer(before).equals(footer(after))) {
            return new Plan(true, List.of(), List.of(), Set.of(), removed);
        }
        Map<String, Article> old = new HashMap<>();
        before.getArticles().forEach(a -> old.put(a.getUrl(), a));
        before.getPages().forEach(a -> old.put(a.getUrl(), a));
        List<Article> documents = new ArrayList<>();
        for (Article a : after.getArticles()) {
            Article b = old.get(a.getUrl());
            if (b != a || !sameLinks(linkedFrom(before, b), linkedFrom(after, a))) {
                documents.add(a);
            }
        }
        for (Article p : after.getPages()) {
            if (old.get(p.getUrl()) != p) {
                documents.add(p);
            }
        }
        List<ListingPage> listings = new ArrayList<>();
        int size = after.getConfig().pageSize();
        pages(null, before.getArticles(), after.getArticles(), size, listings);
        for (Map.Entry<String, Site.Listing> e : after.getCategories().entrySet()) {
            pages(before.getCategories().get(e.getKey()), e.getValue(), size, listings);
        }
        for (Map.Entry<String, Site.Listing> e : after.getTags().entrySet()) {
            pages(before.getTags().get(e.getKey()), e.getValue(), size, listings);
        }
        return new Plan(false, documents, listings, months(before, after), removed);
    }

    /**
     * The archive's month pages to write again (by address): those whose articles changed, and those whose
     * newer or older month changed (each links to both).
     */
    private static Set<String> months(Site before, Site after) {
        List<Site.ArchiveMonth> old = new ArrayList<>();
        before.getArchive().forEach(y -> old.addAll(y.months()));
        Map<String, Integer> oldAt = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldAt.put(old.get(i).getUrl(), i);
        }
        List<Site.ArchiveMonth> now = new ArrayList<>();
        after.getArchive().forEach(y -> now.addAll(y.months()));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < now.size(); i++) {
            Site.ArchiveMonth m = now.get(i);
            Integer at = oldAt.get(m.getUrl());
            if (at == null || !Article.sameObjects(old.get(at).articles(), m.articles())
                    || !url(now, i - 1).equals(url(old, at - 1)) || !url(now, i + 1).equals(url(old, at + 1))) {
                out.add(m.getUrl());
            }
        }
        return out;
    }

    private static String url(List<Site.ArchiveMonth> months, int i) {
        return i >= 0 && i < months.size() ? months.get(i).getUrl() : "";
    }

    /**
     * True when {@code after} shows the same articles and pages as {@code before}, in the same order, each with
     * the same front matter: what the search index and the sitemap say of them is then the same (an edit of a
     * text alone).
     */
    static boolean sameFrontMatter(Site before, Site after) {
        return sameLinks(before.getArticles(), after.getArticles()) && sameLinks(before.getPages(), after.getPages());
    }

    /** The other articles an article page links to: previous, next, and both boxes of related articles. */
    private static List<Article> linkedFrom(Site site, Article a) {
        List<Article> out = new ArrayList<>();
        out.add(site.previousInCategory(a));
        out.add(site.nextInCategory(a));
        out.addAll(site.sameCategory(a));
        out.addAll(site.others(a));
        return out;
    }

    /**
     * The same articles, each with the same front matter: a link shows its article's title and date,
     * never its text, so editing the text of the newest article does not re-write every page that
     * lists it under "Các tin khác".
     */
    private static boolean sameLinks(List<Article> before, List<Article> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Article b = before.get(i);
            Article a = after.get(i);
            if (a != b && (a == null || !a.sameFrontMatter(b))) {
                return false;
            }
        }
        return true;
    }

    private static void pages(Site.Listing before, Site.Listing after, int size, List<ListingPage> out) {
        boolean renamed = before == null || !before.term().getName().equals(after.term().getName());
        pages(after.term(), renamed ? null : before.articles(), after.articles(), size, out);
    }

    /** Adds the pages of a listing whose articles, total or page count changed ({@code before} null: all). */
    private static void pages(Term term, List<Article> before, List<Article> after, int size, List<ListingPage> out) {
        int count = Urls.pageCount(after.size(), size);
        boolean all = before == null || before.size() != after.size();
        for (int n = 1; n <= count; n++) {
            if (all || !Article.sameObjects(slice(before, n, size), slice(after, n, size))) {
                out.add(new ListingPage(term, after, n));
            }
        }
    }

    private static List<Article> slice(List<Article> list, int page, int size) {
        return list.subList(Math.min(list.size(), (page - 1) * size), Math.min(list.size(), page * size));
    }

    /** The static pages every page links to in its footer. */
    private static List<String> footer(Site site) {
        List<String> out = new ArrayList<>();
        site.getPages().forEach(p -> out.add(p.getUrl() + "\n" + p.getTitle()));
        return out;
    }

    private static Set<String> aliases(Site site) {
        Set<String> out = new HashSet<>();
        site.getArticles().forEach(a -> out.addAll(a.getAliases()));
        site.getPages().forEach(a -> out.addAll(a.getAliases()));
        return out;
    }
}
