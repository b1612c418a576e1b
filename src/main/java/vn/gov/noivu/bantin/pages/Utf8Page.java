package vn.gov.noivu.bantin.pages;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where Freemarker writes a page: its text encoded to UTF-8 as it arrives, then written to the file in
 * one call. The same bytes as {@code String.getBytes(UTF_8)} of the whole text (a lone surrogate becomes
 * '?'), without first collecting the text in a StringBuilder (which Vietnamese text turns into two bytes
 * a character) and copying it twice; {@link java.nio.file.Files#write} would also cut the file into
 * 8 KiB writes.
 */
final class Utf8Page extends Writer {
    private byte[] bytes = new byte[1 << 15];
    private int size;
    /** A high surrogate whose low half has not arrived yet (Freemarker may write a character at a time). */
    private char high;

    @Override
    public void write(String s, int off, int len) {
        if (len == 0) {
            return;
        }
        if (high == 0 && !Character.isLowSurrogate(s.charAt(off)) && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
            // No surrogate pair cut by the call's edges: the JDK's encoder (its fast paths for ASCII are
            // several times quicker than a loop here) gives the bytes this part has in the whole text.
            byte[] part = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8);
            ensure(part.length);
            System.arraycopy(part, 0, bytes, size, part.length);
            size += part.length;
            return;
        }
        ensure(len * 3 + 4);
        for (int i = off; i < off + len; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    /** Text already encoded (a cached part of the template): its bytes as they are, unless a surrogate pair is open. */
    void writeUtf8(byte[] utf8) {
        if (high != 0) {
            write(new String(utf8, StandardCharsets.UTF_8));
            return;
        }
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Freemarker writes a template's own text (mostly ASCII markup) from char arrays. */
    @Override
    public void write(char[] buf, int off, int len) {
        ensure(len * 3 + 4);
        int end = off + len;
        int i = off;
        if (high == 0) {
            byte[] b = bytes;
            int n = size;
            for (; i < end && buf[i] < 0x80; i++) {
                b[n++] = (byte) buf[i];
            }
            size = n;
        }
        for (; i < end; i++) {
            put(buf[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(8);
        put((char) c);
    }

    private void put(char c) {
        byte[] b = bytes;
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                b[size++] = (byte) (0xF0 | (cp >> 18));
                b[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            b[size++] = '?';
        }
        if (c < 0x80) {
            b[size++] = (byte) c;
        } else if (c < 0x800) {
            b[size++] = (byte) (0xC0 | (c >> 6));
            b[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            b[size++] = '?';
        } else {
            b[size++] = (byte) (0xE0 | (c >> 12));
            b[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The page's bytes so far (a lone high surrogate at the very end counts as '?'). */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, size);
    }

    /** Creates or replaces {@code file} with the page's bytes. */
    void writeTo(Path file) throws IOException {
        finish();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes, 0, size);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    private void finish() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[size++] = '?';
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
