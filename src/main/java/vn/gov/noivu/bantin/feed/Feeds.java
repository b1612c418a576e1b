package vn.gov.noivu.bantin.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The site's RSS 2.0 feeds: one for the whole site, one per declared category (even an empty one)
 * and one per tag, "Văn bản mới" when the site has a documents registry, plus an OPML list of them all. Output depends only on the {@link Site}, never on
 * the clock, so two builds of one commit give identical bytes.
 */
public final class Feeds {
    /** File name of every feed, at the site root and in each listing folder. */
    public static final String FILE = "feed.xml";
    /** Site path of the OPML list of every feed. */
    public static final String OPML = "feeds.opml";
    static final String DEFAULT_TITLE_PATTERN = "{site} – {name}";

    private Feeds() {
    }

    /** A feed to write: its link, its channel description and its candidate items, newest first. */
    record Spec(FeedLink link, String description, List<Article> articles) {
    }

    /** Every feed: the site's first, then "Văn bản mới", then categories in declared order, then tags by slug. */
    public static List<FeedLink> all(Site site) {
        List<FeedLink> links = new ArrayList<>(specs(site).stream().map(Spec::link).toList());
        if (site.section(Registry.class).isPresent()) {
            links.add(1, DocumentFeed.link(site.getConfig()));
        }
        return links;
    }

    /** What the feeds stage wrote: the RSS feeds, and every file (the feeds and the OPML list) by its path in the output folder. */
    public record Written(int feeds, List<String> files) {
    }

    /**
     * The pipeline's feeds stage: every feed and the OPML list under {@code outputDir}, or, when it holds the
     * feeds of {@code before} (a preview's edit), only the feeds that changed and the OPML list.
     */
    public static Written write(Site before, Site site, Photos photos, Path outputDir) throws IOException {
        List<String> files = new ArrayList<>(before == null ? write(site, photos, outputDir) : writeChanged(before, site, photos, outputDir));
        int feeds = files.size();
        writeOpml(site, outputDir);
        files.add(OPML);
        return new Written(feeds, List.copyOf(files));
    }

    /** Writes every feed under {@code outputDir}, their pictures those of {@code photos}; returns the site paths written, sorted. */
    public static List<String> write(Site site, Photos photos, Path outputDir) throws IOException {
        return write(site, photos, specs(site), outputDir);
    }

    /**
     * Writes again only the feeds whose title, description or items differ from those of {@code before}
     * (the items compared as objects: an edited article is a new one). A preview's edit touches a few
     * feeds, not all of them. Returns the site paths written, sorted.
     */
    public static List<String> writeChanged(Site before, Site after, Photos photos, Path outputDir) throws IOException {
        Map<String, Spec> old = new HashMap<>();
        for (Spec spec : specs(before)) {
            old.put(spec.link().path(), spec);
        }
        List<Spec> changed = new ArrayList<>();
        for (Spec spec : specs(after)) {
            Spec b = old.get(spec.link().path());
            if (b == null || !b.link().equals(spec.link()) || !b.description().equals(spec.description())
                    || !Article.sameObjects(Rss.items(before, b), Rss.items(after, spec))) {
                changed.add(spec);
            }
        }
        return write(after, photos, changed, outputDir);
    }

    private static List<String> write(Site site, Photos photos, List<Spec> specs, Path outputDir) throws IOException {
        // An article sits in several feeds (site, category, each tag): its item HTML is made once.
        Map<Article, String> itemHtml = new HashMap<>();
        List<String> written = new ArrayList<>();
        // One feed after another: the stage runs beside the pages, which keep both cores busy; on the common
        // pool its thread only spun waiting for the pool's worker (no faster at 1,000 or 10,000 articles).
        for (Spec spec : specs) {
            writeFile(outputDir, spec.link().path(), Rss.render(site, spec, photos, itemHtml));
            written.add(spec.link().path());
        }
        Optional<Registry> registry = site.section(Registry.class);
        if (registry.isPresent()) {
            writeFile(outputDir, Urls.DOCUMENTS_FEED, DocumentFeed.render(site, registry.get(), photos));
            written.add(Urls.DOCUMENTS_FEED);
        }
        written.sort(null);
        return written;
    }

    /** Writes {@code feeds.opml} (OPML 2.0) listing every feed of {@link #all}. */
    public static void writeOpml(Site site, Path outputDir) throws IOException {
        writeFile(outputDir, OPML, Opml.render(site.getConfig(), all(site)));
    }

    static List<Spec> specs(Site site) {
        SiteConfig config = site.getConfig();
        String siteTitle = config.title();
        String siteDescription = config.description().isEmpty() ? siteTitle : config.description();
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(new FeedLink(FeedLink.Kind.SITE, siteTitle, siteTitle, FILE, Urls.HOME), siteDescription,
                site.getArticles()));
        for (Site.Listing l : site.getCategories().values()) {
            specs.add(spec(config, FeedLink.Kind.CATEGORY, l,
                    "Tin mới nhất chuyên mục “" + l.term().getName() + "” – " + siteTitle));
        }
        for (Site.Listing l : site.getTags().values()) {
            specs.add(spec(config, FeedLink.Kind.TAG, l,
                    "Tin mới nhất về chủ đề “" + l.term().getName() + "” – " + siteTitle));
        }
        return specs;
    }

    private static Spec spec(SiteConfig config, FeedLink.Kind kind, Site.Listing listing, String description) {
        Term term = listing.term();
        String title = title(config, term.getName(), kind == FeedLink.Kind.CATEGORY ? "Chuyên mục" : "Chủ đề");
        return new Spec(new FeedLink(kind, term.getName(), title, term.getUrl() + FILE, term.getUrl()), description,
                listing.articles());
    }

    /**
     * The title of a feed that follows {@code name}, by {@code feed.title_pattern} ("Sở Nội vụ – Tin hoạt động");
     * a name that is the site's own (the tag "Sở Nội vụ") is not said twice but named with its {@code label}, as
     * its page's heading does: "Chủ đề: Sở Nội vụ".
     */
    static String title(SiteConfig config, String name, String label) {
        if (Slugs.slugify(name).equals(Slugs.slugify(config.title()))) {
            return label + ": " + name;
        }
        return config.get("feed.title_pattern", DEFAULT_TITLE_PATTERN).replace("{site}", config.title()).replace("{name}", name);
    }

    private static void writeFile(Path outputDir, String sitePath, byte[] bytes) throws IOException {
        Path file = outputDir.resolve(sitePath);
        if (!Files.isDirectory(file.getParent())) { // the listing pages made most folders already
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes);
    }
}
