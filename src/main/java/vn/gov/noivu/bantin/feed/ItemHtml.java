package vn.gov.noivu.bantin.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/** The HTML an item carries: links made absolute, anything a validator calls a security risk removed. */
final class ItemHtml {
    /** Elements no feed item may carry (FEEDS.md rule 11), even if the body sanitizer let one through. */
    static final String FORBIDDEN = "script, iframe, embed, object, applet, frame, frameset, form, style, link, meta, base";
    private static final Pattern SAFE_HREF = Pattern.compile("^(https?:|mailto:|tel:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_SRC = Pattern.compile("^https?:", Pattern.CASE_INSENSITIVE);
    /** Length of the lead made from the body when an article has no summary. */
    static final int LEAD_LENGTH = 300;

    private ItemHtml() {
    }

    /** {@code html} with every href and src resolved against {@code pageUrl}, the absolute URL of its page. */
    static String absolute(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.select(FORBIDDEN).remove();
        for (Element e : doc.body().getAllElements()) {
            for (Attribute attr : List.copyOf(e.attributes().asList())) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style")) {
                    e.removeAttr(attr.getKey());
                }
            }
            resolve(e, "href", SAFE_HREF);
            resolve(e, "src", SAFE_SRC);
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8);
        return doc.body().html();
    }

    private static void resolve(Element e, String key, Pattern safe) {
        if (!e.hasAttr(key)) {
            return;
        }
        String url = e.absUrl(key);
        if (safe.matcher(url).find()) {
            e.attr(key, url);
        } else {
            e.removeAttr(key); // javascript:, data: or unresolvable: no reader should follow it
        }
    }

    /** The lead as HTML-escaped text: the summary, or the start of the body when there is none. */
    static String lead(String summary, String bodyHtml) {
        String text = summary;
        if (text.isBlank()) {
            text = Jsoup.parseBodyFragment(bodyHtml).text();
            if (text.length() > LEAD_LENGTH) {
                int cut = text.lastIndexOf(' ', LEAD_LENGTH);
                text = text.substring(0, cut > 0 ? cut : LEAD_LENGTH) + "…";
            }
        }
        return escape(text);
    }

    /** Readers treat description as HTML, so "<2024>" must arrive as text, not as a tag. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
