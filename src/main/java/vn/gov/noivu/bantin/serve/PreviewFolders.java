package vn.gov.noivu.bantin.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.pipeline.Target;

/**
 * Where the preview's pipeline writes: each whole site into a new folder of a temporary folder, which the
 * server switches to when it is complete (the tabs keep reading the previous one until then); edits go
 * into the folder being served.
 */
final class PreviewFolders implements Target {
    private final Path work;
    private int generation;
    private volatile Path live;

    PreviewFolders(Path work) {
        this.work = work;
    }

    @Override
    public List<ContentError> refuse(Path root) {
        return List.of(); // a temporary folder of its own, never the site's
    }

    @Override
    public Path live() {
        return live;
    }

    @Override
    public Path staging() {
        return work.resolve("site-" + (generation + 1));
    }

    @Override
    public void publish(Path staging) throws IOException {
        Path old = live;
        live = staging;
        generation++;
        if (old != null) {
            Target.delete(old);
        }
    }

    /** Deletes every folder the preview wrote. */
    void close() {
        try {
            Target.delete(work);
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the system cleans its temporary folder
        }
    }
}
