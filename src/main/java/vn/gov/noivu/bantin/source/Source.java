package vn.gov.noivu.bantin.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;

/**
 * Reading an editor's file the way articles are read: a regular file within the size limit, UTF-8, YAML
 * composed safely into fields that remember their line. Articles, documents (Markdown with front matter)
 * and the work schedule (YAML data files) all come through here.
 */
public final class Source {
    /** A Markdown file: its path from the site root, its front-matter fields, its body and the file line the body starts on. */
    public record Page(String path, Fields fields, String body, int bodyLine) {
    }

    private Source() {
    }

    /**
     * A file {@link #files} found, with the size and modification time the walk read of it (not following a
     * link), and once the pipeline listed its inputs, its content hash (null before) and whether it was last
     * modified long enough before the listing that an edit since would show in its time ({@code settled}).
     */
    public record Found(Path path, long size, java.nio.file.attribute.FileTime modified, String hash, boolean settled) {
        public Found(Path path, BasicFileAttributes attrs) {
            this(path, attrs.size(), attrs.lastModifiedTime(), null, false);
        }

        /** This file with its content hash. */
        public Found hashed(String hash, boolean settled) {
            return new Found(path, size, modified, hash, settled);
        }
    }

    /**
     * The files under {@code folder}, sorted, each with its attributes: one look at each entry, which is all
     * a later build needs of a file it read before. Names starting with '.' (.gitkeep, .git/) and README
     * files are editors' notes, never read; a link is listed (reading it says it is not a file). A folder
     * that cannot be listed is an error.
     */
    public static List<Found> files(Path root, Path folder, List<ContentError> errors) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().startsWith(".") && !isNote(file)) {
                        found.add(new Found(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(ContentError.of(relative(root, file), 0, "", Message.of("folder.unreadable", e.getMessage()), null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(ContentError.of(relative(root, folder), 0, "", Message.of("folder.unreadable", e.getMessage()), null));
            return List.of();
        }
        found.sort(Comparator.comparing(Found::path));
        return found;
    }

    /**
     * Of files found under {@code folder} by another walk (the up-to-date check's), those {@link #files} lists,
     * in its order: none below a folder or with a name starting with '.', no README.
     */
    public static List<Found> kept(Path folder, Collection<Found> found) {
        List<Found> kept = new ArrayList<>(found.size());
        String hidden = folder.getFileSystem().getSeparator() + ".";
        int below = folder.toString().length();
        for (Found f : found) {
            if (f.path().toString().indexOf(hidden, below) < 0 && !isNote(f.path())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing(Found::path));
        return kept;
    }

    /** The files of {@link #files}, without their attributes. */
    public static List<Path> list(Path root, Path folder, List<ContentError> errors) {
        return files(root, folder, errors).stream().map(Found::path).toList();
    }

    /** The path of {@code file} from the site root, with '/', as messages show it. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * True for a path written the way front matter names a file of assets/: relative, '/'-separated, without
     * "assets/", "." or "..", e.g. "images/2014/01/hoi-nghi.jpg".
     */
    public static boolean isAssetPath(String path) {
        List<String> parts = List.of(path.split("/"));
        return !(path.startsWith("/") || path.contains("\\") || path.contains(":") || path.startsWith("assets/")
                || parts.contains("..") || parts.contains("."));
    }

    /**
     * The files of a site's assets/ as front matter names them ("images/2024/01/anh.jpg"), listed at the first
     * look, for "did you mean …?" on a picture or attachment that is not there. Safe for parallel readers.
     */
    public static final class AssetNames {
        private final Path root;
        private Suggest.Addresses addresses;

        public AssetNames(Path root) {
            this.root = root;
        }

        /** The file of assets/ {@code path} is a near miss of, if any. */
        public synchronized Optional<String> closest(String path) {
            if (addresses == null) {
                Path assets = root.resolve("assets");
                List<String> names = new ArrayList<>();
                if (Files.isDirectory(assets)) {
                    files(root, assets, new ArrayList<>()).forEach(f -> names.add(relative(assets, f.path())));
                }
                addresses = new Suggest.Addresses(names);
            }
            return addresses.closest(path);
        }
    }

    /** True if {@code assets/path} is a regular file (letters and case must match). */
    public static boolean isAsset(Path root, String path) {
        Path assets = root.resolve("assets");
        Path file = assets.resolve(path).normalize();
        return file.startsWith(assets) && Files.isRegularFile(file);
    }

    /** Reads a Markdown file with front matter; empty after an error. */
    public static Optional<Page> page(Path root, Path file, List<ContentError> errors) {
        String path = relative(root, file);
        BasicFileAttributes attrs = regular(path, file, Message.of("hint.notRegular.content"), errors);
        if (attrs == null) {
            return Optional.empty();
        }
        if (!path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            errors.add(ContentError.of(path, 0, "", Message.of("file.notMarkdown"), Message.of("hint.file.notMarkdown")));
            return Optional.empty();
        }
        return bytes(path, file, attrs.size(), errors).map(b -> FrontMatter.read(path, b, errors))
                .map(p -> new Page(path, new Fields(path, p.fields(), errors), p.body(), p.bodyLine()));
    }

    /** Reads a whole YAML data file into its top-level fields; empty after an error. */
    public static Optional<Fields> data(Path root, Path file, List<ContentError> errors) {
        String path = relative(root, file);
        BasicFileAttributes attrs = regular(path, file, Message.of("hint.notRegular.data"), errors);
        if (attrs == null) {
            return Optional.empty();
        }
        Optional<Map<String, FrontMatter.Field>> fields = bytes(path, file, attrs.size(), errors)
                .map(b -> FrontMatter.readData(path, b, errors));
        return fields.map(f -> new Fields(path, f, errors, "", FrontMatter.Kind.DATA.firstLine, 1));
    }

    /** The file's attributes (one lstat), or null with an error when it is a link, a folder or a special file. */
    private static BasicFileAttributes regular(String path, Path file, Message hint, List<ContentError> errors) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isRegularFile()) {
                return attrs;
            }
        } catch (IOException e) {
            // gone since the folder was listed: reported as below
        }
        errors.add(ContentError.of(path, 0, "", Message.of("file.notRegular"), hint));
        return null;
    }

    private static Optional<byte[]> bytes(String path, Path file, long size, List<ContentError> errors) {
        if (size > FrontMatter.MAX_BYTES) {
            errors.add(FrontMatter.tooLarge(path, size));
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            errors.add(ContentError.of(path, 0, "", Message.of("file.unreadable", e.getMessage()), null));
            return Optional.empty();
        }
    }

    /** README files are notes for editors, documented as never published (docs/content.md). */
    public static boolean isNote(Path p) {
        return p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README.");
    }

}
