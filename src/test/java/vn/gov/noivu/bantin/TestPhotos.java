package vn.gov.noivu.bantin;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pictures as editors bring them, made by the tests instead of committed: a camera's photo (sky and ground,
 * shapes, texture at every scale and sensor noise, so that it compresses like a photo and not like a flat
 * colour: 4000 × 3000 pixels at quality 0.9 is about 3 MB), rotated by EXIF with the camera's make and a GPS
 * position, CMYK from a print workflow, a PNG screenshot, an iPhone's HEIC, an animated GIF, a file cut short,
 * a text named .jpg, and a header claiming more pixels than any photo has. The same seed gives the same bytes.
 */
public final class TestPhotos {
    /** What the EXIF of {@link #withExif} says the camera was, so a test can look for it in what the site publishes. */
    public static final String CAMERA = "Canon EOS 5D bí mật";

    private TestPhotos() {
    }

    /** A camera-like photo of {@code width} × {@code height} pixels. */
    public static BufferedImage photo(int width, int height, long seed) {
        Random rng = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70 + rng.nextInt(60), 120 + rng.nextInt(60), 190 + rng.nextInt(50)),
                0, height * 0.55f, new Color(215, 225, 235)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new GradientPaint(0, height * 0.5f, new Color(120 + rng.nextInt(40), 100, 70), width, height,
                new Color(50, 80 + rng.nextInt(40), 40)));
        g.fillRect(0, height / 2, width, height - height / 2);
        for (int i = 0; i < 80; i++) {
            g.setColor(new Color(rng.nextInt(256), rng.nextInt(256), rng.nextInt(256), 120 + rng.nextInt(136)));
            int x = rng.nextInt(width);
            int y = rng.nextInt(height);
            int s = width / 50 + rng.nextInt(Math.max(1, width / 6));
            switch (i % 3) {
                case 0 -> g.fillOval(x - s / 2, y - s / 3, s, s * 2 / 3);
                case 1 -> g.fillRect(x - s / 2, y - s / 3, s, s * 2 / 3);
                default -> {
                    g.setStroke(new BasicStroke(2 + rng.nextInt(Math.max(3, width / 200))));
                    g.drawLine(x, y, rng.nextInt(width), rng.nextInt(height));
                }
            }
        }
        g.dispose();
        // Texture at scales of 3, 12 and 48 pixels (leaves, fabric, faces), then noise of a few levels.
        float[][] octaves = {grid(width, height, 3, rng), grid(width, height, 12, rng), grid(width, height, 48, rng)};
        int[] scales = {3, 12, 48};
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                double t = 0;
                for (int o = 0; o < 3; o++) {
                    t += sample(octaves[o], width / scales[o] + 2, x / (double) scales[o], y / (double) scales[o]) * (10 + 6 * o);
                }
                int n = (int) t + rng.nextInt(9) - 4; // the sensor's noise
                int p = row[x];
                row[x] = clamp(((p >> 16) & 255) + n) << 16 | clamp(((p >> 8) & 255) + n) << 8 | clamp((p & 255) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static float[] grid(int width, int height, int scale, Random rng) {
        int w = width / scale + 2;
        int h = height / scale + 2;
        float[] g = new float[w * h];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return g;
    }

    /** Bilinear value noise. */
    private static double sample(float[] grid, int w, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        double top = grid[y0 * w + x0] * (1 - fx) + grid[y0 * w + x0 + 1] * fx;
        double bottom = grid[(y0 + 1) * w + x0] * (1 - fx) + grid[(y0 + 1) * w + x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    /** A baseline JPEG of {@code image} at {@code quality} (0-1), by the JDK's own encoder, as a camera writes one. */
    public static byte[] jpeg(BufferedImage image, float quality) {
        return write(image, "jpeg", quality);
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png", -1);
    }

    private static byte[] write(BufferedImage image, String format, float quality) {
        ImageWriter writer = jdkWriter(format);
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (quality >= 0) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter jdkWriter(String format) {
        for (var it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                return w;
            }
        }
        throw new IllegalStateException("no JDK writer for " + format);
    }

    /**
     * {@code jpeg} with an EXIF segment as a camera writes it: the orientation (1-8: the picture is stored turned,
     * and shown upright by applying it), the camera's make ({@link #CAMERA}) and a GPS position.
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        List<Entry> gps = List.of(new TIFFEntry(1, TIFF.TYPE_ASCII, "N"), new TIFFEntry(3, TIFF.TYPE_ASCII, "E"));
        List<Entry> entries = new ArrayList<>();
        entries.add(new TIFFEntry(TIFF.TAG_MAKE, TIFF.TYPE_ASCII, CAMERA));
        entries.add(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, orientation));
        entries.add(new TIFFEntry(TIFF.TAG_GPS_IFD, TIFF.TYPE_LONG, new IFD(gps)));
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff)) {
            new TIFFWriter().write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = body.length + 8;
        out.write(length >> 8);
        out.write(length);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A CMYK JPEG (Adobe's APP14, inverted as Photoshop writes it) of a photo, as print workflows send them. */
    public static byte[] cmykJpeg(int width, int height, long seed) {
        BufferedImage rgb = photo(width, height, seed);
        java.awt.image.WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                width, height, 4, null);
        int[] px = new int[4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = rgb.getRGB(x, y);
                int r = (p >> 16) & 255;
                int g = (p >> 8) & 255;
                int b = p & 255;
                int k = 255 - Math.max(r, Math.max(g, b));
                int d = 255 - k;
                px[0] = d == 0 ? 0 : (d - r) * 255 / d;
                px[1] = d == 0 ? 0 : (d - g) * 255 / d;
                px[2] = d == 0 ? 0 : (d - b) * 255 / d;
                px[3] = k;
                for (int i = 0; i < 4; i++) {
                    px[i] = 255 - px[i]; // Adobe's inverted CMYK
                }
                cmyk.setPixel(x, y, px);
            }
        }
        ImageWriter writer = jdkWriter("jpeg");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(cmyk, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        // The JDK writes four components without saying what they are; Adobe's APP14 (transform 0: no YCC) says CMYK.
        byte[] plain = bytes.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** An animated GIF of {@code frames} frames. */
    public static byte[] animatedGif(int width, int height, int frames) {
        ImageWriter writer = jdkWriter("gif");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = frame.createGraphics();
                g.setColor(new Color(40 * i % 256, 120, 200));
                g.fillRect(0, 0, width, height);
                g.dispose();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(metadata.getNativeMetadataFormatName());
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "20");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(metadata.getNativeMetadataFormatName(), root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The first bytes of an iPhone's HEIC photo (an ISO base media file of brand "heic") and some of what follows. */
    public static byte[] heic() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {0, 0, 0, 0x10});
        out.writeBytes("meta\0\0\0\0hdlrpict".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** {@code jpeg} damaged half way: a restart marker where none belongs, as a bad memory card leaves one. */
    public static byte[] damaged(byte[] jpeg) {
        byte[] out = jpeg.clone();
        out[out.length / 2] = (byte) 0xFF;
        out[out.length / 2 + 1] = (byte) 0xD3;
        return out;
    }

    /** {@code jpeg} with its frame header (SOF0, which the JDK writes) claiming {@code width} × {@code height} pixels. */
    public static byte[] claiming(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
        }
        throw new IllegalArgumentException("no SOF0 segment");
    }

    /** The article of {@link #withPhotos} whose lead photo is the 4000 × 3000 camera photo (also in its text). */
    public static final String CAMERA_ARTICLE = "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html";
    /** Its lead photo, in assets/. */
    public static final String CAMERA_PHOTO = "images/2014/01/hoi-nghi-tong-ket.jpg";

    /**
     * A copy of the repository's own site (content, data, assets, templates, settings) in {@code dir}, with the
     * photos an editor would add: a 4000 × 3000 camera photo (about 3 MB) as the lead photo of
     * {@link #CAMERA_ARTICLE} and in its text; a photo stored turned (EXIF orientation 6, with the camera's make
     * and a GPS position) with a focus point; a CMYK photo; a PNG screenshot as a lead photo and in the text of
     * the page Giới thiệu. The article of 2023 keeps no photo.
     */
    public static Path withPhotos(Path dir) {
        Path site = TestSites.copy("repo", dir);
        bytes(site, "assets/" + CAMERA_PHOTO, jpeg(photo(4000, 3000, 11), 0.9f));
        lead(site, "content/tin-tuc/2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014.md", CAMERA_PHOTO,
                "Toàn cảnh hội nghị triển khai công tác năm 2014", "Hội nghị triển khai công tác năm 2014 của Sở Nội vụ.", null);
        append(site, "content/tin-tuc/2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014.md",
                "\n![Đại biểu dự hội nghị](/" + CAMERA_PHOTO + ")\n");
        bytes(site, "assets/images/2014/01/cai-cach-hanh-chinh.jpg", withExif(jpeg(photo(4000, 3000, 12), 0.9f), 6));
        lead(site, "content/tin-tuc/2014/01/nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha.md",
                "images/2014/01/cai-cach-hanh-chinh.jpg", "Cán bộ bộ phận một cửa tiếp nhận hồ sơ", "", "50% 20%");
        bytes(site, "assets/images/2016/06/ra-soat.jpg", cmykJpeg(1600, 1067, 13));
        lead(site, "content/tin-tuc/2016/06/ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem.md", "images/2016/06/ra-soat.jpg",
                "Hội nghị rà soát bộ máy", "Quang cảnh hội nghị.", null);
        bytes(site, "assets/images/2017/07/so-ket.png", png(photo(1280, 720, 14)));
        lead(site, "content/tin-tuc/2017/07/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam.md", "images/2017/07/so-ket.png",
                "Màn hình báo cáo sơ kết 6 tháng", "", null);
        append(site, "content/trang/gioi-thieu.md", "\n![Trụ sở Sở Nội vụ](/images/2017/07/so-ket.png)\n");
        return site;
    }

    private static void bytes(Path site, String rel, byte[] data) {
        try {
            Path file = site.resolve(rel);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a lead photo to the front matter of {@code rel}. */
    private static void lead(Path site, String rel, String image, String alt, String caption, String focus) {
        String text = TestSites.read(site.resolve(rel));
        int end = text.indexOf("\n---", 4);
        String fields = "\nimage: " + image + "\nimage_alt: \"" + alt + "\"" + (caption.isEmpty() ? "" : "\nimage_caption: \"" + caption + "\"")
                + (focus == null ? "" : "\nimage_focus: \"" + focus + "\"");
        TestSites.write(site, rel, text.substring(0, end) + fields + text.substring(end));
    }

    private static void append(Path site, String rel, String more) {
        TestSites.write(site, rel, TestSites.read(site.resolve(rel)) + more);
    }
}
