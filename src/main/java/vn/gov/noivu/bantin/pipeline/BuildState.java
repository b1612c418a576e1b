package vn.gov.noivu.bantin.pipeline;

import java.io.BufferedInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import vn.gov.noivu.bantin.content.Article;
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
    private static final int VERSION = 1;
    private static final long MAGIC = 0x42414e54494e5354L; // "BANTINST"

    /**
     * What a build left: the {@code now} it was built at, the content stage's cache (which the next load
     * updates), and the articles and pages it held, which the output shows.
     */
    record State(ZonedDateTime now, ContentLoader.Cache cache, List<Article> articles) {
    }

    private BuildState() {
    }

    /** Writes the state of a build of {@code root} at {@code now}; returns its summary for the record ("length:checksum"). */
    static String write(Path file, Path root, ZonedDateTime now, ContentLoader.Cache cache) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32 crc = new CRC32();
        long length;
        try (OutputStream raw = Files.newOutputStream(tmp);
             CountingStream counted = new CountingStream(new BufferedOutputStream(raw, 1 << 16));
             DataOutputStream out = new DataOutputStream(new CheckedOutputStream(counted, crc))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(now.toOffsetDateTime().toString());
            cache.write(out, () -> counted.count, root);
            out.flush();
            length = counted.count;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary(length, crc.getValue());
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
            ByteBuffer footer = ByteBuffer.allocate(Long.BYTES);
            channel.read(footer, size - Long.BYTES);
            long rest = footer.flip().getLong();
            ZonedDateTime now;
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                    channel.close();
                    return Optional.empty();
                }
                now = ZonedDateTime.parse(in.readUTF());
            }
            try (InputStream raw = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ).position(rest));
                 DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
                ContentLoader.Cache cache = ContentLoader.Cache.read(in, channel, root);
                if (in.read() != -1) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new State(now, cache, cache.articles()));
            }
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

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
