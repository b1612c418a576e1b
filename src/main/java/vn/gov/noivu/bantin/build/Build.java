package vn.gov.noivu.bantin.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.bake.Bakery;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentError;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.content.Markdown;
import vn.gov.noivu.bantin.content.Section;
import vn.gov.noivu.bantin.content.Site;
import vn.gov.noivu.bantin.feed.Feeds;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.vanban.Registry;
import vn.gov.noivu.bantin.search.SearchIndex;
import vn.gov.noivu.bantin.sitemap.Sitemap;

/**
 * The build, as a recipe. Each stage is timed; every error of every stage before the bake is collected
 * so an editor sees all problems at once. Output goes to a staging folder beside the target and is
 * swapped in only when every stage succeeded, so a failed build leaves the last good site untouched.
 */
public final class Build {
    /**
     * What to build: the site folder, where to write (null: check only), the publishing clock, and what to
     * do with the record of the last build beside the output (see {@link UpToDate}).
     */
    public record Options(Path source, Path output, ZonedDateTime now, Record record) {
        /** A build that runs whole and leaves no record. */
        public Options(Path source, Path output, ZonedDateTime now) {
            this(source, output, now, Record.NONE);
        }
    }

    /** How a build treats the record of the last build of its output folder. */
    public enum Record {
        /** Not read, not written: the build runs whole, and the old record goes with the folder it described. */
        NONE,
        /** The build runs whole and records itself (build --rebuild). */
        WRITE,
        /** Nothing is done when the record shows the output already holds what the build would write; else as WRITE. */
        CHECK
    }

    /** How a build ended: its errors (empty on success), whether they are settings errors, and the stage timings. */
    public record Report(List<ContentError> errors, boolean configError, Map<String, Long> stageMillis,
                         Map<String, Integer> counts) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private Build() {
    }

    /** The templates as parsed by their check, and what it found. */
    private record CheckedTemplates(PageWriter.Templates templates, List<ContentError> errors) {
    }

    /** Reads, validates and, when {@code options.output()} is set, writes the site. */
    public static Report run(Options options) {
        Instant started = Instant.now(); // before any file is read (UpToDate)
        Path root = options.source().toAbsolutePath().normalize();
        Map<String, Long> times = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ContentError> errors = new ArrayList<>();

        // 0. The swap replaces the output folder whole: never let that be the sources or someone's files.
        if (options.output() != null) {
            errors.addAll(unsafeOutput(root, options.output().toAbsolutePath().normalize()));
            if (!errors.isEmpty()) {
                return new Report(errors, true, times, counts);
            }
        }
        // 0b. Nothing to do when the record of the last build says the output already holds what this build
        //     would write (UpToDate). A build records itself only if no input changed after it started.
        boolean baking = options.output() != null;
        if (baking && options.record() == Record.CHECK) {
            long t0 = System.nanoTime();
            boolean upToDate = UpToDate.check(root, options.output().toAbsolutePath().normalize(), options.now());
            times.put("up-to-date check", ms(t0));
            if (upToDate) {
                counts.put("up-to-date", 1);
                return new Report(List.of(), false, times, counts);
            }
        }

        // The templates do not depend on the content: they are read and checked on a thread of their own
        // while the content loads, after JBake's classes are loaded there (a build's bake needs them next).
        java.util.concurrent.CompletableFuture<CheckedTemplates> templates =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    if (baking) {
                        Bakery.warmUp(root);
                    }
                    PageWriter.Templates read = PageWriter.templates(root.resolve("templates"));
                    return new CheckedTemplates(read, PageWriter.checkTemplates(read));
                }, task -> {
                    Thread t = new Thread(task, "bantin-templates");
                    t.setDaemon(true);
                    t.start();
                });

        // 1. Settings first: categories and the site address are needed to read any article.
        long t = System.nanoTime();
        SiteConfig config = SiteConfig.load(root, errors);
        times.put("config", ms(t));
        if (config == null) {
            return new Report(sorted(errors), true, times, counts);
        }

        // One Markdown parser and renderer for every text of the build.
        Markdown markdown = new Markdown(config.basePath());

        // 2a. The documents registry before the articles: an article cites a document by its number.
        t = System.nanoTime();
        Optional<Registry> registry = Registry.load(root, config, markdown, options.now(), errors);
        times.put("van-ban", ms(t));
        counts.put("van-ban", registry.map(r -> r.documents().size()).orElse(0));

        // 2b. The work schedule: data files only, so its place among the loads does not matter.
        t = System.nanoTime();
        Optional<Schedule> schedule = Schedule.load(root, options.now(), errors);
        times.put("lich-cong-tac", ms(t));
        counts.put("lich-cong-tac", schedule.map(s -> s.weeks().size()).orElse(0));

        // 2c. Load and validate every other source file (in parallel), and check the templates parse.
        t = System.nanoTime();
        Markdown citing = markdown.withDocuments(registry.map(Registry::citations).orElse(Map.of()));
        ContentLoader.Loaded loaded = new ContentLoader(root, config, citing).load();
        errors.addAll(loaded.errors());
        errors.addAll(templates.join().errors());
        if (!Files.isDirectory(root.resolve("assets"))) {
            errors.add(ContentError.of("assets", 0, "", "the folder is missing",
                    "restore assets/ from Git: it holds the stylesheet css/site.css and the images"));
        }
        times.put("load+validate", ms(t));
        counts.put("documents", loaded.documents().size());

        // 3. Decide what is published at `now`, build every listing once, check links and addresses.
        t = System.nanoTime();
        Set<String> failed = new HashSet<>(loaded.failedUrls());
        registry.ifPresent(r -> failed.addAll(r.failedUrls()));
        List<Section> sections = Stream.of(registry, schedule).flatMap(Optional::stream).map(Section.class::cast).toList();
        Site site = Site.build(root, config, loaded.documents(), options.now(), errors, failed, sections);
        times.put("site+checks", ms(t));
        counts.put("published", site.getArticles().size() + site.getPages().size());
        if (!errors.isEmpty() || options.output() == null) {
            return new Report(sorted(errors), false, times, counts);
        }

        // 4. Bake with JBake into a staging folder: pages, listings, documents, schedule, extras, then feeds,
        //    search index, sitemap.
        Path output = options.output().toAbsolutePath().normalize();
        Path staging = output.resolveSibling("." + output.getFileName() + ".staging");
        // The inputs are listed for the record while the bake runs (any moment after `started` will do).
        java.util.concurrent.CompletableFuture<Optional<UpToDate.Listing>> inputs = options.record() == Record.NONE ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> UpToDate.inputs(root, output));
        t = System.nanoTime();
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Bakery.Result result = Bakery.bake(root, staging, site, loaded.documents(), bakeStages(), templates.join().templates());
            result.counts().forEach(counts::put);
            result.nanos().forEach((k, v) -> times.put("  " + k + " (cpu)", v / 1_000_000));
        } catch (Bakery.BakeException e) {
            errors.addAll(e.errors());
            e.written().forEach(counts::put); // what reached the staging folder, which is now deleted
        } catch (IOException e) {
            errors.add(ContentError.of(staging.toString(), 0, "", "cannot write: " + e.getMessage(), "check the disk and permissions"));
        }
        times.put("bake", ms(t));
        if (!errors.isEmpty()) {
            deleteQuietly(staging);
            return new Report(sorted(errors), false, times, counts);
        }

        // 5. Swap the finished site into place; the previous one stays until this moment. The record of the
        //    last build goes first: it no longer describes the folder.
        t = System.nanoTime();
        try {
            UpToDate.forget(output);
            swap(staging, output);
        } catch (IOException e) {
            errors.add(ContentError.of(output.toString(), 0, "", "cannot replace the output folder: " + e.getMessage(),
                    "close programs that use it and build again"));
        }
        times.put("swap", ms(t));

        // 6. Record this build, so that the next one can tell whether anything changed (UpToDate).
        if (errors.isEmpty() && options.record() != Record.NONE) {
            t = System.nanoTime();
            try {
                UpToDate.record(output, inputs.join(), started, UpToDate.window(options.now(), loaded.documents()));
            } catch (IOException e) {
                errors.add(ContentError.of(UpToDate.recordOf(output).toString(), 0, "", "cannot write the record of this build: "
                        + e.getMessage(), "check the permissions of the folder that holds the output"));
            }
            times.put("record", ms(t));
        }
        return new Report(sorted(errors), false, times, counts);
    }

    /** Why {@code output} may not be replaced by a build: it holds the sources, or files a build did not write. */
    static List<ContentError> unsafeOutput(Path root, Path output) {
        String hint = "write the site to its own folder, such as target/site";
        if (root.startsWith(output)) {
            return List.of(ContentError.of("--output", 0, "", output + " contains the site's sources, and a build replaces "
                    + "its output folder whole", hint));
        }
        for (String part : List.of("content", "templates", "assets")) {
            if (output.startsWith(root.resolve(part))) {
                return List.of(ContentError.of("--output", 0, "", output + " is inside the site's " + part + "/ folder", hint));
            }
        }
        if (Files.isRegularFile(output)) {
            return List.of(ContentError.of("--output", 0, "", output + " is a file", hint));
        }
        // Every site a build writes has a home page: a folder without one was never written by a build.
        try (Stream<Path> list = Files.isDirectory(output) ? Files.list(output) : Stream.empty()) {
            if (list.findAny().isPresent() && !Files.isRegularFile(output.resolve("index.html"))) {
                return List.of(ContentError.of("--output", 0, "", output + " holds files but no index.html, so it is not a "
                        + "site this tool built; a build would replace it whole", "choose a new or empty folder"));
            }
        } catch (IOException e) {
            return List.of(ContentError.of("--output", 0, "", "cannot read " + output + ": " + e.getMessage(), hint));
        }
        return List.of();
    }

    /** What a later stage does: write its files from the finished site; returns how many. */
    private interface StageWriter {
        int write(Site site, Path out) throws Exception;
    }

    private static Bakery.Stage stage(String name, StageWriter writer) {
        return new Bakery.Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int write(Site site, Path out) throws Exception {
                return writer.write(site, out);
            }
        };
    }

    /** The stages that run inside JBake's render step after pages and listings; a preview reruns them after an edit. */
    public static List<Bakery.Stage> bakeStages() {
        return List.of(new Bakery.Stage() {
            @Override
            public String name() {
                return "feeds";
            }

            @Override
            public int write(Site s, Path out) throws IOException {
                int n = Feeds.write(s, out).size();
                Feeds.writeOpml(s, out);
                return n + 1;
            }

            @Override
            public int update(Site before, Site after, Path out) throws IOException {
                int n = Feeds.writeChanged(before, after, out).size();
                Feeds.writeOpml(after, out);
                return n + 1;
            }
        }, stage("search", SearchIndex::write), stage("sitemap", Sitemap::write));
    }

    private static void swap(Path staging, Path output) throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static List<ContentError> sorted(List<ContentError> errors) {
        List<ContentError> copy = new ArrayList<>(new java.util.LinkedHashSet<>(errors));
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // the next build deletes a leftover staging folder before it starts
        }
    }
}
