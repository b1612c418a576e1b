package vn.gov.noivu.bantin.photos;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The photos' entries in the build's cache ({@code cache/Store}), in one place with their layouts:
 * <ul>
 * <li>{@code photo}: the picture's bytes (their content hash), the recipe and the focus point → the description of its files;
 * <li>{@code photo-files}: the same → the files' bytes, one after another in the description's order (a site is
 * written from it without copying each file apart).
 * <li>{@code photos}: every picture of a site (its name, content hash and focus point, in order) and the recipe →
 * each one's description, or an SVG's length: a run with the same pictures reads this one entry instead of one a
 * picture (stored only when every picture was published).
 * </ul>
 * A check and the pages need only the descriptions; only writing the site reads the files.
 */
final class Stored {
    /** The layout of these entries: in every key of them, so that another layout is never read as this one. */
    static final int VERSION = 1;

    private Stored() {
    }

    static byte[] description(Made made) {
        return bytes(out -> {
            out.writeInt(made.width());
            out.writeInt(made.height());
            out.writeInt(made.files().size());
            for (Made.File f : made.files()) {
                out.writeByte(f.role().ordinal());
                out.writeUTF(f.format());
                out.writeInt(f.width());
                out.writeInt(f.height());
                out.writeLong(f.length());
            }
        });
    }

    static Optional<Made> description(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int width = in.readInt();
            int height = in.readInt();
            int n = in.readInt();
            List<Made.File> files = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                files.add(new Made.File(Made.Role.values()[in.readByte()], in.readUTF(), in.readInt(), in.readInt(), in.readLong(), null));
            }
            return in.available() == 0 ? Optional.of(new Made(width, height, List.copyOf(files))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What a site's run kept of one picture: its description, or, for an SVG published as it is, its length. */
    record Kept(Made description, long length) {
    }

    static byte[] kept(List<Kept> all) {
        return bytes(out -> {
            out.writeInt(all.size());
            for (Kept k : all) {
                out.writeBoolean(k.description() != null);
                if (k.description() == null) {
                    out.writeLong(k.length());
                } else {
                    byte[] d = description(k.description());
                    out.writeInt(d.length);
                    out.write(d);
                }
            }
        });
    }

    /** The kept pictures of {@code payload}, when it holds {@code count} of them and nothing else. */
    static Optional<List<Kept>> kept(byte[] payload, int count) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readInt() != count) {
                return Optional.empty();
            }
            List<Kept> all = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (in.readBoolean()) {
                    Optional<Made> d = description(in.readNBytes(in.readInt()));
                    if (d.isEmpty()) {
                        return Optional.empty();
                    }
                    all.add(new Kept(d.get(), 0));
                } else {
                    all.add(new Kept(null, in.readLong()));
                }
            }
            return in.available() == 0 ? Optional.of(List.copyOf(all)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every file's bytes, in order. */
    static byte[] files(Made made) {
        long total = made.files().stream().mapToLong(Made.File::length).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) total);
        made.files().forEach(f -> out.writeBytes(f.bytes()));
        return out.toByteArray();
    }

    /** Whether {@code payload} holds the files {@code described}: their lengths add up to it. */
    static boolean fits(Made described, byte[] payload) {
        return described.files().stream().mapToLong(Made.File::length).sum() == payload.length;
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }
}
