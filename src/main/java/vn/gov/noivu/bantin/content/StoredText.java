package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A text kept in a file rather than in memory: an article's body as the last build left it in its state,
 * read (one positional read, safe from any thread) each time a page needs it. Most of an incremental
 * build's articles are only listed, never shown whole, so their bodies stay on disk.
 */
final class StoredText {
    private final FileChannel file;
    private final long offset;
    private final int length;

    StoredText(FileChannel file, long offset, int length) {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    /** The UTF-8 bytes, as they were written. */
    byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (file.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("the build's state file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    /** Where the text starts in its file, and its length in bytes. */
    long offset() {
        return offset;
    }

    int length() {
        return length;
    }

    FileChannel file() {
        return file;
    }

    boolean in(FileChannel channel) {
        return file == channel;
    }

    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
