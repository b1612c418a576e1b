package vn.gov.noivu.bantin.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.resizers.Resizers;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.w3c.dom.Node;
import vn.gov.noivu.bantin.base.Message;

/**
 * Makes the files of one picture: reads it once (its size first, so that a picture claiming more pixels
 * than {@link #MAX_PIXELS} is refused before anything is decoded), decoded with subsampling when the largest
 * file needs fewer pixels, turned upright (EXIF orientation), converted to sRGB on white, then scaled down
 * to each width and written as WebP, and as JPEG up to the recipe's JPEG width (for browsers without WebP) and
 * at the shared width; the thumbnails are cut to one shape around the focus point.
 * Nothing of the original's metadata (camera, GPS, comments) is carried over: every file is written from pixels.
 */
final class Maker {
    /** The most pixels a picture may have: twice a 48-megapixel phone photo; a panorama beyond it must be made smaller first. */
    static final long MAX_PIXELS = 100_000_000L;

    /** EXIF orientations (1-8) by the name the ImageIO standard metadata gives them. */
    private static final Map<String, Integer> ORIENTATIONS = Map.of("Normal", 1, "FlipH", 2, "Rotate180", 3, "FlipV", 4,
            "FlipVRotate90", 5, "Rotate270", 6, "FlipHRotate90", 7, "Rotate90", 8);

    private Maker() {
    }

    /**
     * The picture {@code file} of type {@code type}, made by {@code recipe} with thumbnails around ({@code focusX}%,
     * {@code focusY}%), or without thumbnails when they are negative (a picture shown only in texts).
     */
    static Made make(Path file, FileType type, Recipe recipe, int focusX, int focusY, Budget budget) throws Refused, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = Codecs.reader(type);
            try {
                reader.setInput(in, false, false);
                int width;
                int height;
                try {
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw damaged(type);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new Refused(Message.of("photo.tooManyPixels", width, height, megapixels((long) width * height),
                            MAX_PIXELS / 1_000_000), Message.of("hint.photo.tooManyPixels"));
                }
                int orientation = orientation(reader, type);
                int frames = frames(reader, type);
                if (frames > 1) {
                    throw new Refused(Message.of("photo.animated", type.shown, frames), Message.of("hint.photo.animated"));
                }
                boolean turned = orientation >= 5;
                int upright = turned ? height : width;
                int uprightHeight = turned ? width : height;
                int step = type == FileType.WEBP ? 1 : step(upright, recipe); // libwebp's reader decodes whole
                long decoded = (long) ((width + step - 1) / step) * ((height + step - 1) / step);
                int share = budget.share(decoded);
                try {
                    budget.acquire(share);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                try {
                    BufferedImage image = decode(reader, type, step);
                    image = upright(srgb(image), orientation);
                    return files(image, upright, uprightHeight, recipe, focusX, focusY);
                } finally {
                    budget.release(share);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Every how many pixels a picture {@code upright} pixels wide is decoded: every second (third, ...) pixel as long
     * as at least twice the largest file's width is kept, so that the scaler still has pixels to average.
     */
    static int step(int upright, Recipe recipe) {
        return Math.max(1, upright / (2 * Math.min(upright, recipe.largest())));
    }

    private static Refused damaged(FileType type) {
        return new Refused(Message.of("photo.damaged", type.shown), Message.of("hint.photo.damaged"));
    }

    /** "12.3": megapixels with one decimal, the same in every locale. */
    private static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels / 1_000_000.0);
    }

    /** The EXIF orientation (1-8) the reader's standard metadata gives, 1 when there is none. */
    private static int orientation(ImageReader reader, FileType type) throws Refused {
        if (type != FileType.JPEG) {
            return 1; // PNG, GIF and WebP from cameras and phones are written upright
        }
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 1;
            }
            Node value = find(metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName), "Dimension", "ImageOrientation");
            Node name = value == null ? null : value.getAttributes().getNamedItem("value");
            return name == null ? 1 : ORIENTATIONS.getOrDefault(name.getNodeValue(), 1);
        } catch (IOException | RuntimeException e) {
            throw damaged(type);
        }
    }

    /** The number of pictures in the file: more than one is an animation (a GIF's frames, an animated PNG's). */
    private static int frames(ImageReader reader, FileType type) throws Refused {
        try {
            if (type == FileType.GIF) {
                return reader.getNumImages(true);
            }
            if (type == FileType.PNG) {
                // The JDK keeps chunks it does not know, such as an animated PNG's acTL, in its native metadata.
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node chunks = metadata == null ? null : find(metadata.getAsTree(metadata.getNativeMetadataFormatName()), "UnknownChunks");
                for (Node c = chunks == null ? null : chunks.getFirstChild(); c != null; c = c.getNextSibling()) {
                    Node chunk = c.getAttributes().getNamedItem("type");
                    if (chunk != null && chunk.getNodeValue().equals("acTL")) {
                        return 2;
                    }
                }
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            throw damaged(type);
        }
    }

    private static Node find(Node node, String... path) {
        Node at = node;
        for (String name : path) {
            Node child = at.getFirstChild();
            while (child != null && !child.getNodeName().equals(name)) {
                child = child.getNextSibling();
            }
            if (child == null) {
                return null;
            }
            at = child;
        }
        return at;
    }

    /**
     * The first picture of the file, every {@code step}th pixel. A decoder's warning that the file ends early or
     * that its data is damaged refuses it (a browser would show it half grey); others, such as a CMYK picture
     * without a colour profile or a few stray bytes between segments, which cameras leave, do not.
     */
    private static BufferedImage decode(ImageReader reader, FileType type, int step) throws Refused {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning.toLowerCase(java.util.Locale.ROOT)));
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw damaged(type);
        }
        for (String w : warnings) {
            if (CUT.stream().anyMatch(w::contains)) {
                throw new Refused(Message.of("photo.cut", type.shown), Message.of("hint.photo.cut"));
            }
        }
        for (String w : warnings) {
            if (DAMAGED.stream().anyMatch(w::contains)) {
                throw damaged(type);
            }
        }
        return image;
    }

    /** What the decoders (libjpeg's JWRN_JPEG_EOF, TwelveMonkeys, libpng's) say of a file that ends before its picture. */
    private static final List<String> CUT = List.of("premature end of jpeg file", "truncated", "missing eoi");
    /** ... and of data that cannot be decoded: a broken segment, a bad Huffman code, lost restart markers. */
    private static final List<String> DAMAGED = List.of("premature end of data segment", "bad huffman", "instead of rst",
            "crc error");

    /**
     * The picture in sRGB without transparency, in the one layout the scaler and encoders are given: colours of an
     * embedded profile (Adobe RGB, Display P3) converted; grey, palette and 16-bit pictures drawn as they are shown;
     * what is transparent drawn on the page's white.
     */
    static BufferedImage srgb(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (image.getType() == BufferedImage.TYPE_INT_RGB && space.isCS_sRGB()) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        if (space.getType() == ColorSpace.TYPE_RGB && !space.isCS_sRGB() && !image.getColorModel().hasAlpha()) {
            new ColorConvertOp(space, ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, out);
            return out;
        }
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The picture as it is meant to be seen: EXIF orientation 2-8 flip or turn it (Thumbnailator's filters). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
    }

    /**
     * The files of an upright picture whose full size is {@code width} × {@code height} ({@code image} may be
     * smaller, decoded with subsampling): each size, the thumbnails, the shared picture.
     */
    private static Made files(BufferedImage image, int width, int height, Recipe recipe, int focusX, int focusY) throws IOException {
        List<Made.File> files = new ArrayList<>();
        List<Integer> sizes = Recipe.fitting(recipe.widths(), width);
        BufferedImage from = image;
        BufferedImage largest = null;
        // Largest first, each from the one before it: every step scales down by less than three.
        for (int i = sizes.size() - 1; i >= 0; i--) {
            int w = sizes.get(i);
            BufferedImage scaled = scale(from, w, height(w, width, height));
            if (w <= recipe.jpegWidth()) {
                files.add(file(Made.Role.SIZE, "jpg", scaled));
            }
            files.add(file(Made.Role.SIZE, "webp", scaled));
            int s = Math.min(recipe.shareWidth(), width);
            if (i == sizes.size() - 1 && s > recipe.jpegWidth()) { // else a JPEG size is the one shared
                files.add(file(Made.Role.SHARE, "jpg", scale(scaled, s, height(s, width, height))));
            }
            from = scaled;
            largest = largest == null ? scaled : largest;
        }
        if (focusX >= 0) {
            // Cut from the largest size when it has twice the thumbnails' pixels: a tenth of the work of the whole photo.
            int most = recipe.thumbnailWidths().get(recipe.thumbnailWidths().size() - 1);
            files.addAll(thumbnails(largest.getWidth() >= 2 * most ? largest : image, width, recipe, focusX, focusY));
        }
        files.sort(java.util.Comparator.comparing((Made.File f) -> f.role()).thenComparingInt(Made.File::width)
                .thenComparing(Made.File::format));
        return new Made(width, height, List.copyOf(files));
    }

    private static Made.File file(Made.Role role, String format, BufferedImage image) throws IOException {
        byte[] bytes = format.equals("jpg") ? Codecs.jpeg(image) : Codecs.webp(image);
        return new Made.File(role, format, image.getWidth(), image.getHeight(), bytes.length, bytes);
    }

    /** The thumbnails: the largest part of the picture of the recipe's shape, placed to keep the focus point as central as it can. */
    private static List<Made.File> thumbnails(BufferedImage image, int width, Recipe recipe, int focusX, int focusY) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW = Math.min(w, h * recipe.ratioWidth() / recipe.ratioHeight());
        int cropH = cropW * recipe.ratioHeight() / recipe.ratioWidth();
        int x = clamp(Math.round(w * focusX / 100f - cropW / 2f), 0, w - cropW);
        int y = clamp(Math.round(h * focusY / 100f - cropH / 2f), 0, h - cropH);
        BufferedImage crop = image.getSubimage(x, y, cropW, cropH);
        // The crop's width in the picture's own pixels, before any subsampling.
        int full = (int) Math.round((double) cropW * width / w);
        List<Integer> widths = Recipe.fitting(recipe.thumbnailWidths(), full);
        List<Made.File> files = new ArrayList<>();
        BufferedImage from = crop;
        for (int i = widths.size() - 1; i >= 0; i--) {
            int tw = widths.get(i);
            BufferedImage scaled = scale(from, tw, Math.max(1, Math.round(tw * (float) recipe.ratioHeight() / recipe.ratioWidth())));
            files.add(file(Made.Role.THUMBNAIL, "jpg", scaled));
            files.add(file(Made.Role.THUMBNAIL, "webp", scaled));
            from = scaled;
        }
        return files;
    }

    /** The height of a {@code w}-pixel-wide copy of a {@code width} × {@code height} picture. */
    static int height(int w, int width, int height) {
        return Math.max(1, (int) Math.round((double) w * height / width));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** {@code image} at {@code w} × {@code h}: Thumbnailator's progressive bilinear halving (a copy of the crop when the size is the same). */
    private static BufferedImage scale(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (image.getWidth() == w && image.getHeight() == h) {
            Graphics2D g = out.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            return out;
        }
        Resizers.PROGRESSIVE.resize(image, out);
        return out;
    }
}
