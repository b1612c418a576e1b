package vn.gov.noivu.bantin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.gov.noivu.bantin.Corpus;
import vn.gov.noivu.bantin.TestSites;

/** The simple front matter reader composes exactly SnakeYAML's nodes, or leaves the text to SnakeYAML. */
class SimpleYamlTest {

    @Test
    void everyFrontMatterOfTheSiteTheFixturesAndACorpusIsReadAsSnakeYamlReadsIt(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Corpus.write(corpus, 300, 7);
        int[] site = compareAll(TestSites.repo().resolve("content"));
        int[] articles = compareAll(TestSites.repo().resolve("content/tin-tuc"));
        int[] generated = compareAll(corpus.resolve("content"));
        int[] fixtures = compareAll(Path.of("src/test/resources"));
        // Every article of the site and the corpus takes the quick way (else it would save nothing); a văn
        // bản's nested "hieu_luc:" and the fixtures' deliberate mistakes are SnakeYAML's.
        assertEquals(articles[0], articles[1], "articles of the site read quickly");
        assertTrue(site[1] > articles[1], site[1] + " of " + site[0]);
        assertEquals(generated[0], generated[1], "front matters of the corpus read quickly");
        assertTrue(site[0] >= 15 && generated[0] >= 300, site[0] + " " + generated[0]);
        assertTrue(fixtures[1] > 0 && fixtures[1] < fixtures[0], fixtures[1] + " of " + fixtures[0]);
    }

    @Test
    void randomLinesAreReadAsSnakeYamlReadsThemOrLeftToIt() {
        String[] keys = {"title", "date", "tags", "x", "yes", "null", "a_1", "Đ", "1a", "key-x"};
        String[] pieces = {"a", "Hội nghị", "đ", " ", "  ", ":", ": ", ",", ", ", "\"", "'", "[", "]", "{", "}", "#", " #",
                "&", "*", "!", "|", ">", "%", "@", "`", "?", "-", "- ", ".", "~", "true", "no", "ON", "null", "2026-01-02",
                "2026-01-02T08:00:00+07:00", "12:30", "0x1F", "1e3", "1_000", ".inf", "0o7", "+1", "-1.5", "=", "<<", "\\",
                "\u00A0", "\uFEFF", "–", "“", "”", "\n", "\n  ", "\t"};
        Random random = new Random(20261205);
        int quick = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(3);
            for (int l = 0; l < lines; l++) {
                yaml.append(keys[random.nextInt(keys.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
                int shape = random.nextInt(4);
                String open = shape == 0 ? "\"" : shape == 1 ? "'" : shape == 2 ? "[" : "";
                yaml.append(open);
                for (int p = random.nextInt(5); p >= 0; p--) {
                    yaml.append(pieces[random.nextInt(pieces.length)]);
                }
                yaml.append(shape == 0 ? "\"" : shape == 1 ? "'" : shape == 2 ? "]" : "").append('\n');
            }
            if (compare(yaml.toString())) {
                quick++;
            }
        }
        assertTrue(quick > 3_000, quick + " of 40000 read quickly: too few to compare");
    }

    @Test
    void whatItLeavesToSnakeYaml() {
        for (String yaml : List.of("", "title: a: b\n", "title:\"a\"\n", "tags: [a, b\n", "title: a\n\ndate: 2026-01-02\n",
                "title: a # b\n", "  title: a\n", "title: \"a\"b\"\n", "tags: []\n", "tags: [a, , b]\n", "image:\n",
                "title: a\n  b\n", "tags: [a: b]\n", "title: 'it''s'\n", "title: \"a\\\"b\"\n", "title: *a\n", "- a\n")) {
            assertNull(SimpleYaml.compose(yaml), yaml);
        }
        MappingNode m = SimpleYaml.compose("title: \"Hội nghị\"\ndate: 2026-01-02\ntags: [\"a\", b]\ndraft: true\n");
        assertNotNull(m);
        assertEquals(List.of("title", "date", "tags", "draft"), m.getValue().stream().map(t -> ((ScalarNode) t.getKeyNode()).getValue()).toList());
    }

    /** {total, read quickly} over the front matter of every .md under {@code dir}. */
    private static int[] compareAll(Path dir) throws IOException {
        int[] counts = new int[2];
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String yaml = frontMatter(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                if (yaml != null) {
                    counts[0]++;
                    counts[1] += compare(yaml) ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /** The text between the fences, as FrontMatter cuts it; null without them. */
    private static String frontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int close = text.indexOf("\n---\n", 3);
        return close < 0 ? null : text.substring(4, close + 1);
    }

    /** Whether the quick reader read {@code yaml}; when it did, its nodes are SnakeYAML's. */
    private static boolean compare(String yaml) {
        MappingNode quick = SimpleYaml.compose(yaml);
        if (quick == null) {
            return false;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node snake;
        try {
            snake = new Yaml(options).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            fail("read quickly, but SnakeYAML refuses it (" + e.getMessage() + "):\n" + yaml);
            return false;
        }
        assertSame(snake, quick, yaml);
        return true;
    }

    private static void assertSame(Node expected, Node actual, String yaml) {
        String where = yaml + "\n" + expected;
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(expected.getTag(), actual.getTag(), where);
        assertEquals(expected.getStartMark().getLine(), actual.getStartMark().getLine(), where);
        assertEquals(expected.getStartMark().getColumn(), actual.getStartMark().getColumn(), where);
        assertEquals(expected.getEndMark().getLine(), actual.getEndMark().getLine(), where);
        assertEquals(expected.getEndMark().getColumn(), actual.getEndMark().getColumn(), where);
        if (expected instanceof ScalarNode s) {
            assertEquals(s.getValue(), ((ScalarNode) actual).getValue(), where);
            assertEquals(s.getScalarStyle(), ((ScalarNode) actual).getScalarStyle(), where);
        } else if (expected instanceof SequenceNode s) {
            assertEquals(s.getFlowStyle(), ((SequenceNode) actual).getFlowStyle(), where);
            List<Node> a = ((SequenceNode) actual).getValue();
            assertEquals(s.getValue().size(), a.size(), where);
            for (int i = 0; i < a.size(); i++) {
                assertSame(s.getValue().get(i), a.get(i), yaml);
            }
        } else {
            MappingNode m = (MappingNode) expected;
            assertEquals(m.getFlowStyle(), ((MappingNode) actual).getFlowStyle(), where);
            List<NodeTuple> a = new ArrayList<>(((MappingNode) actual).getValue());
            assertEquals(m.getValue().size(), a.size(), where);
            for (int i = 0; i < a.size(); i++) {
                assertSame(m.getValue().get(i).getKeyNode(), a.get(i).getKeyNode(), yaml);
                assertSame(m.getValue().get(i).getValueNode(), a.get(i).getValueNode(), yaml);
            }
        }
    }
}
