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
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.content.Article;

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

    /** Whether the record says {@code output} already holds what a build at {@code now} would write. */
    static boolean check(Path root, Path output, ZonedDateTime now) {
        Map<String, String> record = read(recordOf(output));
        if (!record.keySet().containsAll(List.of("inputs", "outputs", "from", "until"))) {
            return false;
        }
        try {
            if (!new Window(Instant.parse(record.get("from")), Instant.parse(record.get("until"))).contains(now)) {
                return false;
            }
        } catch (java.time.format.DateTimeParseException e) {
            return false; // a record edited by hand: build
        }
        // The output folder is walked on another core while this one walks the inputs.
        CompletableFuture<Optional<Listing>> outputs = CompletableFuture.supplyAsync(() -> listing(List.of(output), output));
        Optional<Listing> inputs = inputs(root, output);
        return inputs.map(i -> i.digest.equals(record.get("inputs"))).orElse(false)
                && outputs.join().map(o -> o.digest.equals(record.get("outputs"))).orElse(false);
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

    /** The inputs' listing (empty with a symbolic link among them): the tool, the JVM, the settings, the source folders. */
    static Optional<Listing> inputs(Path root, Path output) {
        List<Path> places = new ArrayList<>();
        places.add(root.resolve("jbake.properties"));
        SOURCES.forEach(f -> places.add(root.resolve(f)));
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                places.add(Path.of(entry).toAbsolutePath());
            }
        }
        String context = "java " + System.getProperty("java.runtime.version") + "\nsource " + root + "\noutput " + output + "\n";
        return listing(places, root).map(l -> new Listing(sha256(context + l.digest), l.newest));
    }

    /**
     * After a successful build that started at {@code started}, with its {@code inputs} listed after that:
     * records it, unless an input was modified since it started (its output may hold the file as it was
     * before or after); otherwise the old record, if any, goes.
     */
    static void record(Path output, Optional<Listing> inputs, Instant started, Window window) throws IOException {
        Path file = recordOf(output);
        Optional<Listing> written = listing(List.of(output), output);
        if (inputs.isEmpty() || written.isEmpty() || !inputs.get().newest.isBefore(started.minusSeconds(1))) {
            Files.deleteIfExists(file);
            return;
        }
        String text = HEADER + "\ninputs=" + inputs.get().digest + "\noutputs=" + written.get().digest + "\nfrom=" + window.from()
                + "\nuntil=" + window.until() + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Before a build replaces the output: its record no longer describes what will be there. */
    static void forget(Path output) throws IOException {
        Files.deleteIfExists(recordOf(output));
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
     * {@code base}, kind, size and modification time in nanoseconds, sorted, then hashed. Empty when a
     * place holds a symbolic link, whose target's changes the times would not show. The entries of a large
     * folder are looked at on all cores (10,000 pages sit in one folder).
     */
    private static Optional<Listing> listing(List<Path> places, Path base) {
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        AtomicReference<Instant> newest = new AtomicReference<>(Instant.EPOCH);
        try {
            for (Path place : places) {
                if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    lines.add("missing " + place);
                } else if (!visit(place, base, lines, newest)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted);
        return Optional.of(new Listing(sha256(String.join("\n", sorted)), newest.get()));
    }

    /** Lists {@code p} (and, for a folder, everything in it); false for a link or a special file. */
    private static boolean visit(Path p, Path base, Queue<String> lines, AtomicReference<Instant> newest) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // A folder's time changes when a file in it is added, deleted or renamed: such an edit is one too.
        Instant modified = attrs.lastModifiedTime().toInstant();
        newest.accumulateAndGet(modified, (a, b) -> a.isAfter(b) ? a : b);
        if (attrs.isDirectory()) {
            lines.add("d " + name(base, p));
            List<Path> entries;
            try (Stream<Path> list = Files.list(p)) {
                entries = list.toList();
            }
            Stream<Path> each = entries.size() > 512 ? entries.parallelStream() : entries.stream();
            return each.allMatch(e -> {
                try {
                    return visit(e, base, lines, newest);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        }
        if (!attrs.isRegularFile()) {
            return false;
        }
        lines.add("f " + name(base, p) + " " + attrs.size() + " " + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
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
