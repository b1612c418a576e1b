package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.noivu.bantin.TestSites;

/**
 * The message catalog is whole: the same keys in Vietnamese and English, each naming the same values, every
 * key used somewhere, and every key the code or the scripts ask for present.
 */
class CatalogTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)*\\.?)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Every string literal of the sources under {@code folder} shaped like a catalog key ("a.b", "a.b."). */
    private static Set<String> literals(Path folder, String suffix) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(p));
                while (m.find()) {
                    if (m.group(1).contains(".")) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameKeysNamingTheSameValues() {
        assertEquals(Catalog.keys(Language.VI), Catalog.keys(Language.EN));
        List<String> different = new ArrayList<>();
        for (String key : Catalog.keys(Language.VI)) {
            if (!placeholders(Catalog.pattern(Language.VI, key)).equals(placeholders(Catalog.pattern(Language.EN, key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalog() throws IOException {
        Path main = TestSites.repo().resolve("src/main/java");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(main)) {
            Pattern of = Pattern.compile("Message\\.of\\(\"([^\"]+)\"");
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = of.matcher(Files.readString(p));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !Catalog.keys(Language.VI).contains(m.group(1))) {
                        missing.add(main.relativize(p) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyOfTheCatalogIsUsed() throws IOException {
        Set<String> used = literals(TestSites.repo().resolve("src/main/java"), ".java");
        // The scripts read their sentences from the catalog: with sed ("s/^hook\.building = //p") or, on Windows, findstr
        // (/c:"launcher.missing =").
        for (String script : List.of("bantin", "scripts/pre-commit", "bantin.cmd")) {
            Matcher m = Pattern.compile("(?:\\^|/c:\")([\\w\\\\.]+) =").matcher(Files.readString(TestSites.repo().resolve(script)));
            while (m.find()) {
                used.add(m.group(1).replace("\\", ""));
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : Catalog.keys(Language.VI)) {
            boolean isUsed = used.contains(key)
                    || used.stream().anyMatch(l -> l.endsWith(".") ? key.startsWith(l) : key.startsWith(l + "."));
            if (!isUsed) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused);
    }

    /** Each command and option has its help in both languages. */
    @Test
    void theHelpOfEveryCommandAndOptionIsInTheCatalog() {
        for (Language language : Language.values()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            for (String command : List.of("build", "check", "serve", "new", "publish")) {
                vn.gov.noivu.bantin.cli.Main.run(new String[] {command, "--help", "--lang", language.code()},
                        java.time.Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true));
            }
            String help = out.toString();
            for (String key : Catalog.keys(language)) {
                if (key.startsWith("cli.option.") && !key.equals("cli.option.problem")) {
                    assertTrue(help.contains(Catalog.pattern(language, key).replace("{0}", "8820").substring(0, 20)),
                            key + " in " + help);
                }
                if (key.matches("cli\\.(build|check|serve|new|publish)\\.description")) {
                    assertTrue(help.contains(Catalog.pattern(language, key).substring(0, 20)), key);
                }
            }
        }
    }

    @Test
    void aMessageNamesItsValuesInItsLanguageAndNestedMessagesToo() {
        Message m = Message.of("list.expected", "[\"a\"]", Message.of("value.text", "x, y"));
        assertEquals("cần một danh sách như [\"a\"], nhưng ở đây là chữ \"x, y\"", m.in(Language.VI));
        assertEquals("expected a list like [\"a\"], got the text \"x, y\"", m.in(Language.EN));
        assertEquals(m.in(Language.VI), m.toString());
        assertEquals("năm 2026 không có tuần 53", Message.of("week.noSuchWeek", 2026, 53).toString());
    }
}
