package vn.gov.noivu.bantin.sitemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
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
 * redirects are left out: they have no content of their own.
 */
public final class Sitemap {
    private Sitemap() {
    }

    /** Writes both files under {@code out}; returns their paths in it. */
    public static List<String> write(Site site, Path out) throws IOException {
        Files.writeString(out.resolve(Urls.SITEMAP), xml(site), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(Urls.ROBOTS), robots(site.getConfig()), StandardCharsets.UTF_8);
        return List.of(Urls.SITEMAP, Urls.ROBOTS);
    }

    static String robots(SiteConfig config) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(Urls.SITEMAP) + "\n";
    }

    static String xml(Site site) {
        SiteConfig config = site.getConfig();
        StringBuilder sb = new StringBuilder(200 * (site.getArticles().size() + 100));
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        ZonedDateTime newest = latest(site.getArticles());
        url(sb, config, Urls.HOME, newest);
        for (Site.Listing l : site.getCategories().values()) {
            url(sb, config, l.term().getUrl(), latest(l.articles()));
        }
        url(sb, config, Urls.TAGS_INDEX, newest);
        for (Site.Listing l : site.getTags().values()) {
            url(sb, config, l.term().getUrl(), latest(l.articles()));
        }
        url(sb, config, Urls.ARCHIVE, newest);
        for (Site.ArchiveYear y : site.getArchive()) {
            url(sb, config, y.getUrl(), latest(y.months().stream().flatMap(m -> m.articles().stream()).toList()));
            for (Site.ArchiveMonth m : y.months()) {
                url(sb, config, m.getUrl(), latest(m.articles()));
            }
        }
        url(sb, config, Urls.FEEDS, newest);
        for (Article a : site.getArticles()) {
            url(sb, config, a.getUrl(), a.getModified());
        }
        for (Article p : site.getPages()) {
            url(sb, config, p.getUrl(), p.getModified());
        }
        // The documents registry and the work schedule: their pages have no date of change to give.
        for (Section section : site.getSections()) {
            for (Section.Page p : section.pages()) {
                if (!p.later()) {
                    url(sb, config, p.path(), null);
                }
            }
        }
        return sb.append("</urlset>\n").toString();
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

    private static void url(StringBuilder sb, SiteConfig config, String sitePath, ZonedDateTime lastmod) {
        sb.append("<url><loc>").append(escape(config.absolute(sitePath))).append("</loc>");
        if (lastmod != null) {
            sb.append("<lastmod>").append(Dates.iso(lastmod)).append("</lastmod>");
        }
        sb.append("</url>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
