package vn.gov.noivu.bantin.bake;

import com.orientechnologies.orient.core.Orient;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.ContentError;
import vn.gov.noivu.bantin.content.Site;
import vn.gov.noivu.bantin.pages.PageWriter;

/**
 * The only door to JBake. {@link #bake} runs JBake's {@link Oven} with this project's utensils: the
 * indexed content store, JBake's crawl without its file hash (fed by the {@code .md} markup engine), a renderer that
 * writes pages with the site's templates, and the site's rendering tools. JBake's warnings and errors
 * become build errors.
 */
public final class Bakery {
    /** JBake keeps global state (document types, engines): one bake at a time per JVM. */
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static int counter;
    /** Documents also go to a real OrientDB (JBake's own store), to measure what it costs. */
    private static final boolean ORIENTDB_STORE = Boolean.getBoolean("bantin.orientdb.store");
    /** OrientDB logs its start-up chatter through java.util.logging; only real failures matter here. */
    private static final java.util.logging.Logger ORIENTDB_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    static {
        ORIENTDB_LOG.setLevel(java.util.logging.Level.SEVERE);
        // OrientDB hashes the throw-away in-memory database's default passwords with 65,536 PBKDF2
        // rounds, which was a quarter of a 1,000-article build (bench/); one round protects as much.
        if (System.getProperty("security.userPasswordSaltIterations") == null) {
            System.setProperty("security.userPasswordSaltIterations", "1");
        }
        // Loads JBake's engines once, before the log trap exists: their start-up warnings are about
        // AsciiDoc (not on the class path; the content stage rejects every file but .md) and about
        // the site's own .md engine replacing JBake's, which is intended.
        Engines.register("md", new BantinMarkupEngine());
    }

    /** What a bake wrote: files per kind and the time each kind took, for the build's stage report. */
    public record Result(Map<String, Integer> counts, Map<String, Long> nanos) {
    }

    /** A later stage run inside JBake's rendering step, after pages and listings. */
    public interface Stage {
        String name();

        int write(Site site, Path output) throws Exception;

        /** After a preview's edit, brings {@code output} (written for {@code before}) up to date; returns the files written. */
        default int update(Site before, Site after, Path output) throws Exception {
            return write(after, output);
        }
    }

    /** The bake failed; every problem found, with its address, and how many files of each kind were written before. */
    public static final class BakeException extends Exception {
        private final transient List<ContentError> errors;
        private final transient Map<String, Integer> written;

        BakeException(List<ContentError> errors, Map<String, Integer> written) {
            super(errors.size() + " error(s) while baking");
            this.errors = errors;
            this.written = written;
        }

        public List<ContentError> errors() {
            return errors;
        }

        /** Files written into the staging folder before the bake failed, by kind (pages, listings, ...). */
        public Map<String, Integer> written() {
            return written;
        }
    }

    private static volatile java.util.concurrent.CompletableFuture<Void> warmUp =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    private Bakery() {
    }

    /**
     * Called on a background thread while the content of {@code root} is read: the call itself loads
     * JBake's classes and registers the markup engine (this class's initializer), and a throw-away JBake
     * configuration of the site loads and readies its configuration library (a twentieth of a
     * 1,000-article build when the bake did it first). With {@code bantin.orientdb.store} (the
     * benchmark's measure of OrientDB) it also starts OrientDB's engine, about half a second on a cold
     * JVM. A normal build does not start OrientDB (see {@link IndexedContentStore}).
     */
    public static void warmUp(Path root) {
        try {
            configure(root.toFile(), root.toFile());
        } catch (RuntimeException e) {
            // the bake reports a broken configuration with its address; warming up only saves time
        }
        if (!ORIENTDB_STORE) {
            return;
        }
        warmUp = java.util.concurrent.CompletableFuture.runAsync(() -> {
            LOCK.lock();
            try {
                IndexedContentStore store = new IndexedContentStore("bantin-warmup" + (++counter), true);
                store.startup();
                store.close();
            } finally {
                LOCK.unlock();
            }
        });
    }

    /**
     * Bakes {@code site} (read from {@code root}) into {@code output}, rendering with {@code templates}
     * (as parsed by their check); {@code all} are every document the content stage read, published or
     * not, so JBake's crawl can be checked against them.
     */
    public static Result bake(Path root, Path output, Site site, List<Article> all, List<Stage> stages,
                              PageWriter.Templates templates) throws BakeException {
        warmUp.exceptionally(e -> null).join(); // a failed warm-up only means a cold start below
        LOCK.lock();
        JBakeLogTrap trap = JBakeLogTrap.install();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "bantin-render");
                    t.setDaemon(true);
                    return t;
                });
        List<ContentError> errors = new ArrayList<>();
        BakeSession session = null;
        try {
            Map<Path, Article> bySource = new HashMap<>();
            for (Article a : all) {
                bySource.put(root.resolve(a.getSourcePath()).toAbsolutePath().normalize(), a);
            }
            PageWriter pages = new PageWriter(templates, site, output);
            session = new BakeSession(site, pages, output, bySource, stages);
            BakeSession open = session;
            site.getSections().forEach(sec -> sec.sources()
                    .forEach(p -> open.sectionSources.add(root.resolve(p).toAbsolutePath().normalize())));
            BakeSession.open(session);

            DefaultJBakeConfiguration config = configure(root.toFile(), output.toFile());
            IndexedContentStore store = new IndexedContentStore("bantin" + (++counter), ORIENTDB_STORE);
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new SiteCrawler(store, config));
            utensils.setRenderer(new SitePageRenderer(store, config, workers));
            utensils.setAsset(new SiteAssets(config, open, workers));
            Oven oven = new Oven(utensils);
            long start = System.nanoTime();
            oven.bake();
            session.count("oven", 0, start);
            long wait = System.nanoTime();
            for (Future<?> f : session.pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    errors.add(toError(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            session.count("page wait", 0, wait);
            for (Throwable t : oven.getErrors()) {
                errors.add(toError(t));
            }
            errors.addAll(session.errors);
            java.util.Set<String> crawled = new java.util.HashSet<>(session.crawled);
            for (Article a : all) {
                if (!crawled.contains(a.getSourcePath())) {
                    errors.add(ContentError.of(a.getSourcePath(), 0, "", "JBake's crawler did not read this file",
                            "remove any .jbakeignore file and hidden folder names from content/"));
                }
            }
            errors.addAll(trap.errors());
            if (!errors.isEmpty()) {
                throw new BakeException(errors, new TreeMap<>(session.counts));
            }
            return new Result(new TreeMap<>(session.counts), new TreeMap<>(session.nanos));
        } catch (RuntimeException e) {
            errors.add(toError(e));
            throw new BakeException(errors, session == null ? Map.of() : new TreeMap<>(session.counts));
        } finally {
            // OrientDB answers Ctrl-C with an exit with status 1; the JVM's own handler runs the shutdown hooks
            // (the preview's clean stop) and exits with 130 as any program does.
            if (ORIENTDB_STORE) {
                Orient.instance().removeSignalHandler();
            }
            BakeSession.close();
            workers.shutdownNow();
            trap.uninstall();
            LOCK.unlock();
        }
    }

    private static DefaultJBakeConfiguration configure(File source, File destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source, destination, true);
        // The site's own tools write listings, feeds and the 404 page; JBake's would duplicate them.
        for (String key : List.of("render.index", "render.feed", "render.archive", "render.sitemap", "render.tags",
                "render.tagsindex", "render.error404")) {
            config.setProperty(key, false);
        }
        config.setProperty("img.path.update", false);
        config.setProperty("db.store", "memory");
        config.setProperty("uri.noExtension", false);
        config.setProperty("content.folder", "content");
        config.setProperty("template.folder", "templates");
        config.setProperty("asset.folder", "assets");
        config.setProperty("data.folder", "data");
        config.setProperty("render.encoding", "UTF-8");
        config.setProperty("default.status", "");
        config.setProperty("default.type", "");
        return config;
    }

    private static ContentError toError(Throwable t) {
        Throwable c = t;
        while (c != null) {
            if (c instanceof PageWriter.PageException p) {
                return p.error();
            }
            c = c.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return ContentError.of("(jbake)", 0, "", message, "");
    }
}
