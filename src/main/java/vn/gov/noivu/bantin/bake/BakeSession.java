package vn.gov.noivu.bantin.bake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.ContentError;
import vn.gov.noivu.bantin.content.Site;
import vn.gov.noivu.bantin.pages.PageWriter;

/**
 * What one bake shares with the rendering tools JBake instantiates through ServiceLoader (they have
 * no constructor arguments, so they find the current bake here). JBake keeps global static state
 * (document types, engines), so bakes never overlap: {@link Bakery} holds a lock around each.
 */
final class BakeSession {
    private static volatile BakeSession current;

    final Site site;
    final PageWriter pages;
    final java.nio.file.Path output;
    final Map<java.nio.file.Path, Article> bySource;
    final Map<String, Article> bySourcePath = new java.util.HashMap<>();
    final Map<String, Integer> counts = new ConcurrentHashMap<>();
    final Map<String, Long> nanos = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Future<?>> pending = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ContentError> errors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> crawled = new ConcurrentLinkedQueue<>();
    /** Later stages of the pipeline run inside JBake's rendering step (feeds, search, sitemap). */
    final List<Bakery.Stage> extras;
    /** Files under content/ that a section (the documents registry) read and writes itself. */
    final java.util.Set<java.nio.file.Path> sectionSources = new java.util.HashSet<>();

    BakeSession(Site site, PageWriter pages, java.nio.file.Path output, Map<java.nio.file.Path, Article> bySource,
                List<Bakery.Stage> extras) {
        this.site = site;
        this.pages = pages;
        this.output = output;
        this.bySource = bySource;
        bySource.values().forEach(a -> bySourcePath.put(a.getSourcePath(), a));
        this.extras = extras;
    }

    static BakeSession current() {
        BakeSession s = current;
        if (s == null) {
            throw new IllegalStateException("a Bản tin rendering tool ran outside a bake");
        }
        return s;
    }

    static void ifOpen(java.util.function.Consumer<BakeSession> action) {
        BakeSession s = current;
        if (s != null) {
            action.accept(s);
        }
    }

    static void open(BakeSession s) {
        current = s;
    }

    static void close() {
        current = null;
    }

    void count(String what, int n, long startNanos) {
        counts.merge(what, n, Integer::sum);
        nanos.merge(what, System.nanoTime() - startNanos, Long::sum);
    }
}
