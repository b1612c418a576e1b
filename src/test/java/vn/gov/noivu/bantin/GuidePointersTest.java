package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What editors read points where the help is: the comments of the site's files, the templates and the messages
 * name a page of docs/ that exists and a section it has ("docs/huong-dan-bien-tap.md, mục "Lịch công tác""), never
 * the README, whose sections are for maintainers.
 */
class GuidePointersTest {
    private static final Pattern AFTER = Pattern.compile("docs/([\\w-]+\\.md), mục \"([^\"]+)\"");
    private static final Pattern BEFORE = Pattern.compile("mục \"([^\"]+)\" của docs/([\\w-]+\\.md)");
    private static final Pattern PAGE = Pattern.compile("docs/([\\w-]+\\.md)");

    /** Every file editors or readers see the words of: content/, data/, templates/ and the message catalogs. */
    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("content", "data", "templates")) {
            try (Stream<Path> walk = Files.walk(TestSites.repo().resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|yaml|ftl)")).forEach(files::add);
            }
        }
        for (String language : List.of("vi", "en")) {
            files.add(TestSites.repo().resolve("src/main/resources/vn/gov/noivu/bantin/base/messages_" + language + ".properties"));
        }
        return files;
    }

    /** What is wrong with the pointers of {@code text}, read from {@code file}. */
    static List<String> problems(String file, String text) throws IOException {
        List<String> problems = new ArrayList<>();
        if (text.contains("README")) {
            problems.add(file + ": points to the README; the editors' guide is docs/huong-dan-bien-tap.md");
        }
        for (Matcher m = PAGE.matcher(text); m.find(); ) {
            if (!Files.isRegularFile(TestSites.repo().resolve("docs").resolve(m.group(1)))) {
                problems.add(file + ": docs/" + m.group(1) + " does not exist");
            }
        }
        List<String[]> sections = new ArrayList<>();
        for (Matcher m = AFTER.matcher(text); m.find(); ) {
            sections.add(new String[] {m.group(1), m.group(2)});
        }
        for (Matcher m = BEFORE.matcher(text); m.find(); ) {
            sections.add(new String[] {m.group(2), m.group(1)});
        }
        for (String[] s : sections) {
            Path page = TestSites.repo().resolve("docs").resolve(s[0]);
            if (Files.isRegularFile(page) && Files.readAllLines(page).stream().noneMatch(l -> l.equals("## " + s[1]))) {
                problems.add(file + ": docs/" + s[0] + " has no section \"" + s[1] + "\"");
            }
        }
        return problems;
    }

    @Test
    void everyPointerOfTheSiteTheTemplatesAndTheMessagesNamesAGuidesSectionThatExists() throws IOException {
        List<String> problems = new ArrayList<>();
        int pointers = 0;
        for (Path f : files()) {
            String text = Files.readString(f);
            problems.addAll(problems(TestSites.repo().relativize(f).toString(), text));
            pointers += (int) AFTER.matcher(text).results().count() + (int) BEFORE.matcher(text).results().count();
        }
        assertEquals(List.of(), problems);
        assertTrue(pointers >= 2, "the week file's comment and the empty data file's hint");
    }

    @Test
    void aPointerToTheReadmeOrToASectionThatIsNotThereIsFound() throws IOException {
        assertEquals(List.of("a.yaml: points to the README; the editors' guide is docs/huong-dan-bien-tap.md"),
                problems("a.yaml", "# (README: \"Lịch công tác\")"));
        assertEquals(List.of("a.yaml: docs/huong-dan-bien-tap.md has no section \"Lịch làm việc\"",
                "a.yaml: docs/khong-co.md does not exist"), problems("a.yaml",
                "# (docs/huong-dan-bien-tap.md, mục \"Lịch làm việc\")\n# docs/khong-co.md").stream().sorted().toList());
    }
}
