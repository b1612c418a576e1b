package vn.gov.noivu.bantin.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.config.SiteConfig;

/**
 * Watches every input the pipeline reads: {@code content/}, {@code data/}, {@code templates/} and
 * {@code assets/} (every subfolder, including ones created later) and {@code jbake.properties}, and hands each burst of changes to one callback on
 * its own thread. A save often arrives as several events; they are gathered until the folder has been
 * quiet for {@link #QUIET_MS}.
 */
final class Watcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("content", "data", "templates", "assets");
    static final long QUIET_MS = 40;
    private static final long STOP_WAIT_MS = 30_000;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    Watcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        folders.put(root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), root);
        for (String f : FOLDERS) {
            registerTree(root.resolve(f), null);
        }
        this.thread = new Thread(this::run, "bantin-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = service.take();
                while (key != null) {
                    collect(key, changed);
                    key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(root.resolve(SiteConfig.FILE)); // events were lost: rebuild everything
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (dir.equals(root) ? !watchedAtRoot(path) : path.getFileName().toString().startsWith(".")) {
                continue; // other files of the site folder, and editors' hidden swap files
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean watchedAtRoot(Path path) {
        String name = path.getFileName().toString();
        return name.equals(SiteConfig.FILE) || (FOLDERS.contains(name) && Files.isDirectory(path));
    }

    /** Registers {@code dir} and its subfolders; files already inside a new folder count as changed. */
    private void registerTree(Path dir, Set<Path> changed) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p)) {
                    folders.put(p.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), p);
                } else if (changed != null) {
                    changed.add(p);
                }
            }
        } catch (IOException e) {
            // the folder went away while being registered; its deletion event follows
        }
    }

    /** Stops watching and waits for a rebuild in progress to end, so its folder can be deleted. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        try {
            thread.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
