package vn.gov.noivu.bantin.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;

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
     * The files under {@code folder}, sorted; names starting with '.' (.gitkeep) and README files are
     * editors' notes, never read. A folder that cannot be listed is an error.
     */
    public static List<Path> list(Path root, Path folder, List<ContentError> errors) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(folder, p)).filter(p -> !isNote(p))
                    .sorted().toList();
        } catch (IOException e) {
            errors.add(ContentError.of(relative(root, folder), 0, "", Message.of("folder.unreadable", e.getMessage()), null));
            return List.of();
        }
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

    private static boolean isHidden(Path folder, Path p) {
        for (Path part : folder.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
