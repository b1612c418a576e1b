package vn.gov.noivu.bantin.photos;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageWriterSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;

/**
 * The readers and writers, each named rather than asked of ImageIO by format: two WebP readers and two JPEG
 * readers are registered, and which ImageIO would hand out first depends on the class path's order.
 * JPEG is read by TwelveMonkeys (which wraps the JDK's own decoder and adds CMYK, YCCK, broken ICC profiles
 * and the EXIF orientation in its metadata), PNG and GIF by the JDK, WebP by libwebp; JPEG is written by the
 * JDK's encoder (through TwelveMonkeys' writer, which hands it the image), WebP by libwebp.
 */
final class Codecs {
    /** JPEG quality: what Hugo and Eleventy Image use by default, invisible loss at the widths a screen shows. */
    static final float JPEG_QUALITY = 0.8f;
    /** WebP quality: Hugo's default; at the look of the JPEG, a third fewer bytes (a phone's lead photo of 720 pixels: 43 KB). */
    static final float WEBP_QUALITY = 0.75f;
    /** libwebp's speed and size trade-off (0 fastest, 6 smallest); 4 is its default. */
    static final int WEBP_METHOD = 4;

    private Codecs() {
    }

    static ImageReader reader(FileType type) throws IOException {
        return switch (type) {
            case JPEG -> readerSpi(JPEGImageReaderSpi.class).createReaderInstance();
            case WEBP -> readerSpi(WebPImageReaderSpi.class).createReaderInstance();
            case PNG, GIF -> jdkReader(type.shown.toLowerCase(java.util.Locale.ROOT));
            default -> throw new IllegalArgumentException("no reader for " + type);
        };
    }

    /** A progressive JPEG (it shows whole at once, then sharpens) with optimised tables and no metadata but JFIF's. */
    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = writerSpi(JPEGImageWriterSpi.class).createWriterInstance();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, image, param);
    }

    /** A lossy WebP. */
    static byte[] webp(BufferedImage image) throws IOException {
        ImageWriter writer = writerSpi(WebPImageWriterSpi.class).createWriterInstance();
        WebPWriteParam param = (WebPWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(CompressionType.Lossy);
        param.setCompressionQuality(WEBP_QUALITY);
        param.setMethod(WEBP_METHOD);
        return write(writer, image, param);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader jdkReader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.")) {
                return r;
            }
            r.dispose();
        }
        throw new IllegalStateException("the JDK has no " + format + " reader");
    }

    private static <T extends ImageReaderSpi> T readerSpi(Class<T> type) {
        return provider(type, ImageReaderSpi.class);
    }

    private static <T extends ImageWriterSpi> T writerSpi(Class<T> type) {
        return provider(type, ImageWriterSpi.class);
    }

    /** The registered instance of a plug-in (ImageIO registers the class path's plug-ins when first used). */
    private static <T> T provider(Class<T> type, Class<? super T> category) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        T found = registry.getServiceProviderByClass(type);
        if (found == null) { // a class loader ImageIO did not scan (a plug-in system, a test runner's): register it here
            try {
                registry.registerServiceProvider(type.getConstructor().newInstance(), category);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot register " + type.getName(), e);
            }
            found = registry.getServiceProviderByClass(type);
        }
        return found;
    }
}
