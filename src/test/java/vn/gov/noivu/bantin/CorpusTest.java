package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated archive: what the 1,000-article tests and the benchmark rely on, and the same bytes for the same seed. */
class CorpusTest {
    private static final Pattern FIELD = Pattern.compile("(?m)^([a-z_]+): (.*)$");

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        Corpus.write(tmp.resolve("a"), 80, 7);
        Corpus.write(tmp.resolve("b"), 80, 7);
        Corpus.write(tmp.resolve("c"), 80, 8);
        assertEquals(TestSites.hashes(tmp.resolve("a")), TestSites.hashes(tmp.resolve("b")));
        assertNotEquals(TestSites.hashes(tmp.resolve("a")), TestSites.hashes(tmp.resolve("c")));
    }

    @Test
    void itUsesTheCategoriesOfTheRepositorysSettings() throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(TestSites.repo().resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        assertEquals(Arrays.stream(settings.getProperty("site.categories").split(",")).map(String::strip).toList(), Corpus.CATEGORIES);
        assertEquals(Arrays.stream(settings.getProperty("documents.fields").split(",")).map(String::strip).toList(),
                Corpus.DOCUMENT_FIELDS);
    }

    @Test
    void aThousandArticlesHaveTheFieldsTheMixAndTheFilesTheTestsNeed() throws IOException {
        Corpus.write(tmp, 1000, 1);
        Map<String, Integer> seen = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<Path> articles = Files.walk(tmp.resolve("content/tin-tuc")).filter(Files::isRegularFile).sorted().toList();
        assertEquals(1000, articles.size());
        for (Path file : articles) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String rel = tmp.relativize(file).toString();
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                wrong.add(rel + ": not NFC");
            }
            int end = text.indexOf("\n---\n", 4);
            Map<String, String> fields = new TreeMap<>();
            Matcher m = FIELD.matcher(text.substring(4, end));
            while (m.find()) {
                fields.put(m.group(1), m.group(2));
            }
            String body = text.substring(end + 5);
            for (String required : List.of("title", "date", "category", "tags", "author", "summary")) {
                if (!fields.containsKey(required)) {
                    wrong.add(rel + ": no " + required);
                }
            }
            OffsetDateTime date = OffsetDateTime.parse(fields.get("date"));
            boolean draft = "true".equals(fields.get("draft"));
            OffsetDateTime first = draft ? Corpus.DRAFTS_BEFORE.minusDays(5) : Corpus.FIRST;
            OffsetDateTime last = draft ? Corpus.DRAFTS_BEFORE : Corpus.LAST;
            if (!fields.get("date").endsWith("+07:00") || date.isBefore(first) || date.isAfter(last)
                    || !rel.startsWith(String.format(java.util.Locale.ROOT, "content/tin-tuc/%d/%02d/", date.getYear(), date.getMonthValue()))) {
                wrong.add(rel + ": date " + fields.get("date"));
            }
            if (!Corpus.CATEGORIES.contains(fields.get("category").replace("\"", ""))) {
                wrong.add(rel + ": category " + fields.get("category"));
            }
            if (fields.containsKey("image")) {
                if (!fields.containsKey("image_alt") || !fields.containsKey("image_caption")
                        || !Files.isRegularFile(tmp.resolve("assets").resolve(fields.get("image")))) {
                    wrong.add(rel + ": image " + fields.get("image"));
                }
                seen.merge("image", 1, Integer::sum);
            }
            if ("true".equals(fields.get("draft"))) {
                seen.merge("draft", 1, Integer::sum);
            }
            for (String[] kind : new String[][] {{"heading", "\n## "}, {"list", "\n- "}, {"numbered list", "\n1. "},
                    {"table", "|---:|"}, {"link to a category", "](/chuyen-muc/"}, {"link elsewhere", "](https://"},
                    {"link to an article", "](/tin-tuc/"}, {"citation", "[["}, {"picture", "](/images/"},
                    {"quotation in italics", "*“"}, {"bold", "**"}, {"Vietnamese", "ệ"}}) {
                if (body.contains(kind[1])) {
                    seen.merge(kind[0], 1, Integer::sum);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(seen.get("draft") >= 10 && seen.get("draft") <= 35, "drafts: " + seen);
        assertTrue(seen.get("image") >= 280 && seen.get("image") <= 390, "images: " + seen);
        assertEquals(1000, seen.get("Vietnamese"), seen.toString());
        assertEquals(25, Files.list(tmp.resolve("content/van-ban")).mapToLong(year -> {
            try (var files = Files.list(year)) {
                return files.count();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sum(), "one văn bản for every 40 articles");
        for (String kind : List.of("heading", "list", "numbered list", "table", "link to a category", "link elsewhere",
                "link to an article", "citation", "picture", "quotation in italics", "bold")) {
            assertTrue(seen.getOrDefault(kind, 0) >= 50, kind + ": " + seen);
        }
    }

    @Test
    void theImagesAreJpegsThatADecoderReadsWithoutAWarning() throws IOException {
        List<String> warnings = new java.util.ArrayList<>();
        BufferedImage image;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(Corpus.jpeg(64, 48, 40, 200)))) {
            javax.imageio.ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
            image = reader.read(0);
        }
        assertEquals(List.of(), warnings);
        assertEquals(64, image.getWidth());
        assertEquals(48, image.getHeight());
        int[] top = {image.getRaster().getSample(0, 0, 0), image.getRaster().getSample(63, 7, 0)};
        int[] bottom = {image.getRaster().getSample(0, 47, 0), image.getRaster().getSample(63, 40, 0)};
        assertTrue(Arrays.stream(top).allMatch(v -> Math.abs(v - 40) <= 1), Arrays.toString(top));
        assertTrue(Arrays.stream(bottom).allMatch(v -> Math.abs(v - 200) <= 1), Arrays.toString(bottom));

        Corpus.write(tmp, 10, 1);
        Path first = Files.walk(tmp.resolve("assets")).filter(f -> f.toString().endsWith(".jpg")).findFirst().orElseThrow();
        BufferedImage written = ImageIO.read(first.toFile());
        assertEquals(Corpus.IMAGE_WIDTH + "x" + Corpus.IMAGE_HEIGHT, written.getWidth() + "x" + written.getHeight());
    }

    /** --photos: a camera-like photo on every other article and no grey picture; --photos none: no picture; the same articles. */
    @Test
    void thePicturesChangeNothingButThePictures() throws IOException {
        Path grey = tmp.resolve("grey");
        Path photos = tmp.resolve("photos");
        Path none = tmp.resolve("none");
        Corpus.write(grey, 30, 1);
        Corpus.write(photos, 30, 1, Corpus.Pictures.photos(320, 240));
        Corpus.write(none, 30, 1, Corpus.Pictures.NONE);
        Map<String, String> greyTexts = texts(grey);
        assertEquals(greyTexts.keySet(), texts(photos).keySet());
        assertEquals(greyTexts, texts(none));
        assertEquals(greyTexts, texts(photos));
        try (java.util.stream.Stream<Path> files = Files.walk(none.resolve("assets"))) { // pictures in the texts only
            assertEquals(List.of(), files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith("-trong-bai.jpg")).toList());
        }
        for (Path md : Files.walk(photos.resolve("content/tin-tuc")).filter(f -> f.toString().endsWith(".md")).toList()) {
            int n = Integer.parseInt(md.getFileName().toString().replaceAll(".*-(\\d+)\\.md", "$1"));
            Matcher image = Pattern.compile("\nimage: (.*)\n").matcher(Files.readString(md));
            assertEquals(n % 2 == 0, image.find(), md.toString());
            if (n % 2 == 0) {
                BufferedImage photo = ImageIO.read(photos.resolve("assets").resolve(image.group(1)).toFile());
                assertEquals("320x240", photo.getWidth() + "x" + photo.getHeight());
            }
        }
    }

    /** Each article's file and its text without the lines that name its picture. */
    private static Map<String, String> texts(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path md : Files.walk(site.resolve("content")).filter(f -> f.toString().endsWith(".md")).toList()) {
            out.put(site.relativize(md).toString(), Files.readString(md).replaceAll("\nimage(_alt|_caption)?: [^\n]*", ""));
        }
        return out;
    }
}
