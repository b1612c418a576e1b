package vn.gov.noivu.bantin.bake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.site.Site;

/**
 * What one bake shares with the utensils it hands JBake: the site, the page writer, the articles by
 * source file, the render workers, and what they wrote or failed to write. The crawler, the renderer
 * and the asset step get it in their constructors; the rendering tools, which JBake makes through
 * {@link java.util.ServiceLoader} without arguments, find it on the renderer JBake passes them.
 */
final class BakeSession {
    final Site site;
    final PageWriter pages;
    final ExecutorService workers;
    /** Every article the content stage read (published or not), by absolute source file. */
    final Map<Path, Article> bySource = new HashMap<>();
    /** Files under content/ that a section (the documents registry) read and writes itself. */
    final Set<Path> sectionSources;
    final Map<String, Integer> counts = new ConcurrentHashMap<>();
    final Map<String, Long> nanos = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Future<?>> pending = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<ContentError> errors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> crawled = new ConcurrentLinkedQueue<>();

    BakeSession(Site site, PageWriter pages, ExecutorService workers, Map<Path, Article> bySource, Set<Path> sectionSources) {
        this.site = site;
        this.pages = pages;
        this.workers = workers;
        this.bySource.putAll(bySource);
        this.sectionSources = Set.copyOf(sectionSources);
    }

    /** Adds {@code n} files of kind {@code what}, and the time since {@code startNanos}, to the bake's report. */
    void count(String what, int n, long startNanos) {
        counts.merge(what, n, Integer::sum);
        nanos.merge(what, System.nanoTime() - startNanos, Long::sum);
    }
}
