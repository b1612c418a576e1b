package vn.gov.noivu.bantin.photos;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A picture as pages and feeds show it: its sizes as JPEG and WebP for {@code srcset}, its thumbnails for
 * the lists, and the JPEG shared on social networks and in feeds. Getters are named for Freemarker
 * ({@code photo.webpSrcset}); addresses start with the site's base path. An SVG is published as it is:
 * it has no sizes and no thumbnail ({@link #isRaster()} false).
 */
public final class Photo {
    /** One file of a picture: its site path, MIME type, size in pixels and length in bytes. */
    public record File(String path, String type, int width, int height, long length) {
        public String getPath() {
            return path;
        }

        public String getType() {
            return type;
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }

        public long getLength() {
            return length;
        }
    }

    /** What the lead photo's fallback JPEG aims at: a phone's width at two device pixels per CSS pixel. */
    static final int FALLBACK = 720;

    private final String source;
    private final String base;
    private final int width;
    private final int height;
    private final List<File> jpeg;
    private final List<File> webp;
    private final List<File> thumbJpeg;
    private final List<File> thumbWebp;
    private final File share;

    Photo(String source, String base, int width, int height, List<File> jpeg, List<File> webp, List<File> thumbJpeg,
          List<File> thumbWebp, File share) {
        this.source = source;
        this.base = base;
        this.width = width;
        this.height = height;
        this.jpeg = List.copyOf(jpeg);
        this.webp = List.copyOf(webp);
        this.thumbJpeg = List.copyOf(thumbJpeg);
        this.thumbWebp = List.copyOf(thumbWebp);
        this.share = share;
    }

    /** The picture's path in assets/ ("images/2014/01/hoi-nghi.jpg"). */
    public String getSource() {
        return source;
    }

    /** False for a picture published as it is (SVG). */
    public boolean isRaster() {
        return !webp.isEmpty();
    }

    /** The upright picture's width in pixels (0 for SVG). */
    public int getSourceWidth() {
        return width;
    }

    /** The width of the largest size: with {@link #getHeight()}, what {@code width} and {@code height} say (0 for SVG). */
    public int getWidth() {
        return webp.isEmpty() ? 0 : webp.get(webp.size() - 1).width();
    }

    public int getHeight() {
        return webp.isEmpty() ? 0 : webp.get(webp.size() - 1).height();
    }

    /**
     * The JPEG a browser without {@code srcset} shows: the smallest at least {@link #FALLBACK} pixels wide, else the
     * largest (the original for SVG).
     */
    public String getSrc() {
        if (webp.isEmpty()) {
            return base + share.path();
        }
        return base + jpeg.stream().filter(f -> f.width() >= FALLBACK).findFirst().orElse(share).path();
    }

    /** "…-360.….jpg 360w, …-720.….jpg 720w, …-1200.….jpg 1200w": the JPEG sizes and the shared JPEG, for browsers without WebP. */
    public String getSrcset() {
        List<File> all = new java.util.ArrayList<>(jpeg);
        if (!jpeg.contains(share)) {
            all.add(share);
        }
        return srcset(all);
    }

    public String getWebpSrcset() {
        return srcset(webp);
    }

    /** True when the lists can show the picture as a thumbnail. */
    public boolean isThumbnail() {
        return !thumbJpeg.isEmpty();
    }

    public String getThumbSrc() {
        return base + thumbJpeg.get(0).path();
    }

    public String getThumbSrcset() {
        return srcset(thumbJpeg);
    }

    public String getThumbWebpSrcset() {
        return srcset(thumbWebp);
    }

    /** The largest thumbnail's width and height: the thumbnails' shape. */
    public int getThumbWidth() {
        return thumbJpeg.get(thumbJpeg.size() - 1).width();
    }

    public int getThumbHeight() {
        return thumbJpeg.get(thumbJpeg.size() - 1).height();
    }

    /** The picture for Open Graph and feeds: a JPEG 1,200 pixels wide (narrower pictures: their largest size; SVG: itself). */
    public File getShare() {
        return share;
    }

    /** Every file of the picture, by site path. */
    List<File> files() {
        List<File> all = new java.util.ArrayList<>(jpeg);
        all.addAll(webp);
        all.addAll(thumbJpeg);
        all.addAll(thumbWebp);
        if (!all.contains(share)) {
            all.add(share);
        }
        return all;
    }

    private String srcset(List<File> files) {
        return files.stream().map(f -> base + f.path() + " " + f.width() + "w").collect(Collectors.joining(", "));
    }
}
