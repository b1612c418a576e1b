package vn.gov.noivu.bantin.feed;

/**
 * One RSS feed of the site, for autodiscovery links, the feed directory page and OPML.
 *
 * @param kind  what the feed follows
 * @param name  the site title, or the category or tag name as readers see it
 * @param title the feed's channel title
 * @param path  site path of the feed file, e.g. "chuyen-muc/thong-bao/feed.xml"
 * @param page  site path of the listing page the feed belongs to, e.g. "chuyen-muc/thong-bao/" ("" for home)
 */
public record FeedLink(Kind kind, String name, String title, String path, String page) {
    /** The whole site, one chuyên mục, one chủ đề, or the documents registry's new documents. */
    public enum Kind { SITE, CATEGORY, TAG, DOCUMENTS }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }

    public String getPage() {
        return page;
    }
}
