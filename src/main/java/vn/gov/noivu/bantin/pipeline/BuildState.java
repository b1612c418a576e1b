package vn.gov.noivu.bantin.pipeline;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.BodyStore;
import vn.gov.noivu.bantin.content.ContentLoader;

/**
 * What a recorded build read from content/, kept beside its output ({@code .site.state} for {@code site/})
 * so that the next {@code build}, when only articles and pages changed, reads only the files that changed
 * and writes only the pages they touch (the preview's way, {@link Changes} and {@link Edit}). It holds every
 * file's size, modification time and what the content stage made of it: the article as loaded and its
 * warnings.
 * <p>
 * It is never trusted blindly: the record ({@link UpToDate}) names its length and checksum (CRC-32), and
 * says whether anything but content/ changed and whether the output is still as the build wrote it; a
 * file of another format version, another length or checksum, or one that cannot be read is ignored, and
 * the build is a full one. Before a build changes the output in place, both go ({@link UpToDate#forget}),
 * so a build stopped half-way leaves the next one full.
 */
final class BuildState {
    /** The file's format; a state of another version is not read. */
    private static final int VERSION = 4;
    private static final long MAGIC = 0x42414e54494e5354L; // "BANTINST"

    /**
     * What a build left: the {@code now} it was built at, the content stage's cache (which the next load
     * updates), and the articles and pages it held, which the output shows.
     */
    record State(ZonedDateTime now, ContentLoader.Cache cache, List<Article> articles, FileChannel file) {
        /** When the state is not used after all: its articles' bodies are not read. */
        void close() {
            try {
                file.close();
            } catch (IOException e) {
                // nothing more to do: it was only read
            }
        }
    }

    private BuildState() {
    }

    /** Bytes before the bodies: the format, its version, and the build's {@code now}. */
    static final int HEADER = Long.BYTES + Integer.BYTES + Long.BYTES + Integer.BYTES + Integer.BYTES;

    /** Where a recorded build's content stage writes the bodies it reads: the state's file-to-be, beside the output. */
    static BodyStore bodies(Path output) throws IOException {
        return BodyStore.create(temporary(UpToDate.stateOf(output)), HEADER);
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /**
     * Completes the state of a build of {@code root} at {@code now} in {@code store}, which holds the bodies the
     * content stage read: the cache after them, then the header. Returns its summary for the record
     * ("length:checksum"); the file becomes the state only through {@link #install}.
     */
    static String complete(Path root, ZonedDateTime now, ContentLoader.Cache cache, BodyStore store) throws IOException {
        long length = cache.write(store, root);
        ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(MAGIC).putInt(VERSION)
                .putLong(now.toEpochSecond()).putInt(now.getNano()).putInt(now.getOffset().getTotalSeconds());
        store.write(header.flip(), 0);
        return summary(length, checksum(store.channel()));
    }

    /** Makes the {@code store} {@link #complete} finished the state {@code file}. */
    static void install(BodyStore store, Path file) throws IOException {
        Files.move(store.file(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes what {@link #bodies} began, when the build is not recorded. */
    static void discard(BodyStore store) {
        try {
            store.close();
            Files.deleteIfExists(store.file());
        } catch (IOException e) {
            // the next recorded build overwrites it
        }
    }

    /**
     * The state in {@code file}, if it is the one {@code summary} (from the record) describes and reads whole.
     * The file stays open: the articles' bodies are read from it when a page needs them. (A later build
     * replaces the file by renaming a new one over it; this one still reads the old.)
     */
    static Optional<State> read(Path file, Path root, String summary) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            // The checksum first: a damaged file is never decoded.
            if (!summary.startsWith(size + ":") || !summary.equals(summary(size, checksum(channel)))) {
                channel.close();
                return Optional.empty();
            }
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            channel.read(header, 0);
            header.flip();
            ByteBuffer footer = ByteBuffer.allocate(Long.BYTES);
            channel.read(footer, size - Long.BYTES);
            long restAt = footer.flip().getLong();
            if (header.getLong() != MAGIC || header.getInt() != VERSION || restAt < HEADER || restAt > size - Long.BYTES) {
                channel.close();
                return Optional.empty();
            }
            ZonedDateTime now = Instant.ofEpochSecond(header.getLong(), header.getInt())
                    .atOffset(ZoneOffset.ofTotalSeconds(header.getInt())).toZonedDateTime();
            ContentLoader.Cache cache = ContentLoader.Cache.read(channel, restAt, root);
            return Optional.of(new State(now, cache, cache.articles(), channel));
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing more to do: a full build follows
            }
            return Optional.empty(); // unreadable: a full build writes a new one
        }
    }

    private static long checksum(FileChannel channel) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (long at = 0; channel.read(buffer, at) > 0; at += buffer.position(), buffer.clear()) {
            crc.update(buffer.flip());
        }
        return crc.getValue();
    }

    private static String summary(long length, long crc) {
        return length + ":" + Long.toHexString(crc);
    }
}
