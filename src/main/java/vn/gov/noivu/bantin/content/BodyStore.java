package vn.gov.noivu.bantin.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file the content stage writes the articles' bodies into as it reads them, so that a build holds its
 * articles' front matter in memory but not their text (the text is nine tenths of an article's memory:
 * 100,000 articles held 0.8 GiB of bodies). A page that shows a body reads it back (one positional read,
 * from the page cache). The file becomes the build's state ({@code .site.state}, see the pipeline's
 * BuildState), so the bodies are written once.
 */
public final class BodyStore implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end;

    private BodyStore(Path file, FileChannel channel, long start) {
        this.file = file;
        this.channel = channel;
        this.end = new AtomicLong(start);
    }

    /** A new, empty {@code file} whose first {@code reserved} bytes are left for a header. */
    public static BodyStore create(Path file, int reserved) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new BodyStore(file, channel, reserved);
    }

    /** Writes {@code text} (safe from any thread) and returns where it is. */
    StoredText put(String text) {
        return put(text.getBytes(StandardCharsets.UTF_8));
    }

    StoredText put(byte[] bytes) {
        long at = end.getAndAdd(bytes.length);
        write(ByteBuffer.wrap(bytes), at);
        return new StoredText(channel, at, bytes.length);
    }

    /** Writes {@code bytes} at {@code position} of the file. */
    public void write(ByteBuffer bytes, long position) {
        try {
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code text} is in this file. */
    boolean holds(StoredText text) {
        return text.in(channel);
    }

    /** Where the next text would go: the end of what was written. */
    public long end() {
        return end.get();
    }

    /** Reserves {@code length} bytes at the end, for the caller to write; returns where they start. */
    public long reserve(long length) {
        return end.getAndAdd(length);
    }

    public Path file() {
        return file;
    }

    public FileChannel channel() {
        return channel;
    }

    /** Closes the file; the texts in it can no longer be read. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
