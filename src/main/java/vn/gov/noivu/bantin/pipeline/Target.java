package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.ContentError;

/**
 * Where the pipeline writes a site. A whole site is written into a staging folder and becomes the live
 * one only when every stage succeeded, so a failed run leaves what readers see as it was; an edit
 * (the preview) writes the pages it touches into the live folder.
 */
public interface Target {
    /** The output folder of {@code build}: replaced whole by each build, through a staging folder beside it. */
    static Target folder(Path output) {
        return new OutputFolder(output.toAbsolutePath().normalize());
    }

    /** Why the site at {@code root} may not be written here (empty: it may); checked before anything is read. */
    List<ContentError> refuse(Path root);

    /** The folder that holds the site readers see, or null before the first run. */
    Path live();

    /** An empty folder to write a whole new site into (it may not exist yet). */
    Path staging();

    /** Makes the finished {@code staging} folder the live one; the old one goes. */
    void publish(Path staging) throws IOException;

    /** Deletes {@code folder} and everything in it, if it exists (a site a target wrote, or a leftover staging folder). */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
