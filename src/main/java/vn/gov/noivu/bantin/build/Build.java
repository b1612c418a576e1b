package vn.gov.noivu.bantin.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.bake.Bakery;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentError;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.content.Site;
import vn.gov.noivu.bantin.feed.Feeds;
import vn.gov.noivu.bantin.pages.PageWriter;

/**
 * The build, as a recipe. Each stage is timed; every error of every stage before the bake is collected
 * so an editor sees all problems at once. Output goes to a staging folder beside the target and is
 * swapped in only when every stage succeeded, so a failed build leaves the last good site untouched.
 */
public final class Build {
    /** What to build: the site folder, where to write (null: check only), and the publishing clock. */
    public record Options(Path source, Path output, ZonedDateTime now) {
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

    /** Reads, validates and, when {@code options.output()} is set, writes the site. */
    public static Report run(Options options) {
        Path root = options.source().toAbsolutePath().normalize();
        Map<String, Long> times = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ContentError> errors = new ArrayList<>();

        // 1. Settings first: categories and the site address are needed to read any article.
        long t = System.nanoTime();
        SiteConfig config = SiteConfig.load(root, errors);
        times.put("config", ms(t));
        if (config == null) {
            return new Report(sorted(errors), true, times, counts);
        }

        // 2. Load and validate every source file (in parallel), and check the templates parse.
        t = System.nanoTime();
        ContentLoader.Loaded loaded = new ContentLoader(root, config).load();
        errors.addAll(loaded.errors());
        errors.addAll(PageWriter.checkTemplates(root.resolve("templates")));
        times.put("load+validate", ms(t));
        counts.put("documents", loaded.documents().size());

        // 3. Decide what is published at `now`, build every listing once, check links and addresses.
        t = System.nanoTime();
        Site site = Site.build(root, config, loaded.documents(), options.now(), errors, loaded.failedUrls());
        times.put("site+checks", ms(t));
        counts.put("published", site.getArticles().size() + site.getPages().size());
        if (!errors.isEmpty() || options.output() == null) {
            return new Report(sorted(errors), false, times, counts);
        }

        // 4. Bake with JBake into a staging folder: pages, listings, extras, then feeds.
        Path output = options.output().toAbsolutePath().normalize();
        Path staging = output.resolveSibling("." + output.getFileName() + ".staging");
        t = System.nanoTime();
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Bakery.Result result = Bakery.bake(root, staging, site, loaded.documents(), bakeStages());
            result.counts().forEach(counts::put);
            result.nanos().forEach((k, v) -> times.put("  " + k + " (cpu)", v / 1_000_000));
        } catch (Bakery.BakeException e) {
            errors.addAll(e.errors());
        } catch (IOException e) {
            errors.add(ContentError.of(staging.toString(), 0, "", "cannot write: " + e.getMessage(), "check the disk and permissions"));
        }
        times.put("bake", ms(t));
        if (!errors.isEmpty()) {
            deleteQuietly(staging);
            return new Report(sorted(errors), false, times, counts);
        }

        // 5. Swap the finished site into place; the previous one stays until this moment.
        t = System.nanoTime();
        try {
            swap(staging, output);
        } catch (IOException e) {
            errors.add(ContentError.of(output.toString(), 0, "", "cannot replace the output folder: " + e.getMessage(),
                    "close programs that use it and build again"));
        }
        times.put("swap", ms(t));
        return new Report(sorted(errors), false, times, counts);
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
        });
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
