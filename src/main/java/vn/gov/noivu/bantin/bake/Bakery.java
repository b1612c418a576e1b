package vn.gov.noivu.bantin.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;

/**
 * The only door to JBake. {@link #bake} runs JBake's {@link Oven} with this project's utensils: the
 * indexed content store, JBake's crawl fed by the content stage, a renderer that writes pages with
 * the site's templates, the asset step, and the site's rendering tools (listings, documents, schedule,
 * extras). JBake's warnings and errors become build errors.
 */
public final class Bakery {
    /** JBake keeps global state (document types): one bake at a time per JVM. */
    private static final ReentrantLock LOCK = new ReentrantLock();

    /** Files of one kind a bake wrote (pages, listings, assets, ...) and the CPU time they took, summed over threads. */
    public record Part(String name, int files, long cpuMillis) {
    }

    /** What a bake wrote, by kind, and every problem found (empty when it succeeded). */
    public record Result(List<Part> parts, List<ContentError> errors) {
        /** Files written of kind {@code name}; 0 if none. */
        public int files(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).mapToInt(Part::files).sum();
        }
    }

    private Bakery() {
    }

    /**
     * Loads JBake's classes and readies its configuration library with a throw-away configuration of
     * {@code root} (a twentieth of a 1,000-article build when the bake did it first); called on a
     * thread of its own while the content loads.
     */
    public static void warmUp(Path root) {
        try {
            configure(root.toFile(), root.toFile());
        } catch (RuntimeException e) {
            // the bake reports a broken configuration with its address; warming up only saves time
        }
    }

    /**
     * Bakes {@code site} (read from {@code root}) into {@code output}, rendering with {@code templates}
     * (as parsed by their check): pages, listings, the sections' pages, extras and assets, but the originals
     * of assets/ {@code withheld} (the photos published as {@code photos}' sizes). {@code all} are every article
     * the content stage read, published or not, so JBake's crawl can be checked against them.
     */
    public static Result bake(Path root, Path output, Site site, List<Article> all, PageWriter.Templates templates, Photos photos,
                              Set<String> withheld) {
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
            Set<Path> sectionSources = new HashSet<>();
            site.getSections().forEach(sec -> sec.sources().forEach(p -> sectionSources.add(root.resolve(p).toAbsolutePath().normalize())));
            session = new BakeSession(site, new PageWriter(templates, site, photos, output), workers, bySource, sectionSources);

            DefaultJBakeConfiguration config = configure(root.toFile(), output.toFile());
            IndexedContentStore store = new IndexedContentStore();
            Utensils utensils = new Utensils();
            utensils.setConfiguration(config);
            utensils.setContentStore(store);
            utensils.setCrawler(new SiteCrawler(store, config, session));
            utensils.setRenderer(new SitePageRenderer(store, config, session));
            utensils.setAsset(new SiteAssets(config, session, withheld));
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
            Set<String> crawled = new HashSet<>(session.crawled);
            for (Article a : all) {
                if (!crawled.contains(a.getSourcePath())) {
                    errors.add(ContentError.of(a.getSourcePath(), 0, "", Message.of("jbake.notCrawled"), Message.of("hint.jbake.notCrawled")));
                }
            }
            errors.addAll(trap.errors());
        } catch (RuntimeException e) {
            errors.add(toError(e));
        } finally {
            workers.shutdownNow();
            trap.uninstall();
            LOCK.unlock();
        }
        return new Result(session == null ? List.of() : parts(session), List.copyOf(errors));
    }

    private static List<Part> parts(BakeSession session) {
        List<Part> parts = new ArrayList<>();
        new TreeMap<>(session.nanos).forEach((name, nanos) ->
                parts.add(new Part(name, session.counts.getOrDefault(name, 0), nanos / 1_000_000)));
        return parts;
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
        return ContentError.of("(jbake)", 0, "", Message.of("jbake.failed", message), null);
    }
}
