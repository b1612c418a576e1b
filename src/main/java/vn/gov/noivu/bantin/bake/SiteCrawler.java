package vn.gov.noivu.bantin.bake;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;

/**
 * JBake's crawler without its file hash. JBake's {@link Crawler} walks content/ in the same order with
 * the same filter (hidden files, {@code .jbakeignore}) and hands each file to its markup engine, but
 * first hashes every file with SHA-1 for its incremental mode, and its methods are private. On
 * 10,000 articles that hash was 0.65 s on the build's critical path (bench/). A build is always a
 * clean build into an empty in-memory store, so nothing reads the hash: here it is left empty, and the
 * rest is JBake's crawl as it is. Data files are JBake's own crawl.
 */
final class SiteCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final Parser parser;
    private final java.util.Map<File, String> rootPaths = new java.util.concurrent.ConcurrentHashMap<>();

    SiteCrawler(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.parser = new Parser(config);
    }

    @Override
    public void crawl() {
        long start = System.nanoTime();
        List<File> files = new ArrayList<>();
        walk(config.getContentFolder(), files);
        // The documents are made on all cores, then stored in JBake's order.
        files.parallelStream().map(this::document).toList().forEach(db::addDocument);
        BakeSession.ifOpen(session -> session.count("crawl", 0, start));
    }

    /**
     * JBake's walk: its file filter (not hidden; a file with a markup engine's extension, or a folder
     * without {@code .jbakeignore}), folders in name order, with one file-system call per file instead
     * of JBake's three.
     */
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
                if (Engines.getRecognizedExtensions().contains(FileUtil.fileExt(file))) {
                    files.add(file);
                }
            } else if (FileUtil.directoryOnlyIfNotIgnored(file, config)) {
                walk(file, files);
            }
        }
    }

    private DocumentModel document(File file) {
        DocumentModel document = parser.processFile(file);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            // JBake would log a warning and skip the file; nothing is skipped silently here.
            throw new IllegalStateException("JBake could not read " + file + " (no markup engine for it)");
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
