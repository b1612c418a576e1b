package vn.gov.noivu.bantin.pages;

import freemarker.template.utility.StringUtil;
import java.util.stream.Collectors;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.photos.Photo;

/** The schema.org {@code NewsArticle} of an article page, as JSON-LD; dates carry the +07:00 offset. */
final class JsonLd {
    private JsonLd() {
    }

    /** One line of JSON, safe inside {@code <script type="application/ld+json">}: no raw '<' or '>' at all. */
    static String newsArticle(SiteConfig config, Article a, Photo photo) {
        String publisher = "{\"@type\":\"GovernmentOrganization\",\"name\":" + string(config.title())
                + ",\"url\":" + string(config.siteUrl().toString()) + "}";
        StringBuilder sb = new StringBuilder(1024).append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
        field(sb, "mainEntityOfPage", config.absolute(a.getUrl()));
        field(sb, "headline", a.getTitle());
        if (!a.getSummary().isEmpty()) {
            field(sb, "description", a.getSummary());
        }
        field(sb, "datePublished", Dates.iso(a.getDate()));
        field(sb, "dateModified", Dates.iso(a.getModified()));
        if (photo != null) { // the shared JPEG, 1,200 pixels wide: at least the 1,200 Google asks of a news article's picture
            sb.append(",\"image\":[").append(string(config.absolute(photo.getShare().path()))).append(']');
        }
        sb.append(",\"author\":").append(a.getAuthor().isEmpty() ? publisher
                : "{\"@type\":\"Person\",\"name\":" + string(a.getAuthor()) + "}");
        sb.append(",\"publisher\":").append(publisher);
        field(sb, "articleSection", a.getCategory().getName());
        if (!a.getTags().isEmpty()) {
            field(sb, "keywords", a.getTags().stream().map(Term::getName).collect(Collectors.joining(", ")));
        }
        field(sb, "inLanguage", "vi");
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\"").append(name).append("\":").append(string(value));
    }

    private static String string(String s) {
        return "\"" + StringUtil.jsonStringEnc(s).replace("<", "\\u003C").replace(">", "\\u003E") + "\"";
    }
}
