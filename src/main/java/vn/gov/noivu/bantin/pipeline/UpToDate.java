package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.content.Article;

/**
 * The record a build leaves beside its output ({@code .site.built} for {@code site/}), and what the next build
 * learns from it. It keeps the digest of every kind of input ({@link Inputs}: by content), a digest of the output
 * folder as written (sizes and modification times), the time window in which every publishing decision stays the
 * same, the build's {@code now}, and the cache entry each file of content/ was read from.
 * <p>
 * The window: an article appears at its {@code date} and goes at its {@code expires}; everything else that
 * depends on the clock (documents dated in the future, the work schedule's day and week) changes at
 * midnight, Vietnam time. So the window runs from the last of these moments at or before the build's
 * {@code now} to the first one after it, never past the next midnight.
 * <p>
 * A later build does nothing if its {@code now} is inside the window, the inputs are the same and the output is
 * as written. If only articles and pages changed, on the same day, and the output is as written, the site the
 * output shows is made again from the cache entries the record names, and the build writes only what the edit
 * touched. Anything else, a symbolic link among the inputs, or a missing or unreadable record, means a full
 * build. Since inputs are compared by content, a file saved while a build runs is seen by the next one, however
 * soon it starts.
 */
final class UpToDate {
    /** The record's format: one of another version is not read (a full build writes a new one). */
    private static final String VERSION = "4";
    private static final String HEADER = "# Bản tin: the build that wrote the folder beside this file. Delete this file to make the next build a full one.";

    /** The moments [from, until) within which a build's publishing decisions are those of its {@code now}. */
    record Window(Instant from, Instant until) {
        boolean contains(ZonedDateTime now) {
            Instant n = now.toInstant();
            return !n.isBefore(from) && n.isBefore(until);
        }
    }

    /**
     * What a record says: each kind of input's digest, the output's digest, the window and {@code now} of the build
     * that wrote it, and the cache entry of each file of content/ it read (by path from the site root).
     */
    record Recorded(Map<String, String> groups, String outputs, Window window, ZonedDateTime now, Map<String, Key> entries) {
    }

    private UpToDate() {
    }

    /** The record of the build that wrote {@code output}. */
    static Path recordOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".built");
    }

    /** The record beside {@code output}, if there is one this version can read. */
    static Optional<Recorded> read(Path output) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Key> entries = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(recordOf(output), StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("entry ")) {
                    int space = line.lastIndexOf(' ');
                    entries.put(line.substring("entry ".length(), space), new Key("article", line.substring(space + 1)));
                } else if (!line.startsWith("#") && line.indexOf('=') > 0) {
                    fields.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            if (!VERSION.equals(fields.get("version"))) {
                return Optional.empty();
            }
            Map<String, String> groups = new LinkedHashMap<>();
            for (String g : Inputs.GROUPS) {
                groups.put(g, java.util.Objects.requireNonNull(fields.get(g)));
            }
            Window window = new Window(Instant.parse(fields.get("from")), Instant.parse(fields.get("until")));
            return Optional.of(new Recorded(groups, fields.get("outputs"), window, ZonedDateTime.parse(fields.get("now")), entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing, cut or edited by hand: a full build writes a new one
        }
    }

    /** Whether the output already holds what a build at {@code now} of {@code inputs} would write. */
    static boolean upToDate(Recorded r, Inputs inputs, ZonedDateTime now, Optional<Lines> output) {
        return inputs.recordable() && r.window().contains(now) && inputs.groups().equals(r.groups()) && output.isPresent();
    }

    /**
     * Whether a build at {@code now} may take the site the record describes as what the output shows and write only
     * what changed since: only articles and pages changed (content/ without van-ban/), on the same day in Vietnam
     * (the sections and every publishing decision but an article's own date and expiry change at midnight).
     */
    static boolean onlyContentChanged(Recorded r, Inputs inputs, ZonedDateTime now) {
        LocalDate then = r.now().withZoneSameInstant(Dates.ZONE).toLocalDate();
        return inputs.recordable() && inputs.sameButContent(r.groups()) && then.equals(now.withZoneSameInstant(Dates.ZONE).toLocalDate());
    }

    /** The output folder's lines as listed now, if its digest is the one {@code r} recorded (else it was changed by hand). */
    static Optional<Lines> outputAsWritten(Recorded r, Path output) {
        Lines lines = Lines.byName();
        return listing(output, lines).filter(r.outputs()::equals).map(d -> lines);
    }

    /** The window of a build at {@code now} over {@code documents} (every file the content stage read). */
    static Window window(ZonedDateTime now, List<Article> documents) {
        LocalDate today = now.withZoneSameInstant(Dates.ZONE).toLocalDate();
        Instant from = today.atStartOfDay(Dates.ZONE).toInstant();
        Instant until = today.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        Instant n = now.toInstant();
        for (Article a : documents) {
            for (ZonedDateTime t : new ZonedDateTime[] {a.getDate(), a.getExpires()}) {
                if (t == null) {
                    continue;
                }
                Instant i = t.toInstant();
                if (i.isAfter(n)) {
                    until = i.isBefore(until) ? i : until;
                } else if (i.isAfter(from)) {
                    from = i;
                }
            }
        }
        return new Window(from, until);
    }

    /**
     * Records a successful build of {@code inputs} at {@code now} into {@code output}, whose files of content/ were
     * read from the cache {@code entries}; the output is listed again unless {@code edited} says what the build
     * changed in the folder the check listed. Inputs that cannot be recorded (a link among them) leave no record.
     */
    static void record(Path output, Inputs inputs, Window window, ZonedDateTime now, Map<String, Key> entries,
                       Optional<Edited> edited) throws IOException {
        Path file = recordOf(output);
        Optional<String> written = edited.isPresent() ? edited.get().digest(output) : listing(output, new Lines());
        if (!inputs.recordable() || written.isEmpty()) {
            forget(output);
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append("\nversion=").append(VERSION);
        inputs.groups().forEach((group, digest) -> text.append('\n').append(group).append('=').append(digest));
        text.append("\noutputs=").append(written.get()).append("\nfrom=").append(window.from())
                .append("\nuntil=").append(window.until()).append("\nnow=").append(now.toOffsetDateTime());
        entries.forEach((path, key) -> text.append("\nentry ").append(path).append(' ').append(key.hex()));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text.append('\n').toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Before a build replaces or changes the output: the record no longer describes what will be there, and if the
     * build stops half-way, the next one is a full one.
     */
    static void forget(Path output) throws IOException {
        Files.deleteIfExists(recordOf(output));
    }

    /**
     * The digest of the output folder: one line per file and folder under it (its path, kind, size and modification
     * time in nanoseconds), as a set; empty when it holds a symbolic link or special file. The entries of a large
     * folder are looked at on all cores (10,000 pages sit in one folder).
     */
    private static Optional<String> listing(Path output, Lines lines) {
        try {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                lines.add(null, "missing");
            } else if (!visit(output, output, lines)) {
                return Optional.empty();
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(lines.digest());
    }

    /**
     * A digest of a set of lines that does not depend on the order they are added in: the count, and the
     * sums of two independent 64-bit hashes of each line. Sorting the 25,000 lines of a 10,000-article
     * site, joining them and hashing them with SHA-256 (which the C1-only JIT does not accelerate) cost more
     * than looking at the files; an accidental match of two different listings is as likely as one of two
     * 128-bit hashes. It tells changes, not a forger's files: whoever can write the sources can change the
     * site anyway. A sum also loses a line as easily as it gains one: with each line's hashes kept by its
     * file's name, the digest of a folder after a few files changed is that of its listing less their old
     * lines plus their new ones (see {@link Edited}).
     */
    static final class Lines {
        private final LongAdder count = new LongAdder();
        private final LongAdder first = new LongAdder();
        private final LongAdder second = new LongAdder();
        /** Each line's two hashes by the name of its file or folder; null when not kept. */
        private final Map<String, long[]> byName;

        Lines() {
            this(null);
        }

        private Lines(Map<String, long[]> byName) {
            this.byName = byName;
        }

        /** Lines that keep each line's hashes by its file's name. */
        static Lines byName() {
            return new Lines(new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** The names of the files and folders listed, when kept ({@link #byName}). */
        java.util.Set<String> names() {
            return java.util.Collections.unmodifiableSet(byName.keySet());
        }

        /** Adds the line of the file or folder {@code name} (null: a line of no file). */
        void add(String name, String line) {
            long[] h = hashes(line);
            count.increment();
            first.add(h[0]);
            second.add(h[1]);
            if (byName != null && name != null) {
                byName.put(name, h);
            }
        }

        private static long[] hashes(String line) {
            long a = 0xcbf29ce484222325L;
            long b = 0x84222325cbf29ce4L;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = (b + c) * 0x9e3779b97f4a7c15L;
                b ^= b >>> 29;
            }
            return new long[] {mix(a ^ line.length()), mix(b + line.length())};
        }

        /** MurmurHash3's finalizer: every bit of the input moves about half the bits of the output. */
        private static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }

        String digest() {
            return digest(count.sum(), first.sum(), second.sum());
        }

        private static String digest(long count, long first, long second) {
            return String.format(java.util.Locale.ROOT, "%d-%016x%016x", count, first, second);
        }
    }

    /**
     * What a build changed in the output folder the up-to-date check listed ({@code before}): the files (by
     * their path in the folder) it wrote or deleted; the folders it created or deleted are theirs. The
     * digest of the folder is then that of its listing without their lines as they were, with their lines as
     * they are: {@link #listing} would find the same, looking at a few files instead of all.
     */
    record Edited(Lines before, java.util.Set<String> files) {
        /** The output's digest, as {@link #listing} would find it (empty with a link or special file among the changed ones). */
        Optional<String> digest(Path output) throws IOException {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (String f : files) { // each file and the folders above it, below the output's own
                names.add(f);
                for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
                    names.add(f.substring(0, slash));
                }
            }
            long count = before.count.sum();
            long first = before.first.sum();
            long second = before.second.sum();
            for (String name : names) {
                long[] old = before.byName.get(name);
                if (old != null) {
                    count--;
                    first -= old[0];
                    second -= old[1];
                }
                Path p = output.resolve(name);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attrs.isDirectory() && !attrs.isRegularFile()) {
                    return Optional.empty();
                }
                long[] now = Lines.hashes(line(name, attrs));
                count++;
                first += now[0];
                second += now[1];
            }
            return Optional.of(Lines.digest(count, first, second));
        }
    }

    /** The line of a file or folder: its kind and name, and a file's size and modification time. */
    private static String line(String name, BasicFileAttributes attrs) {
        return attrs.isDirectory() ? "d " + name : "f " + name + " " + attrs.size() + " " + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** Lists {@code p} (and, for a folder, everything in it); false for a link or a special file. */
    private static boolean visit(Path p, Path base, Lines lines) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isDirectory()) {
            String name = name(base, p);
            lines.add(name, line(name, attrs));
            List<Path> entries;
            try (Stream<Path> list = Files.list(p)) {
                entries = list.toList();
            }
            Stream<Path> each = entries.size() > 512 ? entries.parallelStream() : entries.stream();
            return each.allMatch(e -> {
                try {
                    return visit(e, base, lines);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        }
        if (!attrs.isRegularFile()) {
            return false;
        }
        String name = name(base, p);
        lines.add(name, line(name, attrs));
        return true;
    }

    private static String name(Path base, Path p) {
        return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : p.toString();
    }

}
