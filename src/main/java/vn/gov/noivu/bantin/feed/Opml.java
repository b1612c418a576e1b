package vn.gov.noivu.bantin.feed;

import java.io.IOException;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import vn.gov.noivu.bantin.config.SiteConfig;

/** The OPML 2.0 subscription list: one outline per feed, no dates so the file is the same every build. */
final class Opml {
    private Opml() {
    }

    static byte[] render(SiteConfig config, List<FeedLink> feeds) throws IOException {
        Element head = new Element("head").addContent(new Element("title").setText(Xml.text("Các kênh RSS – " + config.title())));
        Element body = new Element("body");
        for (FeedLink f : feeds) {
            body.addContent(new Element("outline")
                    .setAttribute("type", "rss")
                    .setAttribute("text", Xml.text(f.title()))
                    .setAttribute("title", Xml.text(f.title()))
                    .setAttribute("xmlUrl", config.absolute(f.path()))
                    .setAttribute("htmlUrl", config.absolute(f.page())));
        }
        Element opml = new Element("opml").setAttribute("version", "2.0").addContent(head).addContent(body);
        return Xml.bytes(new Document(opml));
    }
}
