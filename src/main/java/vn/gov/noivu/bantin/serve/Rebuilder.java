package vn.gov.noivu.bantin.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.bake.Bakery;
import vn.gov.noivu.bantin.build.Build;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.ContentError;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.content.Site;
import vn.gov.noivu.bantin.pages.PageWriter;

/**
 * The preview's warm build. The first build and any change of settings, templates or assets run the
 * whole pipeline (JBake included) into a fresh folder; an edit of content/ re-reads only the changed
 * files (the load cache), rebuilds the {@link Site} and writes again only the pages that show a changed
 * article, then the tags index, 404, aliases and the later stages (feeds). Runs on one thread.
 */
final class Rebuilder {
    /** What changed, from the narrowest to the widest; a wider change implies every narrower one. */
    enum Scope { CONTENT, TEMPLATES, ASSETS, SETTINGS }

    /** One rebuild as the command line reports it. */
    record Result(Scope scope, List<ContentError> errors, boolean configError, int files, long millis,
                  Map<String, Long> stageMillis) {
    }

    private final Path root;
    private final Path work;
    private final Supplier<ZonedDateTime> now;
    private final boolean drafts;
    private final boolean future;

    private SiteConfig config;
    private ContentLoader loader;
    private ContentLoader.Cache cache;
    /** The templates as last checked; read again after any change wider than content/. */
    private PageWriter.Templates templates;
    /** The site whose pages are in {@code output}; null until a build succeeded. */
    private Site rendered;
    private Path output;
    private int folders;
    private volatile Snapshot snapshot;
    /** Milliseconds per stage of the current rebuild, in order. */
    private Map<String, Long> times;
    private long lap;
    /** The scope of the last rebuild while it has not succeeded. */
    private Scope pending;

    Rebuilder(Path root, Path work, Supplier<ZonedDateTime> now, boolean drafts, boolean future) {
        this.root = root;
        this.work = work;
        this.now = now;
        this.drafts = drafts;
        this.future = future;
        this.snapshot = new Snapshot(0, null, "/", List.of(), false, Map.of());
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Which part of the site a changed file belongs to. */
    Scope scopeOf(Path changed) {
        Path rel = root.relativize(changed);
        String top = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
        return switch (top) {
            case "content" -> Scope.CONTENT;
            case "templates" -> Scope.TEMPLATES;
            case "assets" -> Scope.ASSETS;
            default -> Scope.SETTINGS;
        };
    }

    Result rebuild(Scope changed) {
        long start = System.nanoTime();
        times = new LinkedHashMap<>();
        lap = start;
        // A failed rebuild is redone in full at the next change: its part of the site was never written.
        Scope scope = pending == null || changed.compareTo(pending) > 0 ? changed : pending;
        pending = scope;
        List<ContentError> errors = new ArrayList<>();
        if (scope == Scope.SETTINGS || config == null) {
            config = SiteConfig.load(root, errors);
            if (config == null) {
                return finish(scope, errors, true, 0, start);
            }
            loader = new ContentLoader(root, config);
            cache = null;
        }
        if (scope == Scope.ASSETS || cache == null) {
            cache = new ContentLoader.Cache(); // images are checked against assets/ while loading
        }
        ZonedDateTime at = now.get();
        ContentLoader.Loaded loaded = loader.load(cache);
        errors.addAll(loaded.errors());
        if (scope != Scope.CONTENT || rendered == null) {
            templates = PageWriter.templates(root.resolve("templates"));
            errors.addAll(PageWriter.checkTemplates(templates));
        }
        lap("load");
        Site site = Site.build(root, config, loaded.documents(), at, errors, loaded.failedUrls(), shown(at));
        if (drafts || future) {
            // What build would say: a published article may not link to a draft the preview happens to show.
            Site.build(root, config, loaded.documents(), at, errors, loaded.failedUrls());
        }
        lap("site");
        if (!errors.isEmpty()) {
            return finish(scope, errors, false, 0, start);
        }
        int files;
        try {
            files = scope == Scope.CONTENT && rendered != null ? edit(site) : bake(site, loaded.documents());
        } catch (Bakery.BakeException e) {
            return finish(scope, e.errors(), false, 0, start);
        } catch (PageWriter.PageException e) {
            pending = Scope.TEMPLATES; // an edit stopped half-way: the next rebuild bakes the whole site again
            return finish(scope, List.of(e.error()), false, 0, start);
        } catch (IOException e) {
            pending = Scope.TEMPLATES;
            errors.add(ContentError.of(work.toString(), 0, "", "cannot write the preview: " + e.getMessage(), "check the disk"));
            return finish(scope, errors, false, 0, start);
        }
        rendered = site;
        pending = null;
        return finish(scope, List.of(), false, files, start);
    }

    /** The whole pipeline into a new folder; the server switches to it when it is complete. */
    private int bake(Site site, List<Article> documents) throws Bakery.BakeException, IOException {
        Path next = work.resolve("site-" + (++folders));
        Files.createDirectories(next);
        Bakery.Result result;
        try {
            result = Bakery.bake(root, next, site, documents, Build.bakeStages(), templates);
        } catch (Bakery.BakeException e) {
            deleteTree(next);
            throw e;
        }
        lap("bake");
        Path old = output;
        output = next;
        if (old != null) {
            deleteTree(old);
        }
        return result.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Writes again what {@link Changes} says an edit touched, in place. */
    private int edit(Site site) throws IOException {
        Changes.Plan plan = Changes.between(rendered, site);
        PageWriter pages = new PageWriter(templates, site, output);
        int files;
        if (plan.everything()) {
            List<Article> all = new ArrayList<>(site.getArticles());
            all.addAll(site.getPages());
            all.parallelStream().forEach(pages::document);
            files = all.size() + pages.listings();
        } else {
            plan.documents().parallelStream().forEach(pages::document);
            plan.listings().parallelStream().forEach(l -> pages.listingPage(l.term(), l.articles(), l.page()));
            files = plan.files();
        }
        lap("pages");
        files += pages.extras();
        lap("extras");
        for (Bakery.Stage stage : Build.bakeStages()) {
            try {
                files += stage.update(rendered, site, output);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(stage.name() + ": " + e.getMessage(), e);
            }
            lap(stage.name());
        }
        for (String gone : plan.removed()) {
            Files.deleteIfExists(output.resolve(gone));
        }
        return files;
    }

    /** Published documents, plus drafts and future articles when the preview was asked for them. */
    private Predicate<Article> shown(ZonedDateTime at) {
        return a -> a.isPublishedAt(at) || (drafts || !a.isDraft())
                && (future || a.getDate() == null || !a.getDate().isAfter(at))
                && (a.getExpires() == null || a.getExpires().isAfter(at));
    }

    private Result finish(Scope scope, List<ContentError> errors, boolean configError, int files, long start) {
        List<ContentError> sorted = new ArrayList<>(new LinkedHashSet<>(errors));
        Collections.sort(sorted);
        String base = config == null ? snapshot.basePath() : config.basePath();
        snapshot = new Snapshot(snapshot.generation() + 1, output, base, List.copyOf(sorted), configError,
                rendered == null ? Map.of() : banners(rendered));
        return new Result(scope, snapshot.errors(), configError, files, (System.nanoTime() - start) / 1_000_000,
                Collections.unmodifiableMap(times));
    }

    private void lap(String stage) {
        long t = System.nanoTime();
        times.put(stage, (t - lap) / 1_000_000);
        lap = t;
    }

    /** "Bản nháp" / "Chưa đến ngày đăng" for each page that only the preview shows. */
    private static Map<String, String> banners(Site site) {
        Map<String, String> out = new HashMap<>();
        List<Article> all = new ArrayList<>(site.getArticles());
        all.addAll(site.getPages());
        ZonedDateTime at = site.getNow();
        for (Article a : all) {
            if (a.isPublishedAt(at)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (a.isDraft()) {
                why.add("Bản nháp (draft: true): bài chưa được đăng, chỉ hiện trong bản xem trước.");
            }
            if (a.getDate() != null && a.getDate().isAfter(at)) {
                why.add("Chưa đến ngày đăng: bài sẽ hiện trên trang từ " + a.getDateText() + ".");
            }
            out.put(a.getUrl(), String.join(" ", why));
        }
        return Map.copyOf(out);
    }

    void close() {
        try {
            deleteTree(work);
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the system cleans its temporary folder
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
