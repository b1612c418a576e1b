package vn.gov.noivu.bantin.bake;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.source.Source;

/**
 * JBake's crawler, fed by the content stage. JBake's {@link Crawler} walks content/ (hidden files and
 * folders with {@code .jbakeignore} left out, folders in name order) and hands each file to a markup
 * engine that parses it again, hashing every file with SHA-1 for an incremental mode a clean build
 * never uses. Here the walk is JBake's, and each file becomes the document of the {@link Article} the
 * content stage already read and validated: JBake never parses a header of its own, never falls back
 * to a file's mtime, and never skips a file (a file the content stage did not read is an error).
 * Files a section owns (content/van-ban/) and README notes become documents the document pass never
 * renders. JBake's data files are not crawled: the schedule stage reads data/ itself.
 */
final class SiteCrawler extends Crawler {
    /** The document's article, for the renderer. */
    static final String ARTICLE_KEY = "bantin_article";
    /** The status of a document the document pass renders; anything else is never written. */
    static final String PUBLISHED = "published";
    private static final String NOT_RENDERED = "bantin-not-rendered";

    private final ContentStore db;
    private final JBakeConfiguration config;
    private final BakeSession session;
    private final Map<File, String> rootPaths = new ConcurrentHashMap<>();

    SiteCrawler(ContentStore db, JBakeConfiguration config, BakeSession session) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.session = session;
    }

    @Override
    public void crawl() {
        long start = System.nanoTime();
        List<File> files = new ArrayList<>();
        walk(config.getContentFolder(), files);
        // The documents are made on all cores, then stored in JBake's order.
        files.parallelStream().map(this::document).toList().forEach(db::addDocument);
        session.count("crawl", 0, start);
    }

    @Override
    public void crawlDataFiles() {
        // data/ belongs to the schedule stage, which reads and checks it; no template reads JBake's copy.
    }

    /** JBake's walk: not hidden; a Markdown file, or a folder without {@code .jbakeignore}; names in order. */
    private void walk(File folder, List<File> files) {
        File[] contents = folder.listFiles();
        if (contents == null) {
            return;
        }
        Arrays.sort(contents);
        for (File file : contents) {
            if (file.isHidden()) {
                continue;
            }
            if (file.isFile()) {
                if (file.getName().endsWith(".md")) {
                    files.add(file);
                }
            } else if (FileUtil.directoryOnlyIfNotIgnored(file, config)) {
                walk(file, files);
            }
        }
    }

    private DocumentModel document(File file) {
        Path source = file.toPath().toAbsolutePath().normalize();
        Article a = session.bySource.get(source);
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        if (a == null) {
            if (!session.sectionSources.contains(source) && !Source.isNote(source)) {
                throw new IllegalStateException("JBake found " + file + ", which the content stage did not read");
            }
            document.setTitle(file.getName());
            document.setType("page");
            document.setStatus(NOT_RENDERED);
        } else {
            session.crawled.add(a.getSourcePath());
            document.setTitle(a.getTitle());
            document.setType(a.isPage() ? "page" : "post");
            // JBake renders drafts as "-draft.html"; the renderer writes only what the site shows.
            document.setStatus(session.site.shows(a) ? PUBLISHED : "draft");
            if (a.getDate() != null) {
                document.setDate(Date.from(a.getDate().toInstant()));
            }
            document.setTags(a.getTags().stream().map(t -> t.getSlug()).toArray(String[]::new));
            document.put(ARTICLE_KEY, a);
        }
        String uri = uri(file);
        // JBake's path to the root depends on the file's folder only, and costs two file-system calls a file.
        document.setRootPath(rootPaths.computeIfAbsent(file.getParentFile(), folder -> FileUtil.getUriPathToContentRoot(config, file)));
        document.setSha1("");
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        return document;
    }

    /** JBake's document URI: the path under content/ with the base name URL-encoded and .html. */
    private String uri(File file) {
        String path = FileUtil.asPath(file).replace(FileUtil.asPath(config.getContentFolder()), "");
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String uri = path.substring(0, slash + 1) + URLEncoder.encode(base, StandardCharsets.UTF_8)
                + config.getOutputExtension();
        return uri.startsWith("/") ? uri.substring(1) : uri;
    }
}
