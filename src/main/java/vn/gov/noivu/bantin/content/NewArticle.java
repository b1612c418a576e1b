package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.source.SourceWriter;

/**
 * {@code new}: writes the file of a new article, {@code content/tin-tuc/<yyyy>/<mm>/<slug>.md}, with
 * every front-matter field (the optional ones as comments to fill in), dated now in Vietnam time and
 * marked {@code draft: true}, so it is checked by every build but published only when the editor
 * removes that line. Never overwrites a file.
 */
public final class NewArticle {
    /** How the tool writes a date into a file, to the minute in Vietnam time ({@code publish} too). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

    private NewArticle() {
    }

    /**
     * The file written, relative to the site ("content/tin-tuc/2026/11/x.md"), the chuyên mục written in it, and
     * whether that name differs from the one given (typed without diacritics or in another case).
     */
    public record Created(String path, String category, boolean categoryRespelled) {
    }

    /**
     * Creates the article. {@code category} may be null (the first chuyên mục of the settings) and may be
     * written without diacritics or in another case; {@code tags} are names as they should appear.
     */
    public static Created create(Path root, SiteConfig config, String title, String category, List<String> tags,
                                ZonedDateTime now) throws Refused {
        // A terminal on macOS, or Unikey's "Unicode tổ hợp", may hand the words over decomposed.
        String cleanTitle = title == null ? "" : Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        if (cleanTitle.isEmpty() || cleanTitle.chars().anyMatch(Character::isISOControl)) {
            throw refused("title", Message.of("hint.new.title"), Message.of("new.title"));
        }
        String slug = Slugs.slugify(cleanTitle);
        if (slug.isEmpty()) {
            throw refused("title", Message.of("hint.new.titleWords"), Message.of("name.noLetters", cleanTitle));
        }
        String wanted = category == null ? null : Normalizer.normalize(category, Normalizer.Form.NFC);
        String categoryName = category(config, wanted);
        List<String> tagNames = tags(tags.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList());
        ZonedDateTime date = now.withZoneSameInstant(Dates.ZONE).withSecond(0).withNano(0);
        String month = String.format(Locale.ROOT, "%04d/%02d/", date.getYear(), date.getMonthValue());
        String rel = "content/tin-tuc/" + month + slug + ".md";
        Optional<String> taken = sameName(root, slug + ".md");
        if (taken.isPresent()) {
            throw new Refused(ContentError.of(taken.get(), 0, "", Message.of("new.taken", Urls.article(slug)),
                    Message.of("hint.new.taken")), true);
        }
        Path file = root.resolve(rel);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(rel, cleanTitle, date, month, categoryName, tagNames), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(ContentError.of(rel, 0, "", Message.of("new.exists"), Message.of("hint.new.taken")), true);
        } catch (IOException e) {
            throw new Refused(ContentError.of(rel, 0, "", Message.of("file.cannotWrite", e.getMessage()), Message.of("hint.permissions")), false);
        }
        return new Created(rel, categoryName, wanted != null && !wanted.strip().equals(categoryName));
    }

    private static String category(SiteConfig config, String wanted) throws Refused {
        if (wanted == null) {
            return config.categories().values().iterator().next();
        }
        String slug = Slugs.slugify(wanted);
        for (Map.Entry<String, String> c : config.categories().entrySet()) {
            if (c.getKey().equals(slug)) {
                return c.getValue();
            }
        }
        String all = String.join(", ", config.categories().values());
        Message hint = Suggest.closest(wanted, config.categories().values()).map(c -> Message.of("hint.new.category", c, all))
                .orElse(Message.of("hint.article.categories", all));
        throw refused("--category", hint, Message.of("article.category", wanted));
    }

    private static List<String> tags(List<String> wanted) throws Refused {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String raw : wanted) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                throw refused("--tags", Message.of("hint.tag.words"), Message.of("name.noLetters", name));
            }
            if (bySlug.putIfAbsent(slug, name) != null) {
                throw refused("--tags", Message.of("hint.new.tagOnce"), Message.of("article.tagRepeats", name, bySlug.get(slug)));
            }
        }
        if (bySlug.size() > ContentLoader.MAX_TAGS) {
            throw refused("--tags", Message.of("hint.article.tooManyTags", ContentLoader.MAX_TAGS),
                    Message.of("article.tooManyTags", bySlug.size(), ContentLoader.MAX_TAGS));
        }
        return new ArrayList<>(bySlug.values());
    }

    /** Another article file with this name (in any year or month folder) would have the same address. */
    private static Optional<String> sameName(Path root, String fileName) throws Refused {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.getFileName().toString().equals(fileName)).sorted().findFirst()
                    .map(p -> root.relativize(p).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new Refused(ContentError.of("content", 0, "", Message.of("folder.unreadable", e.getMessage()), null), false);
        }
    }

    /** How {@code new} writes its fields; the desk writes an article's with the same {@link SourceWriter}. */
    private static final SourceWriter.Styles STYLES = (name, value) -> switch (name) {
        case "date", "draft" -> SourceWriter.Style.PLAIN;
        case "tags" -> SourceWriter.Style.LIST;
        default -> SourceWriter.Style.TEXT;
    };

    private static String text(String rel, String title, ZonedDateTime date, String month, String category, List<String> tags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", DATE.format(date));
        fields.put("category", category);
        fields.put("tags", tags);
        fields.put("draft", "true");
        StringBuilder out = new StringBuilder(512).append("---\n");
        SourceWriter.fields(out, "", "", fields, STYLES);
        return out.append("# Bỏ dấu # ở đầu các dòng dưới đây để dùng (xem docs/huong-dan-bien-tap.md):\n")
                .append("# summary: \"Sa-pô: một hai câu tóm tắt, in đậm dưới tiêu đề.\"\n")
                .append("# author: \"Tên tác giả\"\n")
                .append("# credit: \"tin, ảnh\"\n")
                .append("# source: \"Báo Quảng Ngãi\"\n")
                .append("# image: images/").append(month).append("anh.jpg\n")
                .append("# image_alt: \"Ảnh chụp những gì\"\n")
                .append("# image_caption: \"Chú thích dưới ảnh.\"\n")
                .append("---\n\n")
                .append("Viết nội dung bài ở đây. Khi xong, đăng bài bằng lệnh ./bantin publish ").append(rel)
                .append(" (lệnh bỏ dòng `draft: true` ở trên và ghi ngày đăng là lúc đăng).\n").toString();
    }

    private static Refused refused(String field, Message hint, Message message) {
        return new Refused(ContentError.of("new", 0, field, message, hint), false);
    }
}
