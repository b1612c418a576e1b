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
        String quick = plainAbsolute(html, pageUrl);
        return quick != null ? quick : parsedAbsolute(html, pageUrl);
    }

    /** The tags of most articles' text (paragraphs, emphasis, headings, lists, quotes, tables), which jsoup writes back unchanged. */
    private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of("p", "/p", "strong", "/strong", "em", "/em",
            "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6", "ul", "/ul", "ol", "/ol", "li", "/li",
            "blockquote", "/blockquote", "/a", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr", "/tr",
            "th", "/th", "td", "/td", "th class=\"text-left\"", "th class=\"text-center\"", "th class=\"text-right\"",
            "td class=\"text-left\"", "td class=\"text-center\"", "td class=\"text-right\"");
    private static final Pattern PLAIN_URL = Pattern.compile("[A-Za-z0-9/._~:#?=%+-]*");

    /**
     * The same result as {@link #parsedAbsolute} for text made only of {@link #PLAIN_TAGS}, links with
     * a plain address, and the entities &amp;amp; &amp;lt; &amp;gt; (the HTML Markdown gives most articles),
     * without parsing it: each href resolved as jsoup resolves it. Null for anything else, which is parsed.
     * ItemHtmlTest compares both ways on every fixture and many edge cases.
     */
    static String plainAbsolute(String html, String pageUrl) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n + 512);
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                out.append(html, run, i);
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                String tag = html.substring(i + 1, close);
                if (tag.startsWith("a href=\"") && tag.endsWith("\"") && tag.length() > 9) {
                    String href = tag.substring(8, tag.length() - 1);
                    if (!PLAIN_URL.matcher(href).matches()) {
                        return null;
                    }
                    String url = org.jsoup.internal.StringUtil.resolve(pageUrl, href);
                    if (!SAFE_HREF.matcher(url).find() || !PLAIN_URL.matcher(url).matches()) {
                        return null;
                    }
                    out.append("<a href=\"").append(url).append("\">");
                } else if (PLAIN_TAGS.contains(tag)) {
                    out.append('<').append(tag).append('>');
                } else {
                    return null;
                }
                i = close;
                run = close + 1;
            } else if (c == '&') {
                if (!(html.startsWith("&amp;", i) || html.startsWith("&lt;", i) || html.startsWith("&gt;", i))) {
                    return null;
                }
            } else if (c == '"' || c == '>' || c == '\u00A0' || (c < 0x20 && c != '\n')) {
                return null; // written back differently by jsoup (&nbsp;), or not Markdown's output
            }
        }
        out.append(html, run, n);
        return out.toString();
    }

    /** {@link #absolute} by parsing {@code html}: any HTML, with anything unsafe removed. */
    static String parsedAbsolute(String html, String pageUrl) {
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
