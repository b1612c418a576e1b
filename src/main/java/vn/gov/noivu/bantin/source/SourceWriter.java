package vn.gov.noivu.bantin.source;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.gov.noivu.bantin.base.ContentError;

/**
 * Writes articles, pages, documents and week files the way {@code new} and the editors' guide write them: one
 * {@code field: value} a line, texts in double quotes, dates, paths and true as they are, lists of words on one line
 * ({@code tags: ["a", "b"]}), groups and rows indented by two spaces, Vietnamese text composed (NFC). {@link #read}
 * takes a file apart into plain values (texts, lists, groups), so a file written elsewhere (the desk) can be written
 * again in this form.
 */
public final class SourceWriter {
    /** How a value is written. */
    public enum Style {
        /** A text in double quotes: {@code title: "Hội nghị"}. */
        TEXT,
        /** As written, when that is safe YAML: dates, times of day, paths, true, a page's name; else as {@link #TEXT}. */
        PLAIN,
        /** Texts on one line: {@code tags: ["a", "b"]}. */
        LIST,
        /** A group ({@code hieu_luc:} then its fields) or rows ({@code lich:} then {@code - ngay: ...}), one a line. */
        BLOCK
    }

    /** The style of each field, by its name inside its file: "title", "hieu_luc.tu", "lich.cong_viec.gio". */
    public interface Styles {
        Style of(String name, Object value);
    }

    /** A file taken apart: the comment lines before its first field, its fields (texts, lists, groups) in order, its text. */
    public record Read(List<String> comments, Map<String, Object> fields, String body) {
    }

    /** What {@link Style#PLAIN} writes unquoted: YAML reads it back as the same text, whatever its type. */
    private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./+-]*(:[0-9]{2})*([+-][0-9]{2}:[0-9]{2})?");

    private SourceWriter() {
    }

    /** A YAML double-quoted text. */
    public static String quote(String s) {
        // A line break inside double quotes would be folded into a space: written as \n, as a tab as \t.
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /**
     * The front matter of {@code fields} between two {@code ---} lines, after {@code comments}, then a blank line and
     * {@code body} (none when null), composed (NFC).
     */
    public static String page(List<String> comments, Map<String, Object> fields, Styles styles, String body) {
        StringBuilder out = new StringBuilder(256).append("---\n");
        comments.forEach(c -> out.append(c).append('\n'));
        fields(out, "", "", fields, styles);
        out.append("---\n");
        if (body != null) {
            String text = body.replaceFirst("^(\\s*\n)+", "").stripTrailing();
            out.append('\n').append(text).append(text.isEmpty() ? "" : "\n");
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A whole YAML data file (a week of the schedule): {@code comments}, then {@code fields}, composed (NFC). */
    public static String data(List<String> comments, Map<String, Object> fields, Styles styles) {
        StringBuilder out = new StringBuilder(256);
        comments.forEach(c -> out.append(c).append('\n'));
        fields(out, "", "", fields, styles);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Appends {@code key: value} lines at {@code indent}; {@code prefix} names the group they are in ("lich."). */
    public static void fields(StringBuilder out, String indent, String prefix, Map<String, Object> fields, Styles styles) {
        String first = indent;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object value = e.getValue();
            if (value == null || value instanceof String s && s.isEmpty()) {
                continue; // an empty field is an error in this project's files: it is left out instead
            }
            String name = prefix + e.getKey();
            Style style = styles.of(name, value);
            out.append(first).append(e.getKey()).append(':');
            first = indent.replace('-', ' ');
            if (value instanceof Map<?, ?> group) {
                out.append('\n');
                fields(out, first + "  ", name + ".", cast(group), styles);
            } else if (value instanceof List<?> items && (style == Style.BLOCK || items.stream().anyMatch(Map.class::isInstance))) {
                out.append('\n');
                for (Object item : items) {
                    if (item instanceof Map<?, ?> row) {
                        fields(out, first + "  - ", name + ".", cast(row), styles);
                    } else {
                        out.append(first).append("  - ").append(scalar(String.valueOf(item), style)).append('\n');
                    }
                }
            } else if (value instanceof List<?> items) {
                out.append(" [");
                for (int i = 0; i < items.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(quote(String.valueOf(items.get(i))));
                }
                out.append("]\n");
            } else {
                out.append(' ').append(scalar(String.valueOf(value), style)).append('\n');
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String scalar(String value, Style style) {
        return style == Style.PLAIN && SAFE_PLAIN.matcher(value).matches() ? value : quote(value);
    }

    /**
     * Takes apart {@code text}, a Markdown file with front matter ({@code data} false) or a YAML data file: its fields
     * as plain values (texts, lists, groups as ordered maps). Empty when it cannot be read; why goes to {@code errors}.
     */
    public static Optional<Read> read(String path, String text, boolean data, List<ContentError> errors) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> comments = new ArrayList<>();
        for (String line : (data ? text : text.substring(text.indexOf('\n') + 1)).split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.add(line);
        }
        if (data) {
            Map<String, FrontMatter.Field> fields = FrontMatter.readData(path, bytes, errors);
            return fields == null ? Optional.empty() : Optional.of(new Read(List.copyOf(comments), plain(fields), null));
        }
        FrontMatter.Parsed parsed = FrontMatter.read(path, bytes, errors);
        return parsed == null ? Optional.empty() : Optional.of(new Read(List.copyOf(comments), plain(parsed.fields()), parsed.body()));
    }

    private static Map<String, Object> plain(Map<String, FrontMatter.Field> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((key, field) -> out.put(key, plain(field.value())));
        return out;
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? null : s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            seq.getValue().forEach(n -> out.add(plain(n)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            out.put(t.getKeyNode() instanceof ScalarNode key ? key.getValue() : String.valueOf(t.getKeyNode()), plain(t.getValueNode()));
        }
        return out;
    }
}
