package vn.gov.noivu.bantin.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Source;

/**
 * JBake's markup engine for {@code .md}: it hands JBake's crawler the article the content stage has
 * already read and validated, so JBake never parses a header of its own, never falls back to a file's
 * mtime, and never skips a file (an unknown file is an error, not a null). Files a section owns
 * (content/van-ban/) are written by that section's rendering tool, and README files are editors' notes:
 * JBake gets both as documents its document pass never renders.
 */
final class BantinMarkupEngine extends MarkupEngine {
    static final String SOURCE_KEY = "bantin_source";
    /** Status of a file the document pass must not render: not "published". */
    static final String NOT_RENDERED = "bantin-not-rendered";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeSession session = BakeSession.current();
        Path source = file.toPath().toAbsolutePath().normalize();
        Article a = session.bySource.get(source);
        if (a == null && (session.sectionSources.contains(source) || Source.isNote(source))) {
            return notRendered(file);
        }
        if (a == null) {
            throw new IllegalStateException("JBake found " + file + ", which the content stage did not read");
        }
        session.crawled.add(a.getSourcePath());
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setTitle(a.getTitle());
        doc.setType(a.isPage() ? "page" : "post");
        // JBake renders drafts as "-draft.html"; our renderer writes only what the site publishes.
        doc.setStatus(session.site.shows(a) ? "published" : "draft");
        if (a.getDate() != null) {
            doc.setDate(Date.from(a.getDate().toInstant()));
        }
        doc.setTags(a.getTags().stream().map(t -> t.getSlug()).toArray(String[]::new));
        doc.put(SOURCE_KEY, a.getSourcePath());
        return doc;
    }

    private static DocumentModel notRendered(File file) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setTitle(file.getName());
        doc.setType("page");
        doc.setStatus(NOT_RENDERED);
        return doc;
    }
}
