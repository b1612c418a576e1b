package vn.gov.noivu.bantin.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.noivu.bantin.TestPhotos;
import vn.gov.noivu.bantin.TestSites;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;

/**
 * The repository's own site with the photos an editor brings ({@link TestPhotos#withPhotos}: a 4000 × 3000 camera
 * photo, one turned by EXIF with the camera's make and a GPS position, a CMYK one, a PNG screenshot), built whole:
 * every picture at the widths screens need, upright, without metadata, with thumbnails on every list; the cache;
 * and each picture that cannot be published, as the editor reads it in Vietnamese and the maintainer in English.
 */
class PhotosTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static Report first;

    @BeforeAll
    static void build() {
        site = TestPhotos.withPhotos(tmp.resolve("nguon"));
        out = tmp.resolve("out");
        first = Pipeline.run(new Pipeline.Options(site, out, TestSites.NOW));
        assertEquals(List.of(), first.errors());
        assertEquals(List.of(), first.warnings());
    }

    private static String page(String path) {
        return TestSites.read(out.resolve(path));
    }

    /** The files of anh/ made of the picture whose stem is {@code stem} ("anh/images/2014/01/hoi-nghi-tong-ket"). */
    private static List<String> files(String stem) {
        return TestSites.files(out).stream().filter(f -> f.startsWith(stem + "-")).toList();
    }

    private static BufferedImage read(String path) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve(path))));
    }

    @Test
    void aCameraPhotoIsMadeAtEachWidthAsJpegAndWebpWithThumbnailsAndASharedJpeg() throws IOException {
        assertTrue(Files.size(site.resolve("assets/" + TestPhotos.CAMERA_PHOTO)) >= 2_000_000, "a camera-sized photo");
        List<String> made = files("anh/images/2014/01/hoi-nghi-tong-ket");
        List<String> names = made.stream().map(f -> f.replaceAll("\\.[0-9a-f]{10}\\.", ".")).toList();
        // WebP at every width; JPEG, for browsers without WebP, up to 720 pixels and at the shared 1,200.
        assertEquals(List.of("anh/images/2014/01/hoi-nghi-tong-ket-1080.webp",
                "anh/images/2014/01/hoi-nghi-tong-ket-1200.jpg", "anh/images/2014/01/hoi-nghi-tong-ket-1600.webp", "anh/images/2014/01/hoi-nghi-tong-ket-200x133.jpg",
                "anh/images/2014/01/hoi-nghi-tong-ket-200x133.webp", "anh/images/2014/01/hoi-nghi-tong-ket-280x187.jpg",
                "anh/images/2014/01/hoi-nghi-tong-ket-280x187.webp", "anh/images/2014/01/hoi-nghi-tong-ket-360.jpg",
                "anh/images/2014/01/hoi-nghi-tong-ket-360.webp", "anh/images/2014/01/hoi-nghi-tong-ket-400x267.jpg",
                "anh/images/2014/01/hoi-nghi-tong-ket-400x267.webp", "anh/images/2014/01/hoi-nghi-tong-ket-720.jpg",
                "anh/images/2014/01/hoi-nghi-tong-ket-720.webp"), names);
        for (String f : made) {
            BufferedImage image = read(f);
            Matcher size = Pattern.compile("-(\\d+)(?:x(\\d+))?\\.").matcher(f);
            assertTrue(size.find(), f);
            int w = Integer.parseInt(size.group(1));
            assertEquals(w, image.getWidth(), f);
            assertEquals(size.group(2) != null ? Integer.parseInt(size.group(2)) : w * 3 / 4, image.getHeight(), f);
        }
        byte[] jpeg = Files.readAllBytes(out.resolve(made.stream().filter(f -> f.endsWith("-720." + fingerprint(f) + ".jpg")).findFirst()
                .orElseThrow()));
        assertEquals(0xC2, sofMarker(jpeg), "progressive JPEG");
        assertFalse(Files.exists(out.resolve(TestPhotos.CAMERA_PHOTO)), "the original stays out of the site");
    }

    private static String fingerprint(String file) {
        Matcher m = Pattern.compile("\\.([0-9a-f]{10})\\.").matcher(file);
        return m.find() ? m.group(1) : "";
    }

    /** The marker of a JPEG's frame header: 0xC0 baseline, 0xC2 progressive. */
    private static int sofMarker(byte[] jpeg) {
        for (int i = 2; i + 3 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xC3) {
                return marker;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        return -1;
    }

    @Test
    void theArticleShowsItsLeadPhotoFirstAndItsTextsPictureLazilyBothInEveryWidth() {
        String p = page(TestPhotos.CAMERA_ARTICLE);
        String fp = fingerprint(files("anh/images/2014/01/hoi-nghi-tong-ket").get(0));
        String sizes = "(min-width: 1080px) 678px, (min-width: 900px) calc(66.67vw - 43px), calc(100vw - 32px)";
        String stem = "/anh/images/2014/01/hoi-nghi-tong-ket-";
        String webp = stem + "360." + fp + ".webp 360w, " + stem + "720." + fp + ".webp 720w, " + stem + "1080." + fp + ".webp 1080w, "
                + stem + "1600." + fp + ".webp 1600w";
        String jpeg = stem + "360." + fp + ".jpg 360w, " + stem + "720." + fp + ".jpg 720w, " + stem + "1200." + fp + ".jpg 1200w";
        assertTrue(p.contains("<figure class=\"lead-image\">\n<picture><source type=\"image/webp\" srcset=\"" + webp + "\" sizes=\"" + sizes
                + "\"><img src=\"" + stem + "720." + fp + ".jpg\" srcset=\"" + jpeg + "\" sizes=\"" + sizes + "\" width=\"1600\" height=\"1200\" "
                + "alt=\"Toàn cảnh hội nghị triển khai công tác năm 2014\" fetchpriority=\"high\"></picture>\n"
                + "<figcaption>Hội nghị triển khai công tác năm 2014 của Sở Nội vụ.</figcaption>"), p);
        assertTrue(p.contains("<picture><source type=\"image/webp\" srcset=\"" + webp + "\" sizes=\"" + sizes + "\"><img src=\"" + stem + "720."
                + fp + ".jpg\" srcset=\"" + jpeg + "\" sizes=\"" + sizes + "\" width=\"1600\" height=\"1200\" alt=\"Đại biểu dự hội nghị\" "
                + "loading=\"lazy\" decoding=\"async\"></picture>"), p);
        String shared = "https://sonoivu.example.gov.vn" + stem + "1200." + fp + ".jpg";
        assertTrue(p.contains("<meta property=\"og:image\" content=\"" + shared + "\">\n<meta property=\"og:image:type\" content=\"image/jpeg\">\n"
                + "<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"900\">"), p);
        assertTrue(p.contains("\"image\":[\"" + shared + "\"]"), "JSON-LD");
        // A page's text is as wide as the page.
        assertTrue(page("gioi-thieu.html").contains("sizes=\"(min-width: 1080px) 1048px, calc(100vw - 32px)\" width=\"1280\" height=\"720\" "
                + "alt=\"Trụ sở Sở Nội vụ\" loading=\"lazy\" decoding=\"async\">"));
    }

    @Test
    void everyAddressOfEverySrcsetIsAFileOfTheSite() {
        Pattern srcset = Pattern.compile("srcset=\"([^\"]+)\"");
        int checked = 0;
        for (String file : TestSites.files(out)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Matcher m = srcset.matcher(page(file));
            while (m.find()) {
                for (String candidate : m.group(1).split(", ")) {
                    String url = candidate.substring(0, candidate.indexOf(' '));
                    assertTrue(Files.isRegularFile(out.resolve(url.substring(1))), file + " -> " + url);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "the pages show pictures: " + checked);
        assertEquals(List.of(), TestSites.brokenLinks(out, "/"));
    }

    @Test
    void aPhotoTurnedByItsExifIsMadeUprightAndNothingOfItsMetadataIsPublished() throws IOException {
        String stem = "anh/images/2014/01/cai-cach-hanh-chinh";
        String upright = files(stem).stream().filter(f -> f.contains("-1200.") && f.endsWith(".jpg")).findFirst().orElseThrow();
        BufferedImage image = read(upright);
        assertEquals(List.of(1200, 1600), List.of(image.getWidth(), image.getHeight()), "stored 4000 × 3000, shown 3000 × 4000");
        // The thumbnail is cut around the focus point (50% 20%): the top of the upright photo.
        BufferedImage thumb = read(files(stem).stream().filter(f -> f.contains("-400x267.") && f.endsWith(".jpg")).findFirst().orElseThrow());
        BufferedImage top = Maker.upright(Maker.srgb(TestPhotos.photo(4000, 3000, 12)), 6).getSubimage(0, 0, 3000, 2000);
        assertTrue(similar(thumb, top), "the thumbnail shows the top of the photo");
        byte[] camera = TestPhotos.CAMERA.getBytes(StandardCharsets.ISO_8859_1);
        for (String f : TestSites.files(out)) {
            if (f.startsWith("anh/")) {
                String bytes = new String(Files.readAllBytes(out.resolve(f)), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("Exif") || bytes.contains(new String(camera, StandardCharsets.ISO_8859_1).substring(0, 9)), f);
            }
        }
    }

    /** Whether two pictures look alike: their 8 × 8 averages are within a few levels of each other. */
    private static boolean similar(BufferedImage a, BufferedImage b) {
        double[] x = grid(a);
        double[] y = grid(b);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Math.abs(x[i] - y[i]));
        }
        return worst < 12;
    }

    private static double[] grid(BufferedImage image) {
        double[] g = new double[64];
        for (int cy = 0; cy < 8; cy++) {
            for (int cx = 0; cx < 8; cx++) {
                double sum = 0;
                int n = 0;
                for (int y = cy * image.getHeight() / 8; y < (cy + 1) * image.getHeight() / 8; y += 2) {
                    for (int x = cx * image.getWidth() / 8; x < (cx + 1) * image.getWidth() / 8; x += 2) {
                        int p = image.getRGB(x, y);
                        sum += ((p >> 16) & 255) * 0.3 + ((p >> 8) & 255) * 0.59 + (p & 255) * 0.11;
                        n++;
                    }
                }
                g[cy * 8 + cx] = sum / n;
            }
        }
        return g;
    }

    @Test
    void aCmykPhotoAndAPngScreenshotAreMadeInSrgb() throws IOException {
        BufferedImage cmyk = read(files("anh/images/2016/06/ra-soat").stream().filter(f -> f.contains("-1200.") && f.endsWith(".jpg"))
                .findFirst().orElseThrow());
        assertTrue(similar(cmyk, TestPhotos.photo(1600, 1067, 13)), "the CMYK photo's colours, not their inverse");
        BufferedImage png = read(files("anh/images/2017/07/so-ket").stream().filter(f -> f.contains("-1200.") && f.endsWith(".jpg"))
                .findFirst().orElseThrow());
        assertTrue(similar(png, TestPhotos.photo(1280, 720, 14)));
        assertEquals(List.of(1200, 675), List.of(png.getWidth(), png.getHeight()));
    }

    @Test
    void everyListShowsThumbnailsAndAnArticleWithoutAPhotoAClearTextRow() throws IOException {
        String home = page("index.html");
        List<String> cards = List.of(home.split("<article class=\"card\">")).subList(1, 6);
        assertEquals(5, cards.size());
        for (String card : cards) {
            boolean withoutPhoto = card.contains("can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.html");
            assertEquals(!withoutPhoto, card.contains("<a class=\"thumb\""), card);
        }
        // The first screen's thumbnails load at once, the others when scrolled near.
        assertFalse(cards.get(0).contains("loading=\"lazy\"") || cards.get(2).contains("loading=\"lazy\""));
        assertTrue(cards.get(4).contains("loading=\"lazy\""), cards.get(4));
        assertTrue(home.contains("<a class=\"thumb\" href=\"/tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html\" tabindex=\"-1\" "
                + "aria-hidden=\"true\"><picture><source type=\"image/webp\" srcset=\"/anh/images/2014/01/hoi-nghi-tong-ket-200x133."));
        for (String list : List.of("chuyen-muc/tin-hoat-dong/index.html", "chu-de/so-noi-vu/index.html", "luu-tru/2014/01/index.html")) {
            assertTrue(page(list).contains("hoi-nghi-tong-ket-200x133."), list);
        }
        assertTrue(page(TestPhotos.CAMERA_ARTICLE).contains("<a class=\"thumb-small\" href=\"/tin-tuc/nam-2014-tiep-tuc-thuc-hien-hieu-qua-"
                + "cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha.html\" tabindex=\"-1\" aria-hidden=\"true\">"), "related articles");
        for (String f : TestSites.files(out)) {
            if (f.matches("anh/.*-\\d+x\\d+\\.[0-9a-f]{10}\\.(jpg|webp)")) {
                assertTrue(Files.size(out.resolve(f)) <= 40 * 1024, f + " is a thumbnail of at most 40 KB");
            }
        }
    }

    @Test
    void feedsCarryTheSharedJpegWithItsLength() throws IOException {
        String feed = page("feed.xml");
        String shared = files("anh/images/2014/01/hoi-nghi-tong-ket").stream().filter(f -> f.contains("-1200.")).findFirst().orElseThrow();
        assertTrue(feed.contains("<enclosure url=\"https://sonoivu.example.gov.vn/" + shared + "\" length=\"" + Files.size(out.resolve(shared))
                + "\" type=\"image/jpeg\" />"), feed);
        assertTrue(feed.contains("&lt;img src=\"https://sonoivu.example.gov.vn/" + shared + "\" alt=\"Đại biểu dự hội nghị\" width=\"1200\" "
                + "height=\"900\"&gt;"), "the text's picture, as feed readers show it");
    }

    /**
     * A second build makes nothing (the report says so), a check reads only the cache, and the cache may be deleted
     * at any time: the next build makes every picture again, byte for byte.
     */
    @Test
    void aSecondBuildMakesNothingAndTheCacheCanBeDeletedWithoutChangingAByte() throws IOException {
        assertEquals(new Report.Pictures(4, 0, site.resolve(".cache")), first.pictures());
        Path again = tmp.resolve("out-2");
        Report second = Pipeline.run(new Pipeline.Options(site, again, TestSites.NOW));
        assertEquals(new Report.Pictures(0, 4, site.resolve(".cache")), second.pictures());
        assertEquals(TestSites.hashes(out), TestSites.hashes(again));
        assertEquals(new Report.Pictures(0, 4, site.resolve(".cache")), Pipeline.run(new Pipeline.Options(site, null, TestSites.NOW)).pictures());
        deleteTree(site.resolve(".cache"));
        Path fresh = tmp.resolve("out-3");
        assertEquals(new Report.Pictures(4, 0, site.resolve(".cache")), Pipeline.run(new Pipeline.Options(site, fresh, TestSites.NOW)).pictures());
        assertEquals(TestSites.hashes(out), TestSites.hashes(fresh));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Each picture that cannot be published, as the lead photo of an article or in a text: every error at once, nothing written. */
    @Test
    void badPicturesAreErrorsWhereTheyAreUsedAndNothingIsPublished() throws IOException {
        Path bad = TestSites.copy("repo", tmp.resolve("hong"));
        byte[] photo = TestPhotos.jpeg(TestPhotos.photo(1200, 800, 21), 0.85f);
        Map<String, byte[]> pictures = new java.util.LinkedHashMap<>();
        pictures.put("cat-cut.jpg", java.util.Arrays.copyOf(photo, photo.length / 2));
        pictures.put("la-chu.jpg", "<html><body>Không tìm thấy trang</body></html>\n".getBytes(StandardCharsets.UTF_8));
        pictures.put("qua-lon.jpg", TestPhotos.claiming(photo, 30000, 30000));
        pictures.put("iphone.jpg", TestPhotos.heic());
        pictures.put("dong.gif", TestPhotos.animatedGif(400, 300, 3));
        List<String> articles = List.of("2014/01/nam-2014-tiep-tuc-thuc-hien-hieu-qua-cac-nhiem-vu-cai-cach-hanh-chinh-va-tao-buoc-dot-pha",
                "2014/01/so-noi-vu-trien-khai-cong-tac-nam-2014", "2016/06/ra-soat-loai-khoi-bo-may-nhung-can-bo-yeu-kem",
                "2017/07/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam", "2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh");
        List<String> names = new ArrayList<>(pictures.keySet());
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Files.write(Files.createDirectories(bad.resolve("assets/images/hong")).resolve(names.get(i)), pictures.get(names.get(i)));
            String rel = "content/tin-tuc/" + articles.get(i) + ".md";
            String text = TestSites.read(bad.resolve(rel));
            int end = text.indexOf("\n---", 4);
            lines.add((int) text.substring(0, end).lines().count() + 1);
            TestSites.write(bad, rel, text.substring(0, end) + "\nimage: images/hong/" + names.get(i) + "\nimage_alt: \"Ảnh\"" + text.substring(end));
        }
        Files.write(bad.resolve("assets/images/hong/bao-cao.png"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8));
        Files.write(bad.resolve("assets/images/hong/the-nho-hong.jpg"), TestPhotos.damaged(photo));
        String page = TestSites.read(bad.resolve("content/trang/gioi-thieu.md"));
        int pageLine = (int) page.lines().count() + 2;
        TestSites.write(bad, "content/trang/gioi-thieu.md", page + "\n![Sơ đồ](/images/hong/bao-cao.png)\n\n![Trụ sở](/images/hong/the-nho-hong.jpg)\n");
        Path badOut = tmp.resolve("hong-out");
        Report r = Pipeline.run(new Pipeline.Options(bad, badOut, TestSites.NOW));
        String a = "content/tin-tuc/";
        assertEquals(List.of(
                a + articles.get(0) + ".md:" + lines.get(0) + ": image: assets/images/hong/cat-cut.jpg: the JPEG picture is cut short: the "
                        + "file ends before the picture does (the copy was not finished: copy the photo again from the camera or phone)",
                a + articles.get(1) + ".md:" + lines.get(1) + ": image: assets/images/hong/la-chu.jpg: the file holds text, not a picture "
                        + "(open it and save (export) it as a JPEG photo, or as PNG for a screenshot)",
                a + articles.get(2) + ".md:" + lines.get(2) + ": image: assets/images/hong/qua-lon.jpg: the picture is 30000 × 30000 pixels "
                        + "(900.0 megapixels), more than the 100 megapixels a photo may have (make it smaller (4000 pixels wide is plenty for "
                        + "the web) and copy it in again)",
                a + articles.get(3) + ".md:" + lines.get(3) + ": image: assets/images/hong/iphone.jpg: the file is a HEIC photo, which most "
                        + "browsers cannot show (taken with an iPhone: save photos as JPEG (Settings › Camera › Formats › Most Compatible))",
                a + articles.get(4) + ".md:" + lines.get(4) + ": image: assets/images/hong/dong.gif: the GIF file is an animation; an "
                        + "article's photo must be a still picture (use one still photo (JPEG); link to a video instead)",
                "content/trang/gioi-thieu.md:" + pageLine + ": assets/images/hong/bao-cao.png: the file is a PDF document, not a picture "
                        + "(open it and save (export) it as a JPEG photo, or as PNG for a screenshot)",
                "content/trang/gioi-thieu.md:" + (pageLine + 2) + ": assets/images/hong/the-nho-hong.jpg: the JPEG picture is damaged and "
                        + "cannot be read (copy the photo again from the camera or phone, or open it and save it again as JPEG)"),
                r.errors().stream().map(e -> e.in(Language.EN)).toList());
        assertEquals(List.of(
                a + articles.get(0) + ".md:" + lines.get(0) + ": image: assets/images/hong/cat-cut.jpg: ảnh JPEG bị cắt cụt: tệp hết trước "
                        + "khi hết ảnh (ảnh chưa được chép xong: chép lại ảnh từ máy ảnh hoặc điện thoại)",
                a + articles.get(1) + ".md:" + lines.get(1) + ": image: assets/images/hong/la-chu.jpg: tệp chứa chữ, không phải ảnh (mở tệp "
                        + "rồi lưu (xuất) thành ảnh JPEG, hoặc PNG nếu là ảnh chụp màn hình)",
                a + articles.get(2) + ".md:" + lines.get(2) + ": image: assets/images/hong/qua-lon.jpg: ảnh có 30000 × 30000 điểm ảnh "
                        + "(900.0 megapixel), nhiều hơn mức 100 megapixel một ảnh được có (thu nhỏ ảnh (rộng 4000 điểm ảnh là quá đủ cho "
                        + "trang web) rồi chép lại)",
                a + articles.get(3) + ".md:" + lines.get(3) + ": image: assets/images/hong/iphone.jpg: tệp là ảnh HEIC, phần lớn trình duyệt "
                        + "không hiển thị được (chụp bằng iPhone: lưu ảnh dưới dạng JPEG (Cài đặt › Camera › Định dạng › Tương thích nhất))",
                a + articles.get(4) + ".md:" + lines.get(4) + ": image: assets/images/hong/dong.gif: tệp GIF là ảnh động; ảnh của bài phải là "
                        + "ảnh tĩnh (dùng một ảnh tĩnh (JPEG); video thì đặt liên kết đến)",
                "content/trang/gioi-thieu.md:" + pageLine + ": assets/images/hong/bao-cao.png: tệp là tài liệu PDF, không phải ảnh (mở tệp "
                        + "rồi lưu (xuất) thành ảnh JPEG, hoặc PNG nếu là ảnh chụp màn hình)",
                "content/trang/gioi-thieu.md:" + (pageLine + 2) + ": assets/images/hong/the-nho-hong.jpg: ảnh JPEG bị hỏng, không đọc được "
                        + "(chép lại ảnh từ máy ảnh hoặc điện thoại, hoặc mở ảnh rồi lưu lại dưới dạng JPEG)"),
                r.errors().stream().map(ContentError::toString).toList());
        assertEquals(Report.Outcome.CONTENT_ERRORS, r.outcome());
        assertFalse(Files.exists(badOut), "nothing is published");
    }

    /** A picture narrower than the smallest width is published at its own size; as a lead photo under 720 pixels, with a warning. */
    @Test
    void aSmallPictureIsPublishedAtItsOwnSizeAndALeadPhotoUnder720PixelsIsWarnedOf() throws IOException {
        Path small = TestSites.copy("repo", tmp.resolve("nho"));
        Files.write(Files.createDirectories(small.resolve("assets/images/nho")).resolve("anh-nho.jpg"),
                TestPhotos.jpeg(TestPhotos.photo(300, 200, 31), 0.85f));
        Files.write(small.resolve("assets/images/nho/vua.jpg"), TestPhotos.jpeg(TestPhotos.photo(500, 375, 32), 0.85f));
        String rel = "content/tin-tuc/2023/01/can-chu-trong-tuyen-truyen-kiem-tra-cong-tac-cai-cach-hanh-chinh.md";
        String text = TestSites.read(small.resolve(rel));
        int end = text.indexOf("\n---", 4);
        int line = (int) text.substring(0, end).lines().count() + 1;
        TestSites.write(small, rel, text.substring(0, end) + "\nimage: images/nho/anh-nho.jpg\nimage_alt: \"Ảnh nhỏ\"" + text.substring(end)
                + "\n![Ảnh vừa](/images/nho/vua.jpg)\n");
        Path smallOut = tmp.resolve("nho-out");
        Report r = Pipeline.run(new Pipeline.Options(small, smallOut, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(rel + ":" + line + ": image: assets/images/nho/anh-nho.jpg: the photo is only 300 pixels wide: it looks "
                + "blurred on a large screen (use the original photo from the camera or phone, at least 720 pixels wide; the site makes it "
                + "smaller for each screen)"), r.warnings().stream().map(e -> e.in(Language.EN)).toList());
        assertEquals(List.of(rel + ":" + line + ": image: assets/images/nho/anh-nho.jpg: ảnh chỉ rộng 300 điểm ảnh, sẽ bị mờ trên màn hình "
                + "lớn (dùng ảnh gốc từ máy ảnh hoặc điện thoại, rộng ít nhất 720 điểm ảnh; trang tự thu nhỏ ảnh cho từng màn hình)"),
                r.warnings().stream().map(ContentError::toString).toList());
        // The thumbnails of the lead photo: 200 and 280 pixels wide, and its whole width; a picture in a text has none.
        assertEquals(List.of("anh-nho-200x133.jpg", "anh-nho-200x133.webp", "anh-nho-280x187.jpg", "anh-nho-280x187.webp", "anh-nho-300.jpg",
                "anh-nho-300.webp", "anh-nho-300x200.jpg", "anh-nho-300x200.webp", "vua-360.jpg", "vua-360.webp", "vua-500.jpg", "vua-500.webp"),
                TestSites.files(smallOut.resolve("anh/images/nho")).stream().map(f -> f.replaceAll("\\.[0-9a-f]{10}\\.", ".")).toList());
    }

    @Test
    void theSettingsChooseTheWidthsAndWhetherOriginalsArePublished() throws IOException {
        Path other = tmp.resolve("cai-dat");
        for (String folder : List.of("content", "data", "assets", "templates")) {
            TestSites.copyTree(site.resolve(folder), other.resolve(folder));
        }
        Files.copy(site.resolve("jbake.properties"), other.resolve("jbake.properties"));
        Files.writeString(other.resolve("jbake.properties"), "\nphotos.widths=480, 960\nphotos.originals=true\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path otherOut = tmp.resolve("cai-dat-out");
        Report r = Pipeline.run(new Pipeline.Options(other, otherOut, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        assertEquals(4, r.pictures().made(), "another recipe: made again");
        assertEquals(List.of("1200.jpg", "200x133.jpg", "200x133.webp", "280x187.jpg", "280x187.webp", "400x267.jpg", "400x267.webp",
                "480.jpg", "480.webp", "960.webp"), TestSites.files(otherOut.resolve("anh/images/2014/01")).stream()
                .filter(f -> f.startsWith("hoi-nghi-tong-ket-")).map(f -> f.substring("hoi-nghi-tong-ket-".length())
                        .replaceAll("\\.[0-9a-f]{10}\\.", ".")).toList());
        assertEquals(-1L, Files.mismatch(other.resolve("assets/" + TestPhotos.CAMERA_PHOTO), otherOut.resolve(TestPhotos.CAMERA_PHOTO)));
        assertNotEquals(fingerprint(files("anh/images/2014/01/hoi-nghi-tong-ket").get(0)),
                fingerprint(TestSites.files(otherOut.resolve("anh/images/2014/01")).get(0)), "another recipe, another address");
    }

    /** Decoding keeps at least twice the largest width: a 48-megapixel photo is read at a quarter of its pixels. */
    @Test
    void aLargePhotoIsDecodedWithSubsampling() {
        Recipe recipe = Recipe.of(List.of(360, 720, 1080, 1600));
        assertEquals(2, Maker.step(8064, recipe));
        assertEquals(1, Maker.step(4000, recipe));
        assertEquals(1, Maker.step(300, recipe));
        assertEquals(5, Maker.step(16000, recipe));
    }

    /** A WebP and a still GIF are made like a JPEG; what is transparent in a PNG is the page's white. */
    @Test
    void webpGifAndTransparentPngPicturesAreMadeToo() throws IOException {
        Path other = TestSites.copy("repo", tmp.resolve("dinh-dang"));
        Path images = Files.createDirectories(other.resolve("assets/images/khac"));
        Files.write(images.resolve("anh.webp"), Codecs.webp(TestPhotos.photo(800, 600, 51)));
        java.awt.image.BufferedImage gif = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_BYTE_INDEXED);
        java.awt.Graphics2D g = gif.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ImageIO.write(gif, "gif", images.resolve("tinh.gif").toFile());
        java.awt.image.BufferedImage clear = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        g = clear.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(100, 100, 200, 100);
        g.dispose();
        Files.write(images.resolve("trong-suot.png"), TestPhotos.png(clear));
        TestSites.write(other, "content/trang/lien-he.md", TestSites.read(other.resolve("content/trang/lien-he.md"))
                + "\n![WebP](/images/khac/anh.webp) ![GIF](/images/khac/tinh.gif) ![PNG](/images/khac/trong-suot.png)\n");
        Path otherOut = tmp.resolve("dinh-dang-out");
        Report r = Pipeline.run(new Pipeline.Options(other, otherOut, TestSites.NOW));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("anh-360.jpg", "anh-360.webp", "anh-720.jpg", "anh-720.webp", "anh-800.jpg", "anh-800.webp",
                "tinh-360.jpg", "tinh-360.webp", "tinh-400.jpg", "tinh-400.webp", "trong-suot-360.jpg", "trong-suot-360.webp",
                "trong-suot-400.jpg", "trong-suot-400.webp"), TestSites.files(otherOut.resolve("anh/images/khac")).stream()
                .map(f -> f.replaceAll("\\.[0-9a-f]{10}\\.", ".")).toList());
        BufferedImage png = ImageIO.read(otherOut.resolve(TestSites.files(otherOut).stream()
                .filter(f -> f.matches("anh/images/khac/trong-suot-400\\.[0-9a-f]{10}\\.jpg")).findFirst().orElseThrow()).toFile());
        assertEquals(0xFFFFFF, png.getRGB(10, 10) & 0xF0F0F0 | 0x0F0F0F, "white where it was transparent");
        assertEquals(0xF00000, png.getRGB(200, 150) & 0xF0F0F0, "red where it was red");
        BufferedImage blue = ImageIO.read(otherOut.resolve(TestSites.files(otherOut).stream()
                .filter(f -> f.matches("anh/images/khac/tinh-400\\.[0-9a-f]{10}\\.jpg")).findFirst().orElseThrow()).toFile());
        assertEquals(0x0000F0, blue.getRGB(200, 150) & 0xF0F0F0);
    }
}
