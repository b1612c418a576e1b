package vn.gov.noivu.bantin.desk;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.source.SourceWriter;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The desk's configuration for Decap CMS ({@code quan-tri/config.yml}), made from the site itself: its Git host
 * ({@code desk.*} settings), its chuyên mục and lĩnh vực, and the rules {@code check} applies, taken from the
 * constants the readers use (the types of văn bản, the credits, the number of tags, the patterns of a số ký hiệu,
 * a week, a time, a page's name, the picture and attachment formats). Labels, hints and the messages of the form's
 * rules are the catalog's Vietnamese. The same fields say how a saved file is written ({@link #styles}).
 */
final class DeskConfig {
    /** The collections, by the folder their files live in. */
    static final String ARTICLES = "content/tin-tuc";
    static final String PAGES = "content/trang";
    static final String DOCUMENTS = "content/van-ban";
    static final String WEEKS = "data/" + Schedule.FOLDER;
    /** Where the desk puts pictures and attachments, by the year and month of the article (Decap's {{year}}, {{month}}). */
    static final String IMAGES = "assets/images/{{year}}/{{month}}";
    static final String ATTACHMENTS = "assets/files/van-ban/{{year}}";

    private static final Language VI = Language.VI;

    /** One field of a form: Decap's widget and options, and how our files write its value. */
    record Field(String name, String widget, boolean required, SourceWriter.Style style, Map<String, Object> options,
                 List<Field> fields) {
        Field with(String key, Object value) {
            Map<String, Object> o = new LinkedHashMap<>(options);
            o.put(key, value);
            return new Field(name, widget, required, style, o, fields);
        }
    }

    /** One collection: its name, folder, file kind, options and fields. */
    record Collection(String name, String folder, Map<String, Object> options, List<Field> fields) {
    }

    private DeskConfig() {
    }

    private static Field field(String name, String widget, boolean required, SourceWriter.Style style, Field... fields) {
        return new Field(name, widget, required, style, new LinkedHashMap<>(), List.of(fields));
    }

    private static Field text(String name, boolean required) {
        return field(name, "string", required, SourceWriter.Style.TEXT);
    }

    private static Field choice(String name, boolean required, List<String> options) {
        return field(name, "select", required, SourceWriter.Style.TEXT).with("options", List.copyOf(options));
    }

    /** A value the form refuses unless it matches {@code pattern} whole, with the catalog's {@code hint} as the message. */
    private static Field pattern(Field f, Pattern pattern, Message hint) {
        return f.with("pattern", List.of("^(?:" + pattern.pattern() + ")$", hint.in(VI)));
    }

    /** Another page, by the name of its file ("gioi-thieu"), as parent and translation_of name it. */
    private static Field pageName(String name) {
        return pattern(field(name, "string", false, SourceWriter.Style.PLAIN), Slugs.SLUG, Message.of("hint.page.ref"));
    }

    private static Field date(String name, boolean required) {
        return field(name, "datetime", required, SourceWriter.Style.PLAIN).with("date_format", "YYYY-MM-DD").with("time_format", false);
    }

    /**
     * A moment as articles write it: the form shows and takes the time in Vietnam (GMT+7) whatever the computer's own
     * zone, and the file gets it with its offset, as {@code new} writes it ("2026-11-23T08:30+07:00").
     */
    private static Field moment(String name, boolean required) {
        return field(name, "datetime", required, SourceWriter.Style.PLAIN).with("format", "YYYY-MM-DDTHH:mm[+07:00]");
    }

    /**
     * A file name ending in one of {@code types}, in either case (the readers compare it in lower case). Decap tests a
     * picture's or attachment's pattern on its file name alone; the folder is the field's.
     */
    private static Pattern extension(java.util.Collection<String> types) {
        String any = types.stream().sorted().map(t -> t.chars().mapToObj(c -> Character.isLetter(c)
                ? "[" + Character.toLowerCase((char) c) + Character.toUpperCase((char) c) + "]" : String.valueOf((char) c))
                .collect(Collectors.joining())).collect(Collectors.joining("|"));
        return Pattern.compile(".*\\.(" + any + ")");
    }

    /** The collections of the site's desk: articles, pages, documents and the weeks of the schedule. */
    static List<Collection> collections(SiteConfig config) {
        List<String> categories = List.copyOf(config.categories().values());
        Field body = field("body", "markdown", true, SourceWriter.Style.TEXT).with("modes", List.of("rich_text", "raw"))
                .with("sanitize_preview", true);
        Field article = field("image", "image", false, SourceWriter.Style.PLAIN)
                .with("media_folder", "/" + IMAGES).with("public_folder", IMAGES.substring("assets/".length()))
                .with("choose_url", false);
        List<Field> articleFields = List.of(
                text("title", true),
                moment("date", true).with("default", "{{now}}"),
                choice("category", true, categories),
                field("tags", "tags", false, SourceWriter.Style.LIST).with("max", ContentLoader.MAX_TAGS),
                field("summary", "text", false, SourceWriter.Style.TEXT),
                text("author", false),
                choice("credit", false, List.copyOf(ContentLoader.CREDITS.keySet())),
                text("source", false),
                pattern(article, extension(ContentLoader.IMAGE_TYPES),
                        Message.of("hint.image.types")),
                field("image_alt", "image-alt", false, SourceWriter.Style.TEXT),
                text("image_caption", false),
                field("draft", "boolean", false, SourceWriter.Style.PLAIN).with("default", true),
                moment("updated", false),
                moment("expires", false),
                body);
        Map<String, Object> articles = collection("{{year}}/{{month}}/{{slug}}", "md", "frontmatter");
        articles.put("identifier_field", "title");
        articles.put("summary", "{{title}}");
        articles.put("sortable_fields", List.of("date", "title"));
        articles.put("media_folder", "/" + IMAGES);
        articles.put("public_folder", "/" + IMAGES.substring("assets/".length()));

        List<Field> pageFields = List.of(
                field("type", "hidden", true, SourceWriter.Style.PLAIN).with("default", "page"),
                text("title", true),
                field("summary", "text", false, SourceWriter.Style.TEXT),
                pageName("parent"),
                new Field("lang", "select", false, SourceWriter.Style.PLAIN, map("options", List.of("en")), List.of()),
                pageName("translation_of"),
                field("draft", "boolean", false, SourceWriter.Style.PLAIN),
                moment("updated", false),
                body);
        Map<String, Object> pages = collection("{{slug}}", "md", "frontmatter");
        pages.put("identifier_field", "title");
        pages.put("nested", map("depth", 3, "subfolders", false));

        List<Field> documentFields = List.of(
                pattern(text("so_ky_hieu", true), Registry.NUMBER, Message.of("hint.document.number")),
                choice("loai", true, Registry.TYPES),
                date("ngay_ban_hanh", true),
                text("co_quan_ban_hanh", true),
                text("nguoi_ky", true),
                text("trich_yeu", true),
                choice("linh_vuc", true, config.documentFields()),
                field("hieu_luc", "object", false, SourceWriter.Style.BLOCK, date("tu", false), date("den", false))
                        .with("collapsed", true),
                pattern(field("tep", "file", false, SourceWriter.Style.PLAIN).with("media_folder", "/" + ATTACHMENTS)
                        .with("public_folder", ATTACHMENTS.substring("assets/".length())).with("choose_url", false),
                        extension(Registry.attachmentTypes()),
                        Message.of("hint.document.fileType")),
                field("body", "markdown", false, SourceWriter.Style.TEXT).with("modes", List.of("rich_text", "raw")));
        Map<String, Object> documents = collection("{{year}}/{{slug}}", "md", "frontmatter");
        documents.put("identifier_field", "so_ky_hieu");
        documents.put("summary", "{{loai}} {{so_ky_hieu}}: {{trich_yeu}}");

        Field entry = field("cong_viec", "list", true, SourceWriter.Style.BLOCK,
                pattern(field("gio", "datetime", true, SourceWriter.Style.TEXT).with("time_format", "HH:mm").with("date_format", false),
                        Schedule.TIME, Message.of("hint.week.time")),
                text("lanh_dao", true), text("noi_dung", true), text("dia_diem", true), text("thanh_phan", false))
                .with("summary", "{{fields.gio}} {{fields.lanh_dao}}: {{fields.noi_dung}}").with("collapsed", false);
        List<Field> weekFields = List.of(
                pattern(field("tuan", "week", true, SourceWriter.Style.TEXT), Schedule.WEEK, Message.of("hint.week.fileName")),
                text("ghi_chu", false),
                field("lich", "list", true, SourceWriter.Style.BLOCK, date("ngay", true), entry)
                        .with("summary", "{{fields.ngay}}").with("collapsed", false)); // the whole week at once
        Map<String, Object> weeks = collection("{{slug}}", "yaml", "yaml");
        weeks.remove("path");
        weeks.put("slug", "{{tuan}}");
        weeks.put("identifier_field", "tuan");
        weeks.put("summary", "{{tuan}}");
        weeks.put("editor", map("preview", false));

        return List.of(new Collection("tin-tuc", ARTICLES, articles, articleFields),
                new Collection("trang", PAGES, pages, pageFields),
                new Collection("van-ban", DOCUMENTS, documents, documentFields),
                new Collection("lich-cong-tac", WEEKS, weeks, weekFields));
    }

    private static Map<String, Object> collection(String path, String extension, String format) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("path", path);
        c.put("extension", extension);
        c.put("format", format);
        c.put("create", true);
        return c;
    }

    /** The collection whose folder holds {@code path} ("content/tin-tuc/2026/11/x.md"), if any. */
    static Optional<Collection> of(List<Collection> collections, String path) {
        return collections.stream().filter(c -> path.startsWith(c.folder() + "/")).findFirst();
    }

    /**
     * How a file of {@code collection} writes each field: the style its form field says; a field the form does not show
     * (kept as the file had it) by its value: a date or true/false as it is, a text in quotes.
     */
    static SourceWriter.Styles styles(Collection collection) {
        Map<String, SourceWriter.Style> known = new LinkedHashMap<>();
        collect(known, "", collection.fields());
        return (name, value) -> known.getOrDefault(name, value instanceof String s
                && (s.matches("true|false|[0-9]{4}-[0-9]{2}-[0-9]{2}(T.*)?") || Slugs.isValid(s) && name.equals("slug"))
                ? SourceWriter.Style.PLAIN : SourceWriter.Style.TEXT);
    }

    private static void collect(Map<String, SourceWriter.Style> styles, String prefix, List<Field> fields) {
        for (Field f : fields) {
            styles.put(prefix + f.name(), f.style());
            collect(styles, prefix + f.name() + ".", f.fields());
        }
    }

    /**
     * The configuration: the site's Git host, or, with {@code local}, as {@code serve} offers it on the working copy
     * (the preview answers Decap's local backend protocol at that address; every save is a commit there).
     */
    static String yaml(SiteConfig config, Optional<URI> local) {
        SiteConfig.Desk desk = config.desk();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", backend(desk));
        if (local.isPresent()) {
            root.put("local_backend", map("url", local.get().toString()));
        }
        if (desk.review()) {
            root.put("publish_mode", "editorial_workflow");
        }
        root.put("locale", VI.code());
        root.put("site_url", config.siteUrl().toString());
        root.put("display_url", config.siteUrl().toString());
        root.put("omit_empty_optional_fields", true);
        root.put("slug", map("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        root.put("media_folder", "assets/images");
        root.put("public_folder", "/images");
        List<Object> collections = new ArrayList<>();
        for (Collection c : collections(config)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("label", Message.of("desk.collection." + c.name()).in(VI));
            m.put("label_singular", Message.of("desk.one." + c.name()).in(VI));
            m.put("folder", c.folder());
            m.putAll(c.options());
            m.put("fields", fields(c.fields()));
            collections.add(m);
        }
        root.put("collections", collections);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "# " + Message.of("desk.generated").in(VI) + "\n" + new Yaml(options).dump(copy(root));
    }

    private static Map<String, Object> backend(SiteConfig.Desk desk) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", desk.backend());
        b.put("repo", desk.repo());
        b.put("branch", desk.branch());
        switch (desk.backend()) {
            case "gitlab" -> {
                String host = desk.url() == null ? "https://gitlab.com" : desk.url().toString();
                b.put("base_url", host);
                b.put("api_root", host + "/api/v4");
                b.put("auth_type", "pkce");
                b.put("app_id", desk.appId());
            }
            case "github" -> {
                b.put("base_url", desk.authUrl().toString());
                b.put("api_root", desk.url() == null || desk.url().getHost().equals("github.com") ? "https://api.github.com"
                        : desk.url() + "/api/v3");
            }
            default -> {
                b.put("base_url", desk.url().toString());
                b.put("api_root", desk.url() + "/api/v1");
                b.put("app_id", desk.appId());
            }
        }
        Map<String, Object> messages = new LinkedHashMap<>();
        for (String kind : List.of("create", "update", "delete", "uploadMedia", "deleteMedia")) {
            messages.put(kind, Message.of("desk.commit." + kind).in(VI));
        }
        b.put("commit_messages", messages);
        return b;
    }

    /** The origin the desk's page must be allowed to call: the Git host's API. */
    static String apiOrigin(SiteConfig.Desk desk) {
        String api = String.valueOf(backend(desk).get("api_root"));
        URI uri = URI.create(api);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static List<Object> fields(List<Field> fields) {
        java.util.Set<String> keys = vn.gov.noivu.bantin.base.Catalog.keys(VI);
        List<Object> out = new ArrayList<>();
        for (Field f : fields) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("label", Message.of("desk.label." + f.name()).in(VI));
            m.put("widget", f.widget());
            m.put("required", f.required());
            String hint = "desk.hint." + f.name();
            if (keys.contains(hint)) {
                m.put("hint", Message.of(hint, ContentLoader.MAX_TAGS).in(VI));
            }
            m.putAll(f.options());
            if (!f.fields().isEmpty()) {
                m.put("fields", fields(f.fields()));
            }
            out.add(m);
        }
        return out;
    }

    /** A copy with no map or list twice (forms share fields), so the YAML has no anchors and aliases (&id001, *id001). */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return new ArrayList<>(l.stream().map(DeskConfig::copy).toList());
        }
        return value;
    }

    private static Map<String, Object> map(Object... keysThenValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysThenValues.length; i += 2) {
            m.put((String) keysThenValues[i], keysThenValues[i + 1]);
        }
        return m;
    }
}
