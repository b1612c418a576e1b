package vn.gov.noivu.bantin.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;

/**
 * Typed reads of the fields of a YAML mapping (an article's front matter, a document's, a group inside a
 * data file); each problem becomes an error with the file, the line and the field. Other kinds of content
 * read their files through {@link Source} and their fields through this class, so every kind checks alike.
 */
public final class Fields {
    private final String path;
    private final Map<String, FrontMatter.Field> fields;
    private final List<ContentError> errors;
    /** Fields an unknown one was taken for ("tittle" → title): its error already says how to write it. */
    private final Set<String> suggested = new java.util.HashSet<>();
    /** "" at the top; "lich[2]." inside a group, so messages name nested fields fully. */
    private final String prefix;
    /** The file line of the YAML's first line, for the lines of nested values. */
    private final int firstLine;
    /** Where a missing field is reported: line 1 at the top, the group's first line inside a group. */
    private final int startLine;

    Fields(String path, Map<String, FrontMatter.Field> fields, List<ContentError> errors) {
        this(path, fields, errors, "", FrontMatter.Kind.FRONT_MATTER.firstLine, 1);
    }

    Fields(String path, Map<String, FrontMatter.Field> fields, List<ContentError> errors, String prefix, int firstLine,
           int startLine) {
        this.path = path;
        this.fields = fields;
        this.errors = errors;
        this.prefix = prefix;
        this.firstLine = firstLine;
        this.startLine = startLine;
    }

    /** The source file, relative to the site root. */
    public String path() {
        return path;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The file line of every field present, so site-wide checks (addresses, aliases) can name it. */
    public Map<String, Integer> lines() {
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        fields.keySet().forEach(key -> lines.put(key, line(key)));
        return lines;
    }

    public int line(String key) {
        FrontMatter.Field f = fields.get(key);
        return f == null ? startLine : f.line();
    }

    /** Adds an error about {@code key}, at its line. */
    public void error(String key, Message message, Message hint) {
        errors.add(ContentError.of(path, line(key), prefix + key, message, hint));
    }

    /** A name glued to its value by a colon without a space: 'title:"Sở Nội vụ'. */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([A-Za-z_][\\w-]*):(\\S.*)", java.util.regex.Pattern.DOTALL);

    /** Every field that is not {@code allowed} is an error: "did you mean" a close one, else {@code otherwise} gives the hint. */
    public void rejectUnknown(Set<String> allowed, Function<String, Message> otherwise) {
        for (FrontMatter.Field field : fields.values()) {
            java.util.regex.Matcher glued = GLUED.matcher(field.key());
            if (!allowed.contains(field.key()) && glued.matches() && allowed.contains(glued.group(1))) {
                // title:"Sở Nội vụ: Triển khai…" reads as a field 'title:"Sở Nội vụ' whose value follows the second colon.
                suggested.add(glued.group(1));
                String value = field.value() instanceof ScalarNode s ? s.getValue() : "…";
                errors.add(ContentError.of(path, field.line(), prefix + glued.group(1), Message.of("yaml.noSpace"),
                        Message.of("hint.yaml.noSpace", glued.group(1) + ": " + glued.group(2) + ": " + value)));
            } else if (!allowed.contains(field.key())) {
                Optional<String> meant = Suggest.closest(field.key(), allowed);
                meant.ifPresent(suggested::add);
                Message hint = meant.map(k -> Message.of("hint.didYouMeanField", k)).orElseGet(() -> otherwise.apply(field.key()));
                errors.add(ContentError.of(path, field.line(), prefix + field.key(), Message.of("field.unknown"), hint));
            }
        }
    }

    /** The usual hint for an unknown field: the allowed ones, sorted. */
    public static Message allowedHint(Set<String> allowed) {
        return Message.of("hint.allowedFields", String.join(", ", new TreeSet<>(allowed)));
    }

    /** A text value; absent gives empty, and a required one that is absent is an error. */
    public Optional<String> text(String key, boolean required, String example) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            if (required && !suggested.contains(key)) {
                errors.add(ContentError.of(path, startLine, prefix + key, Message.of("field.missing"),
                        Message.of("hint.addLine", example)));
            }
            return Optional.empty();
        }
        Node v = f.value();
        if (v instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            String value = s.getValue().strip();
            if (value.isEmpty()) {
                error(key, Message.of("field.empty"), Message.of("hint.writeValue", example));
                return Optional.empty();
            }
            if (value.indexOf('\n') >= 0 && !key.equals("summary") && !key.equals("image_caption")) {
                error(key, Message.of("field.oneLine"), Message.of("hint.oneLine", example));
                return Optional.empty();
            }
            return Optional.of(value);
        }
        if (v instanceof ScalarNode) {
            error(key, Message.of("field.empty"), Message.of("hint.writeValue", example));
        } else {
            error(key, Message.of("field.expectedText", describe(v)), Message.of("hint.writeLike", example));
        }
        return Optional.empty();
    }

    /** A list of texts written as [a, b] or as "- a" lines. */
    public List<String> list(String key, String example) {
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
                    error(key, Message.of("list.emptyItem", i), Message.of("hint.emptyItem"));
                } else {
                    error(key, Message.of("list.itemNotText", i, describe(item)), Message.of("hint.itemText", example));
                }
                i++;
            }
            return out;
        }
        if (v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            error(key, Message.of("field.empty"), Message.of("hint.writeList", example));
        } else {
            error(key, Message.of("list.expected", example, describe(v)), Message.of("hint.listBrackets"));
        }
        return List.of();
    }

    /** true or false, nothing else (YAML's yes/no/on/off are refused as ambiguous). */
    public boolean bool(String key) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            return false;
        }
        if (f.value() instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        error(key, Message.of("field.expectedBool", describe(f.value())), Message.of("hint.writeTrue", key));
        return false;
    }

    /** A date field; unreadable dates are errors, never replaced by the file's time. */
    public Optional<Dates.Stamp> date(String key, boolean required) {
        Optional<String> raw = text(key, required, key + ": 2024-01-15T08:30");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Dates.Stamp> stamp = Dates.parse(raw.get());
        if (stamp.isEmpty()) {
            Dates.Problem p = Dates.problem(raw.get(), Dates.EXPECTED);
            error(key, p.message(), p.hint());
        }
        return stamp;
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A calendar day written 2014-11-20, nothing else (no time: documents and schedules are dated by the day). */
    public Optional<LocalDate> day(String key, boolean required) {
        Optional<String> raw = text(key, required, key + ": 2014-11-20");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (DAY.matcher(raw.get()).matches()) {
            try {
                return Optional.of(LocalDate.parse(raw.get()));
            } catch (DateTimeParseException e) {
                // reported below with the same words as any other unreadable day
            }
        }
        Dates.Problem p = Dates.problem(raw.get(), Message.of("hint.day"), false);
        error(key, p.message(), p.hint());
        return Optional.empty();
    }

    /** A group of fields written under {@code key} ("hieu_luc:" then indented "tu: ..." lines). */
    public Optional<Fields> group(String key, String example) {
        FrontMatter.Field f = fields.get(key);
        if (f == null) {
            return Optional.empty();
        }
        if (f.value() instanceof MappingNode map) {
            return Optional.of(child(map, prefix + key + "."));
        }
        error(key, Message.of("field.expectedGroup", describe(f.value())), Message.of("hint.writeLike", example));
        return Optional.empty();
    }

    /** A list of groups of fields ("- gio: ..." items); a required list that is absent or empty is an error. */
    public List<Fields> groups(String key, boolean required, String example) {
        FrontMatter.Field f = fields.get(key);
        if (f == null || f.value() instanceof SequenceNode empty && empty.getValue().isEmpty()) {
            if (required && (f != null || !suggested.contains(key))) {
                errors.add(ContentError.of(path, line(key), prefix + key, Message.of(f == null ? "field.missing" : "field.empty"),
                        Message.of("hint.addList", example)));
            }
            return List.of();
        }
        if (!(f.value() instanceof SequenceNode seq)) {
            error(key, Message.of("field.expectedList", describe(f.value())), Message.of("hint.listLines", example));
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        int i = 1;
        for (Node item : seq.getValue()) {
            String name = prefix + key + "[" + i + "]";
            if (item instanceof MappingNode map) {
                out.add(child(map, name + "."));
            } else {
                errors.add(ContentError.of(path, item.getStartMark().getLine() + firstLine, name,
                        Message.of("field.expectedGroup", describe(item)), Message.of("hint.writeLike", example)));
            }
            i++;
        }
        return out;
    }

    private Fields child(MappingNode map, String childPrefix) {
        return new Fields(path, FrontMatter.fields(path, map, firstLine, childPrefix, errors), errors, childPrefix, firstLine,
                map.getStartMark().getLine() + firstLine);
    }

    /** What a YAML value is, for "expected …, got …". */
    private static Message describe(Node v) {
        if (v instanceof SequenceNode) {
            return Message.of("value.list");
        }
        if (v instanceof MappingNode) {
            return Message.of("value.group");
        }
        if (v instanceof ScalarNode s) {
            return Message.of("value.text", s.getValue());
        }
        return Message.of("value.other");
    }
}
