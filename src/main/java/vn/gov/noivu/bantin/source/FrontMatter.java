package vn.gov.noivu.bantin.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Encoding;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.VietnameseText;

/**
 * Splits a source file into YAML front matter and Markdown body, and reads the front matter into
 * fields that remember their line. YAML is only composed into nodes, never constructed into objects,
 * so a custom tag such as {@code !!java.io.File} can never instantiate a class.
 */
final class FrontMatter {
    /** Largest source file accepted; news articles are tens of kilobytes. Documented in the README. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Largest front matter, in characters: fields are short, the text goes in the body. */
    static final int MAX_FRONT_MATTER = 256 * 1024;
    private static final String FENCE = "---";

    /** One {@code key: value} of the front matter. */
    record Field(String key, int line, Node value) {
    }

    /** The parsed file: fields in order, the body and the file line the body starts on. */
    record Parsed(Map<String, Field> fields, String body, int bodyLine) {
    }

    private FrontMatter() {
    }

    /** Where YAML comes from: the front matter of a Markdown file or a whole data file; decides messages and lines. */
    enum Kind {
        FRONT_MATTER(2, "frontMatter"), DATA(1, "data");

        /** The file line of the first YAML line. */
        final int firstLine;
        /** The last part of the catalog's keys that differ between the two ("yaml.invalid.data"). */
        final String key;

        Kind(int firstLine, String key) {
            this.firstLine = firstLine;
            this.key = key;
        }

        Message message(String prefix, Object... args) {
            return Message.of(prefix + "." + key, args);
        }
    }

    /** Decodes, splits and reads a file; problems go to {@code errors}, and null is returned if nothing usable remains. */
    static Parsed read(String path, byte[] bytes, List<ContentError> errors) {
        String text = decodeText(path, bytes, Kind.FRONT_MATTER, errors);
        if (text == null) {
            return null;
        }
        // Lines are cut out only up to the closing fence: the body is taken whole, as written.
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
            errors.add(ContentError.of(path, 1, "", Message.of("frontMatter.missing"), Message.of("hint.frontMatter.missing")));
            return null;
        }
        int close = -1;
        int closeStart = -1;
        int line = 1;
        for (int start = firstEnd + 1; start <= text.length() && firstEnd < text.length(); line++) {
            int end = lineEnd(text, start);
            String l = text.substring(start, end).stripTrailing();
            if (l.equals(FENCE) || l.equals("...")) {
                close = line;
                closeStart = start;
                break;
            }
            start = end + 1;
        }
        if (close < 0) {
            errors.add(ContentError.of(path, 1, "", Message.of("frontMatter.notClosed"), Message.of("hint.frontMatter.notClosed")));
            return null;
        }
        String yaml = text.substring(firstEnd + 1, closeStart);
        int closeEnd = lineEnd(text, closeStart);
        String body = closeEnd < text.length() ? text.substring(closeEnd + 1) : "";
        Map<String, Field> fields = readYaml(path, yaml, Kind.FRONT_MATTER, errors);
        if (fields == null) {
            return null;
        }
        return new Parsed(fields, body, close + 2);
    }

    /** Where the line starting at {@code start} ends: its '\n', or the end of the text. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl;
    }

    /** The file as text with '\n' line ends: UTF-8 without BOM or NUL, within the size limit; null after an error. */
    private static String decodeText(String path, byte[] bytes, Kind kind, List<ContentError> errors) {
        if (bytes.length == 0) {
            errors.add(ContentError.of(path, 1, "", Message.of("file.empty"), kind.message("hint.file.empty")));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            errors.add(tooLarge(path, bytes.length));
            return null;
        }
        // The JDK's own decoding is the fast path: it replaces a bad byte with U+FFFD, so text without
        // U+FFFD was valid UTF-8; only text with one is decoded again strictly, to find the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        int found = scan(text);
        if ((found & REPLACED) != 0) {
            Optional<ContentError> notUtf8 = Encoding.notUtf8(path, bytes);
            if (notUtf8.isPresent()) {
                errors.add(notUtf8.get());
                return null;
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if ((found & INVISIBLE) == 0) { // no CR, NUL or control character: most files
            return (found & NOT_PLAIN) == 0 ? text : VietnameseText.compose(path, text, errors);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            errors.add(ContentError.of(path, lineOf(text, nul), "", Message.of("file.binary"), kind.message("hint.file.binary")));
            return null;
        }
        int control = firstInvisible(text);
        if (control >= 0) {
            errors.add(ContentError.of(path, lineOf(text, control), "", Message.of("file.control",
                    String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(control))), Message.of("hint.file.control")));
            return null;
        }
        return VietnameseText.compose(path, text, errors);
    }

    /** Reads a whole YAML data file into its top-level fields; null after an error. */
    static Map<String, Field> readData(String path, byte[] bytes, List<ContentError> errors) {
        String text = decodeText(path, bytes, Kind.DATA, errors);
        return text == null ? null : readYaml(path, text, Kind.DATA, errors);
    }

    /** The error for a file over {@link #MAX_BYTES}, with its real size. */
    static ContentError tooLarge(String path, long size) {
        return ContentError.of(path, 0, "", Message.of("file.tooLarge", String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0),
                MAX_BYTES / 1048576), Message.of("hint.file.tooLarge"));
    }

    /** What {@link #scan} finds: a U+FFFD (perhaps a byte that is not UTF-8), an invisible character, a character that is not {@link VietnameseText#plain}. */
    private static final int REPLACED = 1;
    private static final int INVISIBLE = 2;
    private static final int NOT_PLAIN = 4;

    /** One look at every character of a file, for the three things reading it asks of each. */
    private static int scan(String text) {
        char[] chars = VietnameseText.chars(text); // a loop over an array: a tenth of the cost of charAt's checks
        int found = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = chars[i];
            if (c < 0x20 || c >= 0x7F) { // the rest is printable ASCII
                found |= (invisible(c) ? INVISIBLE : 0) | (c == '\uFFFD' ? REPLACED : 0) | (VietnameseText.plain(c) ? 0 : NOT_PLAIN);
            }
        }
        return found;
    }

    /**
     * The index of the first character a page or feed cannot carry (C0 and C1 controls other than tab and
     * line end, DEL, U+FFFE, U+FFFF), or -1. XML refuses them and browsers show them as boxes.
     */
    private static int firstInvisible(String text) {
        char[] chars = VietnameseText.chars(text); // a loop over an array: a tenth of the cost of charAt's checks
        for (int i = 0; i < text.length(); i++) {
            char c = chars[i];
            if (invisible(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character a page or feed cannot carry: the C0 controls but tab and line end, DEL, the C1 controls, U+FFFE, U+FFFF. */
    private static boolean invisible(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One SnakeYAML per thread (it is not thread-safe; making one per file was a tenth of reading the front matter). */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported below with both lines
        options.setMaxAliasesForCollections(10); // bounds an alias "billion laughs" before it grows
        options.setNestingDepthLimit(8);
        options.setCodePointLimit(MAX_FRONT_MATTER); // documented in docs/security.md
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    });

    private static Map<String, Field> readYaml(String path, String yaml, Kind kind, List<ContentError> errors) {
        Node root;
        try {
            root = YAML.get().compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            // A quoted value may run over several lines: an unclosed one is named at the line it opened on.
            boolean quoted = e.getContext() != null && e.getContext().contains("quoted scalar") && e.getContextMark() != null;
            int line = quoted ? e.getContextMark().getLine() + kind.firstLine
                    : e.getProblemMark() != null ? e.getProblemMark().getLine() + kind.firstLine : 1;
            String problem = e.getProblem() == null ? "" : e.getProblem();
            String[] yamlLines = yaml.split("\n", -1);
            ContentError mistake = mistake(path, yamlLines, e, kind);
            if (mistake != null) {
                errors.add(mistake);
                return null;
            }
            String written = line - kind.firstLine >= 0 && line - kind.firstLine < yamlLines.length
                    ? yamlLines[line - kind.firstLine] : "";
            Matcher field = FIELD_LINE.matcher(written);
            String key = field.matches() ? field.group(1) : "";
            if (problem.startsWith("Global tag is not allowed: ")) {
                // SnakeYAML refuses "!!java..." tags itself before any node exists: the same message as other tags.
                errors.add(ContentError.of(path, line, key, Message.of("yaml.tag", problem.substring("Global tag is not allowed: ".length())),
                        Message.of("hint.yaml.tag")));
                return null;
            }
            errors.add(yamlProblem(path, line, key, field.matches() ? field.group(2) : "", written, problem, kind));
            return null;
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Message hint;
            if (message.startsWith("Nesting Depth")) {
                hint = kind.message("hint.yaml.nesting");
            } else if (message.contains("exceeds the limit")) {
                hint = kind.message("hint.yaml.tooLong");
            } else if (message.contains("aliases")) {
                hint = Message.of("hint.yaml.aliases");
            } else {
                hint = Message.of("hint.yaml.fields");
            }
            errors.add(ContentError.of(path, 1, "", kind.message("yaml.invalid", message), hint));
            return null;
        }
        if (root == null) {
            return new LinkedHashMap<>();
        }
        if (!(root instanceof MappingNode mapping)) {
            errors.add(ContentError.of(path, kind.firstLine, "", kind.message("yaml.notFields"), Message.of("hint.yaml.notFields")));
            return null;
        }
        if (yaml.indexOf('#') >= 0) {
            String[] lines = yaml.split("\n", -1);
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    commentsCutting(path, key.getValue(), t.getValueNode(), lines, kind, errors);
                }
            }
        }
        return fields(path, mapping, kind.firstLine, "", errors);
    }

    /** A line indented with a tab. */
    private static final Pattern LEADING_TAB = Pattern.compile("^ *\t");
    /** A field's line indented: "  date: 2026-01-05" (front matter has no nested fields). */
    private static final Pattern INDENTED_FIELD = Pattern.compile("[ \t]+([A-Za-z_][\\w-]*)[ \t]*:(?:[ \t].*)?");
    /** "title:\"Hội nghị\"": no space after the colon. */
    private static final Pattern NO_SPACE = Pattern.compile("([A-Za-z_][\\w-]*):([^\\s/].*)");
    /** "title:\tHội nghị": a tab after the colon. */
    private static final Pattern TAB_AFTER = Pattern.compile("([A-Za-z_][\\w-]*)[ \t]*:[ ]*\t.*");
    /** A quoted item of a list as written: "hội nghị" or 'hội nghị'. */
    private static final Pattern QUOTED_ITEM = Pattern.compile("\"[^\"]*\"|'[^']*'");

    /**
     * The mistake an editor made, found from the lines as written where the parser's words would only
     * confuse: a field's line indented (front matter), no space or a tab after the colon, a list not closed
     * by ']' or whose items are not separated by commas, a list written without brackets, a quote never
     * closed. Null when none of these explains the parser's complaint.
     */
    private static ContentError mistake(String path, String[] lines, MarkedYAMLException e, Kind kind) {
        String context = e.getContext() == null ? "" : e.getContext();
        int problemLine = e.getProblemMark() == null ? lines.length - 1 : Math.min(e.getProblemMark().getLine(), lines.length - 1);
        if (context.contains("flow sequence") && e.getContextMark() != null && e.getContextMark().getLine() < lines.length) {
            int at = e.getContextMark().getLine();
            Matcher field = FIELD_LINE.matcher(lines[at]);
            if (field.matches()) {
                String key = field.group(1);
                String value = field.group(2);
                List<String> items = new ArrayList<>();
                Matcher item = QUOTED_ITEM.matcher(value);
                while (item.find()) {
                    items.add(item.group());
                }
                String fixed = key + ": [" + (items.isEmpty() ? "\"…\", \"…\"" : String.join(", ", items)) + "]";
                boolean closed = value.indexOf(']') > 0;
                return ContentError.of(path, at + kind.firstLine, key, Message.of(closed ? "yaml.listItems" : "yaml.listNotClosed"),
                        Message.of("hint.yaml.list", fixed));
            }
        }
        for (int i = 0; i <= problemLine && i < lines.length; i++) {
            String l = lines[i];
            Matcher m;
            if (kind == Kind.FRONT_MATTER && (m = INDENTED_FIELD.matcher(l)).matches() && i > 0 && !lines[i - 1].strip().endsWith(":")) {
                return ContentError.of(path, i + kind.firstLine, m.group(1), Message.of("yaml.indented"),
                        Message.of("hint.yaml.indented", l.strip()));
            }
            if ((m = NO_SPACE.matcher(l)).matches() && !m.group(2).startsWith(":")) {
                return ContentError.of(path, i + kind.firstLine, m.group(1), Message.of("yaml.noSpace"),
                        Message.of("hint.yaml.noSpace", m.group(1) + ": " + m.group(2)));
            }
            if ((m = TAB_AFTER.matcher(l)).matches()) {
                return ContentError.of(path, i + kind.firstLine, m.group(1), Message.of("yaml.tab"),
                        Message.of("hint.yaml.tab", l.replace('\t', ' ').replaceAll(" {2,}", " ").strip()));
            }
        }
        if (problemLine >= 0) {
            Matcher field = FIELD_LINE.matcher(lines[problemLine]);
            String value = field.matches() ? field.group(2) : "";
            if (opensWithQuote(value)) {
                int close = closingQuote(value, value.charAt(0));
                if (close > 0 && value.substring(close + 1).strip().startsWith(",")) { // tags: "a", "b"
                    return ContentError.of(path, problemLine + kind.firstLine, field.group(1), Message.of("yaml.listWithoutBrackets"),
                            Message.of("hint.yaml.list", field.group(1) + ": [" + value + "]"));
                }
            }
        }
        // A quote opened on an earlier line and never closed there swallows the lines after it.
        for (int i = 0; i < problemLine && i < lines.length; i++) {
            Matcher field = FIELD_LINE.matcher(lines[i]);
            String value = field.matches() ? field.group(2) : "";
            if (opensWithQuote(value) && closingQuote(value, value.charAt(0)) < 0) {
                String quote = String.valueOf(value.charAt(0));
                return ContentError.of(path, i + kind.firstLine, field.group(1), Message.of("yaml.quoteNotClosed", quote),
                        Message.of("hint.yaml.quoteNotClosed", quote));
            }
        }
        return null;
    }

    /** A line "name: value" of YAML: the name and what follows the colon. */
    private static final Pattern FIELD_LINE = Pattern.compile("\\s*([A-Za-z_][\\w-]*)\\s*:\\s*(.*?)\\s*");

    /**
     * What the parser could not read, said in the editor's terms from the line itself: quotes inside a
     * quoted value, a value that goes on after its closing quote, a quote never closed, a tab, a colon in
     * an unquoted value; else the parser's own words.
     */
    private static ContentError yamlProblem(String path, int line, String key, String value, String written, String problem,
                                            Kind kind) {
        if (LEADING_TAB.matcher(written).find() || problem.contains("'\\t'")) {
            return ContentError.of(path, line, key, Message.of("yaml.tabIndent"), Message.of("hint.yaml.tabIndent"));
        }
        if (opensWithQuote(value)) {
            char quote = value.charAt(0);
            int close = closingQuote(value, quote);
            if (close < 0) {
                return ContentError.of(path, line, key, Message.of("yaml.quoteNotClosed", String.valueOf(quote)),
                        Message.of("hint.yaml.quoteNotClosed", String.valueOf(quote)));
            }
            String after = value.substring(close + 1).strip();
            if (!after.isEmpty() && !after.startsWith("#")) {
                String inner = value.substring(1, close) + quote + after;
                if (inner.endsWith(String.valueOf(quote))) { // "Hội nghị "tổng kết" năm 2026": a quote inside the quotes
                    String within = inner.substring(0, inner.length() - 1);
                    String fixed = quote == '"' ? key + ": '" + within.replace("'", "''") + "'"
                            : key + ": \"" + within.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    return ContentError.of(path, line, key, Message.of(quote == '"' ? "yaml.quoteInside" : "yaml.apostropheInside"),
                            Message.of(quote == '"' ? "hint.yaml.quoteInside" : "hint.yaml.apostropheInside", fixed));
                }
                return ContentError.of(path, line, key, Message.of("yaml.afterQuote", after), Message.of("hint.yaml.afterQuote"));
            }
        }
        if (!value.isEmpty() && value.contains(": ")) {
            return ContentError.of(path, line, key, Message.of("yaml.colon"),
                    Message.of("hint.yaml.colon", key + ": \"" + curly(value) + "\""));
        }
        return ContentError.of(path, line, "", kind.message("yaml.invalid", problem.isEmpty() ? "?" : problem),
                Message.of("hint.yaml.fields"));
    }

    /** Straight double quotes as curly ones, opening and closing in turn: a "b" c → a “b” c. */
    static String curly(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                sb.append(open ? '“' : '”');
                open = !open;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether a value as written opens with a double or a single quote. */
    private static boolean opensWithQuote(String value) {
        return !value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'');
    }

    /** The index of the quote that closes a value opened by {@code quote} at 0 (YAML's escapes: \" and ''), or -1. */
    private static int closingQuote(String value, char quote) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The fields of one YAML mapping, in order, each with its file line ({@code firstLine} is the file line of
     * the YAML's first line); a repeated key or an unsafe tag is an error. {@code prefix} names nested fields
     * in messages ("lich[2].").
     */
    static Map<String, Field> fields(String path, MappingNode mapping, int firstLine, String prefix, List<ContentError> errors) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + firstLine;
            if (!(keyNode instanceof ScalarNode key)) {
                errors.add(ContentError.of(path, line, "", Message.of("yaml.fieldName"), Message.of("hint.yaml.fieldName")));
                continue;
            }
            String unsafe = unsafeTag(tuple.getValueNode());
            if (unsafe != null) {
                errors.add(ContentError.of(path, line, prefix + key.getValue(), Message.of("yaml.tag", unsafe), Message.of("hint.yaml.tag")));
                continue;
            }
            Field previous = fields.get(key.getValue());
            if (previous != null) {
                errors.add(ContentError.of(path, line, prefix + key.getValue(), Message.of("field.twice", previous.line()),
                        Message.of("hint.field.twice")));
                continue;
            }
            fields.put(key.getValue(), new Field(key.getValue(), line, tuple.getValueNode()));
        }
        return fields;
    }

    /**
     * A value written without quotes and followed by " # …" on its line: YAML reads the rest as a note and
     * drops it, so "title: Thông báo # đợt 2" would publish "Thông báo" without a word. Text values only:
     * "draft: true # bỏ khi đăng" is a note on purpose.
     */
    private static void commentsCutting(String path, String key, Node node, String[] lines, Kind kind, List<ContentError> errors) {
        if (node instanceof ScalarNode s) {
            int line = s.getEndMark().getLine();
            if (s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN || !s.getTag().equals(Tag.STR)
                    || line >= lines.length || s.getEndMark().getColumn() > lines[line].length()) {
                return;
            }
            String rest = lines[line].substring(s.getEndMark().getColumn()).strip();
            if (rest.startsWith("#")) {
                String whole = s.getValue() + " " + rest;
                boolean field = s.getStartMark().getLine() == line && lines[line].stripLeading().startsWith(key);
                errors.add(ContentError.of(path, line + kind.firstLine, key, Message.of("yaml.commentCut", rest),
                        Message.of("hint.yaml.commentCut", (field ? key + ": " : "") + "\"" + curly(whole) + "\"")));
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> commentsCutting(path, key, item, lines, kind, errors));
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(t -> commentsCutting(path, key, t.getValueNode(), lines, kind, errors));
        }
    }

    /** The first tag outside YAML's plain types (str, int, bool, null, timestamp, seq, map), or null. */
    private static String unsafeTag(Node node) {
        Tag tag = node.getTag();
        if (!(tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)
                || tag.equals(Tag.NULL) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP))) {
            return tag.getValue();
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String t = unsafeTag(item);
                if (t != null) {
                    return t;
                }
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String u = unsafeTag(t.getValueNode());
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }
}
