package vn.gov.noivu.bantin.photos;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * What a picture file holds, told by its first bytes, never by its name: a photo saved by an iPhone keeps
 * its HEIC content under any name, and a file renamed to .jpg is still a text. Only the four raster formats
 * browsers show everywhere are made into photos; SVG is published as it is.
 */
enum FileType {
    JPEG("JPEG"), PNG("PNG"), GIF("GIF"), WEBP("WebP"), SVG("SVG"),
    /** A WebP whose extended header says it is animated: browsers would play it, and a photo must hold still. */
    WEBP_ANIMATION("WebP"),
    /** An iPhone's (or another phone's) HEIC: no browser but Safari shows it. */
    HEIF("HEIC"),
    AVIF("AVIF"), BMP("BMP"), TIFF("TIFF"), PDF("PDF"),
    /** Letters, not a picture: a page saved under a picture's name, an error page downloaded in its place. */
    TEXT("text"),
    OTHER("");

    /** Bytes enough to tell every type apart. */
    static final int HEAD = 32;
    /** The ISO base media brands of HEIF pictures (ISO/IEC 23008-12), as phones write them. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs",
            "mif1", "msf1", "heif");

    /** The name messages give the type ("HEIC", "PDF"). */
    final String shown;

    FileType(String shown) {
        this.shown = shown;
    }

    /** The type of a file that starts with {@code head} and is named with {@code extension} (lower case, no dot). */
    static FileType of(byte[] head, String extension) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(head, 0, 6).equals("GIF87a") || ascii(head, 0, 6).equals("GIF89a")) {
            return GIF;
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            // The extended header (VP8X) right after the RIFF header has the animation flag in its first byte.
            return ascii(head, 12, 4).equals("VP8X") && head.length > 20 && (head[20] & 0x02) != 0 ? WEBP_ANIMATION : WEBP;
        }
        if (ascii(head, 4, 4).equals("ftyp")) {
            String brand = ascii(head, 8, 4);
            return brand.equals("avif") || brand.equals("avis") ? AVIF : HEIF_BRANDS.contains(brand) ? HEIF : OTHER;
        }
        if (ascii(head, 0, 2).equals("BM")) {
            return BMP;
        }
        if (starts(head, 0, 'I', 'I', 42, 0) || starts(head, 0, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (ascii(head, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        if (looksLikeText(head)) {
            return extension.equals("svg") ? SVG : TEXT;
        }
        return OTHER;
    }

    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false; // UTF-8 letters (0x80 and above) are text; control bytes are not
            }
        }
        return true;
    }

    private static boolean starts(byte[] head, int at, int... bytes) {
        if (head.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] head, int at, int length) {
        return head.length < at + length ? "" : new String(Arrays.copyOfRange(head, at, at + length), StandardCharsets.ISO_8859_1);
    }
}
