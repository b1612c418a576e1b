package vn.gov.noivu.bantin.photos;

import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import vn.gov.noivu.bantin.markdown.Markdown;

/**
 * The pictures of a text as a page and a feed show them. A page gets a {@code <picture>} of the sizes (WebP,
 * then JPEG), with the width and height that keep the text from moving while it loads, lazily loaded since a
 * text's pictures are below its first screen; a feed gets the shared JPEG, since feed readers know no
 * {@code srcset}. Pictures that are not files of the site, and SVG, are left as they are.
 */
final class InText {
    private InText() {
    }

    /** {@code html}, a text of the page at {@code pagePath}, with its pictures as {@code <picture>} elements for a slot of {@code sizes}. */
    static String page(String html, String pagePath, String base, Function<String, Photo> photos, String sizes) {
        return rewrite(html, pagePath, base, photos, (img, photo) -> {
            String width = img.attr("width");
            String slot = sizes;
            int w = photo.getWidth();
            int h = photo.getHeight();
            if (width.matches("[1-9][0-9]{0,4}")) { // the editor gave the picture a width: its slot is no wider
                int given = Integer.parseInt(width);
                slot = "(max-width: " + (given + 32) + "px) calc(100vw - 32px), " + given + "px";
                h = Maker.height(given, w, h);
                w = given;
            }
            Element picture = new Element("picture");
            picture.appendElement("source").attr("type", "image/webp").attr("srcset", photo.getWebpSrcset()).attr("sizes", slot);
            Element shown = picture.appendElement("img").attr("src", photo.getSrc()).attr("srcset", photo.getSrcset())
                    .attr("sizes", slot).attr("width", String.valueOf(w)).attr("height", String.valueOf(h))
                    .attr("alt", img.attr("alt"));
            if (img.hasAttr("title")) {
                shown.attr("title", img.attr("title"));
            }
            shown.attr("loading", "lazy").attr("decoding", "async");
            img.replaceWith(picture);
        });
    }

    /** {@code html} with each picture's address the shared JPEG (1,200 pixels wide, or the largest), and its size. */
    static String feed(String html, String pagePath, String base, Function<String, Photo> photos) {
        return rewrite(html, pagePath, base, photos, (img, photo) -> {
            Photo.File share = photo.getShare();
            img.attr("src", base + share.path()).attr("width", String.valueOf(share.width()))
                    .attr("height", String.valueOf(share.height()));
        });
    }

    private interface Change {
        void apply(Element img, Photo photo);
    }

    private static String rewrite(String html, String pagePath, String base, Function<String, Photo> photos, Change change) {
        if (!html.contains("<img")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (!src.startsWith(base) && (src.startsWith("/") || src.contains(":"))) {
                continue; // another site's picture (an error already) or a scheme this site does not serve
            }
            Photo photo = photos.apply(Markdown.resolve(pagePath, src.startsWith(base) ? "/" + src.substring(base.length()) : src));
            if (photo != null && photo.isRaster()) {
                change.apply(img, photo);
                changed = true;
            }
        }
        if (!changed) {
            return html;
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset(java.nio.charset.StandardCharsets.UTF_8);
        return doc.body().html();
    }
}
