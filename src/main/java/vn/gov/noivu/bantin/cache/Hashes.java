package vn.gov.noivu.bantin.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * The content hash of each file a build reads, remembered with the file's size, modification time and
 * identity (device and inode where the system has them) so that an unchanged file is not read again to be hashed.
 * Git's racily-clean rule keeps it honest: a file modified less than {@link #RACY} before its entry was recorded
 * may change again within the same tick of the file system's clock without its time moving, so its entry is not
 * trusted and it is hashed again each time, until it is older. A file is thus never taken as unchanged when its
 * content changed, however soon after a build it was saved.
 * <p>The entries live in the {@link Store} under one key per folder they describe (a site, the tool's class path),
 * so two copies of a site keep two indexes and share every other entry.
 */
public final class Hashes {
    /** Coarse file systems (FAT, some network shares) keep modification times to 2 s. */
    public static final long RACY = TimeUnit.SECONDS.toNanos(2);
    private static final int FORMAT = 1;

    /** What is known of a file: its stat when it was hashed, its hash, and when that was recorded (ns since the epoch). */
    private record Known(long size, long modified, String identity, String hash, long recorded) {
        boolean matches(long size, long modified, String identity) {
            return this.size == size && this.modified == modified && this.identity.equals(identity)
                    && recorded - modified >= RACY;
        }
    }

    private final Store store;
    private final Key key;
    private final Path base;
    private final Map<String, Known> known;
    private final Map<String, Known> seen = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private Hashes(Store store, Key key, Path base, Map<String, Known> known) {
        this.store = store;
        this.key = key;
        this.base = base;
        this.known = known;
    }

    /** The hashes remembered for the files under {@code base} (empty the first time, or when the entry is unreadable). */
    public static Hashes of(Store store, Path base) {
        Path folder = base.toAbsolutePath().normalize();
        Key key = Key.of("hashes").add(FORMAT).add(folder.toString()).key();
        return new Hashes(store, key, folder, store.read(key).map(Hashes::decode).orElseGet(Map::of));
    }

    /**
     * The hash of {@code file} (under the base folder), and what was read to know it: {@code bytes} when the file
     * had to be read (it may have changed), else null. Safe from any thread.
     */
    public Hashed hash(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return hash(file, attrs);
    }

    /** As {@link #hash(Path)}, with the attributes a walk already read. */
    public Hashed hash(Path file, BasicFileAttributes attrs) throws IOException {
        String name = name(file);
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        String identity = attrs.fileKey() == null ? "" : attrs.fileKey().toString();
        Known k = known.get(name);
        if (k != null && k.matches(size, modified, identity)) {
            seen.put(name, k);
            return new Hashed(k.hash(), null);
        }
        long recorded = now();
        byte[] bytes = Files.readAllBytes(file);
        String hash = digest(bytes);
        seen.put(name, new Known(size, modified, identity, hash, recorded));
        changed = true;
        return new Hashed(hash, bytes);
    }

    /**
     * The hash of {@code bytes}: what {@link #hash} gives for a file holding them. XXH64 twice, with two seeds (128
     * bits), in lz4-java's native code: a hash of content, not a signature, as Hugo's file cache uses xxHash. The
     * JDK's SHA-256 runs at 100 MB/s in the C1-only JVM a build runs in (its intrinsic is C2's), and a new clone
     * hashes every photo it holds; this runs at the memory's speed.
     */
    public static String digest(byte[] bytes) {
        XXHash64 xx = XXHASH.hash64();
        return HexFormat.of().toHexDigits(xx.hash(bytes, 0, bytes.length, SEED_1))
                + HexFormat.of().toHexDigits(xx.hash(bytes, 0, bytes.length, SEED_2));
    }

    private static final XXHashFactory XXHASH = XXHashFactory.fastestInstance();
    private static final long SEED_1 = 0x42616e54696e2031L; // "BanTin 1"
    private static final long SEED_2 = 0x42616e54696e2032L; // "BanTin 2"

    /** A file's hash, and its bytes when it was read to be hashed. */
    public record Hashed(String hash, byte[] bytes) {
    }

    /**
     * Remembers the files hashed since this index was loaded, for the next build; files not hashed this time are
     * forgotten (deleted or moved). A cache that cannot be written is not an error: the next build hashes more.
     */
    public void save() {
        if (!changed && seen.size() == known.size()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(seen.size() * 120);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(seen.size());
            for (Map.Entry<String, Known> e : new java.util.TreeMap<>(seen).entrySet()) {
                Known k = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(k.size());
                out.writeLong(k.modified());
                out.writeUTF(k.identity());
                out.writeUTF(k.hash());
                out.writeLong(k.recorded());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        store.write(key, bytes.toByteArray());
    }

    private static Map<String, Known> decode(byte[] payload) {
        Map<String, Known> map = new ConcurrentHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                map.put(name, new Known(size, modified, in.readUTF(), in.readUTF(), in.readLong()));
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged: everything is hashed again
        }
        return map;
    }

    private String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static long now() {
        Instant t = Instant.now();
        return TimeUnit.SECONDS.toNanos(t.getEpochSecond()) + t.getNano();
    }
}
