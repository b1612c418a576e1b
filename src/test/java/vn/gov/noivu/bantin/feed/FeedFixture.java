package vn.gov.noivu.bantin.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;

/** The fixture site of src/test/resources/feed/site and a JDK (not Rome) view of what was written. */
final class FeedFixture {
    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, Dates.ZONE);
    static final String BASE = "https://example.gov.vn/noivu/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private FeedFixture() {
    }

    static Path root() {
        try {
            return Path.of(FeedFixture.class.getResource("/feed/site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a site the way the build does and fails the test on any content error. */
    static Site load(Path root) {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig config = SiteConfig.load(root, errors);
        assertNotNull(config, errors::toString);
        ContentLoader.Loaded loaded = new ContentLoader(root, config).load();
        errors.addAll(loaded.errors());
        Site site = Site.build(root, config, loaded.documents(), NOW, errors);
        assertEquals(List.of(), errors.stream().map(ContentError::toString).toList());
        return site;
    }

    /**
     * The pictures of {@code site} (read from {@code root}) as the build makes them, in a cache of the tests' own
     * (entries are addressed by content: sharing it between fixtures is safe); fails the test on any error.
     */
    static Photos photos(Path root, Site site) {
        List<ContentError> errors = new ArrayList<>();
        vn.gov.noivu.bantin.cache.Store store = vn.gov.noivu.bantin.cache.Store.at(
                Path.of(System.getProperty("java.io.tmpdir"), "bantin-tests-cache"));
        Photos photos = Photos.process(root, site.getConfig(), site, store, java.util.Map.of(), errors);
        assertEquals(List.of(), errors.stream().filter(e -> !e.warning()).map(ContentError::toString).toList());
        return photos;
    }

    /** Every feed of the site at {@code root} into {@code out}, with its pictures; the paths written. */
    static List<String> write(Path root, Path out) throws IOException {
        Site site = load(root);
        return Feeds.write(site, photos(root, site), out);
    }

    /** A copy of the fixture in {@code dir}, for variants of the settings or assets. */
    static Path copy(Path dir) throws IOException {
        vn.gov.noivu.bantin.TestSites.copyTree(root(), dir);
        return dir;
    }

    /** Parses with the JDK's own parser, namespace-aware, refusing DTDs like a careful reader would. */
    static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Child elements of {@code parent} with this namespace (null for none) and local name, in order. */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Text of the only un-namespaced child {@code name}, or null when absent. */
    static String text(Element parent, String name) {
        List<Element> c = children(parent, null, name);
        if (c.size() > 1) {
            throw new AssertionError("more than one <" + name + "> in <" + parent.getTagName() + ">");
        }
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    static Element channel(Document doc) {
        return children(doc.getDocumentElement(), null, "channel").get(0);
    }

    static List<Element> items(Document doc) {
        return children(channel(doc), null, "item");
    }
}
