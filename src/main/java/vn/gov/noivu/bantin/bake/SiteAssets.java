package vn.gov.noivu.bantin.bake;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;

/**
 * JBake's asset step with the files JBake's own {@link Asset} would copy (the same filter: hidden files
 * as {@code asset.ignore} says, folders with a {@code .jbakeignore} left out) but the originals of the
 * photos the site publishes made into sizes ({@code withheld}, package photos), copied on the render
 * workers instead of one by one on JBake's thread: at the end of a bake it was the last thing running
 * there. The bake waits for the copies with the pages, and a failed copy is a build error naming the file.
 */
final class SiteAssets extends Asset {
    private final JBakeConfiguration config;
    private final BakeSession session;
    private final java.util.Set<String> withheld;

    /** The asset step of {@code session}, leaving out {@code withheld}: paths in assets/ ("images/2024/01/anh.jpg"). */
    SiteAssets(JBakeConfiguration config, BakeSession session, java.util.Set<String> withheld) {
        super(config);
        this.config = config;
        this.session = session;
        this.withheld = withheld;
    }

    @Override
    public void copy() {
        copy(config.getAssetFolder());
    }

    @Override
    public void copy(File path) {
        FileFilter filter = file -> (!config.getAssetIgnoreHidden() || !file.isHidden())
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
        copy(path, config.getDestinationFolder(), filter);
    }

    private void copy(File from, File to, FileFilter filter) {
        File[] files = from.listFiles(filter);
        if (files == null) {
            return;
        }
        Arrays.sort(files);
        for (File file : files) {
            Path target = to.toPath().resolve(file.getName());
            if (file.isFile() && !withheld.isEmpty() && withheld.contains(assetPath(file))) {
                continue;
            }
            if (file.isFile()) {
                session.pending.add(session.workers.submit(() -> copyFile(file.toPath(), target)));
            } else if (file.isDirectory()) {
                try {
                    Files.createDirectories(target);
                } catch (IOException e) {
                    failed(file, e);
                    continue;
                }
                copy(file, target.toFile(), filter);
            }
        }
    }

    /**
     * The bytes and the modification time, as JBake's copy keeps them, into the new site (nothing is there
     * yet: {@link Files#copy} would first look for the target, one exception a file).
     */
    private void copyFile(Path file, Path target) {
        long start = System.nanoTime();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
        } catch (IOException e) {
            failed(file.toFile(), e);
            return;
        }
        try {
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(file));
        } catch (IOException e) {
            failed(file.toFile(), e);
        }
        session.count("assets", 1, start);
    }

    /** "images/2024/01/anh.jpg" for assets/images/2024/01/anh.jpg. */
    private String assetPath(File file) {
        return config.getAssetFolder().toPath().relativize(file.toPath()).toString().replace('\\', '/');
    }

    private void failed(File file, IOException e) {
        String name = "assets/" + assetPath(file);
        session.errors.add(ContentError.of(name, 0, "", Message.of("asset.cannotCopy", e), Message.of("hint.asset.cannotCopy")));
    }

    /** Nothing to copy: content/ holds only Markdown files (the content stage makes any other file an error). */
    @Override
    public void copyAssetsFromContent(File path) {
    }
}
