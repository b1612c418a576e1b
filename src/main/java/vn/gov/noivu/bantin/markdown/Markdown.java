package vn.gov.noivu.bantin.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;

/**
 * Markdown to safe HTML, shared by all threads (Flexmark's parser and renderer are immutable). Raw HTML in
 * a body is cut down to {@link #SAFELIST}; the same HTML goes to
 * pages and feeds. A document of the registry is cited by its number in double brackets,
 * {@code [[108/2014/NĐ-CP]]}, and becomes a link to the document's page.
 */
public final class Markdown {
    /**
     * The raw-HTML policy: these tags and attributes survive, everything else (script, iframe, style,
     * on* handlers, javascript: URLs, forms, embeds) is removed. Documented in the README.
     */
    public static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em",
                    "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre",
                    "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
                    "u", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan", "class")
            .addAttributes("th", "colspan", "rowspan", "scope", "class")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Parser and renderer options. */
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(HtmlRenderer.GENERATE_HEADER_ID, false) // ids are not rendered; computing them costs
            .toImmutable();

    /**
     * Flexmark's parsers and renderer, made at their first use (thread-safe, as a class is initialized once): a
     * build that finds every text in the cache needs none.
     */
    private static final class Flexmark {
        static final Parser PARSER = Parser.builder(OPTIONS).build();
        /**
         * The same parser without the tables extension, for a body without '|' (no table can start there):
         * the extension looks for '|' in every paragraph, a tenth of parsing an article.
         */
        static final Parser PLAIN_PARSER = Parser.builder(new MutableDataSet(OPTIONS).set(Parser.EXTENSIONS, List.of())).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public com.vladsch.flexmark.html.AttributeProvider apply(
                            com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                        // HTML5 has no align attribute: table alignment becomes a class.
                        return (node, part, attributes) -> {
                            if (node instanceof TableCell && attributes.contains("align")) {
                                String align = attributes.getValue("align");
                                attributes.remove("align");
                                attributes.addValue("class", "text-" + align);
                            }
                        };
                    }
                })
                .build();
    }

    /** Flexmark's parser with this project's options. */
    Parser parser() {
        return Flexmark.PARSER;
    }

    /** Flexmark's renderer with this project's options. */
    HtmlRenderer renderer() {
        return Flexmark.RENDERER;
    }

    private final String basePath;
    /** Số ký hiệu (NFC) → site path of the document's page, for [[number]] citations. */
    private final Map<String, String> documents;

    /** @param basePath the site's path prefix ("/" or "/noivu/"), put in front of links that start with '/' */
    public Markdown(String basePath) {
        this.basePath = basePath;
        this.documents = Map.of();
    }

    private Markdown(Markdown base, Map<String, String> documents) {
        this.basePath = base.basePath;
        this.documents = Map.copyOf(documents);
    }

    /** This renderer (same parser, same policy) resolving [[number]] with {@code documents}: số ký hiệu → site path. */
    public Markdown withDocuments(Map<String, String> documents) {
        return new Markdown(this, documents);
    }

    /** The base path and the documents cited by number, as one text: what a rendered body depends on besides itself. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(basePath).append('\n');
        new java.util.TreeMap<>(documents).forEach((number, path) -> sb.append(number).append(' ').append(path).append('\n'));
        return sb.toString();
    }

    /** The rendered body and the internal links it contains. */
    public record Result(String html, List<InternalLink> links, List<ContentError> errors) {
    }

    /**
     * Renders {@code body}; {@code firstLine} is the file line the body starts on, {@code pagePath} the
     * site path of the page it will appear on (relative links resolve against it).
     */
    public Result render(String sourcePath, String body, int firstLine, String pagePath) {
        return tree(sourcePath, body, firstLine, pagePath);
    }

    /** Whether an address starts with a scheme ("https:", "mailto:", "javascript:"). */
    static boolean hasScheme(String href) {
        return SCHEME.matcher(href).find();
    }

    /** What Flexmark's tree of {@code body} gives: its HTML, links and errors. */
    private Result tree(String sourcePath, String body, int firstLine, String pagePath) {
        Document doc = parse(body);
        List<InternalLink> links = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        Map<Node, String> citations = body.contains("[[") ? citeDocuments(doc, sourcePath, firstLine, errors) : Map.of();
        List<AutoLink> disarmed = new ArrayList<>();
        boolean rawHtml = false;
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                    || node instanceof HtmlInlineComment) {
                rawHtml = true;
                break;
            }
        }
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                h.setLevel(2); // the page's only h1 is the title
            } else if ((node instanceof LinkNodeBase && !(node instanceof MailLink)) || node instanceof Reference) {
                BasedSequence url = node instanceof LinkNodeBase l ? l.getUrl() : ((Reference) node).getUrl();
                int line = firstLine + node.getLineNumber();
                // Checked as the browser will see it: entities and backslash escapes decoded.
                String href = url.unescape().trim();
                String lower = href.toLowerCase(Locale.ROOT);
                boolean image = node instanceof Image;
                if (href.isEmpty()) {
                    errors.add(ContentError.of(sourcePath, line, "", Message.of(image ? "markdown.imageNoAddress" : "markdown.linkNoAddress"),
                            Message.of("hint.markdown.noAddress")));
                } else if (hasScheme(href)) {
                    if (!(lower.startsWith("http:") || lower.startsWith("https:")
                            || (!image && (lower.startsWith("mailto:") || lower.startsWith("tel:"))))) {
                        errors.add(ContentError.of(sourcePath, line, "", Message.of("markdown.scheme", href),
                                Message.of("hint.markdown.scheme")));
                        // The build fails anyway; the address is also disarmed so no renderer can emit it.
                        if (node instanceof AutoLink auto) {
                            disarmed.add(auto); // its address is its text: it becomes plain text below
                        } else if (node instanceof LinkNodeBase l) {
                            l.setUrl(BasedSequence.of("#"));
                        } else {
                            ((Reference) node).setUrl(BasedSequence.of("#"));
                        }
                    } else if (image) {
                        errors.add(externalImage(sourcePath, line, href));
                    }
                } else if (href.startsWith("//") && image) {
                    errors.add(externalImage(sourcePath, line, href));
                } else if (!href.startsWith("#") && !href.startsWith("//")) {
                    links.add(new InternalLink(resolve(pagePath, href), line, image, citations.getOrDefault(node, href)));
                    // With raw HTML present, clean() prefixes every root-relative address in one place.
                    if (rawHtml) {
                        continue;
                    }
                    if (href.startsWith("/") && node instanceof LinkNodeBase l) {
                        l.setUrl(BasedSequence.of(basePath + href.substring(1)));
                    } else if (href.startsWith("/") && node instanceof Reference r) {
                        r.setUrl(BasedSequence.of(basePath + href.substring(1)));
                    }
                }
            }
        }
        for (AutoLink auto : disarmed) {
            auto.insertBefore(new Text(auto.getChars()));
            auto.unlink();
        }
        if (rawHtml) {
            for (Node node : doc.getDescendants()) {
                if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                    for (Element img : Jsoup.parseBodyFragment(node.getChars().toString()).select("img[src]")) {
                        String src = img.attr("src").trim().toLowerCase(Locale.ROOT);
                        if (src.startsWith("http:") || src.startsWith("https:") || src.startsWith("//")) {
                            errors.add(externalImage(sourcePath, firstLine + node.getLineNumber(), img.attr("src")));
                        }
                    }
                }
            }
        }
        String out = Flexmark.RENDERER.render(doc);
        if (rawHtml) {
            out = clean(out, pagePath);
        }
        return new Result(out, links, errors);
    }

    /**
     * Flexmark's tree of {@code body}. The text is handed over as a char array: Flexmark reads it a
     * character at a time through its sequences, and an array is a fifth faster to read than a String.
     */
    Document parse(String body) {
        Parser p = body.indexOf('|') < 0 ? Flexmark.PLAIN_PARSER : Flexmark.PARSER;
        return p.parse(CharSubSequence.of(body.toCharArray(), 0, body.length()));
    }

    /**
     * Replaces each [[number]] (Flexmark reads it as an undefined reference between '[' and ']') with a link
     * to the document's page; returns the new links with the citation as written, for link-check messages.
     */
    private Map<Node, String> citeDocuments(Document doc, String sourcePath, int firstLine, List<ContentError> errors) {
        List<LinkRef> refs = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof LinkRef ref && !ref.isDefined() && ref.getPrevious() instanceof Text before
                    && before.getChars().endsWith("[") && ref.getNext() instanceof Text after && after.getChars().startsWith("]")) {
                refs.add(ref);
            }
        }
        Map<Node, String> citations = new IdentityHashMap<>();
        for (LinkRef ref : refs) {
            String number = ref.getReference().toString().strip();
            String path = documents.get(number);
            if (path == null) {
                Message hint = Suggest.closest(number, documents.keySet()).map(n -> Message.of("hint.markdown.citedLike", n))
                        .orElse(Message.of("hint.markdown.cite"));
                errors.add(ContentError.of(sourcePath, firstLine + ref.getLineNumber(), "", Message.of("markdown.noDocument", number), hint));
                continue;
            }
            Text before = (Text) ref.getPrevious();
            Text after = (Text) ref.getNext();
            before.setChars(before.getChars().subSequence(0, before.getChars().length() - 1));
            after.setChars(after.getChars().subSequence(1));
            Link link = new Link(ref.getChars()); // based on the source, so its line number is the citation's
            link.setUrl(BasedSequence.of("/" + path));
            link.appendChild(new Text(ref.getReference().trim()));
            ref.insertBefore(link);
            ref.unlink();
            citations.put(link, "[[" + number + "]]");
        }
        return citations;
    }

    /** The site makes no request to another host: a picture from elsewhere would make every reader's browser ask that host. */
    private static ContentError externalImage(String sourcePath, int line, String src) {
        return ContentError.of(sourcePath, line, "", Message.of("markdown.externalImage", src), Message.of("hint.markdown.externalImage"));
    }

    private String clean(String html, String pagePath) {
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(html, "https://site.invalid/" + pagePath);
        for (Element h1 : dirty.select("h1")) {
            h1.tagName("h2");
        }
        org.jsoup.nodes.Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element a : clean.select("a[href^=/]:not([href^=//])")) {
            a.attr("href", basePath + a.attr("href").substring(1));
        }
        for (Element img : clean.select("img[src^=/]:not([src^=//])")) {
            img.attr("src", basePath + img.attr("src").substring(1));
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .charset(java.nio.charset.StandardCharsets.UTF_8);
        return clean.body().html() + "\n";
    }

    /**
     * The site path a link points to: "/x" from the site root, anything else from the page's own folder;
     * query and fragment dropped, a folder gets its index.html.
     */
    public static String resolve(String pagePath, String href) {
        String h = href;
        int cut = indexOfAny(h, '?', '#');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        if (h.isEmpty()) {
            return pagePath; // "?trang=2" or "#muc-1": the page itself
        }
        h = java.net.URLDecoder.decode(h.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        String joined;
        if (h.startsWith("/")) {
            joined = h.substring(1);
        } else {
            int slash = pagePath.lastIndexOf('/');
            joined = (slash >= 0 ? pagePath.substring(0, slash + 1) : "") + h;
        }
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/", -1)) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                } else {
                    return "../" + joined; // climbs above the site root: never exists
                }
            } else if (!p.equals(".")) {
                parts.add(p);
            }
        }
        String path = String.join("/", parts);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
