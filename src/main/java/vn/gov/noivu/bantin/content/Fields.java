package vn.gov.noivu.bantin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Typed reads of front-matter fields; each problem becomes an addressed error. */
final class Fields {
    private final String path;
    private final Map<String, FrontMatter.Field> fields;
    private final List<ContentError> errors;

    Fields(String path, Map<String, FrontMatter.Field> fields, List<ContentError> errors) {
        this.path = path;
        this.fields = fields;
        this.errors = errors;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    int line(String key) {
        FrontMatter.Field f = fields.get(key);
        return f == null ? 1 : f.line();
    }

    void error(String key, String message, String hint) {
        errors.add(ContentError.of(path, line(key), key, message, hint));
    }

    /** A text value; absent gives empty, and a required one that is absent is an error. */
    Optional<String> text(String key, boolean required, String example) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            if (required) {
                errors.add(ContentError.of(path, 1, key, "missing", "add a line like " + example));
            }
            return Optional.empty();
        }
        Node v = f.value();
        if (v instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                error(key, "empty", "write a value, like " + example);
                return Optional.empty();
            }
            if (value.indexOf('\n') >= 0 && !key.equals("summary") && !key.equals("image_caption")) {
                error(key, "must be a single line", "write it on one line, like " + example);
                return Optional.empty();
            }
            return Optional.of(value);
        }
        if (v instanceof ScalarNode) {
            error(key, "empty", "write a value, like " + example);
        } else {
            error(key, "expected a text, got " + describe(v), "write it like " + example);
        }
        return Optional.empty();
    }

    /** A list of texts written as [a, b] or as "- a" lines. */
    List<String> list(String key, String example) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            return List.of();
        }
        Node v = f.value();
        if (v instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            int i = 1;
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else if (item instanceof ScalarNode) {
                    error(key, "item " + i + " is empty", "remove the empty item or write a value");
                } else {
                    error(key, "item " + i + " is " + describe(item), "each item is a plain text, like " + example);
                }
                i++;
            }
            return out;
        }
        if (v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            error(key, "empty", "write a list like " + example + " or remove the line");
        } else {
            error(key, "expected a list like " + example + ", got " + describe(v),
                    "put the items in square brackets, separated by commas");
        }
        return List.of();
    }

    /** true or false, nothing else (YAML's yes/no/on/off are refused as ambiguous). */
    boolean bool(String key) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            return false;
        }
        if (f.value() instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        error(key, "expected true or false, got " + describe(f.value()), "write " + key + ": true");
        return false;
    }

    /** A date field; unreadable dates are errors, never replaced by the file's time. */
    Optional<Dates.Stamp> date(String key, boolean required) {
        Optional<String> raw = text(key, required, key + ": 2024-01-15T08:30");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Dates.Stamp> stamp = Dates.parse(raw.get());
        if (stamp.isEmpty()) {
            error(key, "cannot read \"" + raw.get() + "\"", Dates.EXPECTED);
        }
        return stamp;
    }

    private static String describe(Node v) {
        if (v instanceof SequenceNode) {
            return "a list";
        }
        if (v instanceof MappingNode) {
            return "a group of fields";
        }
        if (v instanceof ScalarNode s) {
            return "the text \"" + s.getValue() + "\"";
        }
        return "something else";
    }
}
