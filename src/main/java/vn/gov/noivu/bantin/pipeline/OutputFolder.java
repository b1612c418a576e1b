package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;

/**
 * The output folder of {@code build}. A build writes into {@code .NAME.staging} beside it and swaps it in
 * with two renames; the previous site stays whole until that moment. The folder is replaced whole, so
 * it may not hold the sources or files a build did not write.
 */
final class OutputFolder implements Target {
    private final Path output;

    OutputFolder(Path output) {
        this.output = output;
    }

    @Override
    public List<ContentError> refuse(Path root) {
        Message hint = Message.of("hint.output.ownFolder");
        if (root.startsWith(output)) {
            return List.of(ContentError.of("--output", 0, "", Message.of("output.holdsSources", output), hint));
        }
        for (String part : List.of("content", "templates", "assets")) {
            if (output.startsWith(root.resolve(part))) {
                return List.of(ContentError.of("--output", 0, "", Message.of("output.insideSources", output, part + "/"), hint));
            }
        }
        if (Files.isRegularFile(output)) {
            return List.of(ContentError.of("--output", 0, "", Message.of("output.isFile", output), hint));
        }
        // Every site a build writes has a home page: a folder without one was never written by a build.
        try (Stream<Path> list = Files.isDirectory(output) ? Files.list(output) : Stream.empty()) {
            if (list.findAny().isPresent() && !Files.isRegularFile(output.resolve("index.html"))) {
                return List.of(ContentError.of("--output", 0, "", Message.of("output.notASite", output), Message.of("hint.output.newFolder")));
            }
        } catch (IOException e) {
            return List.of(ContentError.of("--output", 0, "", Message.of("asset.unreadable", output, e.getMessage()), hint));
        }
        return List.of();
    }

    @Override
    public Path live() {
        return output;
    }

    @Override
    public Path staging() {
        return output.resolveSibling("." + output.getFileName() + ".staging");
    }

    /** The record of the last build goes first: it no longer describes the folder. */
    @Override
    public void publish(Path staging) throws IOException {
        UpToDate.forget(output);
        Path old = output.resolveSibling("." + output.getFileName() + ".old");
        Target.delete(old);
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        Target.delete(old);
    }
}
