package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.cache.Key;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.source.Fields;
import vn.gov.noivu.bantin.source.Source;

/**
 * Reads every file of {@code content/}, in parallel, into validated {@link Article}s. Nothing is
 * skipped: a file that cannot become an article is an error (dot-files such as .gitkeep excepted).
 */
public final class ContentLoader {
    static final Set<String> ARTICLE_FIELDS = Set.of("type", "title", "date", "updated", "category", "tags", "summary",
            "author", "credit", "source", "image", "image_alt", "image_caption", "image_focus", "slug", "draft", "expires", "aliases");
    /**
     * What {@code credit} may say the author did, as written in front matter, and the words printed before the
     * name: "Tin, ảnh: Trịnh Phương" only where the source credits the author with the photos. Without
     * {@code credit} the byline is the name alone, as a source that credits only the text prints it ("M.T").
     */
    public static final Map<String, String> CREDITS = credits("tin", "Tin", "bài", "Bài", "tin, ảnh", "Tin, ảnh",
            "bài, ảnh", "Bài, ảnh");
    static final Set<String> PAGE_FIELDS = Set.of("type", "title", "slug", "summary", "updated", "draft", "aliases", "lang",
            "translation_of", "parent");
    /** content/van-ban/ holds the documents registry, which its own loader reads (package vanban); never articles. */
    public static final String DOCUMENTS_FOLDER = "van-ban";
    /** More tags than this make tag pages meaningless; documented limit. */
    public static final int MAX_TAGS = 10;
    /** The picture formats an article's lead photo may be, by extension. */
    public static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg");
    /** The names of HEIF photos, as iPhones save them. */
    private static final Set<String> HEIF = Set.of("heic", "heif");

    private final Path root;
    /** The files of assets/ for "did you mean" on a missing picture, listed (once a load) at the first one. */
    private Source.AssetNames assetNames;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();
    /** One object for each category and tag (a site of 100,000 articles names 400,000 terms, of a few hundred). */
    private final Map<String, Term> interned = new ConcurrentHashMap<>();
    private final SiteConfig config;
    private final Markdown markdown;

    public ContentLoader(Path root, SiteConfig config) {
        this(root, config, new Markdown(config.basePath()));
    }

    /** Reads with the build's one Markdown renderer, which knows the documents an article may cite by number. */
    public ContentLoader(Path root, SiteConfig config, Markdown markdown) {
        this.root = root;
        this.config = config;
        this.markdown = markdown;
    }

    /**
     * What {@link #load} read: the articles and pages that loaded (published or not) in source-path order; every
     * error and warning; the addresses of the files that failed, so that links to them are not reported a second
     * time as broken; what could be read of the failed files, so that the links and pictures of their text
     * are checked in the same run as their front matter; the cache entry of each file, by its path; and how many
     * files were read (the others were found in the cache).
     */
    public record Loaded(List<Article> documents, List<ContentError> errors, Set<String> failedUrls, List<Article> invalid,
                         Map<String, Key> entries, int read) {
    }

    /** Reads every file of content/ but van-ban/, remembering nothing (tests of a single load). */
    public Loaded load() {
        List<ContentError> errors = new ArrayList<>();
        Path content = root.resolve("content");
        List<Source.Found> files = Files.isDirectory(content) ? Source.files(root, content, errors) : List.of();
        Loaded loaded = load(files, Remembered.nothing());
        List<ContentError> all = new ArrayList<>(errors);
        all.addAll(loaded.errors());
        return new Loaded(loaded.documents(), all, loaded.failedUrls(), loaded.invalid(), loaded.entries(), loaded.read());
    }

    /**
     * Every file of {@code files} (the files of content/, as listed and hashed by the pipeline; those of van-ban/
     * are left to the registry), in parallel, each taken from {@code memory} when an earlier build read the same
     * bytes in the same context, and else read and remembered there.
     */
    public Loaded load(List<Source.Found> files, Remembered memory) {
        assetNames = new Source.AssetNames(root);
        Path content = root.resolve("content");
        List<ContentError> errors = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            errors.add(ContentError.of("content", 0, "", Message.of("content.missing"), Message.of("hint.content.missing")));
            return new Loaded(List.of(), errors, Set.of(), List.of(), Map.of(), 0);
        }
        Path documents = content.resolve(DOCUMENTS_FOLDER);
        List<Source.Found> sources = files.stream().filter(f -> !f.path().startsWith(documents)).toList();
        Remembered.Context context = memory.context(config, markdown);
        List<Remembered.Recalled> results = sources.parallelStream().map(f -> memory.recall(context, rel(f.path()), f,
                () -> loadFile(f), this::intern)).toList();
        List<Article> docs = new ArrayList<>();
        List<Article> invalid = new ArrayList<>();
        Set<String> failed = new java.util.HashSet<>();
        Map<String, Key> entries = new LinkedHashMap<>();
        int read = 0;
        for (int i = 0; i < results.size(); i++) {
            read += results.get(i).read() ? 1 : 0;
            FileResult r = results.get(i).result();
            entries.put(rel(sources.get(i).path()), results.get(i).key());
            errors.addAll(r.errors);
            if (r.article != null) {
                docs.add(r.article);
            } else {
                if (r.invalid != null) {
                    invalid.add(r.invalid);
                }
                String name = sources.get(i).path().getFileName().toString().replaceFirst("(?i)\\.md$", "");
                failed.add(Urls.article(Slugs.slugify(name)));
                failed.add(Urls.page(Slugs.slugify(name)));
                failed.add(Urls.page(Slugs.slugify(name), "en"));
            }
        }
        return new Loaded(Collections.unmodifiableList(docs), errors, Set.copyOf(failed), List.copyOf(invalid),
                Collections.unmodifiableMap(entries), read);
    }

    /**
     * A file's article when it has no error, else {@code invalid}: what could be read of it, for its links; and the
     * files of assets/ its result depends on.
     */
    record FileResult(Article article, List<ContentError> errors, Article invalid) {
        FileResult(Article article, List<ContentError> errors) {
            this(article, errors, null);
        }
    }

    /** What reading one file made, and the files of assets/ it looked at. */
    record Made(FileResult result, List<Entry.Dependency> dependencies) {
    }

    private Term intern(Term t) {
        return interned.computeIfAbsent(t.getName() + "\n" + t.getSlug() + "\n" + t.getUrl(), k -> t);
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private Made loadFile(Source.Found found) {
        List<ContentError> errors = new ArrayList<>();
        List<Entry.Dependency> looked = new ArrayList<>();
        Article article = Source.page(root, found.path(), errors).map(page -> build(page, errors, looked)).orElse(null);
        FileResult r = ContentError.anyError(errors) ? new FileResult(null, errors, article) : new FileResult(article, errors);
        return new Made(r, List.copyOf(new java.util.LinkedHashSet<>(looked)));
    }

    private Article build(Source.Page page, List<ContentError> errors, List<Entry.Dependency> looked) {
        String path = page.path();
        Fields f = page.fields();
        Article.Kind kind = Article.Kind.ARTICLE;
        if (f.has("type")) {
            String type = f.text("type", false, "type: page").orElse("article");
            if (type.equals("page")) {
                kind = Article.Kind.PAGE;
            } else if (!type.equals("article")) {
                f.error("type", Message.of("article.type", type), Message.of("hint.article.type"));
            }
        }
        boolean isPage = kind == Article.Kind.PAGE;
        Set<String> allowed = isPage ? PAGE_FIELDS : ARTICLE_FIELDS;
        f.rejectUnknown(allowed, key -> isPage && ARTICLE_FIELDS.contains(key)
                ? Message.of("hint.page.noSuchField") : Fields.allowedHint(allowed));
        String title = f.text("title", true, "title: \"Hội nghị tổng kết công tác năm 2024\"").orElse("");
        Dates.Stamp date = kind == Article.Kind.ARTICLE ? f.date("date", true).orElse(null) : null;
        Dates.Stamp updated = f.date("updated", false).orElse(null);
        Dates.Stamp expires = kind == Article.Kind.ARTICLE ? f.date("expires", false).orElse(null) : null;
        if (date != null && updated != null && updated.instant().isBefore(date.instant())) {
            f.error("updated", Message.of("article.updatedBefore", Dates.forReader(date)), Message.of("hint.article.updated"));
        }
        if (date != null && expires != null && !expires.instant().isAfter(date.instant())) {
            f.error("expires", Message.of("article.expiresBefore", Dates.forReader(date)), Message.of("hint.article.expires"));
        }
        Term category = null;
        List<Term> tags = new ArrayList<>();
        if (kind == Article.Kind.ARTICLE) {
            category = category(f);
            tags = tags(f);
        }
        String summary = f.text("summary", false, "summary: \"Sáng 14/1, Sở Nội vụ tổ chức hội nghị...\"").orElse("");
        String author = f.text("author", false, "author: \"Trịnh Phương\"").orElse("");
        String credit = kind == Article.Kind.ARTICLE ? credit(f, !author.isEmpty()) : "";
        String source = f.text("source", false, "source: \"Báo Quảng Ngãi\"").orElse("");
        boolean draft = f.bool("draft");
        String slug = slug(f, path);
        List<String> aliases = aliases(f);
        Article.Image image = kind == Article.Kind.ARTICLE ? image(f, looked) : null;
        String lang = kind == Article.Kind.PAGE ? language(f) : Article.VIETNAMESE;
        Article.PageRef translationOf = kind == Article.Kind.PAGE ? pageRef(f, "translation_of") : null;
        Article.PageRef parent = kind == Article.Kind.PAGE ? pageRef(f, "parent") : null;
        if (translationOf != null && lang.equals(Article.VIETNAMESE)) {
            f.error("translation_of", Message.of("page.translationNotEnglish"), Message.of("hint.page.translationNotEnglish"));
        }
        String pagePath = kind == Article.Kind.ARTICLE ? Urls.article(slug) : Urls.page(slug, lang);
        String body = page.body();
        if (body.isBlank()) {
            errors.add(ContentError.of(path, page.bodyLine() - 1, "", Message.of("article.emptyText"), Message.of("hint.article.emptyText")));
        }
        Markdown.Result rendered = markdown.render(path, body, page.bodyLine(), pagePath);
        errors.addAll(rendered.errors());
        return new Article.Data(kind, path, title, slug, date, updated, expires, category, tags, summary, author, credit, source,
                image, draft, aliases, rendered.links(), new Article.PageInfo(lang, translationOf, parent), f.lines())
                .withBody(rendered.html());
    }

    private static Map<String, String> credits(String... writtenThenShown) {
        Map<String, String> credits = new LinkedHashMap<>();
        for (int i = 0; i < writtenThenShown.length; i += 2) {
            credits.put(writtenThenShown[i], writtenThenShown[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(credits);
    }

    /** The words of {@code credit} printed before the author's name ("Tin, ảnh"), or "" without the field. */
    private static String credit(Fields f, boolean hasAuthor) {
        String written = f.text("credit", false, "credit: \"tin, ảnh\"").orElse(null);
        if (written == null) {
            return "";
        }
        String shown = CREDITS.get(java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        if (shown == null) {
            Message known = Message.of("hint.article.credits", String.join("\", \"", CREDITS.keySet()));
            f.error("credit", Message.of("article.credit", written),
                    Suggest.closest(written, CREDITS.keySet()).map(c -> Message.of("hint.didYouMean", c)).orElse(known));
            return "";
        }
        if (!hasAuthor) {
            f.error("credit", Message.of("article.creditWithoutAuthor"), Message.of("hint.article.creditWithoutAuthor"));
        }
        return shown;
    }

    /** A page's language: Vietnamese unless {@code lang: en}. */
    private static String language(Fields f) {
        String lang = f.text("lang", false, "lang: en").orElse(Article.VIETNAMESE);
        if (!Article.LANGUAGES.contains(lang)) {
            f.error("lang", Message.of("page.lang", lang), Message.of("hint.page.lang"));
            return Article.VIETNAMESE;
        }
        return lang;
    }

    /** Another page named by its slug (translation_of, parent); the link itself is checked once all pages are known. */
    private static Article.PageRef pageRef(Fields f, String key) {
        String slug = f.text(key, false, key + ": gioi-thieu").orElse(null);
        if (slug == null) {
            return null;
        }
        if (!Slugs.isValid(slug)) {
            f.error(key, Message.of("page.ref", slug), Message.of("hint.page.ref"));
            return null;
        }
        return new Article.PageRef(slug, f.line(key));
    }

    /** One object for each category and tag name (a site of 100,000 articles names 400,000 terms, of a few hundred). */
    private Term term(String key, java.util.function.Supplier<Term> term) {
        return terms.computeIfAbsent(key, k -> term.get());
    }

    private Term category(Fields f) {
        String example = "category: \"" + config.categories().values().iterator().next() + "\"";
        String name = f.text("category", true, example).orElse(null);
        if (name == null) {
            return null;
        }
        if (curlyQuoted(name)) {
            f.error("category", Message.of("article.curlyQuotes", name), Message.of("hint.article.curlyQuotes",
                    "category: \"" + unquoted(name) + "\""));
            return null;
        }
        for (Map.Entry<String, String> c : config.categories().entrySet()) {
            if (c.getValue().equals(name)) {
                return term("category " + name, () -> intern(new Term(name, c.getKey(), Urls.category(c.getKey()))));
            }
        }
        Message hint = Suggest.closest(name, config.categories().values()).map(c -> Message.of("hint.didYouMean", c))
                .orElse(Message.of("hint.article.categories", String.join(", ", config.categories().values())));
        f.error("category", Message.of("article.category", name), hint);
        return null;
    }

    private List<Term> tags(Fields f) {
        List<String> names = f.list("tags", "[\"cải cách hành chính\", \"công chức\"]");
        if (names.size() > MAX_TAGS) {
            f.error("tags", Message.of("article.tooManyTags", names.size(), MAX_TAGS), Message.of("hint.article.tooManyTags", MAX_TAGS));
        }
        Optional<String> curly = names.stream().filter(ContentLoader::curlyQuoted).findFirst();
        if (curly.isPresent()) {
            f.error("tags", Message.of("article.curlyQuotes", curly.get()), Message.of("hint.article.curlyQuotes",
                    "tags: [" + String.join(", ", names.stream().map(n -> "\"" + unquoted(n) + "\"").toList()) + "]"));
            return List.of();
        }
        Map<String, Term> bySlug = new LinkedHashMap<>();
        for (String name : names) {
            Term known = terms.get("tag " + name); // a name read before: its slug is known
            String slug = known != null ? known.getSlug() : Slugs.slugify(name);
            if (slug.isEmpty()) {
                f.error("tags", Message.of("name.noLetters", name), Message.of("hint.tag.words"));
            } else if (bySlug.containsKey(slug)) {
                f.error("tags", Message.of("article.tagRepeats", name, bySlug.get(slug).getName()), Message.of("hint.removeOne"));
            } else {
                bySlug.put(slug, term("tag " + name, () -> intern(new Term(name, slug, Urls.tag(slug)))));
            }
        }
        return new ArrayList<>(bySlug.values());
    }

    /** Curly quotes a word processor put around a value, which YAML keeps as part of it. */
    private static final String CURLY = "“”‘’«»„";

    private static boolean curlyQuoted(String value) {
        return !value.isEmpty() && (CURLY.indexOf(value.charAt(0)) >= 0 || CURLY.indexOf(value.charAt(value.length() - 1)) >= 0);
    }

    private static String unquoted(String value) {
        int from = 0;
        int to = value.length();
        while (from < to && CURLY.indexOf(value.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CURLY.indexOf(value.charAt(to - 1)) >= 0) {
            to--;
        }
        return value.substring(from, to);
    }

    /** The file name, transliterated, unless {@code slug:} overrides it: renaming a title never moves a page. */
    private String slug(Fields f, String path) {
        if (f.has("slug")) {
            String slug = f.text("slug", false, "slug: \"hoi-nghi-tong-ket\"").orElse("");
            if (!slug.isEmpty() && !Slugs.isValid(slug)) {
                // An address pasted whole ("/tin-tuc/khen-thuong.html"): its last part is the slug.
                boolean address = slug.startsWith("/") || slug.contains("://") || slug.toLowerCase(Locale.ROOT).endsWith(".html");
                String last = slug.replaceAll("/+$", "");
                last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("(?i)\\.html?$", "");
                String suggestion = Slugs.slugify(address && !last.isEmpty() ? last : slug);
                f.error("slug", Message.of("article.slug", slug), suggestion.isEmpty() ? Message.of("hint.article.slug")
                        : Message.of("hint.article.slugLike", suggestion));
                return suggestion.isEmpty() ? "invalid" : suggestion;
            }
            if (!slug.isEmpty()) {
                return slug;
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
            f.error("slug", Message.of("file.nameNoAddress"), Message.of("hint.article.fileName"));
        }
        return slug;
    }

    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("[A-Za-z0-9._~/-]+");

    private List<String> aliases(Fields f) {
        List<String> out = new ArrayList<>();
        for (String alias : f.list("aliases", "[\"/tin-tuc/123/tin-cu.html\"]")) {
            String a = alias.startsWith("/") ? alias.substring(1) : alias;
            if (a.endsWith("/") || a.isEmpty()) {
                a = a + "index.html";
            }
            if (!ALIAS.matcher(a).matches() || a.contains("..") || a.contains("//") || a.startsWith(".")) {
                f.error("aliases", Message.of("article.alias", alias), Message.of("hint.article.alias"));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private Article.Image image(Fields f, List<Entry.Dependency> looked) {
        boolean hasAlt = f.has("image_alt");
        if (!f.has("image")) {
            for (String field : List.of("image_alt", "image_caption", "image_focus")) {
                if (f.has(field)) {
                    f.error(field, Message.of("image.fieldWithoutImage"), Message.of("hint.image.fieldWithoutImage", field));
                }
            }
            return null;
        }
        String image = f.text("image", false, "image: images/2024/01/hoi-nghi.jpg").orElse(null);
        String alt = f.text("image_alt", false, "image_alt: \"Toàn cảnh hội nghị\"").orElse(null);
        String caption = f.text("image_caption", false, "image_caption: \"Toàn cảnh hội nghị\"").orElse("");
        if (alt == null && !hasAlt) {
            f.error("image", Message.of("image.noAlt"), Message.of("hint.image.noAlt"));
        }
        int[] focus = focus(f);
        if (image == null) {
            return null;
        }
        String ext = image.contains(".") ? image.substring(image.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Source.isAssetPath(image)) {
            f.error("image", Message.of("asset.notInside", image), Message.of("hint.image.path"));
            return null;
        }
        if (!IMAGE_TYPES.contains(ext)) {
            // An iPhone's photo copied as it was taken: the fix is a setting on the phone.
            f.error("image", Message.of("image.notImage", image), Message.of(HEIF.contains(ext) ? "hint.photo.heic" : "hint.image.types"));
            return null;
        }
        looked.add(new Entry.Dependency("assets/" + image, "")); // its existence: the error below
        if (!Source.isAsset(root, image)) {
            f.error("image", Message.of("asset.missing", "assets/" + image), assetNames.closest(image)
                    .map(near -> Message.of("hint.link.didYouMean", near)).orElse(Message.of("hint.image.missing")));
            return null;
        }
        return new Article.Image(image, alt == null ? "" : alt, caption, focus[0], focus[1]);
    }

    private static final java.util.regex.Pattern FOCUS = java.util.regex.Pattern.compile("([0-9]{1,3})% ([0-9]{1,3})%");

    /**
     * {@code image_focus: "50% 30%"}: the point of the photo the lists' thumbnails keep, across from the left, then
     * down from the top, in percent; the centre when not given.
     */
    private static int[] focus(Fields f) {
        String written = f.text("image_focus", false, "image_focus: \"50% 30%\"").orElse(null);
        if (written == null) {
            return new int[] {50, 50};
        }
        java.util.regex.Matcher m = FOCUS.matcher(written.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 100 || Integer.parseInt(m.group(2)) > 100) {
            f.error("image_focus", Message.of("image.focus", written), Message.of("hint.image.focus"));
            return new int[] {50, 50};
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
