package vn.gov.noivu.bantin.cache;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a cache entry's payload: big-endian numbers and length-prefixed UTF-8 strings (null allowed), as
 * {@link java.io.DataOutputStream} writes numbers, without its lock on every byte. Each kind of entry writes its
 * fields in a fixed order with these, beside its own format version.
 */
public final class Codec {
    private Codec() {
    }

    /** A growing array of bytes. */
    public static final class Out {
        private byte[] bytes;
        private int size;

        public Out(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        public Out bool(boolean b) {
            return u8(b ? 1 : 0);
        }

        public Out u8(int b) {
            room(1);
            bytes[size++] = (byte) b;
            return this;
        }

        public Out i32(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        public Out i64(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (v >>> shift);
            }
            return this;
        }

        /** A string, or null. */
        public Out str(String s) {
            if (s == null) {
                return i32(-1);
            }
            return raw(s.getBytes(StandardCharsets.UTF_8));
        }

        /** Bytes with their length first. */
        public Out raw(byte[] b) {
            i32(b.length);
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
            return this;
        }

        /** Where the next byte goes. */
        public int position() {
            return size;
        }

        public byte[] toBytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what {@link Out} wrote; running past the end is an {@link EOFException}, never a wrong value. */
    public static final class In {
        private final byte[] bytes;
        private int at;

        public In(byte[] bytes) {
            this(bytes, 0);
        }

        public In(byte[] bytes, int from) {
            this.bytes = bytes;
            this.at = from;
        }

        private void need(int n) throws EOFException {
            if (n < 0 || bytes.length - at < n) {
                throw new EOFException("a cache entry ends early");
            }
        }

        public boolean bool() throws IOException {
            return u8() != 0;
        }

        public int u8() throws IOException {
            need(1);
            return bytes[at++] & 0xFF;
        }

        public int i32() throws IOException {
            need(4);
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = v << 8 | bytes[at++] & 0xFF;
            }
            return v;
        }

        public long i64() throws IOException {
            need(8);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | bytes[at++] & 0xFF;
            }
            return v;
        }

        public String str() throws IOException {
            int n = i32();
            if (n == -1) {
                return null;
            }
            need(n);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        public byte[] raw() throws IOException {
            int n = i32();
            need(n);
            byte[] b = Arrays.copyOfRange(bytes, at, at + n);
            at += n;
            return b;
        }

        /** Where the next byte is read. */
        public int position() {
            return at;
        }

        public boolean atEnd() {
            return at == bytes.length;
        }
    }
}
