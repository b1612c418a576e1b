package vn.gov.noivu.bantin.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A Flexmark document to HTML, byte for byte what Flexmark's HtmlRenderer writes with {@link Markdown#OPTIONS}
 * (and the table-alignment attribute provider), in a fraction of its time: one pass appending to one char
 * array, text without escapes copied straight from the source. The output rules of Flexmark's line appender
 * are kept: no indentation, spaces at the start of a line dropped outside {@code <pre>}, an empty line never
 * twice in a row outside {@code <pre>}, the last line ended. URLs are written as given, not percent-encoded
 * (Flexmark's PERCENT_ENCODE_URLS is off). A node this writer does not know makes {@link #render} empty; the
 * caller then uses Flexmark's renderer for the whole document. One instance per document.
 */
final class HtmlWriter {
    private static final HtmlRendererOptions HTML = new HtmlRendererOptions(Markdown.OPTIONS);
    private static final ListOptions LISTS = ListOptions.get(Markdown.OPTIONS);

    private final Document document;
    private final ReferenceRepository references;
    /**
     * The text the document was parsed from, a String or (as {@link Markdown#parse} gives it) a char
     * array; null for any other base. Its characters are {@link #sourceChars}.
     */
    private final Object source;
    private final char[] sourceChars;
    private char[] out = new char[8192];
    private int length;
    /** Where the current (unfinished) line starts in {@link #out}. */
    private int lineStart;
    /** The current line holds nothing but spaces and tabs. */
    private boolean lineBlank = true;
    /** The last finished line was empty and outside {@code <pre>}. */
    private boolean lastLineEmpty;
    /** Depth of preformatted output ({@code <pre>} content, raw HTML): spaces and empty lines are kept. */
    private int pre;

    private HtmlWriter(Document document) {
        this.document = document;
        this.references = Parser.REFERENCES.get(document);
        Object base = document.getChars().getBase();
        this.source = base instanceof String || base instanceof char[] ? base : null;
        this.sourceChars = base instanceof String s ? s.toCharArray() : base instanceof char[] c ? c : null;
    }

    /** The document's HTML, or empty if it holds a node type this writer does not render. */
    static Optional<String> render(Document document) {
        HtmlWriter writer = new HtmlWriter(document);
        try {
            writer.children(document);
        } catch (UnknownNode e) {
            return Optional.empty();
        }
        writer.line();
        return Optional.of(new String(writer.out, 0, writer.length));
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    /** Exact classes, as Flexmark picks a renderer by class: a subclass is an unknown node. */
    private void node(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            text(node.getChars());
        } else if (type == SoftLineBreak.class) {
            put(HTML.softBreak);
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) node);
        } else if (type == StrongEmphasis.class) {
            wrap("<strong>", node, "</strong>");
        } else if (type == Emphasis.class) {
            wrap("<em>", node, "</em>");
        } else if (type == Link.class) {
            Link link = (Link) node;
            link(link.getUrl(), link.getUrl().unescape(), link.getTitle(), node);
        } else if (type == Heading.class) {
            String tag = "h" + ((Heading) node).getLevel();
            line();
            wrap("<" + tag + ">", node, "</" + tag + ">");
            line();
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            line();
            raw("<li>");
            text(((ListItem) node).getMarkerSuffix().unescape());
            children(node);
            raw("</li>");
            line();
        } else if (type == BulletList.class) {
            block("<ul>", node, "</ul>");
        } else if (type == OrderedList.class) {
            int start = ((OrderedList) node).getStartNumber();
            block(LISTS.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>", node, "</ol>");
        } else if (type == Code.class) {
            raw("<code>");
            text(Escaping.collapseWhitespace(((Code) node).getText(), true));
            raw("</code>");
        } else if (type == HtmlEntity.class) {
            text(node.getChars().unescape());
        } else if (type == HardLineBreak.class) {
            put(HTML.hardBreak);
        } else if (type == HtmlInline.class || type == HtmlInlineComment.class) {
            rawPre(node.getChars().normalizeEOL());
        } else if (type == HtmlBlock.class && !node.hasChildren()) {
            line();
            rawPre(((HtmlBlock) node).getContentChars().normalizeEOL());
            line();
        } else if (type == HtmlCommentBlock.class) {
            rawPre(node.getChars().normalizeEOL());
        } else if (type == Image.class) {
            Image image = (Image) node;
            image(image.getUrl(), image.getUrl().unescape(), image.getTitle(), node);
        } else if (type == LinkRef.class) {
            linkRef((LinkRef) node);
        } else if (type == ImageRef.class) {
            imageRef((ImageRef) node);
        } else if (type == AutoLink.class) {
            autoLink((AutoLink) node);
        } else if (type == MailLink.class) {
            mailLink((MailLink) node);
        } else if (type == TextBase.class) {
            children(node);
        } else if (type == BlockQuote.class) {
            block("<blockquote>", node, "</blockquote>");
        } else if (type == FencedCodeBlock.class) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            BasedSequence info = code.getInfo();
            String language = info.isNotNull() && !info.isBlank()
                    ? code.getInfoDelimitedByAny(HTML.languageDelimiterSet).unescape() : null;
            codeBlock(language, code.getContentChars().normalizeEOL());
        } else if (type == IndentedCodeBlock.class) {
            codeBlock(null, ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (type == ThematicBreak.class) {
            line();
            raw("<hr />");
            line();
        } else if (type == TableBlock.class) {
            block("<table>", node, "</table>");
        } else if (type == TableHead.class) {
            lines("<thead>", node, "</thead>");
        } else if (type == TableBody.class) {
            lines("<tbody>", node, "</tbody>");
        } else if (type == TableRow.class) {
            lines("<tr>", node, "</tr>");
        } else if (type == TableCaption.class) {
            lines("<caption>", node, "</caption>");
        } else if (type == TableCell.class) {
            tableCell((TableCell) node);
        } else if (type != Reference.class && type != TableSeparator.class) {
            throw new UnknownNode();
        }
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer item
                && item.isParagraphWrappingDisabled(paragraph, LISTS, document)) {
            children(paragraph); // in a tight list item
        } else {
            lines("<p>", paragraph, "</p>");
        }
    }

    private void link(BasedSequence rawUrl, String url, BasedSequence title, Node node) {
        if (suppressed(rawUrl)) {
            children(node);
            return;
        }
        raw("<a href=\"");
        attr(url);
        title(title);
        raw("\">");
        children(node);
        raw("</a>");
    }

    private void image(BasedSequence rawUrl, String url, BasedSequence title, Node node) {
        if (suppressed(rawUrl)) {
            return;
        }
        raw("<img src=\"");
        attr(url);
        raw("\" alt=\"");
        attr(new TextCollectingVisitor().collectAndGetText(node));
        title(title);
        raw("\" />");
    }

    /** Ends the previous attribute's quotes; adds title="..." if there is a title. */
    private void title(BasedSequence title) {
        if (title.isNotNull()) {
            raw("\" title=\"");
            attr(title.unescape());
        }
    }

    private void linkRef(LinkRef ref) {
        if (ref.isDefined()) {
            Reference reference = ref.getReferenceNode(references);
            String url = reference.getUrl().unescape();
            link(BasedSequence.of(url), url, reference.getTitle(), ref);
        } else if (!ref.hasChildren()) {
            text(ref.getChars().unescape());
        } else {
            // An undefined reference is its own text: "[", the children, "]".
            text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
            children(ref);
            text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
        }
    }

    private void imageRef(ImageRef ref) {
        if (ref.isDefined()) {
            Reference reference = ref.getReferenceNode(references);
            String url = reference.getUrl().unescape();
            image(BasedSequence.of(url), url, reference.getTitle(), ref);
        } else {
            text(ref.getChars().unescape());
        }
    }

    private void autoLink(AutoLink link) {
        String text = link.getText().toString();
        if (suppressed(link.getUrl())) {
            text(text);
            return;
        }
        raw("<a href=\"");
        attr(text.startsWith("www.") ? HTML.autolinkWwwPrefix + text : text);
        raw("\">");
        text(text);
        raw("</a>");
    }

    private void mailLink(MailLink link) {
        String text = link.getText().unescape();
        if (suppressed(link.getUrl())) {
            text(text);
            return;
        }
        raw("<a href=\"");
        attr("mailto:" + text);
        raw("\">");
        text(text);
        raw("</a>");
    }

    /** The site's attribute provider turns Flexmark's align="..." into class="text-...". */
    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        raw("<" + tag);
        if (cell.getSpan() > 1) {
            raw(" colspan=\"" + cell.getSpan() + "\"");
        }
        if (cell.getAlignment() != null) {
            raw(" class=\"text-" + cell.getAlignment().name().toLowerCase(Locale.ROOT) + "\"");
        }
        raw(">");
        children(cell);
        raw("</" + tag + ">");
    }

    private void codeBlock(String language, String content) {
        line();
        raw("<pre>");
        pre++;
        if (language == null) {
            raw("<code>");
        } else {
            raw("<code class=\"");
            attr(HTML.languageClassPrefix + language);
            raw("\">");
        }
        text(content);
        raw("</code></pre>");
        pre--;
        line();
    }

    private boolean suppressed(CharSequence url) {
        return HTML.suppressedLinks.matcher(url).matches();
    }

    private void wrap(String open, Node node, String close) {
        raw(open);
        children(node);
        raw(close);
    }

    /** Open and close tags on lines of their own, children in between (lists, block quotes, tables). */
    private void block(String open, Node node, String close) {
        line();
        raw(open);
        line();
        children(node);
        line();
        raw(close);
        line();
    }

    /** A new line before the open tag and after the close tag. */
    private void lines(String open, Node node, String close) {
        line();
        wrap(open, node, close);
        line();
    }

    /**
     * A Text node: backslash escapes and entities decoded, line ends normalized, then escaped. Most text is a
     * stretch of the source with none of these, written straight from {@link #sourceChars}.
     */
    private void text(BasedSequence chars) {
        if (source != null && (chars instanceof SubSequence || chars instanceof CharSubSequence) && chars.getBase() == source) {
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            int i = from;
            while (i < to && sourceChars[i] != '\\' && sourceChars[i] != '&' && sourceChars[i] != '\r') {
                i++;
            }
            if (i == to) {
                text(sourceChars, from, to);
                return;
            }
        }
        String s = chars.unescape();
        text(s.indexOf('\r') < 0 ? s : Escaping.normalizeEOL(s));
    }

    /** Markup that starts with a character other than a space and holds no line break, or follows markup. */
    private void raw(String markup) {
        int n = markup.length();
        room(n);
        markup.getChars(0, n, out, length);
        length += n;
        lineBlank = false;
    }

    private void text(String s) {
        text(s.toCharArray(), 0, s.length());
    }

    /** Text, HTML-escaped as Flexmark's text(): &amp; &lt; &gt; &quot;. */
    private void text(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '"' -> raw("&quot;");
                default -> put(c);
            }
        }
    }

    /** An attribute value, escaped as Flexmark does: entities already written as entities are kept. */
    private void attr(String value) {
        put(Escaping.escapeHtml(value, true));
    }

    /** Raw HTML from the document, kept as written (preformatted). */
    private void rawPre(String html) {
        pre++;
        put(html);
        pre--;
    }

    private void put(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            put(s.charAt(i));
        }
    }

    private void put(char c) {
        if (c == '\n') {
            endLine();
        } else if (c != ' ' || pre > 0 || !lineBlank) {
            room(1);
            out[length++] = c;
            lineBlank &= c == ' ' || c == '\t';
        }
    }

    private void room(int n) {
        if (length + n > out.length) {
            out = Arrays.copyOf(out, Math.max(2 * out.length, length + n));
        }
    }

    /** Ends the current line unless it is empty. */
    private void line() {
        if (pre > 0 || length > lineStart) {
            endLine();
        }
    }

    private void endLine() {
        boolean empty = length == lineStart && pre == 0;
        if (!(empty && lastLineEmpty)) {
            room(1);
            out[length++] = '\n';
        }
        lastLineEmpty = empty;
        lineStart = length;
        lineBlank = true;
    }

    /** A node type this writer does not render: the document goes to Flexmark's renderer. */
    private static final class UnknownNode extends RuntimeException {
        UnknownNode() {
            super(null, null, false, false);
        }
    }
}
