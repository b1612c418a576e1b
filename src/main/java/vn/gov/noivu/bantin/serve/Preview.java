package vn.gov.noivu.bantin.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.content.ContentError;

/**
 * {@code serve}: a live preview of the site on {@code 127.0.0.1}. It builds the site once into a
 * temporary folder, serves it, watches the sources and rebuilds on every change, and the open browser
 * tabs reload by themselves. The JVM, the settings, the templates and every unchanged article stay
 * loaded, so an edit of one article re-reads one file and re-writes only the pages that show it.
 * Content errors appear over the page in the browser and the preview keeps running. Nothing it writes
 * goes to the site's own output folder.
 */
public final class Preview implements AutoCloseable {
    /**
     * What to preview: the site folder, the port (0: any free port), whether drafts and future
     * articles are shown (marked with a banner), the publishing clock, and who hears of each rebuild.
     */
    public record Options(Path source, int port, boolean drafts, boolean future, Supplier<ZonedDateTime> now,
                          Consumer<Update> listener) {
    }

    /**
     * One rebuild: whether it ran the whole pipeline (the first build, or settings, templates or assets
     * changed), its errors (empty when the preview shows the new site), whether they are settings errors,
     * the files written, the time taken and the time of each stage.
     */
    public record Update(boolean full, List<ContentError> errors, boolean configError, int files, long millis,
                         Map<String, Long> stageMillis) {
    }

    private final PreviewServer server;
    private final Rebuilder rebuilder;
    private final Watcher watcher;
    private final Consumer<Update> listener;
    private final CountDownLatch closed = new CountDownLatch(1);

    private Preview(PreviewServer server, Rebuilder rebuilder, Path root, Consumer<Update> listener) throws IOException {
        this.server = server;
        this.rebuilder = rebuilder;
        this.listener = listener;
        this.watcher = new Watcher(root, this::changed);
    }

    /**
     * Binds the port (failing at once if it is taken), builds the site, then starts watching. Content
     * errors do not stop it: they are reported to the listener and shown in the browser.
     */
    public static Preview start(Options options) throws IOException {
        Path root = options.source().toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("bantin-preview-");
        Rebuilder rebuilder = new Rebuilder(root, work, options.now(), options.drafts(), options.future());
        PreviewServer server = null;
        Preview preview;
        try {
            server = new PreviewServer(options.port(), rebuilder.snapshot());
            preview = new Preview(server, rebuilder, root, options.listener());
        } catch (IOException e) {
            if (server != null) {
                server.close();
            }
            rebuilder.close();
            throw e;
        }
        preview.run(Rebuilder.Scope.SETTINGS);
        preview.watcher.start();
        return preview;
    }

    /** The address of the site's home page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.port() + rebuilder.snapshot().basePath());
    }

    private void changed(Set<Path> paths) {
        Rebuilder.Scope scope = Rebuilder.Scope.CONTENT;
        for (Path p : paths) {
            Rebuilder.Scope s = rebuilder.scopeOf(p);
            scope = s.compareTo(scope) > 0 ? s : scope;
        }
        run(scope);
    }

    private void run(Rebuilder.Scope scope) {
        Rebuilder.Result r = rebuilder.rebuild(scope);
        server.publish(rebuilder.snapshot());
        listener.accept(new Update(r.scope() != Rebuilder.Scope.CONTENT, r.errors(), r.configError(), r.files(), r.millis(),
                r.stageMillis()));
    }

    /** The folder the preview serves now (tests check that nothing preview-only was written to it). */
    Path output() {
        return rebuilder.snapshot().output();
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
        rebuilder.close();
        closed.countDown();
    }
}
