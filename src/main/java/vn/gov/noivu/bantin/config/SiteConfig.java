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
import java.util.Optional;
import java.util.Properties;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Encoding;
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
            "feed.full_content", "feed.title_pattern", "feed.hub", "cache.folder", "draft.warn_after_days");
    /** Where the cache is when the settings do not say: in the site's folder, ignored by Git (.gitignore). */
    static final String CACHE_FOLDER = ".cache";
    /** The folders whose every file is a source: the cache may not be inside one. */
    private static final List<String> SOURCES = List.of("content", "data", "templates", "assets");

    private static final List<String> REQUIRED = List.of("site.title", "site.url", "site.categories");

    private final Map<String, String> values;
    private final URI siteUrl;
    private final Map<String, String> categories; // slug -> display name, in declared order
    private final List<String> documentFields;

    private SiteConfig(Map<String, String> values, URI siteUrl, Map<String, String> categories, List<String> documentFields) {
        this.values = values;
        this.siteUrl = siteUrl;
        this.categories = categories;
        this.documentFields = documentFields;
    }

    /** Every setting as one text, in key order: what anything read with these settings depends on (the cache's keys). */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(values).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    /** Reads and checks {@code root/jbake.properties}; errors go to {@code errors} and null is returned. */
    public static SiteConfig load(Path root, List<ContentError> errors) {
        Path file = root.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(ContentError.of(FILE, 0, "", Message.of("settings.unreadable"), Message.of("hint.settings.unreadable", root, FILE)));
            return null;
        }
        Optional<ContentError> notUtf8 = Encoding.notUtf8(FILE, bytes);
        if (notUtf8.isPresent()) {
            errors.add(notUtf8.get());
            return null;
        }
        String text = VietnameseText.compose(FILE, new String(bytes, StandardCharsets.UTF_8), errors);
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
        for (String key : List.of("site.page_size", "site.related_count", "feed.items", "draft.warn_after_days")) {
            if (values.containsKey(key) && !values.get(key).matches("[1-9][0-9]{0,3}")) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.notNumber", values.get(key)),
                        purpose(key)));
            }
        }
        if (values.containsKey("feed.full_content") && !values.get("feed.full_content").matches("true|false")) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("feed.full_content", 0), "feed.full_content",
                    Message.of("settings.notBool", values.get("feed.full_content")), purpose("feed.full_content")));
        }
        String cache = values.getOrDefault("cache.folder", CACHE_FOLDER);
        Path cacheFolder = cache.isEmpty() ? null : root.resolve(cache).toAbsolutePath().normalize();
        Path site = root.toAbsolutePath().normalize();
        if (cacheFolder == null || cacheFolder.equals(site) || SOURCES.stream().anyMatch(f -> cacheFolder.startsWith(site.resolve(f)))) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("cache.folder", 0), "cache.folder",
                    Message.of("settings.cacheInSources", cache), purpose("cache.folder")));
        }
        if (ContentError.errors(errors) > before) {
            return null;
        }
        return new SiteConfig(values, url, Collections.unmodifiableMap(categories), List.copyOf(documentFields.values()));
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

    /** The folder of the cache, from the site's folder {@code root}. */
    public Path cacheFolder(Path root) {
        return root.resolve(values.getOrDefault("cache.folder", CACHE_FOLDER)).toAbsolutePath().normalize();
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

    /**
     * After how many days a draft's date draws a warning: deleting {@code draft: true} by hand would publish it
     * with that old date, where {@code publish} dates it when it is published.
     */
    public int draftWarnAfterDays() {
        return Integer.parseInt(values.getOrDefault("draft.warn_after_days", "7"));
    }

    public boolean feedFullContent() {
        return Boolean.parseBoolean(values.getOrDefault("feed.full_content", "true"));
    }

    /** The lĩnh vực of documents, in the order of the settings file (empty if not declared). */
    public List<String> documentFields() {
        return documentFields;
    }
}
