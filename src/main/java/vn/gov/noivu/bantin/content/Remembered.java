package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.cache.Hashes;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.source.Source;

/**
 * What the content stage remembers of the files it read: in the cache on disk, shared by every build, check and
 * preview of the site and by its copies, and in memory for a preview that stays warm. A file's result is found by
 * its key: the file's path and content hash, and everything else the result depends on (this format's version,
 * the tool, the settings, the registry's numbers an article may cite); it is used only if the files of assets/ it
 * looked at (pictures) have the hashes they had. A result found twice in one process is the same object, which is
 * how the pages stage knows what an edit did not touch.
 */
public final class Remembered {
    private final Store store;
    private final String tool;
    private final Map<Key, ContentLoader.Made> memory = new ConcurrentHashMap<>();

    private Remembered(Store store, String tool) {
        this.store = store;
        this.tool = tool;
    }

    /** Results kept in {@code store}, for the tool whose digest is {@code tool}. */
    public static Remembered in(Store store, String tool) {
        return new Remembered(store, tool);
    }

    /** Nothing kept on disk, results only in memory. */
    public static Remembered nothing() {
        return new Remembered(null, "");
    }

    /**
     * The parts of every key of one load, the hashes of assets/ ("assets/images/a.jpg" → hash) to check results
     * against, and whether pages will show the bodies (a check shows none).
     */
    record Context(String digest, Map<String, String> assets, boolean pages) {
    }

    /** What a file gave: its entry's key, the result, and whether the file was read (not found remembered). */
    record Recalled(Key key, ContentLoader.FileResult result, boolean read) {
    }

    private volatile Map<String, String> assets = Map.of();
    private volatile boolean pages;

    /**
     * Tells what the next load needs: the hashes of the files of assets/ as listed for this run (by their path from
     * the site root), and whether it writes pages, which read the bodies back from the cache.
     */
    public void prepare(Map<String, String> hashes, boolean writesPages) {
        assets = Map.copyOf(hashes);
        pages = writesPages;
    }

    Context context(SiteConfig config, Markdown markdown) {
        Key.Builder k = Key.of("context").add(Entry.VERSION).add(tool).add(config.fingerprint()).add(markdown.fingerprint());
        return new Context(k.key().hex(), assets, pages);
    }

    /**
     * The result of {@code file} (listed as {@code found}, at {@code path} from the site root): remembered, or made by
     * {@code make} and remembered. {@code term} gives one object for each category and tag read back.
     */
    Recalled recall(Context context, String path, Source.Found found, Supplier<ContentLoader.Made> make,
                    Function<Term, Term> term) {
        Key key = Key.of("article").add(context.digest()).add(path).add(found.hash() == null ? "" : found.hash()).key();
        ContentLoader.Made known = memory.get(key);
        if (known != null && usable(known, context)) {
            return new Recalled(key, known.result(), false);
        }
        Optional<ContentLoader.Made> stored = store == null || found.hash() == null ? Optional.empty() : read(key, term);
        if (stored.isPresent() && usable(stored.get(), context) && (!context.pages() || hasBody(stored.get()))) {
            memory.put(key, stored.get());
            return new Recalled(key, stored.get().result(), false);
        }
        ContentLoader.Made made = make.get();
        List<Entry.Dependency> dependencies = made.dependencies().stream()
                .map(d -> new Entry.Dependency(d.path(), context.assets().getOrDefault(d.path(), ""))).toList();
        made = new ContentLoader.Made(made.result(), dependencies);
        if (found.hash() == null || !readAsListed(found)) {
            return new Recalled(key, made.result(), true); // changed while it was read: the next build reads it again
        }
        if (store != null) {
            Entry.Encoded encoded = Entry.encode(made.result(), dependencies);
            Article a = made.result().article();
            // The body first: an article entry found means its body is there too.
            boolean bodyWritten = encoded.body() == null || store.write(Entry.body(key), encoded.body());
            if (bodyWritten && store.write(key, encoded.bytes()) && a != null && a.bodyHtml != null) {
                // The body stays in the cache until a page shows it: memory holds front matter, not text.
                Article lean = a.data().withBody(new Entry.Stored(store, Entry.body(key)));
                made = new ContentLoader.Made(new ContentLoader.FileResult(lean, made.result().errors(), made.result().invalid()),
                        dependencies);
            }
        }
        memory.put(key, made);
        return new Recalled(key, made.result(), true);
    }

    /** The cache the results are kept in (null: {@link #nothing}), which the other stages' entries share. */
    public Store store() {
        return store;
    }

    /** Whether the results are kept in {@code other}. */
    public boolean isIn(Store other) {
        return store != null && store.folder().equals(other.folder());
    }

    /**
     * The articles and pages of the entries {@code keys} (a recorded build's), in their order: the same objects as
     * a load in this process gave for the files that did not change since; empty when an entry is missing.
     */
    public Optional<List<Article>> articles(java.util.Collection<Key> keys) {
        Map<String, Term> terms = new ConcurrentHashMap<>();
        Function<Term, Term> intern = t -> terms.computeIfAbsent(t.getName() + "\n" + t.getSlug() + "\n" + t.getUrl(), k -> t);
        List<Article> out = new java.util.ArrayList<>(keys.size());
        for (Key key : keys) {
            ContentLoader.Made m = memory.get(key);
            Optional<ContentLoader.Made> found = m != null ? Optional.of(m) : store == null ? Optional.empty() : read(key, intern);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            if (found.get().result().article() != null) {
                out.add(found.get().result().article());
            }
        }
        return Optional.of(out);
    }

    /** Deletes from the cache, when they are many, the old entries of files not among {@code kept} (see {@link Store#prune}). */
    public void prune(java.util.Collection<Key> kept) {
        if (store != null) {
            store.prune("article", new java.util.HashSet<>(kept), java.time.Duration.ofHours(1));
        }
    }

    /** Forgets what is not among {@code kept} (a preview's memory after each run). */
    public void retain(java.util.Collection<Key> kept) {
        memory.keySet().retainAll(new java.util.HashSet<>(kept));
    }

    private Optional<ContentLoader.Made> read(Key key, Function<Term, Term> term) {
        return store.read(key).flatMap(payload -> {
            try {
                Entry.Decoded d = Entry.decode(payload, store, key, term);
                return Optional.of(new ContentLoader.Made(d.result(), d.dependencies()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // damaged or foreign: read the file and write the entry again
            }
        });
    }

    /** Whether a result read from the cache has its body there too (an article entry without it was cut from the cache). */
    private boolean hasBody(ContentLoader.Made m) {
        Article a = m.result().article();
        return a == null || a.storedBody == null || store.has(a.storedBody.key());
    }

    /** A result is used when the pictures it looked at are as they were. */
    private static boolean usable(ContentLoader.Made m, Context context) {
        for (Entry.Dependency d : m.dependencies()) {
            if (!context.assets().getOrDefault(d.path(), "").equals(d.hash())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the file just read is the one whose hash the listing gave: unchanged since, and last modified long
     * enough before it that no edit can hide in the same tick of the clock; else the file is hashed again. A file
     * saved while the build runs is read, shown and not remembered: the next build reads it again.
     */
    private static boolean readAsListed(Source.Found found) {
        try {
            BasicFileAttributes now = Files.readAttributes(found.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (found.settled() && now.size() == found.size() && now.lastModifiedTime().equals(found.modified())) {
                return true;
            }
            return Hashes.digest(Files.readAllBytes(found.path())).equals(found.hash());
        } catch (IOException e) {
            return false;
        }
    }
}
