package vn.gov.noivu.bantin.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.feed.FeedLink;
import vn.gov.noivu.bantin.markdown.InternalLink;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.vanban.Facet;
import vn.gov.noivu.bantin.vanban.LegalDocument;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The documents registry's pages: every list (whole registry both ways, by type, field and year), each
 * paginated and carrying the filters as plain links so it works without JavaScript, and one page per
 * document with the articles that cite it.
 */
final class RegistryPages {
    /** Other documents of the same field shown on a document's page. */
    static final int SAME_FIELD = 5;

    private final PageWriter writer;
    private final Registry registry;
    private final FeedLink feed;
    private final Map<String, Set<Article>> citedBy = new HashMap<>();

    RegistryPages(PageWriter writer, Site site, Registry registry) {
        this.writer = writer;
        this.registry = registry;
        this.feed = writer.feedOf(Urls.DOCUMENTS);
        List<Article> citing = new ArrayList<>(site.getArticles()); // newest first, then the static pages
        citing.addAll(site.getPages());
        for (Article a : citing) {
            for (InternalLink link : a.getLinks()) {
                if (link.target().startsWith(Urls.DOCUMENTS)) {
                    citedBy.computeIfAbsent(link.target(), k -> new LinkedHashSet<>()).add(a);
                }
            }
        }
    }

    int write() {
        List<Runnable> jobs = new ArrayList<>();
        for (Facet f : registry.facets()) {
            for (int n = 1; n <= f.pageCount(); n++) {
                int page = n;
                jobs.add(() -> list(f, page));
            }
        }
        for (LegalDocument d : registry.documents()) {
            jobs.add(() -> document(d));
        }
        jobs.parallelStream().forEach(Runnable::run);
        return jobs.size();
    }

    private void list(Facet f, int pageNo) {
        String path = Urls.listingPage(f.url(), pageNo);
        Map<String, Object> m = writer.model(path);
        List<LegalDocument> docs = f.documents();
        m.put("facet", f);
        m.put("documents", docs.subList((pageNo - 1) * Registry.PAGE_SIZE, Math.min(docs.size(), pageNo * Registry.PAGE_SIZE)));
        m.put("pageNo", pageNo);
        m.put("pageCount", f.pageCount());
        m.put("pager", Pager.of(f.url(), pageNo, f.pageCount()));
        m.put("types", registry.facets("type"));
        m.put("fields", registry.facets("field"));
        m.put("years", registry.facets("year"));
        m.put("feed", feed);
        m.put("feeds", List.of(feed));
        writer.render("van-ban-list.ftl", path, m);
    }

    private void document(LegalDocument d) {
        Map<String, Object> m = writer.model(d.url());
        m.put("doc", d);
        m.put("body", writer.inColumn(d.bodyHtml(), d.url()));
        m.put("citedBy", List.copyOf(citedBy.getOrDefault(d.url(), Set.of())));
        List<LegalDocument> sameField = registry.documents().stream()
                .filter(o -> o != d && o.field().equals(d.field())).limit(SAME_FIELD).toList();
        m.put("sameField", sameField);
        m.put("feeds", List.of(feed));
        writer.render("van-ban.ftl", d.url(), m);
    }
}
