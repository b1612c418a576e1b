package vn.gov.noivu.bantin.sitemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.site.Site;

/**
 * The crawler stage: {@code sitemap.xml} (every page worth indexing, articles' and listings' with the last
 * change of what they show as {@code lastmod}, +07:00; the văn bản and lịch công tác pages too) and
 * {@code robots.txt} pointing to it. Listings after their first page, the search page, 404 and alias
 * redirects are left out: they have no content of their own. A site of more than {@link #MAX_URLS} such
 * pages gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... of at most that many each, and
 * {@code sitemap.xml} is then their index, as sitemaps.org asks (crawlers ignore what a file lists beyond it).
 */
public final class Sitemap {
    /** The most addresses one sitemap file may list (sitemaps.org). */
    static final int MAX_URLS = 50_000;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";

    private Sitemap() {
    }

    /** One address of the sitemap: its {@code <url>} line and its last change (null for none). */
    private record Url(String line, ZonedDateTime lastmod) {
    }

    /**
     * Writes the sitemap (one file, or an index and its parts) and robots.txt under {@code out}, and deletes
     * the parts an earlier build of the folder wrote beyond those; returns the paths written or deleted.
     */
    public static List<String> write(Site site, Path out) throws IOException {
        return write(site, out, MAX_URLS);
    }

    static List<String> write(Site site, Path out, int perFile) throws IOException {
        List<Url> urls = urls(site);
        List<String> files = new ArrayList<>();
        int parts = urls.size() <= perFile ? 0 : (urls.size() + perFile - 1) / perFile;
        if (parts == 0) {
            Files.writeString(out.resolve(Urls.SITEMAP), urlset(urls), StandardCharsets.UTF_8);
        } else {
            StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex ").append(NAMESPACE).append(">\n");
            for (int k = 1; k <= parts; k++) {
                List<Url> part = urls.subList((k - 1) * perFile, Math.min(urls.size(), k * perFile));
                Files.writeString(out.resolve(Urls.sitemapPart(k)), urlset(part), StandardCharsets.UTF_8);
                files.add(Urls.sitemapPart(k));
                index.append("<sitemap><loc>").append(escape(site.getConfig().absolute(Urls.sitemapPart(k)))).append("</loc>");
                part.stream().map(Url::lastmod).filter(java.util.Objects::nonNull).max(Comparator.comparing(ZonedDateTime::toInstant))
                        .ifPresent(newest -> index.append("<lastmod>").append(Dates.iso(newest)).append("</lastmod>"));
                index.append("</sitemap>\n");
            }
            Files.writeString(out.resolve(Urls.SITEMAP), index.append("</sitemapindex>\n"), StandardCharsets.UTF_8);
        }
        files.add(Urls.SITEMAP);
        for (int k = parts + 1; Files.deleteIfExists(out.resolve(Urls.sitemapPart(k))); k++) {
            files.add(Urls.sitemapPart(k)); // an edit that took the site back under a part's worth of addresses
        }
        Files.writeString(out.resolve(Urls.ROBOTS), robots(site.getConfig()), StandardCharsets.UTF_8);
        files.add(Urls.ROBOTS);
        return List.copyOf(files);
    }

    static String robots(SiteConfig config) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(Urls.SITEMAP) + "\n";
    }

    private static String urlset(List<Url> urls) {
        StringBuilder sb = new StringBuilder(200 * (urls.size() + 2));
        sb.append(HEAD).append("<urlset ").append(NAMESPACE).append(">\n");
        for (Url u : urls) {
            sb.append(u.line());
        }
        return sb.append("</urlset>\n").toString();
    }

    private static List<Url> urls(Site site) {
        SiteConfig config = site.getConfig();
        List<Url> urls = new ArrayList<>(site.getArticles().size() + site.getPages().size() + 100);
        ZonedDateTime newest = latest(site.getArticles());
        urls.add(url(config, Urls.HOME, newest));
        for (Site.Listing l : site.getCategories().values()) {
            urls.add(url(config, l.term().getUrl(), latest(l.articles())));
        }
        urls.add(url(config, Urls.TAGS_INDEX, newest));
        for (Site.Listing l : site.getTags().values()) {
            urls.add(url(config, l.term().getUrl(), latest(l.articles())));
        }
        urls.add(url(config, Urls.ARCHIVE, newest));
        for (Site.ArchiveYear y : site.getArchive()) {
            urls.add(url(config, y.getUrl(), latest(y.months().stream().flatMap(m -> m.articles().stream()).toList())));
            for (Site.ArchiveMonth m : y.months()) {
                urls.add(url(config, m.getUrl(), latest(m.articles())));
            }
        }
        urls.add(url(config, Urls.FEEDS, newest));
        for (Article a : site.getArticles()) {
            urls.add(url(config, a.getUrl(), a.getModified()));
        }
        for (Article p : site.getPages()) {
            urls.add(url(config, p.getUrl(), p.getModified()));
        }
        // The documents registry and the work schedule: their pages have no date of change to give.
        for (Section section : site.getSections()) {
            for (Section.Page p : section.pages()) {
                if (!p.later()) {
                    urls.add(url(config, p.path(), null));
                }
            }
        }
        return urls;
    }

    /** The newest change among {@code articles}, or null for none (the entry then has no lastmod). */
    private static ZonedDateTime latest(List<Article> articles) {
        ZonedDateTime max = null;
        for (Article a : articles) {
            if (max == null || a.getModified().isAfter(max)) {
                max = a.getModified();
            }
        }
        return max;
    }

    private static Url url(SiteConfig config, String sitePath, ZonedDateTime lastmod) {
        StringBuilder sb = new StringBuilder("<url><loc>").append(escape(config.absolute(sitePath))).append("</loc>");
        if (lastmod != null) {
            sb.append("<lastmod>").append(Dates.iso(lastmod)).append("</lastmod>");
        }
        return new Url(sb.append("</url>\n").toString(), lastmod);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
