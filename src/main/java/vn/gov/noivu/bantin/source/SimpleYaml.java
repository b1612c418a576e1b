package vn.gov.noivu.bantin.source;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The front matter nearly every article has — one {@code field: value} per line, the value a quoted text, a
 * plain word or date, or a one-line list — composed into the very nodes SnakeYAML composes from it (same tags,
 * styles and positions; SimpleYamlTest compares the two on every file of the site, the fixtures, a generated
 * corpus and random lines). Anything else, even one blank line, is left to SnakeYAML: this reader only
 * saves SnakeYAML's general scanner a fifth of reading an article, it never decides what YAML means.
 */
final class SimpleYaml {
    /** SnakeYAML's own implicit types (bool, int, float, null, timestamp…): plain values get exactly its tags. */
    private static final Resolver RESOLVER = new Resolver();
    /** Longer front matter is rare: SnakeYAML reads it (and applies its size limit). */
    private static final int MAX_LENGTH = 16 * 1024;

    private SimpleYaml() {
    }

    /** The mapping SnakeYAML would compose from {@code yaml}, or null when {@code yaml} is not of the simple form. */
    static MappingNode compose(String yaml) {
        if (yaml.isEmpty() || yaml.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            // A comment, an escape; characters SnakeYAML's reader refuses or treats apart (controls and tabs,
            // its other line breaks, BOM, non-characters): without surrogates a column in chars is
            // SnakeYAML's column in code points.
            if (c == '#' || c == '\\' || c < ' ' && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c <= 0xDFFF || c >= 0xFEFF) {
                return null;
            }
        }
        List<NodeTuple> tuples = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start < yaml.length()) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            NodeTuple tuple = field(yaml.substring(start, end), line);
            if (tuple == null) {
                return null;
            }
            tuples.add(tuple);
            start = end + 1;
            line++;
        }
        int endLine = line;
        int endColumn = 0;
        if (!yaml.endsWith("\n")) { // the stream ends on the last line, after its text
            endLine = line - 1;
            endColumn = yaml.length() - yaml.lastIndexOf('\n') - 1;
        }
        return new MappingNode(Tag.MAP, true, tuples, mark(0, 0), mark(endLine, endColumn), DumperOptions.FlowStyle.BLOCK);
    }

    /** "key: value" at the start of line {@code line}, or null. */
    private static NodeTuple field(String text, int line) {
        int colon = 0;
        while (colon < text.length() && isKeyChar(text.charAt(colon), colon == 0)) {
            colon++;
        }
        if (colon == 0 || colon + 1 >= text.length() || text.charAt(colon) != ':' || text.charAt(colon + 1) != ' ') {
            return null;
        }
        String key = text.substring(0, colon);
        int from = colon + 1;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = text.length();
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            return null; // "image:" with nothing: SnakeYAML's null, rare
        }
        Node value;
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            value = quoted(text, from, to, line);
        } else if (first == '[') {
            value = list(text, from, to, line);
        } else {
            value = plain(text, from, to, line, false);
        }
        if (value == null) {
            return null;
        }
        ScalarNode keyNode = new ScalarNode(RESOLVER.resolve(NodeId.scalar, key, true), true, key, mark(line, 0),
                mark(line, colon), DumperOptions.ScalarStyle.PLAIN);
        return new NodeTuple(keyNode, value);
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && (c >= '0' && c <= '9');
    }

    /** A one-line quoted text in text[from, to), with no quote of its kind inside; null otherwise. */
    private static ScalarNode quoted(String text, int from, int to, int line) {
        char q = text.charAt(from);
        if (to - from < 2 || text.charAt(to - 1) != q || text.indexOf(q, from + 1) != to - 1) {
            return null;
        }
        return new ScalarNode(Tag.STR, true, text.substring(from + 1, to - 1), mark(line, from),
                mark(line, to), q == '"' ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.SINGLE_QUOTED);
    }

    /**
     * A plain (unquoted) value in text[from, to): it starts with a letter or digit, holds none of YAML's
     * indicators, and a colon only inside a word ("08:59:00"); in a list, no colon or comma at all.
     */
    private static ScalarNode plain(String text, int from, int to, int line, boolean inList) {
        if (!Character.isLetterOrDigit(text.charAt(from))) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'', '"', '{', '}', '[', ']', '|', '>', '!', '%', '@', '`', '&', '*', '?' -> {
                    return null;
                }
                case ':' -> {
                    if (inList || i + 1 >= to || text.charAt(i + 1) == ' ') {
                        return null;
                    }
                }
                case ',' -> {
                    if (inList) {
                        return null;
                    }
                }
                default -> {
                }
            }
        }
        String value = text.substring(from, to);
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), true, value, mark(line, from),
                mark(line, to), DumperOptions.ScalarStyle.PLAIN);
    }

    /** A one-line list "[a, "b", 'c']" in text[from, to) of quoted or plain items; null otherwise ("[]" included). */
    private static SequenceNode list(String text, int from, int to, int line) {
        if (text.charAt(to - 1) != ']') {
            return null;
        }
        List<Node> items = new ArrayList<>();
        int i = from + 1;
        int close = to - 1;
        while (true) {
            while (i < close && text.charAt(i) == ' ') {
                i++;
            }
            int itemEnd = i;
            if (i < close && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                itemEnd = text.indexOf(text.charAt(i), i + 1);
                if (itemEnd < 0 || itemEnd >= close) {
                    return null;
                }
                itemEnd++;
            } else {
                while (itemEnd < close && text.charAt(itemEnd) != ',') {
                    itemEnd++;
                }
                while (itemEnd > i && text.charAt(itemEnd - 1) == ' ') {
                    itemEnd--;
                }
            }
            if (itemEnd == i) {
                return null; // "[]", "[a, , b]" or "[a, ]": SnakeYAML's business
            }
            Node item = text.charAt(i) == '"' || text.charAt(i) == '\'' ? quoted(text, i, itemEnd, line)
                    : plain(text, i, itemEnd, line, true);
            if (item == null) {
                return null;
            }
            items.add(item);
            i = itemEnd;
            while (i < close && text.charAt(i) == ' ') {
                i++;
            }
            if (i == close) {
                break;
            }
            if (text.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return new SequenceNode(Tag.SEQ, true, items, mark(line, from), mark(line, to),
                DumperOptions.FlowStyle.FLOW);
    }

    private static Mark mark(int line, int column) {
        return new Mark("reader", 0, line, column, new int[0], 0);
    }
}
