package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.gov.noivu.bantin.cache.Hashes;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.source.Source;

/**
 * Everything a build reads, listed and hashed by content once at its start ({@link Hashes}: a file is read only
 * when its size, time or identity changed, or when it was saved too recently to be sure), by kind: the tool, the
 * settings, the templates, the assets, the sections' sources (the documents registry and the work schedule) and
 * the rest of content/. The digest of each kind tells the up-to-date check and the preview what changed; the
 * hashes of the files of content/ are the keys of what the content stage remembers, those of assets/ tell whether
 * a remembered article's pictures are as they were.
 *
 * @param groups     each kind's digest, in {@link #GROUPS} order
 * @param content    the files of content/ outside van-ban/, with their hashes, in path order
 * @param assets     the hash of each file of assets/ by its path from the site root ("assets/images/a.jpg")
 * @param recordable false when an input is a symbolic link or special file, whose changes its hash need not show
 */
record Inputs(Map<String, String> groups, List<Source.Found> content, Map<String, String> assets, boolean recordable) {
    static final String TOOL = "tool";
    static final String CONTENT = "content";
    static final List<String> GROUPS = List.of(TOOL, "settings", "templates", "assets", "sections", CONTENT);

    /** The digest of all the inputs together. */
    String digest() {
        Key.Builder k = Key.of("inputs");
        groups.forEach((group, digest) -> k.add(group).add(digest));
        return k.key().hex();
    }

    /** Whether every kind of input but content/ is as {@code other} (a record's, or the last run's) says. */
    boolean sameButContent(Map<String, String> other) {
        return GROUPS.stream().allMatch(g -> g.equals(CONTENT) || groups.get(g).equals(other.get(g)));
    }

    /** Lists and hashes the inputs of the site at {@code root}; what was hashed is remembered in {@code store}. */
    static Inputs list(Path root, Store store) {
        Hashes hashes = Hashes.of(store, root);
        Path content = root.resolve("content");
        Path documents = content.resolve(ContentLoader.DOCUMENTS_FOLDER);
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(TOOL, Tool.digest(store));
        Listing settings = Listing.of(hashes, root, List.of(root.resolve("jbake.properties")), null);
        groups.put("settings", settings.digest);
        Listing templates = Listing.of(hashes, root, List.of(root.resolve("templates")), null);
        groups.put("templates", templates.digest);
        Listing assets = Listing.of(hashes, root, List.of(root.resolve("assets")), null);
        groups.put("assets", assets.digest);
        Listing sections = Listing.of(hashes, root, List.of(documents, root.resolve("data")), null);
        groups.put("sections", sections.digest);
        Listing rest = Listing.of(hashes, root, List.of(content), documents);
        groups.put(CONTENT, rest.digest);
        hashes.save();
        Map<String, String> assetHashes = new LinkedHashMap<>();
        assets.files.forEach(f -> assetHashes.put(Source.relative(root, f.path()), f.hash() == null ? "" : f.hash()));
        boolean recordable = settings.plain && templates.plain && assets.plain && sections.plain && rest.plain;
        return new Inputs(Map.copyOf(groups), Source.kept(content, rest.files), Map.copyOf(assetHashes), recordable);
    }

    /** The digest of a kind of input, its files with their hashes, and whether all were plain files and folders. */
    private record Listing(String digest, List<Source.Found> files, boolean plain) {
        /**
         * Every file under {@code places} but {@code skip}, hashed, in path order; the digest is of their paths and
         * hashes (a missing place counts as missing, an empty folder as itself).
         */
        static Listing of(Hashes hashes, Path root, List<Path> places, Path skip) {
            Instant listed = Instant.now();
            long listedNanos = TimeUnit.SECONDS.toNanos(listed.getEpochSecond()) + listed.getNano();
            record Seen(Path path, BasicFileAttributes attrs) {
            }
            List<Seen> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            boolean[] plain = {true};
            for (Path place : places) {
                if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add("missing " + Source.relative(root, place));
                    continue;
                }
                try {
                    Files.walkFileTree(place, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(skip)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            folders.add("d " + Source.relative(root, dir));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            plain[0] &= attrs.isRegularFile();
                            files.add(new Seen(file, attrs));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            plain[0] = false;
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    plain[0] = false;
                }
            }
            // Each file is hashed on all cores, with the attributes the walk read; a link or special file is listed
            // without a hash (never remembered).
            List<Source.Found> hashed = files.parallelStream().map(seen -> {
                Source.Found f = new Source.Found(seen.path(), seen.attrs());
                if (!seen.attrs().isRegularFile()) {
                    return f;
                }
                try {
                    String hash = hashes.hash(seen.path(), seen.attrs()).hash();
                    boolean settled = listedNanos - seen.attrs().lastModifiedTime().to(TimeUnit.NANOSECONDS) >= Hashes.RACY;
                    return f.hashed(hash, settled);
                } catch (IOException e) {
                    return f; // gone or unreadable: the stage that reads it says so
                }
            }).sorted(Comparator.comparing(Source.Found::path)).toList();
            Key.Builder digest = Key.of("listing");
            folders.stream().sorted().forEach(digest::add);
            for (Source.Found f : hashed) {
                digest.add(Source.relative(root, f.path())).add(f.hash() == null ? "?" : f.hash());
                plain[0] &= f.hash() != null;
            }
            return new Listing(digest.key().hex(), hashed, plain[0]);
        }
    }

    /** The tool that builds: the Java runtime and every file of the class path, by content. */
    static final class Tool {
        private static String digest;

        private Tool() {
        }

        /** Computed once in a process: its class path does not change while it runs. */
        static synchronized String digest(Store store) {
            if (digest == null) {
                Hashes hashes = Hashes.of(store, Path.of("/"));
                Key.Builder k = Key.of("tool").add(System.getProperty("java.runtime.version", ""));
                for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                    if (entry.isEmpty()) {
                        continue;
                    }
                    Path p = Path.of(entry).toAbsolutePath().normalize();
                    Listing l = Listing.of(hashes, p, List.of(p), null);
                    k.add(l.digest);
                }
                hashes.save();
                digest = k.key().hex();
            }
            return digest;
        }
    }
}
