package vn.gov.noivu.bantin.feed;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.vanban.Attachment;
import vn.gov.noivu.bantin.vanban.LegalDocument;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * "Văn bản mới": the registry's newest documents as an RSS feed, by the same rules as the article feeds
 * (FEEDS.md). An item is dated by its day of issue; the issuing body is its creator, its type and field its
 * categories, and the attached file its enclosure.
 */
final class DocumentFeed {
    static final String NAME = "Văn bản mới";

    private DocumentFeed() {
    }

    static FeedLink link(SiteConfig config) {
        return new FeedLink(FeedLink.Kind.DOCUMENTS, NAME, Feeds.title(config, NAME, "Văn bản"), Urls.DOCUMENTS_FEED,
                Urls.DOCUMENTS);
    }

    static byte[] render(Site site, Registry registry, Photos photos) throws IOException {
        SiteConfig config = site.getConfig();
        List<Rss.Entry> entries = new ArrayList<>();
        for (LegalDocument d : registry.latest(config.feedItems())) {
            String url = config.absolute(d.url());
            // A document without text still carries its trích yếu as content.
            String html = d.bodyHtml().isBlank() ? "<p>" + ItemHtml.escape(d.summary()) + "</p>" : photos.inFeed(d.bodyHtml(), d.url());
            Attachment file = d.attachment();
            ZonedDateTime date = d.date().atStartOfDay(Dates.ZONE);
            Rss.ItemText text = new Rss.ItemText(d.title(), url, date, d.summary(), d.bodyHtml(), d.issuer(),
                    List.of(d.type(), d.field()));
            entries.add(new Rss.Entry(Rss.item(config, text, () -> Xml.text(ItemHtml.absolute(html, url)),
                    file == null ? null : Rss.enclosure(config, file.path(), file.bytes(), file.mime())), date));
        }
        String description = "Văn bản mới ban hành, đăng trên trang " + config.title();
        return Rss.render(site, link(config), description, entries);
    }
}
