package vn.gov.noivu.bantin.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.desk.Desk;
import vn.gov.noivu.bantin.desk.LocalBackend;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.site.Site;

/**
 * {@code serve}: a live preview of the site on {@code 127.0.0.1}. It runs the build's {@link Pipeline}
 * into a temporary folder, serves it, watches the sources and runs the pipeline again on every change,
 * and the open browser tabs reload by themselves. The pipeline stays warm (templates, every unchanged
 * article, the site it wrote) and shares the build's cache, so an edit of one article re-reads one file
 * and re-writes only the pages that show it. What the preview decides is what an edit touches; the pages are the build's, byte for byte,
 * with only the reload script added as they are served. Content errors appear over the page in the
 * browser and the preview keeps running. Nothing it writes goes to the site's own output folder.
 */
public final class Preview implements AutoCloseable {
    /**
     * What to preview: the site folder, the port (0: any free port), whether drafts and future
     * articles are shown (marked with a banner), the publishing clock, who hears of each run, and the
     * language of the overlay and the banners, and the cache folder (null: the settings').
     */
    public record Options(Path source, int port, boolean drafts, boolean future, Supplier<ZonedDateTime> now,
                          Consumer<Report> listener, Language language, Path cache) {
        /** With the cache where the settings say. */
        public Options(Path source, int port, boolean drafts, boolean future, Supplier<ZonedDateTime> now,
                       Consumer<Report> listener, Language language) {
            this(source, port, drafts, future, now, listener, language, null);
        }
    }

    private final Path root;
    private final PreviewServer server;
    private final Pipeline pipeline;
    private final PreviewFolders folders;
    private final Watcher watcher;
    private final Options options;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Snapshot snapshot;
    /** The site of the last run that wrote one, whose settings the desk works with. */
    private volatile Site written;

    private Preview(Path root, PreviewServer server, PreviewFolders folders, Options options) throws IOException {
        this.root = root;
        this.server = server;
        this.folders = folders;
        this.options = options;
        this.snapshot = new Snapshot(0, null, "/", List.of(), false, Map.of(), options.language(), null);
        this.pipeline = new Pipeline(root, folders, Pipeline.Record.NONE, new Pipeline.Shown(options.drafts(), options.future()),
                options.cache());
        this.watcher = new Watcher(root, this::changed);
        server.desk(new LocalBackend(root, () -> written == null ? null : written.getConfig(), new LocalBackend.Checks() {
            @Override
            public List<ContentError> last() {
                return snapshot.errors();
            }

            @Override
            public List<ContentError> now(java.util.Collection<String> changed) {
                run();
                return snapshot.errors();
            }
        }, options.language()));
    }

    /**
     * Binds the port (failing at once if it is taken), builds the site, then starts watching. Content
     * errors do not stop it: they are reported to the listener and shown in the browser.
     */
    public static Preview start(Options options) throws IOException {
        Path root = options.source().toAbsolutePath().normalize();
        PreviewFolders folders = new PreviewFolders(Files.createTempDirectory("bantin-preview-"));
        PreviewServer server = null;
        Preview preview;
        try {
            server = new PreviewServer(options.port(), new Snapshot(0, null, "/", List.of(), false, Map.of(), options.language(), null));
            preview = new Preview(root, server, folders, options);
        } catch (IOException e) {
            if (server != null) {
                server.close();
            }
            folders.close();
            throw e;
        }
        preview.run();
        preview.watcher.start();
        return preview;
    }

    /** The address of the site's home page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.port() + snapshot.basePath());
    }

    /** A saved file: the pipeline finds by their content which inputs changed, and writes what they touch. */
    private void changed(Set<Path> paths) {
        run();
    }

    /** One run at a time: the watcher's, and the desk's when it checks a save. */
    private synchronized void run() {
        Report r = pipeline.run(options.now().get());
        Site site = pipeline.written();
        written = site;
        String base = site == null ? snapshot.basePath() : site.getConfig().basePath();
        String desk = site == null || site.getConfig().desk() == null ? null
                : Desk.localConfig(site.getConfig(), URI.create("http://127.0.0.1:" + server.port() + PreviewServer.DESK_API));
        snapshot = new Snapshot(snapshot.generation() + 1, folders.live(), base, r.errors(),
                r.outcome() == Report.Outcome.SETTINGS_ERRORS, site == null ? Map.of() : banners(site, options.language()),
                options.language(), desk);
        // Served, then told, then announced: whoever hears of the run from the listener and loads a page sees
        // it, and when a tab reloads the listener (the terminal) has been told.
        server.show(snapshot);
        options.listener().accept(r);
        server.announce();
    }

    /** "Bản nháp" / "Chưa đến ngày đăng" for each page that only the preview shows. */
    private static Map<String, String> banners(Site site, Language language) {
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
                why.add(Message.of("preview.draft").in(language));
            }
            if (a.getDate() != null && a.getDate().isAfter(at)) {
                why.add(Message.of("preview.future", a.getDateText()).in(language));
            }
            out.put(a.getUrl(), String.join(" ", why));
        }
        return Map.copyOf(out);
    }

    /** The folder the preview serves now (tests check that nothing preview-only was written to it). */
    Path output() {
        return folders.live();
    }

    /** Blocks until {@link #close} (Ctrl-C runs it from a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving and deletes the temporary folder; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        watcher.close();
        server.close();
        folders.close();
        closed.countDown();
    }
}
