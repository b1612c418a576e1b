package vn.gov.noivu.bantin.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPEG and PNG sizes read from the header are ImageIO's; anything else is ImageIO's answer itself. */
class PixelSizeTest {
    @TempDir
    Path dir;

    @Test
    void headersGiveImageIOsSizes() throws IOException {
        List<Path> files = new ArrayList<>();
        int[][] sizes = {{1, 1}, {17, 3}, {640, 480}, {1200, 800}, {3, 2000}, {65500, 1}};
        for (int[] s : sizes) {
            BufferedImage image = new BufferedImage(s[0], s[1], BufferedImage.TYPE_INT_RGB);
            files.add(write(image, "png", "a" + s[0] + "x" + s[1] + ".png", false));
            files.add(write(image, "jpg", "a" + s[0] + "x" + s[1] + ".jpg", false));
            files.add(write(image, "jpg", "p" + s[0] + "x" + s[1] + ".jpg", true));
            files.add(write(new BufferedImage(s[0], s[1], BufferedImage.TYPE_BYTE_GRAY), "png", "g" + s[0] + ".png", false));
        }
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            walk.filter(p -> p.toString().matches(".*\\.(jpg|jpeg|png)$")).forEach(files::add);
        }
        for (Path f : files) {
            int[] quick = PixelSize.fromHeader(f);
            assertNotNull(quick, f.toString());
            assertArrayEquals(PixelSize.withImageIO(f), quick, f.toString());
        }
    }

    @Test
    void otherFilesAndBrokenHeadersAreLeftToImageIO() throws IOException {
        Path gif = write(new BufferedImage(5, 7, BufferedImage.TYPE_BYTE_INDEXED), "gif", "a.gif", false);
        assertNull(PixelSize.fromHeader(gif));
        assertArrayEquals(new int[] {5, 7}, PixelSize.of(gif));
        Path svg = Files.writeString(dir.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertNull(PixelSize.of(svg));
        Path jpeg = write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", "b.jpg", false);
        byte[] bytes = Files.readAllBytes(jpeg);
        Path cut = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(bytes, 12));
        assertNull(PixelSize.fromHeader(cut));
        assertThrows(IOException.class, () -> PixelSize.of(cut));
        Path png = Files.write(dir.resolve("cut.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        assertNull(PixelSize.fromHeader(png));
    }

    private Path write(BufferedImage image, String format, String name, boolean progressive) throws IOException {
        Path file = dir.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
