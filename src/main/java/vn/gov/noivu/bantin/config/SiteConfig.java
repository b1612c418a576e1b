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
            "feed.full_content", "feed.title_pattern", "feed.hub", "photos.widths", "photos.originals", "cache.folder",
            "draft.warn_after_days", "desk.backend", "desk.repo", "desk.branch", "desk.url", "desk.app_id", "desk.auth_url",
            "desk.review");

    /** The widths photos are made at when {@code photos.widths} is not given (docs/photos.md says why). */
    public static final List<Integer> PHOTO_WIDTHS = List.of(360, 720, 1080, 1600);
    /** A photo's width may be set between these (a thumbnail is 200 pixels; a screen rarely needs more than 4,000). */
    static final int MIN_PHOTO_WIDTH = 100;
    static final int MAX_PHOTO_WIDTH = 4000;
    /** Where the cache is when the settings do not say: in the site's folder, ignored by Git (.gitignore). */
    static final String CACHE_FOLDER = ".cache";
    /** The folders whose every file is a source: the cache may not be inside one. */
    private static final List<String> SOURCES = List.of("content", "data", "templates", "assets");

    private static final List<String> REQUIRED = List.of("site.title", "site.url", "site.categories");

    private final Map<String, String> values;
    private final URI siteUrl;
    private final Map<String, String> categories; // slug -> display name, in declared order
    private final List<String> documentFields;
    private final Desk desk;
    private final Map<String, Integer> lines;

    private final List<Integer> photoWidths;

    private SiteConfig(Map<String, String> values, URI siteUrl, Map<String, String> categories, List<String> documentFields,
                       List<Integer> photoWidths, Desk desk, Map<String, Integer> lines) {
        this.values = values;
        this.siteUrl = siteUrl;
        this.categories = categories;
        this.documentFields = documentFields;
        this.photoWidths = photoWidths;
        this.desk = desk;
        this.lines = lines;
    }

    /**
     * The editors' desk's Git host (the {@code desk.*} settings): {@code backend} is gitlab, github or gitea; {@code url}
     * the host (GitLab or Gitea instance, GitHub or GitHub Enterprise); {@code appId} the OAuth application's public ID
     * (GitLab, Gitea); {@code authUrl} the OAuth relay a GitHub sign-in needs; {@code review}: saves go through merge
     * requests (draft, in review, ready) rather than straight onto {@code branch}.
     */
    public record Desk(String backend, String repo, String branch, URI url, String appId, URI authUrl, boolean review) {
        /** The Git hosts the desk can use. */
        public static final List<String> BACKENDS = List.of("gitlab", "github", "gitea");
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
        for (String key : List.of("feed.full_content", "photos.originals")) {
            if (values.containsKey(key) && !values.get(key).matches("true|false")) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.notBool", values.get(key)),
                        purpose(key)));
            }
        }
        String cache = values.getOrDefault("cache.folder", CACHE_FOLDER);
        Path cacheFolder = cache.isEmpty() ? null : root.resolve(cache).toAbsolutePath().normalize();
        Path site = root.toAbsolutePath().normalize();
        if (cacheFolder == null || cacheFolder.equals(site) || SOURCES.stream().anyMatch(f -> cacheFolder.startsWith(site.resolve(f)))) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("cache.folder", 0), "cache.folder",
                    Message.of("settings.cacheInSources", cache), purpose("cache.folder")));
        }
        List<Integer> widths = photoWidths(values.get("photos.widths"), lines.getOrDefault("photos.widths", 0), errors);
        Desk desk = desk(values, lines, errors);
        if (ContentError.errors(errors) > before) {
            return null;
        }
        return new SiteConfig(values, url, Collections.unmodifiableMap(categories), List.copyOf(documentFields.values()), widths,
                desk, Map.copyOf(lines));
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

    /** A GitLab group path or GitHub/Gitea owner, then the repository: "so-noi-vu/ban-tin", "tinh/so-noi-vu/ban-tin". */
    private static final java.util.regex.Pattern REPO = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+");
    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");
    /** What personal access tokens and OAuth secrets look like (GitLab, GitHub, Gitea): never a setting that is published. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(
            "(glpat-|gloas-|gho_|ghp_|ghs_|ghu_|github_pat_|gto_).*|[0-9a-f]{40}");

    /** The {@code desk.*} settings, or null when the site has no desk (no {@code desk.backend}); problems go to {@code errors}. */
    private static Desk desk(Map<String, String> values, Map<String, Integer> lines, List<ContentError> errors) {
        String backend = values.get("desk.backend");
        if (backend == null) {
            for (String key : KEYS) {
                if (key.startsWith("desk.") && values.containsKey(key)) {
                    errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.desk.withoutBackend"),
                            Message.of("hint.settings.desk.backend")));
                }
            }
            return null;
        }
        int before = ContentError.errors(errors);
        if (!Desk.BACKENDS.contains(backend)) {
            Message hint = Suggest.closest(backend, Desk.BACKENDS).map(b -> Message.of("hint.didYouMean", b))
                    .orElse(purpose("desk.backend"));
            errors.add(ContentError.of(FILE, lines.getOrDefault("desk.backend", 0), "desk.backend",
                    Message.of("settings.desk.backend", backend), hint));
            return null; // what the other desk.* settings need depends on the backend
        }
        String repo = deskValue(values, lines, errors, "desk.repo", backend, REPO);
        String branch = deskValue(values, lines, errors, "desk.branch", null, BRANCH);
        URI url = deskUrl(values, lines, errors, "desk.url", backend.equals("gitea") ? backend : null);
        String appId = deskValue(values, lines, errors, "desk.app_id", backend.equals("github") ? null : backend, null);
        URI authUrl = deskUrl(values, lines, errors, "desk.auth_url", backend.equals("github") ? backend : null);
        for (String key : List.of("desk.app_id", "desk.auth_url")) {
            boolean github = key.equals("desk.auth_url");
            if (values.containsKey(key) && backend.equals("github") != github) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.desk.notFor", backend),
                        purpose(key)));
            }
        }
        if (appId != null && TOKEN.matcher(appId).matches()) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("desk.app_id", 0), "desk.app_id", Message.of("settings.desk.secret"),
                    Message.of("hint.settings.desk.secret")));
        }
        String review = values.getOrDefault("desk.review", backend.equals("gitea") ? "false" : "true");
        if (!review.matches("true|false")) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("desk.review", 0), "desk.review", Message.of("settings.notBool", review),
                    purpose("desk.review")));
        } else if (review.equals("true") && backend.equals("gitea")) {
            errors.add(ContentError.of(FILE, lines.getOrDefault("desk.review", 0), "desk.review", Message.of("settings.desk.noReview"),
                    Message.of("hint.settings.desk.noReview")));
        }
        if (ContentError.errors(errors) > before) {
            return null;
        }
        return new Desk(backend, repo, branch == null ? "main" : branch, url, appId, authUrl, review.equals("true"));
    }

    /** A {@code desk.*} value, required when {@code neededBy} (a backend) is not null, matching {@code shape} if given. */
    private static String deskValue(Map<String, String> values, Map<String, Integer> lines, List<ContentError> errors, String key,
                                    String neededBy, java.util.regex.Pattern shape) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            if (neededBy != null) {
                errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key,
                        Message.of(value == null ? "settings.desk.needed" : "field.empty", neededBy), purpose(key)));
            }
            return null;
        }
        if (shape != null && !shape.matcher(value).matches()) {
            errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.desk.shape", value), purpose(key)));
            return null;
        }
        return value;
    }

    /** An https (or, for a test host, http) address without query or fragment, ending without '/'. */
    private static URI deskUrl(Map<String, String> values, Map<String, Integer> lines, List<ContentError> errors, String key,
                               String neededBy) {
        String raw = deskValue(values, lines, errors, key, neededBy, null);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new URISyntaxException(raw, "not an http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            errors.add(ContentError.of(FILE, lines.getOrDefault(key, 0), key, Message.of("settings.notUrl", raw), purpose(key)));
            return null;
        }
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

    /** The widths, in pixels, each photo is made at for the pages (never wider than the photo): {@code photos.widths}. */
    public List<Integer> photoWidths() {
        return photoWidths;
    }

    /** {@code photos.originals}: whether the original of each photo is published beside its sizes (default false). */
    public boolean photoOriginals() {
        return Boolean.parseBoolean(values.getOrDefault("photos.originals", "false"));
    }

    /** The line of {@code key} in the settings file, for an error about it found after loading (0: not written). */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The editors' desk's Git host, or null when the site has no desk. */
    public Desk desk() {
        return desk;
    }

    /** The lĩnh vực of documents, in the order of the settings file (empty if not declared). */
    public List<String> documentFields() {
        return documentFields;
    }
}
