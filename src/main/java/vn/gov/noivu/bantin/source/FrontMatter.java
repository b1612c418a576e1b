package vn.gov.noivu.bantin.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        FRONT_MATTER(2, "front matter", "an article starts with a line '---', its fields, another '---', then the text",
                "only Markdown text files belong in content/"),
        DATA(1, "the file", "write the fields as 'name: value' lines, as docs/content.md shows", "only YAML text files belong in data/");

        /** The file line of the first YAML line. */
        final int firstLine;
        final String noun;
        final String emptyHint;
        final String binaryHint;

        Kind(int firstLine, String noun, String emptyHint, String binaryHint) {
            this.firstLine = firstLine;
            this.noun = noun;
            this.emptyHint = emptyHint;
            this.binaryHint = binaryHint;
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
            errors.add(ContentError.of(path, 1, "", "front matter missing: the file must start with a line '---'",
                    "put the fields (title, date, category, ...) between two '---' lines at the top"));
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
            errors.add(ContentError.of(path, 1, "", "front matter not closed",
                    "add a line '---' after the last field, before the text of the article"));
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
            errors.add(ContentError.of(path, 1, "", "the file is empty", kind.emptyHint));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            errors.add(tooLarge(path, bytes.length));
            return null;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (MalformedInputException e) {
            errors.add(ContentError.of(path, 0, "", "the file is not valid UTF-8 (bad byte at offset " + e.getInputLength() + ")",
                    "save the file as UTF-8 in your editor"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (firstInvisible(text) < 0) {
            return VietnameseText.compose(path, text, errors); // no CR, NUL or control character: most files
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            errors.add(ContentError.of(path, lineOf(text, nul), "", "the file contains a NUL byte (it looks like a binary file)",
                    kind.binaryHint));
            return null;
        }
        int control = firstInvisible(text);
        if (control >= 0) {
            errors.add(ContentError.of(path, lineOf(text, control), "", String.format(java.util.Locale.ROOT,
                    "the file contains the invisible control character U+%04X", (int) text.charAt(control)),
                    "delete it; it often comes with text pasted from Word or a PDF"));
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
        return ContentError.of(path, 0, "", String.format(java.util.Locale.ROOT,
                "the file is %.1f MB, larger than the %d MB limit", size / 1048576.0, MAX_BYTES / 1048576),
                "split the article, or put large attachments in assets/ and link them");
    }

    private static String decode(byte[] bytes) throws MalformedInputException {
        // The JDK's own decoding is the fast path: it replaces a bad byte with U+FFFD, so text without
        // U+FFFD was valid UTF-8; only text with one is decoded again strictly, to find the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new MalformedInputException(findBadByte(bytes));
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(findBadByte(bytes));
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int findBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /**
     * The index of the first character a page or feed cannot carry (C0 and C1 controls other than tab and
     * line end, DEL, U+FFFE, U+FFFF), or -1. XML refuses them and browsers show them as boxes.
     */
    private static int firstInvisible(String text) {
        char[] chars = VietnameseText.chars(text); // a loop over an array: a tenth of the cost of charAt's checks
        for (int i = 0; i < text.length(); i++) {
            char c = chars[i];
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
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
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + kind.firstLine : 1;
            String problem = e.getProblem() == null ? "cannot read " + kind.noun : e.getProblem();
            if (problem.startsWith("Global tag is not allowed: ")) {
                // SnakeYAML refuses "!!java..." tags itself before any node exists: the same message as other tags.
                String[] yamlLines = yaml.split("\n", -1);
                int index = line - kind.firstLine;
                String key = index >= 0 && index < yamlLines.length && yamlLines[index].matches("^[A-Za-z_][\\w-]*\\s*:.*")
                        ? yamlLines[index].substring(0, yamlLines[index].indexOf(':')).strip() : "";
                errors.add(ContentError.of(path, line, key, "the YAML tag " + problem.substring("Global tag is not allowed: ".length())
                        + " is not allowed", "remove the '!' tag and write a plain value"));
                return null;
            }
            String hint = problem.contains("\\t") || problem.contains("tab")
                    ? "indent with spaces, not tabs"
                    : "write each field as 'name: value'; put values containing ':' or '#' in double quotes";
            errors.add(ContentError.of(path, line, "", kind.noun + " is not valid YAML: " + problem, hint));
            return null;
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String hint;
            if (message.startsWith("Nesting Depth")) {
                hint = kind == Kind.FRONT_MATTER ? "front matter fields are flat: a value is a text, a date, true/false or a [list]"
                        : "lists and groups nest a few levels at most";
            } else if (message.contains("exceeds the limit")) {
                hint = kind == Kind.FRONT_MATTER ? "fields are short; the text of the article goes below the closing '---'"
                        : "a data file holds one week; split it";
            } else if (message.contains("aliases")) {
                hint = "anchors and aliases (&, *) are limited; write each value out";
            } else {
                hint = "write each field as 'name: value'";
            }
            errors.add(ContentError.of(path, 1, "", kind.noun + " is not valid YAML: " + message, hint));
            return null;
        }
        if (root == null) {
            return new LinkedHashMap<>();
        }
        if (!(root instanceof MappingNode mapping)) {
            errors.add(ContentError.of(path, kind.firstLine, "", kind.noun + " must be a list of 'name: value' lines",
                    "for example 'title: \"Hội nghị tổng kết\"'"));
            return null;
        }
        return fields(path, mapping, kind.firstLine, "", errors);
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
                errors.add(ContentError.of(path, line, "", "a field name must be a plain word", "write 'name: value'"));
                continue;
            }
            String unsafe = unsafeTag(tuple.getValueNode());
            if (unsafe != null) {
                errors.add(ContentError.of(path, line, prefix + key.getValue(), "the YAML tag " + unsafe + " is not allowed",
                        "remove the '!' tag and write a plain value"));
                continue;
            }
            Field previous = fields.get(key.getValue());
            if (previous != null) {
                errors.add(ContentError.of(path, line, prefix + key.getValue(), "written twice (first on line " + previous.line() + ")",
                        "keep one of the two lines"));
                continue;
            }
            fields.put(key.getValue(), new Field(key.getValue(), line, tuple.getValueNode()));
        }
        return fields;
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
