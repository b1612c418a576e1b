package vn.gov.noivu.bantin.bake;

import java.util.concurrent.ExecutorService;
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
    private final ExecutorService workers;

    SitePageRenderer(ContentStore db, JBakeConfiguration config, ExecutorService workers) {
        super(db, config, null); // no JBake template engine: pages use the site's own Freemarker setup
        this.workers = workers;
    }

    @Override
    public void render(DocumentModel document) {
        BakeSession session = BakeSession.current();
        if (!"published".equals(document.getStatus())) {
            return;
        }
        Article a = session.bySourcePath.get(String.valueOf(document.get(BantinMarkupEngine.SOURCE_KEY)));
        session.pending.add(workers.submit(() -> {
            long start = System.nanoTime();
            session.pages.document(a);
            session.count("pages", 1, start);
            return null;
        }));
    }
}
