package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.source.Source;

/**
 * Whether a build would write exactly what the output folder already holds, so it can be skipped. After
 * each successful build a record beside the output ({@code .site.built} for {@code site/}) keeps three
 * things: a digest of every input (the tool and the JVM, {@code jbake.properties}, and each file and
 * folder of content/, data/, templates/ and assets/ with its size and modification time), a digest of
 * the output folder as written, and the time window in which every publishing decision stays the same.
 * <p>
 * The window: an article appears at its {@code date} and goes at its {@code expires}; everything else that
 * depends on the clock (documents dated in the future, the work schedule's day and week) changes at
 * midnight, Vietnam time. So the window runs from the last of these moments at or before the build's
 * {@code now} to the first one after it, never past the next midnight.
 * <p>
 * A later build is skipped only if its {@code now} is inside the window and both digests are the same
 * again; anything else, a symbolic link among the inputs, or a missing or unreadable record, means a full
 * build. The inputs are listed once the build is done, and a build is recorded only if no input file or
 * folder was modified after it started (less a second, for coarse file times; a folder's time is that of
 * the last file added to it, deleted or renamed): an edit saved while a build runs may or may not be in
 * what it wrote, so the next build builds it.
 */
final class UpToDate {
    /** The folders whose files are the site's sources; with {@code jbake.properties}, all a build reads. */
    private static final List<String> SOURCES = List.of("content", "data", "templates", "assets");
    /** The kinds of inputs, each with its digest in the record; a change of any but content/ means a full build. */
    static final String CONTENT = "content";
    /** content/ last: while it is listed, the state may already be read (see {@link #check}). */
    static final List<String> GROUPS = List.of("tool", "settings", "templates", "assets", "sections", CONTENT);
    /** The record's format: one of another version is not read (a full build writes a new one). */
    private static final String VERSION = "3";
    private static final String HEADER = "# Bản tin: the build that wrote the folder beside this file. Delete this file to make the next build a full one.";

    /** The moments [from, until) within which a build's publishing decisions are those of its {@code now}. */
    record Window(Instant from, Instant until) {
        boolean contains(ZonedDateTime now) {
            Instant n = now.toInstant();
            return !n.isBefore(from) && n.isBefore(until);
        }
    }

    private UpToDate() {
    }

    /** The record of the build that wrote {@code output}. */
    static Path recordOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".built");
    }

    /**
     * What the record beside {@code output} says of a build at {@code now}: whether the output already holds
     * what it would write, and else, whether only articles and pages changed since the last build, which the
     * state that build left may then bring up to date (see {@link Verdict#onlyContent}). {@code onlyContentSoFar}
     * is given the summary of the state the record names as soon as the inputs but content/ show no change,
     * before content/ and the output are listed: the caller may start reading the state (and drop it if nothing
     * changed at all).
     */
    static Verdict check(Path root, Path output, ZonedDateTime now, java.util.function.Consumer<String> onlyContentSoFar) {
        Map<String, String> record = read(recordOf(output));
        if (!record.keySet().containsAll(List.of("version", "inputs", "outputs", "from", "until", "now"))
                || !record.get("version").equals(VERSION)) {
            return Verdict.NONE;
        }
        // The output folder is walked on another core while this one walks the inputs; its lines are kept for
        // the record of an edit (see Edited).
        Lines outputLines = Lines.byName();
        CompletableFuture<Optional<Lines>> outputs = CompletableFuture.supplyAsync(() -> listing(List.of(output), output, null, null,
                outputLines).filter(o -> o.digest.equals(record.get("outputs"))).map(o -> outputLines));
        // content/ is listed last, while the state is read if nothing else changed.
        Optional<Inputs> inputs = inputs(root, output, others -> {
            if (record.containsKey("state") && sameButContent(others, record)) {
                onlyContentSoFar.accept(record.get("state"));
            }
        });
        try {
            boolean inWindow = new Window(Instant.parse(record.get("from")), Instant.parse(record.get("until"))).contains(now);
            boolean sameInputs = inputs.map(i -> i.digest().equals(record.get("inputs"))).orElse(false);
            // Only a build that may have nothing to do waits for the output's listing here; an edit, before it writes.
            return new Verdict(inWindow && sameInputs && outputs.join().isPresent(), record, inputs, now, outputs);
        } catch (java.time.format.DateTimeParseException e) {
            return Verdict.NONE; // a record edited by hand: build
        }
    }

    /**
     * The up-to-date check's finding. {@code record} is the record of the last build of the output (empty when
     * there is none); {@code output}, the output's lines as listed, if it is still as that build wrote it: a
     * build that takes up the state waits for it before it changes the output, and else builds it whole.
     */
    record Verdict(boolean upToDate, Map<String, String> record, Optional<Inputs> inputs, ZonedDateTime now,
                   CompletableFuture<Optional<Lines>> output) {
        static final Verdict NONE = new Verdict(false, Map.of(), Optional.empty(), null, CompletableFuture.completedFuture(Optional.empty()));

        /**
         * The state the last build left, if only articles and pages (content/ without van-ban/) changed since:
         * the tool, the settings, the templates, the assets and the sections' sources are the same, and it is
         * the same day in Vietnam (the sections and every publishing
         * decision but an article's own date and expiry change at midnight). Its value is the state's
         * length and checksum, which the state file must have.
         */
        Optional<String> onlyContent() {
            if (record.isEmpty() || inputs.isEmpty() || !record.containsKey("state") || !sameButContent(inputs.get().groups(), record)) {
                return Optional.empty();
            }
            try {
                LocalDate then = ZonedDateTime.parse(record.get("now")).withZoneSameInstant(Dates.ZONE).toLocalDate();
                if (!then.equals(now.withZoneSameInstant(Dates.ZONE).toLocalDate())) {
                    return Optional.empty();
                }
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
            return Optional.of(record.get("state"));
        }

        /** The {@code now} of the build that wrote the record. */
        ZonedDateTime recordedNow() {
            return ZonedDateTime.parse(record.get("now"));
        }
    }

    /** Whether every kind of input but content/ has in {@code groups} the digest {@code record} gives it. */
    private static boolean sameButContent(Map<String, String> groups, Map<String, String> record) {
        return GROUPS.stream().allMatch(g -> g.equals(CONTENT) || groups.get(g).equals(record.get(g)));
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
     * The inputs' listing, by kind (empty with a symbolic link among them): the tool (the JVM, the class path,
     * the source and output folders), the settings, the templates, the assets, the sections' sources
     * (content/van-ban/ and data/) and the rest of content/.
     */
    static Optional<Inputs> inputs(Path root, Path output) {
        return inputs(root, output, others -> { });
    }

    /** {@link #inputs(Path, Path)}, telling {@code beforeContent} the digests of the other kinds, which are listed first. */
    private static Optional<Inputs> inputs(Path root, Path output, java.util.function.Consumer<Map<String, String>> beforeContent) {
        Path content = root.resolve("content");
        Path documents = content.resolve(ContentLoader.DOCUMENTS_FOLDER);
        Map<String, String> groups = new LinkedHashMap<>();
        Instant newest = Instant.EPOCH;
        Collection<Source.Found> contentFiles = new ConcurrentLinkedQueue<>();
        for (String group : GROUPS) {
            List<Path> places = new ArrayList<>();
            Predicate<Path> skip = null;
            switch (group) {
                case "tool" -> {
                    for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                        if (!entry.isEmpty()) {
                            places.add(Path.of(entry).toAbsolutePath());
                        }
                    }
                }
                case "settings" -> places.add(root.resolve("jbake.properties"));
                case "sections" -> places.addAll(List.of(documents, root.resolve("data")));
                case CONTENT -> {
                    places.add(content);
                    skip = documents::equals;
                    beforeContent.accept(Map.copyOf(groups));
                }
                default -> places.add(root.resolve(group));
            }
            Optional<Listing> l = listing(places, root, skip, group.equals(CONTENT) ? contentFiles : null, new Lines());
            if (l.isEmpty()) {
                return Optional.empty();
            }
            String context = group.equals("tool") ? "java " + System.getProperty("java.runtime.version") + "\nsource " + root
                    + "\noutput " + output + "\n" : "";
            groups.put(group, sha256(context + l.get().digest));
            newest = l.get().newest.isAfter(newest) ? l.get().newest : newest;
        }
        return Optional.of(new Inputs(groups, newest, List.copyOf(contentFiles)));
    }

    /**
     * The digests of a build's inputs by kind ({@link #GROUPS}), the latest modification time among them, and the
     * files of content/ outside van-ban/ as listed, which the content stage then need not list again.
     */
    record Inputs(Map<String, String> groups, Instant newest, List<Source.Found> content) {
        String digest() {
            return sha256(String.join("\n", groups.values()));
        }
    }

    /**
     * After a successful build that started at {@code started}, with its {@code inputs} listed after that:
     * records it, with the build's {@code now} and what {@code state} returns (it writes the build's state and
     * says its length and checksum), unless an input was modified since it started (its output may hold the
     * file as it was before or after); then the old record, if any, goes, and the state is not written. The
     * output is listed again, unless {@code edited} says what the build changed in the folder the up-to-date
     * check listed.
     */
    static void record(Path output, Optional<Inputs> inputs, Instant started, Window window, ZonedDateTime now,
                       StateWriter state, Optional<Edited> edited) throws IOException {
        Path file = recordOf(output);
        Optional<String> written = edited.isPresent() ? edited.get().digest(output)
                : listing(List.of(output), output, null, null, new Lines()).map(Listing::digest);
        if (inputs.isEmpty() || written.isEmpty() || !inputs.get().newest().isBefore(started.minusSeconds(1))) {
            forget(output);
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append("\nversion=").append(VERSION)
                .append("\ninputs=").append(inputs.get().digest());
        inputs.get().groups().forEach((group, digest) -> text.append('\n').append(group).append('=').append(digest));
        text.append("\noutputs=").append(written.get()).append("\nfrom=").append(window.from())
                .append("\nuntil=").append(window.until()).append("\nnow=").append(now.toOffsetDateTime());
        String summary = state == null ? null : state.write();
        if (summary != null) {
            text.append("\nstate=").append(summary);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text.append('\n').toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes the state of a build that is being recorded, and returns what the record says of it (null: none). */
    interface StateWriter {
        String write() throws IOException;
    }

    /** The state the build that wrote {@code output} left beside it (see {@link BuildState}). */
    static Path stateOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".state");
    }

    /**
     * Before a build replaces or changes the output: its record and state no longer describe what will be
     * there, and if the build stops half-way, the next one is a full one.
     */
    static void forget(Path output) throws IOException {
        Files.deleteIfExists(recordOf(output));
        Files.deleteIfExists(stateOf(output));
    }

    private static Map<String, String> read(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.startsWith("#") && l.indexOf('=') > 0)
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1), (a, b) -> b));
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
    }

    /** A digest of files and folders, and the latest modification time among them. */
    record Listing(String digest, Instant newest) {
    }

    /**
     * One line per file and folder under each place (a missing place counts as missing): its path from
     * {@code base}, kind, size and modification time in nanoseconds; the digest is of the set of lines, so
     * they are hashed as they are found, in any order. Empty when a place holds a symbolic link, whose
     * target's changes the times would not show. The entries of a large folder are looked at on all cores
     * (10,000 pages sit in one folder).
     */
    private static Optional<Listing> listing(List<Path> places, Path base, Predicate<Path> skip, Collection<Source.Found> files,
                                             Lines lines) {
        AtomicReference<Instant> newest = new AtomicReference<>(Instant.EPOCH);
        try {
            for (Path place : places) {
                if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    lines.add(null, "missing " + place);
                } else if (!visit(place, base, skip, lines, newest, files)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(new Listing(lines.digest(), newest.get()));
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

    /** Lists {@code p} (and, for a folder, everything in it; its files also into {@code files} unless null); false for a link or a special file. */
    private static boolean visit(Path p, Path base, Predicate<Path> skip, Lines lines, AtomicReference<Instant> newest,
                                 Collection<Source.Found> files) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // A folder's time changes when a file in it is added, deleted or renamed: such an edit is one too.
        Instant modified = attrs.lastModifiedTime().toInstant();
        newest.accumulateAndGet(modified, (a, b) -> a.isAfter(b) ? a : b);
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
                    return skip != null && skip.test(e) || visit(e, base, skip, lines, newest, files);
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
        if (files != null) {
            files.add(new Source.Found(p, attrs));
        }
        return true;
    }

    private static String name(Path base, Path p) {
        return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
