package vn.gov.noivu.bantin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * Whole sites built once per test run for the page checks (validator, axe, weight): the repository's
 * seed site, the {@code basic} fixture (served from /noivu/) and a site of 1,000 articles made by
 * {@link Corpus} (seed 1, as the benchmark's).
 */
public final class BuiltSites {
    /** Articles in the generated site. */
    public static final int GENERATED_COUNT = 1000;
    private static final Map<String, Path> BUILT = new HashMap<>();
    private static Path root;

    private BuiltSites() {
    }

    /** The output folder of the repository's own site. */
    public static Path seed() {
        return built("seed", () -> TestSites.repo());
    }

    /** The output folder of the repository's site with camera-sized photos added ({@link TestPhotos#withPhotos}). */
    public static Path photos() {
        return built("photos", () -> TestPhotos.withPhotos(tmp().resolve("photos")));
    }

    /** The output folder of the {@code basic} fixture (site.url ends in /noivu/). */
    public static Path basic() {
        return built("basic", () -> TestSites.copy("basic", tmp()));
    }

    /** The output folder of a site of {@link #GENERATED_COUNT} generated articles with the repository's templates and CSS. */
    public static Path generated() {
        return built("generated", () -> generate(tmp().resolve("generated"), GENERATED_COUNT));
    }

    /** Writes into {@code site} a site of {@code count} generated articles (seed 1) with the repository's settings, templates and CSS. */
    public static Path generate(Path site, int count) {
        Corpus.write(site, count, 1);
        TestSites.copyTree(TestSites.repo().resolve("templates"), site.resolve("templates"));
        TestSites.copyTree(TestSites.repo().resolve("assets/css"), site.resolve("assets/css"));
        try {
            Files.copy(TestSites.repo().resolve("jbake.properties"), site.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    private interface Source {
        Path get();
    }

    private static synchronized Path built(String name, Source source) {
        Path out = BUILT.get(name);
        if (out == null) {
            out = tmp().resolve(name + "-out");
            Report r = Pipeline.run(new Pipeline.Options(source.get(), out, TestSites.NOW));
            if (!r.ok() || !r.warnings().isEmpty()) {
                throw new IllegalStateException("the " + name + " site does not build cleanly: " + r.errors() + r.warnings());
            }
            BUILT.put(name, out);
        }
        return out;
    }

    private static synchronized Path tmp() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("bantin-sites");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dir = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return root;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the system's temp cleaner removes what is left
        }
    }
}
