package vn.gov.noivu.bantin.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The build's one cache on disk: entries addressed by a {@link Key} (a digest of what the entry was made from),
 * in a folder outside the published output. Anything may delete the folder at any time: an entry that is
 * missing, cut short, damaged, or written by another format is not found, and its maker writes it again.
 * Builds sharing a folder do not corrupt it: an entry is written under a name of its own and renamed into
 * place, so a reader sees the whole of one entry or none, and two writers of one key write the same bytes.
 * <p>An entry is {@code MAGIC}, the format version, the key, the payload's length, the payload and its CRC-32.
 */
public final class Store {
    /** Raised with the format of any entry ({@link Format#VERSION}): an older tool's entries are then simply not found. */
    private static final byte[] MAGIC = "bantin-cache\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;

    private Store(Path folder) {
        this.folder = folder;
    }

    /** The cache in {@code folder}, made when first written. */
    public static Store at(Path folder) {
        return new Store(folder.toAbsolutePath().normalize());
    }

    /** Where the entries are. */
    public Path folder() {
        return folder;
    }

    /** The payload stored under {@code key}, or empty when there is none that can be trusted. */
    public Optional<byte[]> read(Key key) {
        Path file = file(key);
        byte[] whole;
        try {
            whole = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(whole))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != Format.VERSION || !in.readUTF().equals(key.hex())) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || length > in.available() - Long.BYTES) {
                return Optional.empty();
            }
            byte[] payload = in.readNBytes(length);
            long crc = in.readLong();
            if (in.available() != 0 || crc != crc(payload)) {
                return Optional.empty();
            }
            return Optional.of(payload);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether there is an entry under {@code key} (it may still be damaged: {@link #read} tells). */
    public boolean has(Key key) {
        return Files.isRegularFile(file(key));
    }

    /** Deletes the entry under {@code key}, if any. */
    public void delete(Key key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            // not there, or not ours to delete: a reader still finds it damaged
        }
    }

    /**
     * Stores {@code payload} under {@code key}, replacing what was there. A cache that cannot be written (a
     * read-only folder, a full disk) is not an error of the site: the build goes on and remembers less.
     * Returns whether the entry was written.
     */
    public boolean write(Key key, byte[] payload) {
        Path file = file(key);
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), ".", ".tmp");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 128);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(MAGIC);
                out.writeInt(Format.VERSION);
                out.writeUTF(key.hex());
                out.writeInt(payload.length);
                out.write(payload);
                out.writeLong(crc(payload));
            }
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | SecurityException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is never read as an entry
                }
            }
            return false;
        }
    }

    /**
     * Deletes the entries of {@code kind} that are not in {@code kept} and were last written more than {@code age}
     * ago, when they are many more than are kept: a cache kept by a pipeline for months would otherwise hold every
     * version of every article. How many there are is estimated from one of the 256 folders, so a build that prunes
     * nothing looks at one folder. Entries another build is writing now are young and stay. Returns how many went.
     */
    public int prune(String kind, java.util.Set<Key> kept, java.time.Duration age) {
        Path folder = this.folder.resolve(kind);
        long sample;
        try (java.util.stream.Stream<Path> one = Files.list(folder.resolve("00"))) {
            sample = one.count();
        } catch (IOException e) {
            sample = 0;
        }
        if (sample * 256 <= 2L * kept.size() + 1024) {
            return 0;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        kept.forEach(k -> names.add(k.hex()));
        long before = System.currentTimeMillis() - age.toMillis();
        int[] gone = {0};
        try (java.util.stream.Stream<Path> all = Files.walk(folder, 2)) {
            all.filter(Files::isRegularFile).forEach(f -> {
                String hex = f.getParent().getFileName().toString() + f.getFileName();
                try {
                    if (!names.contains(hex) && Files.getLastModifiedTime(f).toMillis() < before) {
                        Files.delete(f);
                        gone[0]++;
                    }
                } catch (IOException e) {
                    // gone already, or another build's: either way not ours to keep
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // a cache that cannot be listed is pruned next time
        }
        return gone[0];
    }

    /** {@code kind/ab/cdef…}: the kind keeps entries of one sort together, the first two digits keep folders small. */
    Path file(Key key) {
        return folder.resolve(key.kind()).resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2));
    }

    private static long crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return crc.getValue();
    }
}
