package vn.gov.noivu.bantin.config;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.VietnameseText;

/**
 * The site's settings from {@code jbake.properties}. Every key is known: a misspelled or unknown key
 * is an error with "did you mean", never silently ignored.
 */
public final class SiteConfig {
    public static final String FILE = "jbake.properties";

    /** Every key this project reads; what each is for is the catalog's "setting.KEY" (shown in errors and docs/settings.md). */
    static final List<String> KEYS = List.of("site.title", "site.description", "site.url", "site.categories", "site.address",
            "site.phone", "site.email", "site.page_size", "site.related_count", "site.title_en", "documents.fields", "feed.items",
            "feed.full_content", "feed.title_pattern", "feed.hub", "photos.widths", "photos.originals", "cache.folder");

    /** The widths photos are made at when {@code photos.widths} is not given (docs/photos.md says why). */
    public static final List<Integer> PHOTO_WIDTHS = List.of(360, 720, 1080, 1600);
    /** A photo's width may be set between these (a thumbnail is 200 pixels; a screen rarely needs more than 4,000). */
    static final int MIN_PHOTO_WIDTH = 100;
    static final int MAX_PHOTO_WIDTH = 4000;
    /** Where the cache is when {@code cache.folder} is not given: beside the sources, outside what Git keeps. */
    public static final String CACHE_FOLDER = ".cache";
    /** The folders a build reads as sources: the cache may not be inside one. */
    private static final List<String> SOURCE_FOLDERS = List.of("content", "data", "templates", "assets");

    private static final List<String> REQUIRED = List.of("site.title", "site.url", "site.categories");

    private final Map<String, String> values;
    private final URI siteUrl;
    private final Map<String, String> categories; // slug -> display name, in declared order
    private final List<String> documentFields;

    private final List<Integer> photoWidths;
    private final Path cacheFolder;

    private SiteConfig(Map<String, String> values, URI siteUrl, Map<String, String> categories, List<String> documentFields,
                       List<Integer> photoWidths, Path cacheFolder) {
        this.values = values;
        this.siteUrl = siteUrl;
        this.categories = categories;
        this.documentFields = documentFields;
        this.photoWidths = photoWidths;
        this.cacheFolder = cacheFolder;
    }

    /** Reads and checks {@code root/jbake.properties}; errors go to {@code errors} and null is returned. */
    public static SiteConfig load(Path root, List<ContentError> errors) {
        Path file = root.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(ContentError.of(FILE, 0, "", Message.of("settings.unreadable"), Message.of("hint.settings.unreadable", root, FILE)));
            return null;
        }
        text = VietnameseText.compose(FILE, text, errors);
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(ContentError.of(FILE, 0, "", Message.of("settings.syntax", e.getMessage()), Message.of("hint.settings.syntax")));
            return null;
        }
        Map<String, Integer> lines = keyLines(text);
        int before = ContentError.errors(errors);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(props.stringPropertyNames())) {
            String value = props.getProperty(key).strip();
            int line = lines.getOrDefault(key, 0);
            if (!KEYS.contains(key)) {
                Message hint = Suggest.closest(key, KEYS).map(k -> Message.of("hint.didYouMeanSetting", k))
                        .orElse(Message.of("hint.knownSettings", String.join(", ", KEYS)));
                errors.add(ContentError.of(FILE, line, key, Message.of("settings.unknown"), hint));
                continue;
            }
            values.put(key, value);
        }
        for (String key : REQUIRED) {
            if (values.getOrDefault(key, "").isEmpty() && !props.containsKey(key) ) {
                errors.add(ContentError.of(FILE, 0, key, Message.of("field.missing"), purpose(key)));
            } else if (values.getOrDefault(key, "").isEmpty() && KEYS.contains(key)) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("field.empty"), purpose(key)));
            }
        }
        URI url = null;
        String rawUrl = values.get("site.url");
        if (rawUrl != null && !rawUrl.isEmpty()) {
            try {
                url = new URI(rawUrl.endsWith("/") ? rawUrl : rawUrl + "/");
                if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null
                        || url.getQuery() != null || url.getFragment() != null) {
                    throw new URISyntaxException(rawUrl, "not an http(s) address");
                }
            } catch (URISyntaxException e) {
                errors.add(ContentError.of(FILE, lines.getOrDefault("site.url", 0), "site.url", Message.of("settings.notUrl", rawUrl),
                        Message.of("hint.settings.url")));
                url = null;
            }
        }
        Map<String, String> categories = names("site.categories", Message.of("word.category"), values.get("site.categories"), lines, errors);
        Map<String, String> documentFields = names("documents.fields", Message.of("word.field"), values.getOrDefault("documents.fields", ""),
                lines, errors);
        for (String key : List.of("site.page_size", "site.related_count", "feed.items")) {
            if (values.containsKey(key) && !values.get(key).matches("[1-9][0-9]{0,3}")) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.notNumber", values.get(key)),
                        purpose(key)));
            }
        }
        for (String key : List.of("feed.full_content", "photos.originals")) {
            if (values.containsKey(key) && !values.get(key).matches("true|false")) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.notBool", values.get(key)),
                        purpose(key)));
            }
        }
        List<Integer> widths = photoWidths(values.get("photos.widths"), lines.getOrDefault("photos.widths", 0), errors);
        String cache = values.getOrDefault("cache.folder", CACHE_FOLDER);
        Path cacheFolder = cacheFolder(root, cache, lines.getOrDefault("cache.folder", 0), errors);
        if (ContentError.errors(errors) > before) {
            return null;
        }
        return new SiteConfig(values, url, Collections.unmodifiableMap(categories), List.copyOf(documentFields.values()), widths,
                cacheFolder);
    }

    /** {@code photos.widths}: whole numbers of pixels, comma-separated, each once, in order; the default when not given. */
    private static List<Integer> photoWidths(String raw, int line, List<ContentError> errors) {
        if (raw == null) {
            return PHOTO_WIDTHS;
        }
        List<Integer> widths = new java.util.ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String w = part.strip();
            int value = w.matches("[0-9]{1,5}") ? Integer.parseInt(w) : -1;
            if (value < MIN_PHOTO_WIDTH || value > MAX_PHOTO_WIDTH) {
                errors.add(ContentError.of(FILE, line, "photos.widths", Message.of("settings.photoWidth", w, MIN_PHOTO_WIDTH,
                        MAX_PHOTO_WIDTH), Message.of("hint.settings.photoWidths")));
                return PHOTO_WIDTHS;
            }
            if (!widths.isEmpty() && value <= widths.get(widths.size() - 1)) {
                errors.add(ContentError.of(FILE, line, "photos.widths", Message.of("settings.photoWidthsOrder", w),
                        Message.of("hint.settings.photoWidths")));
                return PHOTO_WIDTHS;
            }
            widths.add(value);
        }
        return List.copyOf(widths);
    }

    /** {@code cache.folder} from the site's root (or absolute); never inside a folder the build reads as sources. */
    private static Path cacheFolder(Path root, String value, int line, List<ContentError> errors) {
        Path site = root.toAbsolutePath().normalize();
        Path folder;
        try {
            folder = site.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            errors.add(ContentError.of(FILE, line, "cache.folder", Message.of("settings.cacheFolder", value), purpose("cache.folder")));
            return site.resolve(CACHE_FOLDER);
        }
        for (String source : SOURCE_FOLDERS) {
            if (folder.startsWith(site.resolve(source)) || site.resolve(source).startsWith(folder) || folder.equals(site)) {
                errors.add(ContentError.of(FILE, line, "cache.folder", Message.of("settings.cacheInSources", value, source + "/"),
                        Message.of("hint.settings.cacheFolder")));
                break;
            }
        }
        return folder;
    }

    /** A comma-separated list of names (slug → name, in order); a name without letters or two names with one slug are errors. */
    private static Map<String, String> names(String key, Message what, String raw, Map<String, Integer> lines,
                                             List<ContentError> errors) {
        Map<String, String> names = new LinkedHashMap<>();
        if (raw == null) {
            return names;
        }
        for (String name : raw.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            String slug = Slugs.slugify(n);
            String clash = names.put(slug, n);
            if (slug.isEmpty() || clash != null) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, slug.isEmpty()
                        ? Message.of("settings.nameNoLetters", n) : Message.of("settings.sameAddress", n, clash),
                        Message.of("hint.settings.distinctNames", what)));
            }
        }
        return names;
    }

    /** What setting {@code key} is for: the hint of its errors. */
    private static Message purpose(String key) {
        return Message.of("setting." + key);
    }

    private static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            String l = all[i].strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int eq = indexOfSeparator(l);
            lines.putIfAbsent(l.substring(0, eq).strip(), i + 1);
        }
        return lines;
    }

    private static int indexOfSeparator(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '=' || c == ':' || c == ' ') {
                return i;
            }
        }
        return l.length();
    }

    public String title() {
        return values.get("site.title");
    }

    public String description() {
        return values.getOrDefault("site.description", "");
    }

    /** The public base address, always ending in '/'. */
    public URI siteUrl() {
        return siteUrl;
    }

    /** The path every internal link starts with: "/" or a sub-path such as "/noivu/". */
    public String basePath() {
        return siteUrl.getRawPath().isEmpty() ? "/" : siteUrl.getRawPath();
    }

    /** Absolute address of a site path such as "tin-tuc/abc.html". */
    public String absolute(String sitePath) {
        return siteUrl.toString() + sitePath;
    }

    /** Declared categories: slug → name, in the order of the settings file. */
    public Map<String, String> categories() {
        return categories;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int pageSize() {
        return Integer.parseInt(values.getOrDefault("site.page_size", "10"));
    }

    public int relatedCount() {
        return Integer.parseInt(values.getOrDefault("site.related_count", "5"));
    }

    public int feedItems() {
        return Integer.parseInt(values.getOrDefault("feed.items", "20"));
    }

    public boolean feedFullContent() {
        return Boolean.parseBoolean(values.getOrDefault("feed.full_content", "true"));
    }

    /** The widths, in pixels, each photo is made at for the pages (never wider than the photo): {@code photos.widths}. */
    public List<Integer> photoWidths() {
        return photoWidths;
    }

    /** {@code photos.originals}: whether the original of each photo is published beside its sizes (default false). */
    public boolean photoOriginals() {
        return Boolean.parseBoolean(values.getOrDefault("photos.originals", "false"));
    }

    /** The build's cache folder, absolute: {@code cache.folder} from the site's root (default {@value #CACHE_FOLDER}). */
    public Path cacheFolder() {
        return cacheFolder;
    }

    /** The lĩnh vực of documents, in the order of the settings file (empty if not declared). */
    public List<String> documentFields() {
        return documentFields;
    }
}
