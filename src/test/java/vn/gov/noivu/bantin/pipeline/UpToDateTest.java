package vn.gov.noivu.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestSites;

/**
 * A build skipped as up to date leaves exactly what a clean build writes, and every change an editor or
 * the clock can make (an edit, a new, deleted or renamed article, a template, a picture, the settings, an
 * article's publication time, the next day) makes the next build a full one with a clean build's bytes.
 */
class UpToDateTest {
    private static final String ARTICLE = "content/tin-tuc/2024/01/hoi-nghi-tong-ket.md";
    /** Dated 2030-01-01T07:00+07:00 in the fixture. */
    private static final ZonedDateTime BEFORE_FUTURE = ZonedDateTime.parse("2029-12-31T22:00+07:00");

    @TempDir
    Path tmp;

    private Report build(Path site, Path out, ZonedDateTime now) {
        Report r = Pipeline.run(new Pipeline.Options(site, out, now, Pipeline.Record.CHECK));
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        return r;
    }

    private static boolean skipped(Report r) {
        return r.outcome() == Report.Outcome.UP_TO_DATE;
    }

    /** The same sources built whole into a folder of their own. */
    private Map<String, String> clean(Path site, ZonedDateTime now) {
        Path out = tmp.resolve("clean-" + System.nanoTime());
        Report r = Pipeline.run(new Pipeline.Options(site, out, now));
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        return TestSites.hashes(out);
    }

    @Test
    void anUnchangedSiteIsNotBuiltAgainAndItsOutputIsLeftAsItIs() throws IOException {
        Path site = TestSites.settle(TestSites.copy("portal", tmp));
        Path out = tmp.resolve("out");
        assertFalse(skipped(build(site, out, TestSites.NOW)));
        Path home = out.resolve("index.html");
        FileTime written = Files.getLastModifiedTime(home);
        Report again = build(site, out, TestSites.NOW.plusMinutes(5));
        assertTrue(skipped(again));
        assertEquals(written, Files.getLastModifiedTime(home));
        assertEquals(clean(site, TestSites.NOW.plusMinutes(5)), TestSites.hashes(out));
        // --rebuild: a full build all the same, recorded for the next one.
        assertFalse(skipped(Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW, Pipeline.Record.WRITE))));
        assertTrue(skipped(build(site, out, TestSites.NOW)));
    }

    @Test
    void everyChangeToTheSourcesGivesACleanBuildsBytes() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        List<Consumer<Path>> changes = List.of(
                s -> TestSites.write(s, ARTICLE, TestSites.read(s.resolve(ARTICLE)).replace("Hội nghị", "Hội thảo")),
                s -> TestSites.write(s, "content/tin-tuc/2024/01/bai-moi.md", "---\ntitle: \"Bài mới\"\ndate: 2024-01-20\n"
                        + "category: \"Tin hoạt động\"\n---\n\nNội dung.\n"),
                s -> delete(s.resolve("content/tin-tuc/2024/01/bai-moi.md")),
                s -> move(s.resolve("content/tin-tuc/2024/01/tieu-de-nguy-hiem.md"), s.resolve("content/tin-tuc/2024/01/tieu-de-khac.md")),
                s -> TestSites.write(s, "templates/404.ftl", TestSites.read(s.resolve("templates/404.ftl")).replace("Không tìm thấy", "Không thấy")),
                s -> TestSites.write(s, "assets/css/site.css", TestSites.read(s.resolve("assets/css/site.css")) + "\n/* đổi */\n"),
                s -> TestSites.write(s, "jbake.properties", TestSites.read(s.resolve("jbake.properties")).replace("site.page_size=", "site.page_size=1")),
                s -> delete(out.resolve("404.html")),
                s -> TestSites.write(out, "la.html", "<p>một tệp không do bản dựng viết</p>"));
        assertFalse(skipped(build(site, out, TestSites.NOW)));
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).accept(site);
            TestSites.settle(site);
            assertFalse(skipped(build(site, out, TestSites.NOW)), "change " + i + " was not built");
            assertEquals(clean(site, TestSites.NOW), TestSites.hashes(out), "change " + i);
            assertTrue(skipped(build(site, out, TestSites.NOW)), "change " + i + " was built twice");
        }
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeAndTheScheduleMovesAtMidnight() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        assertFalse(skipped(build(site, out, BEFORE_FUTURE)));
        assertTrue(skipped(build(site, out, BEFORE_FUTURE.plusHours(1))));
        // 00:00 on the first of January: a new day (the schedule's today), not yet the article's 07:00.
        ZonedDateTime midnight = ZonedDateTime.parse("2030-01-01T00:00+07:00");
        assertFalse(skipped(build(site, out, midnight)));
        assertTrue(skipped(build(site, out, midnight.plusHours(6))));
        ZonedDateTime due = ZonedDateTime.parse("2030-01-01T07:00+07:00");
        assertFalse(skipped(build(site, out, due)));
        assertTrue(TestSites.hashes(out).keySet().stream().anyMatch(f -> f.startsWith("tin-tuc/tin-tuong-lai")));
        assertEquals(clean(site, due), TestSites.hashes(out));
        // A clock set back also rebuilds: the article is gone again.
        assertFalse(skipped(build(site, out, BEFORE_FUTURE)));
        assertEquals(clean(site, BEFORE_FUTURE), TestSites.hashes(out));
    }

    @Test
    void withoutArticlesTheWindowIsTheDayInVietnam() {
        UpToDate.Window window = UpToDate.window(BEFORE_FUTURE, List.of());
        assertEquals(Instant.parse("2029-12-30T17:00:00Z"), window.from());
        assertEquals(Instant.parse("2029-12-31T17:00:00Z"), window.until());
        assertTrue(window.contains(BEFORE_FUTURE));
        assertFalse(window.contains(ZonedDateTime.parse("2030-01-01T00:00+07:00")));
    }

    @Test
    void anEditSavedJustBeforeABuildIsSeenAndTheNextBuildIsUpToDate() throws IOException {
        Path site = TestSites.copy("basic", tmp); // files just written: every one of them too recent to trust its time
        Path out = tmp.resolve("out");
        assertFalse(skipped(build(site, out, TestSites.NOW)));
        assertTrue(skipped(build(site, out, TestSites.NOW)), "the content tells, not the time");
        // Saved at once after the build, with the time and size the file had: its content still tells.
        Path article = site.resolve(ARTICLE);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(article);
        String text = TestSites.read(article);
        TestSites.write(site, ARTICLE, text.replace("tổng kết", "tổng kếT"));
        Files.setLastModifiedTime(article, time);
        Report edited = build(site, out, TestSites.NOW);
        assertEquals(Report.Outcome.UPDATED, edited.outcome());
        assertEquals(clean(site, TestSites.NOW), TestSites.hashes(out));
        assertTrue(skipped(build(site, out, TestSites.NOW)));
    }

    @Test
    void aLinkAmongTheInputsNeverSkips() throws IOException {
        Path site = TestSites.copy("basic", tmp);
        Path out = tmp.resolve("out");
        build(site, out, TestSites.NOW);
        Files.createSymbolicLink(site.resolve("templates/lien-ket.ftl"), site.resolve("templates/404.ftl"));
        assertFalse(skipped(build(site, out, TestSites.NOW)));
        assertFalse(skipped(build(site, out, TestSites.NOW)));
        assertFalse(Files.exists(UpToDate.recordOf(out)));
    }

    @Test
    void aBuildWithoutRecordRemovesTheOldOne() {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        build(site, out, TestSites.NOW);
        Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertFalse(Files.exists(UpToDate.recordOf(out)));
    }

    @Test
    void aRecordThatCannotBeWrittenIsAnErrorWithItsAddress() throws IOException {
        Path site = TestSites.settle(TestSites.copy("basic", tmp));
        Path out = tmp.resolve("out");
        // The record is written to a temporary file first: a folder in its place makes the write fail.
        Path tmpRecord = Files.createDirectories(tmp.resolve(".out.built.tmp"));
        Files.writeString(tmpRecord.resolve("giu.txt"), "");
        Report r = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW, Pipeline.Record.WRITE));
        assertEquals(List.of(UpToDate.recordOf(out) + ": cannot write the record of this build: " + tmpRecord
                        + ": Is a directory (check the permissions of the folder that holds the output)"),
                r.errors().stream().map(TestSites::en).toList());
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "the site itself was written");
        assertFalse(Files.exists(UpToDate.recordOf(out)), "no record: the next build is a full one");
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    private static String digest(List<String> lines) {
        UpToDate.Lines l = new UpToDate.Lines();
        lines.forEach(line -> l.add(null, line));
        return l.digest();
    }

    /** The listing's digest is of the set of lines: any order gives it, and any other line, count or size changes it. */
    @Test
    void theListingDigestIsOfTheSetOfLines() {
        List<String> lines = List.of("d content", "f content/a.md 120 1700000000000000000", "f content/b.md 98 1700000000000000001");
        String digest = digest(lines);
        assertEquals(digest, digest(List.of(lines.get(2), lines.get(0), lines.get(1))));
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(digest));
        for (List<String> other : List.<List<String>>of(lines.subList(0, 2), List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(2)),
                List.of("d content", "f content/a.md 121 1700000000000000000", "f content/b.md 98 1700000000000000001"),
                List.of("d content", "f content/a.md 120 1700000000000000001", "f content/b.md 98 1700000000000000000"),
                List.of("d content", "f content/b.md 120 1700000000000000000", "f content/a.md 98 1700000000000000001"),
                List.of("d content", "f content/ab.md 120 1700000000000000000", "f content/.md 98 1700000000000000001"),
                List.of())) {
            assertTrue(seen.add(digest(other)), other.toString());
        }
        for (int i = 0; i < 20_000; i++) { // one changed character anywhere in 20,000 lines: never the same digest
            assertTrue(seen.add(digest(List.of("d content", "f content/a" + i + ".md 120 1700000000000000000"))), String.valueOf(i));
        }
    }
}
