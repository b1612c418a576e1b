package vn.gov.noivu.bantin.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.noivu.bantin.markdown.InternalLink;

/**
 * Content the site publishes beside articles and pages, read and checked by its own stage (the documents
 * registry, the work schedule). The {@link Site} learns what each section writes, so links to it are
 * checked like links to articles, and the sitemap and the search index can list its pages.
 */
public interface Section {
    /**
     * A reader's page the section writes: its site path ("van-ban/" or "van-ban/x.html"), title and short text;
     * {@code later} for a listing's page after its first, which has nothing of its own to index (no sitemap entry).
     */
    record Page(String path, String title, String summary, boolean later) {
        public Page(String path, String title, String summary) {
            this(path, title, summary, false);
        }
    }

    /** Every HTML page the section writes. */
    List<Page> pages();

    /** Other files it writes (feeds), as site paths. */
    default Set<String> files() {
        return Set.of();
    }

    /** The files under content/ it read, from the site root (JBake's crawler meets them too). */
    default Set<String> sources() {
        return Set.of();
    }

    /** Internal links in its texts, by source file: checked like an article's. */
    default Map<String, List<InternalLink>> links() {
        return Map.of();
    }
}
