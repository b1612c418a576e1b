package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.site.Site;

/** A small site written into a temporary folder and read the way the build reads it (settings, content, site). */
public final class TempSite {
    public static final String CATEGORIES = "Tin hoạt động, Cải cách hành chính, Thi đua khen thưởng, Văn thư lưu trữ, "
            + "Tôn giáo, Công chức viên chức, Chính quyền địa phương, Thông báo";
    public static final ZonedDateTime NOW = ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, Dates.ZONE);

    public final Path root;

    /** A site with the three required settings plus {@code extraSettings} lines, and an empty content/. */
    public TempSite(Path root, String... extraSettings) {
        this.root = root;
        StringBuilder s = new StringBuilder("site.title=Sở Nội vụ\nsite.url=https://sonoivu.example.gov.vn/\nsite.categories=")
                .append(CATEGORIES).append('\n');
        for (String line : extraSettings) {
            s.append(line).append('\n');
        }
        write("jbake.properties", s.toString());
        try {
            Files.createDirectories(root.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 text file at a path relative to the site root. */
    public TempSite write(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public TempSite bytes(String rel, byte[] data) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A real PNG of the given size under assets/. */
    public TempSite png(String relUnderAssets, int width, int height) {
        try {
            Path p = root.resolve("assets").resolve(relUnderAssets);
            Files.createDirectories(p.getParent());
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An article in "Tin hoạt động" dated 2024-01-15T08:30 with {@code extra} front-matter lines and a one-line body. */
    public static String article(String title, String... extra) {
        return articleWithBody(title, "Nội dung bài viết.\n", extra);
    }

    public static String articleWithBody(String title, String body, String... extra) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"").append(title).append("\"\n")
                .append("date: 2024-01-15T08:30\ncategory: \"Tin hoạt động\"\n");
        for (String line : extra) {
            sb.append(line).append('\n');
        }
        return sb.append("---\n\n").append(body).toString();
    }

    public SiteConfig config() {
        List<ContentError> errors = new ArrayList<>();
        SiteConfig config = SiteConfig.load(root, errors);
        assertNotNull(config, errors::toString);
        return config;
    }

    public ContentLoader.Loaded load() {
        return new ContentLoader(root, config()).load();
    }

    /** Errors of the content stage, sorted as the build prints them. */
    public List<String> loadErrors() {
        return strings(load().errors());
    }

    /** Warnings of the last {@link #site} (the fixtures of one test often share a title). */
    public final List<ContentError> warnings = new ArrayList<>();

    /** Loads and builds the site at {@code now}; every error of both stages goes to {@code errors}, warnings to {@link #warnings}. */
    public Site site(ZonedDateTime now, List<ContentError> errors) {
        SiteConfig config = config();
        ContentLoader.Loaded loaded = new ContentLoader(root, config).load();
        List<ContentError> found = new ArrayList<>(loaded.errors());
        Site site = Site.build(root, config, loaded.documents(), now, found);
        warnings.clear();
        found.forEach(e -> (e.warning() ? warnings : errors).add(e));
        return site;
    }

    public static List<String> strings(List<ContentError> errors) {
        return errors.stream().sorted().map(TestSites::en).toList();
    }
}
