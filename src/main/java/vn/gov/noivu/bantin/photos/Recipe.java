package vn.gov.noivu.bantin.photos;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How pictures are made: the widths of the sizes an article shows (from the settings), the thumbnails'
 * widths and shape, the width of the picture shared on social networks and in feeds, and the encoders'
 * settings. Everything here is in every cache key, with {@link #VERSION}: a photo made another way is
 * never taken for this one.
 */
record Recipe(List<Integer> widths, List<Integer> thumbnailWidths, int ratioWidth, int ratioHeight, int shareWidth, int jpegWidth) {
    /** Raised whenever the way a picture is made changes (code, libraries, encoders), so older cache entries are not used. */
    static final int VERSION = 1;
    /**
     * Thumbnails: 112 CSS pixels wide in a list on a phone, 200 on a larger screen, 96 beside related
     * articles; 200, 280 and 400 pixels serve screens of 1 to 3 device pixels per CSS pixel within a fifth.
     */
    static final List<Integer> THUMBNAILS = List.of(200, 280, 400);
    /** Facebook's and Zalo's recommended width for a shared link's picture, and a feed's. */
    static final int SHARE = 1200;
    /**
     * The widest JPEG size: JPEG serves only browsers without WebP (Safari 13 and older, from 2019), for which the
     * sizes up to a phone's 720 pixels and the shared 1,200-pixel JPEG are enough; wider sizes are WebP only (a
     * 12-megapixel photo's files: 0.9 MB with JPEG at every width, 0.6 MB so).
     */
    static final int JPEG = 720;

    /** The recipe for the site's {@code photos.widths}. */
    static Recipe of(List<Integer> widths) {
        return new Recipe(widths.stream().distinct().sorted().toList(), THUMBNAILS, 3, 2, SHARE, JPEG);
    }

    /** The largest width a picture is made at: what decoding must keep. */
    int largest() {
        return Math.max(shareWidth, Math.max(widths.get(widths.size() - 1), thumbnailWidths.get(thumbnailWidths.size() - 1)));
    }

    /** Everything a made picture depends on, as one line. */
    String digest() {
        return "v" + VERSION + " widths " + join(widths) + " thumbnails " + join(thumbnailWidths) + " " + ratioWidth + ":"
                + ratioHeight + " share " + shareWidth + " jpeg up to " + jpegWidth + " q " + Codecs.JPEG_QUALITY + " webp " + Codecs.WEBP_QUALITY
                + " m" + Codecs.WEBP_METHOD;
    }

    /**
     * The widths made of a picture {@code width} pixels wide out of {@code wanted}: those it is at least as wide as,
     * and its own width when it is narrower than the largest wanted (never enlarged: a 1,000-pixel photo gives 360,
     * 720 and 1,000; a 300-pixel one only 300).
     */
    static List<Integer> fitting(List<Integer> wanted, int width) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int w : wanted) {
            if (w <= width) {
                out.add(w);
            }
        }
        if (width < wanted.get(wanted.size() - 1) && !out.contains(width)) {
            out.add(width);
        }
        return out;
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
