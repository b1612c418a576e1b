package vn.gov.noivu.bantin.feed;

import static vn.gov.noivu.bantin.feed.FeedFixture.DC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.noivu.bantin.feed.FeedFixture.ATOM;
import static vn.gov.noivu.bantin.feed.FeedFixture.BASE;
import static vn.gov.noivu.bantin.feed.FeedFixture.CONTENT;
import static vn.gov.noivu.bantin.feed.FeedFixture.channel;
import static vn.gov.noivu.bantin.feed.FeedFixture.children;
import static vn.gov.noivu.bantin.feed.FeedFixture.items;
import static vn.gov.noivu.bantin.feed.FeedFixture.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;

/** Builds the fixture site once, writes its feeds and checks each rule of FEEDS.md on what was written. */
class FeedsTest {
    static final String SITE_TITLE = "Sở Nội vụ tỉnh Quảng Ngãi";
    static final String ESCAPED_TITLE = "Quyết định số 12/QĐ-UBND & \"Kế hoạch\" <2024>";
    static final String ESCAPED_SLUG = "quyet-dinh-so-12-qd-ubnd-ke-hoach-2024";
    static final List<String> CATEGORY_SLUGS = List.of("tin-hoat-dong", "cai-cach-hanh-chinh", "thi-dua-khen-thuong",
            "van-thu-luu-tru", "ton-giao", "cong-chuc-vien-chuc", "chinh-quyen-dia-phuong", "thong-bao");
    static final List<String> TAG_SLUGS = List.of("cai-cach-hanh-chinh", "chuyen-doi-so", "cong-chuc", "cong-vu",
            "hoi-nghi", "quang-ngai", "tong-ket", "van-ban");
    static final Pattern RFC_822 = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0700$");

    @TempDir
    static Path out;
    static Site site;
    static Photos photos;
    static List<String> written;
    /** Site path → parsed feed, in written order. */
    static final Map<String, Document> feeds = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = FeedFixture.load(FeedFixture.root());
        photos = FeedFixture.photos(FeedFixture.root(), site);
        written = Feeds.write(site, photos, out);
        photos.write(out, null);
        Feeds.writeOpml(site, out);
        for (String path : written) {
            feeds.put(path, FeedFixture.parse(FeedFixture.read(out.resolve(path))));
        }
    }

    private static String permalink(String slug) {
        return BASE + "tin-tuc/" + slug + ".html";
    }

    private static List<String> itemLinks(String feedPath) {
        return items(feeds.get(feedPath)).stream().map(i -> text(i, "link")).toList();
    }

    /** The item of this article, from the first feed that carries it. */
    private static Element item(String slug) {
        for (Document doc : feeds.values()) {
            for (Element i : items(doc)) {
                if (permalink(slug).equals(text(i, "link"))) {
                    return i;
                }
            }
        }
        throw new AssertionError("no feed carries " + slug);
    }

    private static List<Element> allItems() {
        List<Element> all = new ArrayList<>();
        feeds.values().forEach(d -> all.addAll(items(d)));
        return all;
    }

    private static String itemHtml(Element item) {
        String content = children(item, CONTENT, "encoded").stream().map(Element::getTextContent).findFirst().orElse("");
        return text(item, "description") + "\n" + content;
    }

    @Test
    @DisplayName("write() returns every feed's site path, sorted: site, each declared category, each published tag")
    void writtenPaths() {
        List<String> expected = new ArrayList<>();
        TAG_SLUGS.forEach(t -> expected.add("chu-de/" + t + "/feed.xml"));
        CATEGORY_SLUGS.stream().sorted().forEach(c -> expected.add("chuyen-muc/" + c + "/feed.xml"));
        expected.add("feed.xml");
        assertEquals(expected, written);
        for (String path : written) {
            assertTrue(Files.isRegularFile(out.resolve(path)), path);
        }
    }

    @Test
    @DisplayName("all(): site feed first, then categories in declared order, then tags by slug")
    void allOrder() {
        List<FeedLink> all = Feeds.all(site);
        List<String> expected = new ArrayList<>(List.of("feed.xml"));
        CATEGORY_SLUGS.forEach(c -> expected.add("chuyen-muc/" + c + "/feed.xml"));
        TAG_SLUGS.forEach(t -> expected.add("chu-de/" + t + "/feed.xml"));
        assertEquals(expected, all.stream().map(FeedLink::path).toList());
        assertEquals(new FeedLink(FeedLink.Kind.SITE, SITE_TITLE, SITE_TITLE, "feed.xml", ""), all.get(0));
        assertEquals(new FeedLink(FeedLink.Kind.CATEGORY, "Tin hoạt động", SITE_TITLE + " – Tin hoạt động",
                "chuyen-muc/tin-hoat-dong/feed.xml", "chuyen-muc/tin-hoat-dong/"), all.get(1));
        assertEquals(new FeedLink(FeedLink.Kind.TAG, "cải cách hành chính", SITE_TITLE + " – cải cách hành chính",
                "chu-de/cai-cach-hanh-chinh/feed.xml", "chu-de/cai-cach-hanh-chinh/"), all.get(9));
    }

    @Test
    @DisplayName("the feed of a tag named like the site (the seed's \"Sở Nội vụ\") does not say the name twice")
    void feedOfATagNamedLikeTheSite() {
        Path seed = BuiltSites.seed();
        Element tag = channel(FeedFixture.parse(FeedFixture.read(seed.resolve("chu-de/so-noi-vu/feed.xml"))));
        assertEquals("Chủ đề: Sở Nội vụ", text(tag, "title"));
        Element category = channel(FeedFixture.parse(FeedFixture.read(seed.resolve("chuyen-muc/tin-hoat-dong/feed.xml"))));
        assertEquals("Sở Nội vụ – Tin hoạt động", text(category, "title"));
        assertTrue(TestSites.read(seed.resolve("chu-de/so-noi-vu/index.html")).contains(
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Chủ đề: Sở Nội vụ\" href=\"/chu-de/so-noi-vu/feed.xml\">"));
    }

    @Test
    @DisplayName("SAXError/MissingEncoding: well-formed UTF-8 without BOM, declared as UTF-8")
    void wellFormedUtf8() throws CharacterCodingException {
        byte[] declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII);
        for (String path : written) {
            byte[] bytes = FeedFixture.read(out.resolve(path));
            assertArrayEquals(declaration, java.util.Arrays.copyOf(bytes, declaration.length), path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            assertFalse(text.contains("\r"), path + " has CR line ends");
            Element rss = feeds.get(path).getDocumentElement();
            assertEquals("rss", rss.getTagName(), path);
            assertEquals("2.0", rss.getAttribute("version"), path);
            assertEquals("UTF-8", feeds.get(path).getXmlEncoding(), path);
        }
    }

    @Test
    @DisplayName("MissingElement/InvalidLanguage/ImageTitleDoesntMatch: channel title, link, description, language vi, generator, image")
    void channelElements() {
        for (FeedLink f : Feeds.all(site)) {
            Element channel = channel(feeds.get(f.path()));
            assertEquals(f.title(), text(channel, "title"), f.path());
            assertEquals(BASE + f.page(), text(channel, "link"), f.path());
            assertFalse(text(channel, "description").isBlank(), f.path());
            assertEquals("vi", text(channel, "language"), f.path());
            assertEquals("Bản tin", text(channel, "generator"), f.path());
            Element image = children(channel, null, "image").get(0);
            assertEquals(text(channel, "title"), text(image, "title"), f.path());
            assertEquals(text(channel, "link"), text(image, "link"), f.path());
            assertEquals(BASE + "images/logo.png", text(image, "url"), f.path());
            assertNull(text(image, "width"), "Rome's -1 must not leak");
        }
        Element home = channel(feeds.get("feed.xml"));
        assertEquals(SITE_TITLE, text(home, "title"));
        assertEquals(BASE, text(home, "link"));
        assertEquals("Tin tức, thông báo của Sở Nội vụ tỉnh Quảng Ngãi", text(home, "description"));
        Element category = channel(feeds.get("chuyen-muc/thong-bao/feed.xml"));
        assertEquals(SITE_TITLE + " – Thông báo", text(category, "title"));
        assertEquals(BASE + "chuyen-muc/thong-bao/", text(category, "link"));
    }

    @Test
    @DisplayName("ImageTitleDoesntMatch: no channel image at all when the site has no assets/images/logo.png")
    void noLogoNoImage(@TempDir Path dir) throws IOException {
        Path root = FeedFixture.copy(dir.resolve("src"));
        Files.delete(root.resolve("assets/images/logo.png"));
        FeedFixture.write(root, dir.resolve("out"));
        Document doc = FeedFixture.parse(FeedFixture.read(dir.resolve("out/feed.xml")));
        assertEquals(List.of(), children(channel(doc), null, "image"));
        assertEquals(3, items(doc).size());
    }

    @Test
    @DisplayName("MissingAtomSelfLink/RelativeSelf: atom:link rel=self is the feed's own absolute URL; rel=hub when set")
    void selfLink() {
        for (String path : written) {
            List<Element> links = children(channel(feeds.get(path)), ATOM, "link");
            Map<String, Element> byRel = new LinkedHashMap<>();
            links.forEach(l -> byRel.put(l.getAttribute("rel"), l));
            assertEquals(Set.of("self", "hub"), byRel.keySet(), path);
            assertEquals(BASE + path, byRel.get("self").getAttribute("href"), path);
            assertEquals("application/rss+xml", byRel.get("self").getAttribute("type"), path);
            assertEquals("https://pubsubhubbub.appspot.com/", byRel.get("hub").getAttribute("href"), path);
        }
    }

    @Test
    @DisplayName("UndeclaredPrefix/UndefinedElement: every foreign prefix declared once, on the root")
    void namespacesOnRoot() {
        Map<String, String> known = Map.of("atom", ATOM, "content", CONTENT, "dc", DC);
        for (String path : written) {
            Element root = feeds.get(path).getDocumentElement();
            NodeList all = root.getElementsByTagName("*");
            Set<String> used = new HashSet<>();
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getPrefix() != null) {
                    used.add(e.getPrefix());
                    assertEquals(known.get(e.getPrefix()), e.getNamespaceURI(), path + " " + e.getTagName());
                }
                if (e != root) {
                    NamedNodeMap attrs = e.getAttributes();
                    for (int j = 0; j < attrs.getLength(); j++) {
                        assertFalse(((Attr) attrs.item(j)).getName().startsWith("xmlns"), path + ": declaration on <" + e.getTagName() + ">");
                    }
                }
            }
            assertTrue(used.contains("atom"), path);
            for (String prefix : used) {
                assertEquals(known.get(prefix), root.getAttribute("xmlns:" + prefix), path + " xmlns:" + prefix);
            }
        }
        assertTrue(feeds.get("feed.xml").getDocumentElement().hasAttribute("xmlns:content"));
    }

    @Test
    @DisplayName("lastBuildDate is the newest item's date, never the clock; absent from an empty feed")
    void lastBuildDate() {
        assertEquals("Sun, 05 May 2024 08:00:00 +0700", text(channel(feeds.get("feed.xml")), "lastBuildDate"));
        assertEquals("Sun, 10 Mar 2024 09:00:00 +0700",
                text(channel(feeds.get("chu-de/cai-cach-hanh-chinh/feed.xml")), "lastBuildDate"));
        for (String path : written) {
            List<Element> items = items(feeds.get(path));
            String last = text(channel(feeds.get(path)), "lastBuildDate");
            assertEquals(items.isEmpty() ? null : text(items.get(0), "pubDate"), last, path);
        }
        assertEquals(List.of(), items(feeds.get("chuyen-muc/ton-giao/feed.xml")));
        assertNull(text(channel(feeds.get("chuyen-muc/ton-giao/feed.xml")), "lastBuildDate"));
    }

    @Test
    @DisplayName("Items newest first, ties broken by slug, at most feed.items (3)")
    void orderAndLimit() {
        assertEquals(List.of(permalink("doan-kiem-tra-cong-vu-lam-viec-tai-huyen"), permalink("hoi-nghi-giao-ban-thang-5"),
                permalink("phat-dong-phong-trao-thi-dua-nam-2024")), itemLinks("feed.xml"));
        assertEquals(List.of(permalink("doan-kiem-tra-cong-vu-lam-viec-tai-huyen"), permalink("hoi-nghi-giao-ban-thang-5"),
                permalink("hoi-nghi-tong-ket-cong-tac-nam-2023")), itemLinks("chuyen-muc/tin-hoat-dong/feed.xml"));
        assertEquals(List.of(permalink(ESCAPED_SLUG), permalink("cai-cach-thu-tuc-hanh-chinh"),
                permalink("hoi-nghi-tong-ket-cong-tac-nam-2023")), itemLinks("chu-de/cai-cach-hanh-chinh/feed.xml"));
        assertEquals(List.of(permalink("hoi-nghi-giao-ban-thang-5"), permalink("hoi-nghi-tong-ket-cong-tac-nam-2023")),
                itemLinks("chu-de/hoi-nghi/feed.xml"));
        for (String path : written) {
            assertTrue(items(feeds.get(path)).size() <= 3, path);
        }
        assertFalse(allItems().stream().anyMatch(i -> text(i, "link").contains("tin-cu-nam-2023")), "fourth item must be cut");
    }

    @Test
    @DisplayName("MissingGuid/InvalidPermalink/DuplicateEntries: guids unique and equal to permalinks")
    void guids() {
        for (String path : written) {
            Set<String> seen = new HashSet<>();
            for (Element item : items(feeds.get(path))) {
                String link = text(item, "link");
                assertTrue(link.matches("https://example\\.gov\\.vn/noivu/tin-tuc/[a-z0-9-]+\\.html"), link);
                Element guid = children(item, null, "guid").get(0);
                assertEquals(link, guid.getTextContent(), path);
                assertEquals("true", guid.getAttribute("isPermaLink"), path);
                assertTrue(seen.add(guid.getTextContent()), path + " repeats " + link);
                assertFalse(text(item, "title").isBlank(), path);
            }
        }
    }

    @Test
    @DisplayName("InvalidRFC2822Date/IncorrectDOW: pubDate and lastBuildDate are RFC 822 with +0700 and the right weekday")
    void rfc822Dates() {
        DateTimeFormatter withoutDay = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
        List<String> dates = new ArrayList<>();
        for (Document doc : feeds.values()) {
            String last = text(channel(doc), "lastBuildDate");
            if (last != null) {
                dates.add(last);
            }
            items(doc).forEach(i -> dates.add(text(i, "pubDate")));
        }
        assertTrue(dates.size() > 20);
        for (String d : dates) {
            assertTrue(RFC_822.matcher(d).matches(), d);
            ZonedDateTime t = ZonedDateTime.parse(d.substring(5), withoutDay);
            assertEquals(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT), d.substring(0, 3), d);
        }
        assertEquals("Thu, 01 Feb 2024 00:00:00 +0700", text(item("cai-cach-thu-tuc-hanh-chinh"), "pubDate"));
        assertEquals(DayOfWeek.THURSDAY, ZonedDateTime.parse("01 Feb 2024 00:00:00 +0700", withoutDay).getDayOfWeek());
    }

    @Test
    @DisplayName("NeedDescriptionBeforeContent: description (the lead) comes before content:encoded (the full body)")
    void descriptionBeforeContent() {
        for (Element item : allItems()) {
            List<String> order = new ArrayList<>();
            for (org.w3c.dom.Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    order.add(e.getNamespaceURI() == null ? e.getLocalName() : e.getPrefix() + ":" + e.getLocalName());
                }
            }
            assertTrue(order.contains("description") && order.contains("content:encoded"), order.toString());
            assertTrue(order.indexOf("description") < order.indexOf("content:encoded"), order.toString());
            assertFalse(text(item, "description").isBlank());
        }
        Element item = item("hoi-nghi-tong-ket-cong-tac-nam-2023");
        assertEquals("Sáng 15/1, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2023.", text(item, "description"));
        assertEquals("<p>Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023 và triển khai nhiệm vụ năm 2024.</p>",
                children(item, CONTENT, "encoded").get(0).getTextContent().strip());
        assertEquals("Sở Nội vụ rà soát, đơn giản hóa 15 thủ tục hành chính trong lĩnh vực công chức, viên chức. "
                        + "Xem kết quả hội nghị tổng kết.",
                text(item("cai-cach-thu-tuc-hanh-chinh"), "description"), "no summary: the lead comes from the body");
    }

    @Test
    @DisplayName("ContainsRelRef: no relative URL in item HTML")
    void noRelativeUrls() {
        Pattern absolute = Pattern.compile("^(https?://|mailto:|tel:).+");
        int checked = 0;
        for (Element item : allItems()) {
            for (org.jsoup.nodes.Element e : Jsoup.parseBodyFragment(itemHtml(item)).select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertTrue(absolute.matcher(url).matches(), text(item, "link") + ": " + url);
                checked++;
            }
        }
        assertTrue(checked >= 4, "the fixture has links to check");
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(children(item(ESCAPED_SLUG), CONTENT, "encoded").get(0).getTextContent());
        // A picture in the text is its shared JPEG (the 300-pixel photo at its own width), with its size.
        assertEquals(List.of(BASE + photos.get("images/2024/01/anh.jpg").getShare().path()), body.select("img").eachAttr("src"));
        assertEquals(List.of("300"), body.select("img").eachAttr("width"));
        assertEquals(List.of(permalink("cai-cach-thu-tuc-hanh-chinh"), permalink(ESCAPED_SLUG) + "#muc-luc"),
                body.select("a").eachAttr("href"));
        // "/tin-tuc/…" in Markdown already carries the base path "/noivu/"; it must not be doubled
        org.jsoup.nodes.Document other = Jsoup.parseBodyFragment(
                children(item("cai-cach-thu-tuc-hanh-chinh"), CONTENT, "encoded").get(0).getTextContent());
        assertEquals(List.of(permalink("hoi-nghi-tong-ket-cong-tac-nam-2023")), other.select("a").eachAttr("href"));
    }

    @Test
    @DisplayName("SecurityRisk/SecurityRiskAttr/DangerousStyleAttr: no script, iframe, embed, object, style or on* in item HTML")
    void noSecurityRisk() {
        for (Element item : allItems()) {
            String html = itemHtml(item);
            org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
            assertEquals(0, doc.select("script, iframe, embed, object, style").size(), html);
            for (org.jsoup.nodes.Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on") || a.getKey().equals("style"),
                        text(item, "link") + ": " + a));
            }
            assertFalse(html.contains("evil.example"), html);
        }
        String content = children(item(ESCAPED_SLUG), CONTENT, "encoded").get(0).getTextContent();
        assertTrue(content.contains("<p>Bấm</p>"), "the paragraph stays, only its handler goes: " + content);
    }

    @Test
    @DisplayName("EmailFormat: the author is dc:creator, never <author>")
    void creator() {
        Element item = item("hoi-nghi-tong-ket-cong-tac-nam-2023");
        assertEquals(List.of("Trịnh Phương"), children(item, DC, "creator").stream().map(Element::getTextContent).toList());
        assertEquals(List.of(), children(item("cai-cach-thu-tuc-hanh-chinh"), DC, "creator"), "no author, no dc:creator");
        for (Element i : allItems()) {
            assertNull(text(i, "author"));
        }
    }

    @Test
    @DisplayName("One category per category and tag of the article")
    void categories() {
        Element item = item("hoi-nghi-tong-ket-cong-tac-nam-2023");
        assertEquals(List.of("Tin hoạt động", "hội nghị", "tổng kết", "cải cách hành chính", "công chức", "chuyển đổi số",
                "Quảng Ngãi"), children(item, null, "category").stream().map(Element::getTextContent).toList());
        assertEquals(List.of("Thông báo", "văn bản", "cải cách hành chính"),
                children(item(ESCAPED_SLUG), null, "category").stream().map(Element::getTextContent).toList());
    }

    @Test
    @DisplayName("DuplicateEnclosure/MissingAttribute: lead image as one enclosure, absolute url, exact length and type")
    void enclosure() throws IOException {
        List<Element> enclosures = children(item("hoi-nghi-tong-ket-cong-tac-nam-2023"), null, "enclosure");
        assertEquals(1, enclosures.size());
        Element e = enclosures.get(0);
        // The photo's shared JPEG: 1,200 pixels wide, or as wide as the photo (this one is 400 pixels).
        String shared = photos.lead(site.getArticles().stream().filter(a -> a.getSlug().equals("hoi-nghi-tong-ket-cong-tac-nam-2023"))
                .findFirst().orElseThrow()).getShare().path();
        assertTrue(shared.matches("anh/images/2024/01/hoi-nghi-400\\.[0-9a-f]{10}\\.jpg"), shared);
        assertEquals(BASE + shared, e.getAttribute("url"));
        assertEquals(String.valueOf(Files.size(out.resolve(shared))), e.getAttribute("length"));
        assertEquals("image/jpeg", e.getAttribute("type"));
        long withEnclosure = allItems().stream().filter(i -> !children(i, null, "enclosure").isEmpty()).count();
        long ofThatArticle = allItems().stream().filter(i -> text(i, "link").equals(permalink("hoi-nghi-tong-ket-cong-tac-nam-2023"))).count();
        assertEquals(ofThatArticle, withEnclosure, "only the article with a lead image has an enclosure");
    }

    @Test
    @DisplayName("Rule 15: &, <, quotes and diacritics survive a round trip through the JDK parser")
    void escapingRoundTrip() throws IOException {
        Element item = item(ESCAPED_SLUG);
        assertEquals(ESCAPED_TITLE, text(item, "title"));
        // description is HTML for readers: the escaped lead reads back as the summary's exact text
        assertEquals("Ban hành \"Kế hoạch\" <2024> & phụ lục kèm theo.", Jsoup.parseBodyFragment(text(item, "description")).text());
        String raw = Files.readString(out.resolve("chuyen-muc/thong-bao/feed.xml"));
        assertTrue(raw.contains("<title>Quyết định số 12/QĐ-UBND &amp; \"Kế hoạch\" &lt;2024&gt;</title>"), raw);
    }

    @Test
    @DisplayName("Rule 18: drafts, future-dated and expired articles appear in no feed, and their tags get none")
    void unpublishedAbsent() throws IOException {
        List<String> hidden = List.of("ban-nhap-chua-duyet", "tin-hen-gio-dang", "thong-bao-da-het-han");
        for (String path : written) {
            String raw = Files.readString(out.resolve(path));
            for (String slug : hidden) {
                assertFalse(raw.contains(slug), path + " leaks " + slug);
            }
            assertFalse(raw.contains("Bản nháp") || raw.contains("hẹn giờ") || raw.contains("hết hạn"), path);
        }
        for (String tag : List.of("bi-mat", "tuong-lai", "het-han")) {
            assertFalse(Files.exists(out.resolve("chu-de/" + tag + "/feed.xml")), tag);
        }
        assertEquals(List.of(), items(feeds.get("chuyen-muc/van-thu-luu-tru/feed.xml")), "its only article expired");
        assertFalse(allItems().stream().anyMatch(i -> text(i, "link").contains("gioi-thieu")), "pages are not items");
    }

    @Test
    @DisplayName("feed.full_content=false: no content:encoded and no content namespace")
    void summaryOnly(@TempDir Path dir) throws IOException {
        Path root = FeedFixture.copy(dir.resolve("src"));
        Files.writeString(root.resolve("jbake.properties"), "feed.full_content=false\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        FeedFixture.write(root, dir.resolve("out"));
        Document doc = FeedFixture.parse(FeedFixture.read(dir.resolve("out/feed.xml")));
        assertEquals(3, items(doc).size());
        for (Element item : items(doc)) {
            assertEquals(List.of(), children(item, CONTENT, "encoded"));
            assertFalse(text(item, "description").isBlank());
        }
        assertFalse(doc.getDocumentElement().hasAttribute("xmlns:content"));
    }

    @Test
    @DisplayName("Rule 4: two builds give identical bytes, whatever the machine's locale and time zone")
    void deterministic(@TempDir Path dir) throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Site again = FeedFixture.load(FeedFixture.root());
            assertEquals(written, Feeds.write(again, FeedFixture.photos(FeedFixture.root(), again), dir));
            Feeds.writeOpml(again, dir);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        List<String> files = new ArrayList<>(written);
        files.add(Feeds.OPML);
        for (String path : files) {
            assertArrayEquals(FeedFixture.read(out.resolve(path)), FeedFixture.read(dir.resolve(path)), path);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            assertEquals(files.size(), walk.filter(Files::isRegularFile).count(), "nothing else written");
        }
    }

    @Test
    @DisplayName("Rule 17: feeds.opml is well-formed OPML 2.0 listing every feed, without clock dates")
    void opml() throws IOException {
        byte[] bytes = FeedFixture.read(out.resolve(Feeds.OPML));
        Document doc = FeedFixture.parse(bytes);
        Element opml = doc.getDocumentElement();
        assertEquals("opml", opml.getTagName());
        assertEquals("2.0", opml.getAttribute("version"));
        Element head = children(opml, null, "head").get(0);
        assertEquals("Các kênh RSS – " + SITE_TITLE, text(head, "title"));
        assertNull(text(head, "dateCreated"));
        assertNull(text(head, "dateModified"));
        List<Element> outlines = children(children(opml, null, "body").get(0), null, "outline");
        List<FeedLink> all = Feeds.all(site);
        assertEquals(all.size(), outlines.size());
        for (int i = 0; i < all.size(); i++) {
            Element o = outlines.get(i);
            assertEquals("rss", o.getAttribute("type"));
            assertEquals(all.get(i).title(), o.getAttribute("text"));
            assertEquals(all.get(i).title(), o.getAttribute("title"));
            assertEquals(BASE + all.get(i).path(), o.getAttribute("xmlUrl"));
            assertEquals(BASE + all.get(i).page(), o.getAttribute("htmlUrl"));
        }
        assertEquals(BASE + "chu-de/van-ban/feed.xml", outlines.get(outlines.size() - 1).getAttribute("xmlUrl"));
    }
}
