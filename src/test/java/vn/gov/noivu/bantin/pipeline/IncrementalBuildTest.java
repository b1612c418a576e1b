package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.Corpus;
import vn.gov.noivu.bantin.TestPhotos;
import vn.gov.noivu.bantin.TestSites;

/**
 * {@code build} after an edit of articles writes only what the edit touched, from the state the last build
 * left beside its output, and its output is byte for byte a clean build's: on the fixture sites, this
 * repository's own site and a generated site of 1,000 articles, for each kind of edit. A state that is
 * missing, damaged or of another build, an output changed by hand, and a change of the settings or the
 * templates give a full build, with a clean build's bytes too.
 */
class IncrementalBuildTest {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"");
    private static final Pattern DATE = Pattern.compile("(?m)^date: .*$");
    private static final Pattern CATEGORY = Pattern.compile("(?m)^category: \"([^\"]*)\"$");
    private static final Pattern TAGS = Pattern.compile("(?m)^tags: .*$");

    @TempDir
    Path tmp;

    @Test
    void basicFixture() {
        everyEdit(TestSites.settle(TestSites.copy("basic", tmp)));
    }

    @Test
    void portalFixture() {
        everyEdit(TestSites.settle(TestSites.copy("portal", tmp)));
    }

    @Test
    void theRepositorysOwnSite() {
        everyEdit(TestSites.settle(TestSites.copy("repo", tmp)));
    }

    @Test
    void aGeneratedSiteOf1000Articles() {
        Path site = tmp.resolve("generated");
        Corpus.write(site, 1000, 1);
        TestSites.copyTree(TestSites.repo().resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(TestSites.repo().resolve("assets/css"), site.resolve("assets/css"));
        TestSites.write(site, "jbake.properties", TestSites.read(TestSites.repo().resolve("jbake.properties")));
        everyEdit(TestSites.settle(site));
    }

    /** Each edit in turn, each followed by an incremental build that must equal a clean one. */
    private void everyEdit(Path site) {
        Path out = tmp.resolve("out");
        assertEquals(Report.Outcome.BUILT, build(site, out, TestSites.NOW).outcome());
        List<Path> articles = articles(site);
        // Deleted last: an article no other links to (a link to it would then be broken, an error).
        List<Path> unlinked = articles.stream().filter(a -> !linked(site).contains(
                a.getFileName().toString().replaceFirst("\\.md$", ".html"))).toList();
        Path middle = unlinked.get(unlinked.size() / 2);
        Path newest = articles.get(articles.size() - 1);
        String added = "content/tin-tuc/2026/11/bai-moi-gia-tang.md";
        List<Consumer<Path>> edits = List.of(
                s -> edit(middle, text -> text + "\nMột đoạn văn thêm vào cuối bài.\n"),
                s -> edit(middle, text -> TITLE.matcher(text).replaceFirst("title: \"Đã sửa: ")),
                s -> edit(newest, text -> TITLE.matcher(text).replaceFirst("title: \"Tin mới nhất đã sửa: ")),
                // To another month and year, and so to other listing pages.
                s -> edit(middle, text -> DATE.matcher(text).replaceFirst("date: 2011-03-07T09:15+07:00")),
                s -> edit(middle, text -> {
                    Matcher m = CATEGORY.matcher(text);
                    String other = m.find() && m.group(1).equals("Thông báo") ? "Tin hoạt động" : "Thông báo";
                    return CATEGORY.matcher(text).replaceFirst("category: \"" + other + "\"");
                }),
                s -> edit(middle, text -> TAGS.matcher(text).find()
                        ? TAGS.matcher(text).replaceFirst("tags: [\"chủ đề riêng một bài\", \"công chức\"]")
                        : text.replaceFirst("\n---\n", "\ntags: [\"chủ đề riêng một bài\"]\n---\n")),
                s -> TestSites.write(s, added, "---\ntitle: \"Bài mới thêm\"\ndate: 2026-11-20T10:00+07:00\n"
                        + "category: \"Thông báo\"\ntags: [\"chủ đề của bài mới\"]\nsummary: \"Một bài mới.\"\n---\n\n"
                        + "Nội dung bài mới.\n"),
                s -> delete(s.resolve(added)),
                s -> delete(middle));
        eachEditIsIncremental(site, out, edits);
    }

    /**
     * An article gains a photo, moves its focus point, a text shows the photo too, the article loses it, the text
     * too: each an incremental build with a clean build's bytes (the photo's files written or deleted, its original
     * withheld while a page shows it and published again as an asset after).
     */
    @Test
    void photoEditsAreIncrementalAndLeaveWhatACleanBuildLeaves() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Files.write(site.resolve("assets/images/2024/01/moi.jpg"), TestPhotos.jpeg(TestPhotos.photo(1000, 750, 41), 0.85f));
        TestSites.settle(site);
        Path out = tmp.resolve("out");
        assertEquals(Report.Outcome.BUILT, build(site, out, TestSites.NOW).outcome());
        assertTrue(tree(out).containsKey("images/2024/01/moi.jpg"), "a picture no page shows is an asset like any other");
        Path article = site.resolve("content/tin-tuc/2024/01/ke-hoach-cai-cach.md");
        Path other = site.resolve("content/tin-tuc/2024/01/tuyen-dung-cong-chuc.md");
        List<Consumer<Path>> edits = List.of(
                s -> edit(article, t -> t.replaceFirst("\n---\n", "\nimage: images/2024/01/moi.jpg\nimage_alt: \"Ảnh mới\"\n---\n")),
                s -> edit(article, t -> t.replaceFirst("\n---\n", "\nimage_focus: \"20% 80%\"\n---\n")),
                s -> edit(other, t -> t + "\n![Ảnh mới](/images/2024/01/moi.jpg)\n"),
                s -> edit(article, t -> t.replaceAll("\nimage[a-z_]*: [^\n]*", "")),
                s -> edit(other, t -> t.replace("\n![Ảnh mới](/images/2024/01/moi.jpg)\n", "")));
        eachEditIsIncremental(site, out, edits);
        assertTrue(tree(out).containsKey("images/2024/01/moi.jpg"));
        assertTrue(tree(out).keySet().stream().noneMatch(f -> f.startsWith("anh/images/2024/01/moi")), "no page shows the photo");
    }

    @Test
    void anArticleComingDueIsAnEditOfTheSameDay() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        // tin-tuong-lai.md is dated 2030-01-01T07:00+07:00.
        build(site, out, ZonedDateTime.parse("2030-01-01T06:00+07:00"));
        ZonedDateTime due = ZonedDateTime.parse("2030-01-01T07:00+07:00");
        assertEquals(Report.Outcome.UPDATED, build(site, out, due).outcome());
        assertTrue(tree(out).containsKey("tin-tuc/tin-tuong-lai.html"));
        assertEquals(clean(site, due), tree(out));
        // The next day: the schedule and the documents move at midnight, so a full build.
        ZonedDateTime tomorrow = ZonedDateTime.parse("2030-01-02T07:00+07:00");
        assertEquals(Report.Outcome.BUILT, build(site, out, tomorrow).outcome());
        assertEquals(clean(site, tomorrow), tree(out));
    }

    @Test
    void aMissingOrDamagedCacheOrRecordOrAChangedOutputGivesAFullBuild() throws IOException {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        Path article = site.resolve("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md");
        Path cache = site.resolve(".cache");
        build(site, out, TestSites.NOW);
        List<Consumer<Path>> breakages = List.of(
                s -> TestSites.deleteTree(cache),
                s -> delete(UpToDate.recordOf(out)),
                s -> eachEntry(cache.resolve("article"), e -> {
                    byte[] damaged = bytes(e);
                    damaged[damaged.length / 2] ^= 0x55;
                    write(e, damaged);
                }),
                s -> eachEntry(cache.resolve("article"), e -> write(e, java.util.Arrays.copyOf(bytes(e), bytes(e).length - 7))),
                s -> delete(out.resolve("404.html")),
                s -> TestSites.write(out, "tin-tuc/la.html", "<p>một tệp không do bản dựng viết</p>"));
        fullAfterEach(site, out, breakages, article);
    }

    @Test
    void bodiesGoneFromTheCacheAreReadAgainFromTheFiles() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        build(site, out, TestSites.NOW);
        TestSites.deleteTree(site.resolve(".cache/html"));
        edit(site.resolve("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md"), text -> text + "\nĐoạn thêm.\n");
        Report r = build(site, out, TestSites.NOW);
        assertEquals(Report.Outcome.UPDATED, r.outcome(), "the front matter is still remembered");
        assertEquals(r.counts().articles() + r.counts().pages(), r.counts().read(), "every text read again");
        assertEquals(clean(site, TestSites.NOW), tree(out));
    }


    /**
     * Makes each edit of {@code edits} to {@code site} in turn and builds into {@code out} right after: each build is
     * an edit's (incremental), leaves what a clean build leaves, and is recorded (the next build is up to date).
     */
    private void eachEditIsIncremental(Path site, Path out, List<Consumer<Path>> edits) {
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).accept(site);
            TestSites.settle(site);
            Report r = build(site, out, TestSites.NOW);
            assertEquals(Report.Outcome.UPDATED, r.outcome(), "edit " + i + " was not incremental");
            assertEquals(clean(site, TestSites.NOW), tree(out), "edit " + i);
            assertEquals(Report.Outcome.UP_TO_DATE, build(site, out, TestSites.NOW).outcome(), "edit " + i + " recorded");
        }
    }
    private static void eachEntry(Path folder, Consumer<Path> change) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After an edit of {@code article} and each of {@code changes} in turn, a full build with a clean build's bytes. */
    private void fullAfterEach(Path site, Path out, List<Consumer<Path>> changes, Path article) {
        for (int i = 0; i < changes.size(); i++) {
            int n = i;
            edit(article, text -> text + "\nĐoạn " + n + ".\n");
            TestSites.settle(site);
            changes.get(i).accept(site);
            TestSites.settle(site);
            assertEquals(Report.Outcome.BUILT, build(site, out, TestSites.NOW).outcome(), "change " + i);
            assertEquals(clean(site, TestSites.NOW), tree(out), "change " + i);
        }
    }

    @Test
    void aChangeOfTheSettingsOrTemplatesOrAssetsOrDocumentsGivesAFullBuild() {
        Path site = TestSites.settle(TestSites.copy("portal", tmp));
        Path out = tmp.resolve("out");
        build(site, out, TestSites.NOW);
        List<Consumer<Path>> changes = List.of(
                s -> edit(s.resolve("templates/404.ftl"), t -> t.replace("Không tìm thấy", "Không thấy")),
                s -> edit(s.resolve("jbake.properties"), t -> t + "\nsite.phone=0255 3822 000\n"),
                s -> edit(s.resolve("assets/css/site.css"), t -> t + "\n/* đổi */\n"),
                s -> edit(s.resolve("content/van-ban/2014/nd-108-2014.md"), t -> t + "\nGhi chú thêm.\n"));
        fullAfterEach(site, out, changes, site.resolve("content/tin-tuc/2026/11/tinh-gian-bien-che.md"));
    }

    @Test
    void anIncrementalBuildWithAContentErrorChangesNothingAndTheNextOneIsIncremental() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        Path article = site.resolve("content/tin-tuc/2024/01/hoi-nghi-tong-ket.md");
        build(site, out, TestSites.NOW);
        Map<String, String> before = tree(out);
        String text = TestSites.read(article);
        edit(article, t -> DATE.matcher(t).replaceFirst("date: 32/01/2024"));
        TestSites.settle(site);
        Report failed = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW, Pipeline.Record.CHECK));
        assertEquals(Report.Outcome.CONTENT_ERRORS, failed.outcome());
        assertEquals(before, tree(out));
        TestSites.write(site, article.toString().substring(site.toString().length() + 1), text + "\nSửa lại.\n");
        TestSites.settle(site);
        assertEquals(Report.Outcome.UPDATED, build(site, out, TestSites.NOW).outcome());
        assertEquals(clean(site, TestSites.NOW), tree(out));
    }

    private Report build(Path site, Path out, ZonedDateTime now) {
        Report r = Pipeline.run(new Pipeline.Options(site, out, now, Pipeline.Record.CHECK));
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        return r;
    }

    /** A clean build of the same sources into a folder of its own. */
    private Map<String, String> clean(Path site, ZonedDateTime now) {
        Path out = tmp.resolve("clean-" + System.nanoTime());
        Report r = Pipeline.run(new Pipeline.Options(site, out, now));
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        return tree(out);
    }

    /** Every file with its hash, and every folder (an empty one too). */
    private static Map<String, String> tree(Path out) {
        Map<String, String> tree = new java.util.TreeMap<>(TestSites.hashes(out));
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isDirectory).forEach(d -> tree.put(out.relativize(d) + "/", "folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    /** The published articles' files (not drafts, not dated in the future), oldest first by file name. */
    private static List<Path> articles(Path site) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site.resolve("content/tin-tuc"))) {
            for (Path p : new TreeSet<>(walk.filter(f -> f.toString().endsWith(".md")).toList())) {
                String text = TestSites.read(p);
                Matcher date = DATE.matcher(text);
                if (!text.contains("\ndraft: true") && date.find() && date.group().compareTo("date: 2026-11-23") < 0
                        && !text.contains("\nexpires:")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The file names of the articles some text of the site links to ("[…](/tin-tuc/NAME.html)"). */
    private static java.util.Set<String> linked(Path site) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Pattern link = Pattern.compile("\\]\\(/tin-tuc/([^)/]+\\.html)\\)");
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            walk.filter(f -> f.toString().endsWith(".md")).forEach(f -> {
                Matcher m = link.matcher(TestSites.read(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
