package vn.gov.noivu.bantin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.BuiltSites;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.Urls;

/**
 * The site's emblem (scripts/icons.py): every page links its icons, each a file of the site of the size its
 * link says, so no browser asks for a /favicon.ico that is not there; a site without icons links none.
 */
class IconsTest {
    private static final Pattern ICON_LINK = Pattern.compile("<link rel=\"(?:icon|apple-touch-icon)\" href=\"([^\"]*)\"[^>]*>");
    private static final List<String> LINKS = List.of(
            "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">",
            "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">",
            "<link rel=\"icon\" href=\"/icon-192.png\" type=\"image/png\" sizes=\"192x192\">",
            "<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">");

    private static List<String> iconLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = ICON_LINK.matcher(html);
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }

    @Test
    void everyPageLinksTheIconsAndEachIsAFileOfTheSite() {
        Path out = BuiltSites.seed();
        int pages = 0;
        for (String file : TestSites.files(out)) {
            if (file.endsWith(".html") && !file.startsWith(Urls.DESK)) { // the editors' desk: Decap CMS's frame (DeskTest)
                String html = TestSites.read(out.resolve(file));
                assertEquals(LINKS, iconLinks(html), file);
                Matcher m = ICON_LINK.matcher(html);
                while (m.find()) {
                    assertTrue(Files.isRegularFile(out.resolve(m.group(1).substring(1))), file + " -> " + m.group(1));
                }
                pages++;
            }
        }
        assertTrue(pages > 60, pages + " pages");
    }

    @Test
    void eachIconIsTheSizeItsLinkSays() throws IOException {
        Path out = BuiltSites.seed();
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(out.resolve("favicon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "an icon, not a cursor");
        assertEquals(3, ico.getShort(4));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int entry = 6 + 16 * i;
            int size = ico.get(entry) & 0xff;
            int offset = ico.getInt(entry + 12);
            byte[] png = new byte[ico.getInt(entry + 8)];
            ico.get(offset, png);
            assertEquals(List.of(size, size), pngSize(png), "image " + i + " of favicon.ico");
            sizes.add(size);
        }
        assertEquals(List.of(16, 32, 48), sizes);
        assertEquals(List.of(192, 192), pngSize(Files.readAllBytes(out.resolve("icon-192.png"))));
        assertEquals(List.of(180, 180), pngSize(Files.readAllBytes(out.resolve("apple-touch-icon.png"))));
        assertEquals(List.of(144, 144), pngSize(Files.readAllBytes(out.resolve("images/logo.png"))), "the feeds' channel image");
        assertTrue(TestSites.read(out.resolve("favicon.svg")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"));
        assertTrue(TestSites.read(out.resolve("index.html"))
                .contains("<a href=\"/\"><img class=\"emblem\" src=\"/favicon.svg\" alt=\"\" width=\"40\" height=\"40\"><span>Sở Nội vụ</span></a>"));
    }

    @Test
    void aSiteWithoutIconsLinksNone() {
        Path out = BuiltSites.basic();
        String home = TestSites.read(out.resolve("index.html"));
        assertEquals(List.of(), iconLinks(home));
        assertFalse(home.contains("class=\"emblem\""));
    }

    /** Width and height from a PNG's header. */
    private static List<Integer> pngSize(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        assertEquals(0x89504e47, b.getInt(0), "a PNG");
        return List.of(b.getInt(16), b.getInt(20));
    }
}
