package vn.gov.noivu.bantin.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import vn.gov.noivu.bantin.content.Article;

/**
 * JBake's renderer for documents: JBake's {@code DocumentsRenderer} walks the crawled documents and
 * calls {@link #render(DocumentModel)}; each page is rendered by the site's templates on a worker
 * thread, so all cores work while JBake iterates. Unpublished documents are never written.
 */
final class SitePageRenderer extends Renderer {
    private final BakeSession session;

    SitePageRenderer(ContentStore db, JBakeConfiguration config, BakeSession session) {
        super(db, config, null); // no JBake template engine: pages use the site's own Freemarker setup
        this.session = session;
    }

    /** The bake this renderer belongs to: the rendering tools JBake hands it to find theirs. */
    BakeSession session() {
        return session;
    }

    @Override
    public void render(DocumentModel document) {
        if (!SiteCrawler.PUBLISHED.equals(document.getStatus())) {
            return;
        }
        Article a = (Article) document.get(SiteCrawler.ARTICLE_KEY);
        // JBake's copies of the documents before and after this one, which no template reads: 2 of every 3
        // documents in memory (100,000 articles: 0.1 GiB).
        document.setPreviousContent(null);
        document.setNextContent(null);
        session.pending.add(session.workers.submit(() -> {
            long start = System.nanoTime();
            session.pages.document(a);
            session.count("articles", 1, start);
            return null;
        }));
    }
}
