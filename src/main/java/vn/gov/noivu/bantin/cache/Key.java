package vn.gov.noivu.bantin.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The address of a cache entry: its kind (a folder name: "article", "photo", ...) and the SHA-256 of
 * everything the entry was made from, the input's content first, then every setting the result depends on.
 * Two inputs that differ in any part have different keys; so an entry is never stale, only unused.
 */
public record Key(String kind, String hex) {
    public Key {
        if (!kind.matches("[a-z][a-z0-9-]*") || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key: " + kind + "/" + hex);
        }
    }

    /** A key made of {@code parts}, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
    public static Builder of(String kind) {
        return new Builder(kind);
    }

    /** Adds the parts of a key one by one. */
    public static final class Builder {
        private final String kind;
        private final MessageDigest digest;

        private Builder(String kind) {
            this.kind = kind;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java has SHA-256
            }
        }

        public Builder add(byte[] part) {
            digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
            digest.update(part);
            return this;
        }

        public Builder add(String part) {
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(long part) {
            return add(Long.toString(part));
        }

        public Key key() {
            return new Key(kind, HexFormat.of().formatHex(digest.digest()));
        }
    }
}
