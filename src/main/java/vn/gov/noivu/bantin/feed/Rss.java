package vn.gov.noivu.bantin.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.photos.Photo;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;

/** One RSS 2.0 feed: Rome builds the document, then dates and namespaces are put in the form FEEDS.md asks. */
final class Rss {
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final String GENERATOR = "Bản tin";
    static final String LOGO = "images/logo.png";
    static final String MIME = "application/rss+xml";

    private Rss() {
    }

    /** One item of a channel and the date its pubDate shows. */
    record Entry(Item item, ZonedDateTime date) {
    }

    /** The articles a feed carries, newest first. */
    static List<Article> items(Site site, Feeds.Spec spec) {
        // Site lists are published-only already; filtered again because a leak here would be public at once.
        return spec.articles().stream()
                .filter(a -> !a.isPage() && a.isPublishedAt(site.getNow()))
                .limit(site.getConfig().feedItems()).toList();
    }

    static byte[] render(Site site, Feeds.Spec spec, Photos photos, Map<Article, String> itemHtml) throws IOException {
        List<Entry> entries = items(site, spec).stream()
                .map(a -> new Entry(item(site, a, photos, itemHtml), a.getDate())).toList();
        return render(site, spec.link(), spec.description(), entries);
    }

    /** The feed {@code link} with its channel {@code description} and {@code entries}, newest first. */
    static byte[] render(Site site, FeedLink link, String description, List<Entry> entries) throws IOException {
        Document doc;
        try {
            doc = new WireFeedOutput().outputJDom(channel(site, link, description, entries));
        } catch (FeedException e) {
            throw new IOException("cannot generate " + link.path() + ": " + e.getMessage(), e);
        }
        finish(doc.getRootElement().getChild("channel"), entries);
        Xml.declareNamespacesOnRoot(doc.getRootElement());
        return Xml.bytes(doc);
    }

    private static Channel channel(Site site, FeedLink link, String description, List<Entry> entries) {
        SiteConfig config = site.getConfig();
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(Xml.text(link.title()));
        channel.setLink(config.absolute(link.page()));
        channel.setDescription(Xml.text(description));
        channel.setLanguage("vi");
        channel.setGenerator(GENERATOR);
        if (!entries.isEmpty()) {
            channel.setLastBuildDate(Date.from(entries.get(0).date().toInstant()));
        }
        if (site.getOutputs().contains(LOGO)) {
            Image image = new Image();
            image.setUrl(config.absolute(LOGO));
            image.setTitle(channel.getTitle());
            image.setLink(channel.getLink());
            image.setWidth(null); // Rome writes -1 otherwise; readers scale the logo themselves
            image.setHeight(null);
            channel.setImage(image);
        }
        List<Element> links = new ArrayList<>();
        links.add(atomLink("self", config.absolute(link.path()), MIME));
        String hub = config.get("feed.hub", "");
        if (!hub.isEmpty()) {
            links.add(atomLink("hub", hub, null));
        }
        channel.setForeignMarkup(links);
        channel.setItems(new ArrayList<>(entries.stream().map(Entry::item).toList()));
        return channel;
    }

    private static Item item(Site site, Article a, Photos photos, Map<Article, String> itemHtml) {
        SiteConfig config = site.getConfig();
        String url = config.absolute(a.getUrl());
        List<String> categories = new ArrayList<>();
        categories.add(a.getCategory().getName());
        for (Term tag : a.getTags()) {
            // The site-wide spelling, so one tag reads the same in every item.
            Site.Listing listing = site.getTags().get(tag.getSlug());
            categories.add(listing == null ? tag.getName() : listing.term().getName());
        }
        // The lead photo's shared JPEG (1,200 pixels wide), which feed readers show beside the item.
        Photo photo = photos.lead(a);
        Photo.File shared = photo == null ? null : photo.getShare();
        return item(config, new ItemText(a.getTitle(), url, a.getDate(), a.getSummary(), a.getBodyHtml(), a.getAuthor(), categories),
                () -> itemHtml.computeIfAbsent(a, x -> Xml.text(ItemHtml.absolute(photos.inFeed(x.getBodyHtml(), x.getUrl()), url))),
                shared == null ? null : enclosure(config, shared.path(), shared.length(), shared.type()));
    }

    /**
     * What an item says: its title, absolute permalink, date, lead (the summary, or the start of the body),
     * body HTML, creator ("" for none) and categories.
     */
    record ItemText(String title, String url, ZonedDateTime date, String summary, String bodyHtml, String creator,
                    List<String> categories) {
    }

    /** An item as FEEDS.md wants it; {@code content} makes the full HTML (only asked for when the site sends it). */
    static Item item(SiteConfig config, ItemText text, Supplier<String> content, Enclosure enclosure) {
        Item item = new Item();
        item.setTitle(Xml.text(text.title()));
        item.setLink(text.url());
        Guid guid = new Guid();
        guid.setValue(text.url());
        guid.setPermaLink(true);
        item.setGuid(guid);
        item.setPubDate(Date.from(text.date().toInstant()));
        Description description = new Description();
        description.setValue(Xml.text(ItemHtml.lead(text.summary(), text.bodyHtml())));
        item.setDescription(description);
        if (config.feedFullContent()) {
            Content full = new Content();
            full.setType(Content.HTML);
            full.setValue(content.get());
            item.setContent(full);
        }
        item.setCategories(new ArrayList<>(text.categories().stream().map(Rss::category).toList()));
        if (enclosure != null) {
            item.setEnclosures(List.of(enclosure));
        }
        if (!text.creator().isEmpty()) {
            DCModule dc = new DCModuleImpl();
            dc.setCreator(Xml.text(text.creator()));
            item.getModules().add(dc);
        }
        return item;
    }

    /** One file carried by an item: absolute URL, exact length, MIME type. */
    static Enclosure enclosure(SiteConfig config, String sitePath, long bytes, String type) {
        Enclosure enclosure = new Enclosure();
        enclosure.setUrl(config.absolute(encodePath(sitePath)));
        enclosure.setLength(bytes);
        enclosure.setType(type);
        return enclosure;
    }

    /** Rome writes dates in GMT; FEEDS.md rule 8 wants the site's own +0700, and guids say isPermaLink. */
    private static void finish(Element channel, List<Entry> entries) {
        if (!entries.isEmpty()) {
            channel.getChild("lastBuildDate").setText(Dates.rfc822(entries.get(0).date()));
        }
        List<Element> elements = channel.getChildren("item");
        for (int i = 0; i < elements.size(); i++) {
            elements.get(i).getChild("pubDate").setText(Dates.rfc822(entries.get(i).date()));
            elements.get(i).getChild("guid").setAttribute("isPermaLink", "true");
        }
    }

    private static Category category(String name) {
        Category c = new Category();
        c.setValue(Xml.text(name));
        return c;
    }

    private static Element atomLink(String rel, String href, String type) {
        Element link = new Element("link", ATOM).setAttribute("rel", rel).setAttribute("href", href);
        return type == null ? link : link.setAttribute("type", type);
    }

    /** "images/2024/ảnh 1.jpg" → "images/2024/%E1%BA%A3nh%201.jpg": validators reject raw spaces and non-ASCII. */
    static String encodePath(String sitePath) {
        try {
            return new URI(null, null, sitePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + sitePath, e);
        }
    }
}
