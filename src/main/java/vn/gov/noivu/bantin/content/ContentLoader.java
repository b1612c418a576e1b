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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Slugs;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.markdown.InternalLink;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.source.Fields;
import vn.gov.noivu.bantin.source.Source;

/**
 * Reads every file of {@code content/}, in parallel, into validated {@link Article}s. Nothing is
 * skipped: a file that cannot become an article is an error (dot-files such as .gitkeep excepted).
 */
public final class ContentLoader {
    static final Set<String> ARTICLE_FIELDS = Set.of("type", "title", "date", "updated", "category", "tags", "summary",
            "author", "credit", "source", "image", "image_alt", "image_caption", "slug", "draft", "expires", "aliases");
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

    private final Path root;
    /** Pixel sizes of the pictures read during the current load, by file ({@code int[0]}: no reader knows the format). */
    private final Map<Path, int[]> pixelSizes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Term> terms = new ConcurrentHashMap<>();
    private final SiteConfig config;
    private final Markdown markdown;
    /** Whether each text is made into HTML; a check, which writes no page, only looks for its errors and links. */
    private final boolean html;

    public ContentLoader(Path root, SiteConfig config) {
        this(root, config, new Markdown(config.basePath()));
    }

    /** Reads with the build's one Markdown renderer, which knows the documents an article may cite by number. */
    public ContentLoader(Path root, SiteConfig config, Markdown markdown) {
        this(root, config, markdown, true);
    }

    private ContentLoader(Path root, SiteConfig config, Markdown markdown, boolean html) {
        this.root = root;
        this.config = config;
        this.markdown = markdown;
        this.html = html;
    }

    /**
     * A loader for {@code check}: every error and link {@link #load} finds, but the articles carry no HTML
     * (their text is empty), which only the writing stages read: at 10,000 articles, a seventh of the time of a check and a quarter of its memory.
     */
    public static ContentLoader forCheck(Path root, SiteConfig config, Markdown markdown) {
        return new ContentLoader(root, config, markdown, false);
    }

    /**
     * What {@link #load} read: the articles and pages that loaded (published or not) in source-path order; every
     * error and warning; the addresses of the files that failed, so that links to them are not reported a second
     * time as broken; and what could be read of the failed files, so that the links and pictures of their text
     * are checked in the same run as their front matter.
     */
    public record Loaded(List<Article> documents, List<ContentError> errors, Set<String> failedUrls, List<Article> invalid) {
    }

    public Loaded load() {
        return load(null);
    }

    /**
     * As {@link #load()}, but a file whose size and modification time are those recorded in {@code cache}
     * is not read again: its earlier result (the same {@link Article} object) is reused. A preview keeps
     * one cache per settings and assets, so an edit re-reads one file.
     */
    public Loaded load(Cache cache) {
        return load(cache, null);
    }

    /**
     * As {@link #load(Cache)}, the body of each file read written into {@code bodies} (null: kept in memory)
     * rather than held by its article.
     */
    public Loaded load(Cache cache, BodyStore bodies) {
        return load(cache, bodies, null);
    }

    /**
     * As {@link #load(Cache, BodyStore)}, with the files of content/ outside van-ban/ as another walk found
     * them ({@link Source#kept}), or null to list them here.
     */
    public Loaded load(Cache cache, BodyStore bodies, java.util.Collection<Source.Found> listed) {
        pixelSizes.clear(); // pictures may have changed since the last load (preview)
        Path content = root.resolve("content");
        List<ContentError> errors = new ArrayList<>();
        List<Source.Found> files = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            errors.add(ContentError.of("content", 0, "", Message.of("content.missing"), Message.of("hint.content.missing")));
            return new Loaded(List.of(), errors, Set.of(), List.of());
        }
        Path documents = content.resolve(DOCUMENTS_FOLDER);
        (listed == null ? Source.files(root, content, errors) : Source.kept(content, listed)).stream()
                .filter(f -> !f.path().startsWith(documents)).forEach(files::add);
        List<FileResult> results = files.parallelStream()
                .map(f -> cache == null ? loadFile(f.path(), bodies) : cache.get(f, g -> loadFile(g, bodies))).toList();
        if (cache != null) {
            cache.retain(files);
        }
        List<Article> docs = new ArrayList<>();
        List<Article> invalid = new ArrayList<>();
        Set<String> failed = new java.util.HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            errors.addAll(r.errors);
            if (r.article != null) {
                docs.add(r.article);
            } else {
                if (r.invalid != null) {
                    invalid.add(r.invalid);
                }
                String name = files.get(i).path().getFileName().toString().replaceFirst("(?i)\\.md$", "");
                failed.add(Urls.article(Slugs.slugify(name)));
                failed.add(Urls.page(Slugs.slugify(name)));
                failed.add(Urls.page(Slugs.slugify(name), "en"));
            }
        }
        return new Loaded(Collections.unmodifiableList(docs), errors, Set.copyOf(failed), List.copyOf(invalid));
    }

    /** A file's article when it has no error, else {@code invalid}: what could be read of it, for its links. */
    private record FileResult(Article article, List<ContentError> errors, Article invalid) {
        FileResult(Article article, List<ContentError> errors) {
            this(article, errors, null);
        }
    }

    /** Results of earlier loads by file, with the size and modification time they were read at. */
    public static final class Cache {
        private record Entry(long size, FileTime modified, FileResult result) {
        }

        private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

        /** The result for a file as listed, from its last load if its size and time are those it had then. */
        private FileResult get(Source.Found found, Function<Path, FileResult> load) {
            Path file = found.path();
            Entry e = entries.get(file);
            if (e != null && e.size() == found.size() && e.modified().equals(found.modified())) {
                return e.result();
            }
            FileResult r = load.apply(file);
            entries.put(file, new Entry(found.size(), found.modified(), r));
            return r;
        }

        private void retain(List<Source.Found> files) {
            Set<Path> kept = new java.util.HashSet<>();
            files.forEach(f -> kept.add(f.path()));
            entries.keySet().retainAll(kept);
        }

        /**
         * Writes every entry (file under {@code root}, size, modification time, article and warnings), sorted by
         * file, into {@code store}, for the state a build keeps beside its output: each body not yet in it is
         * added, then the rest, which names where each body is, is written at its end, and last where the rest
         * starts. Returns the file's length. {@link #read} gives the entries back as they were.
         */
        public long write(BodyStore store, Path root) throws IOException {
            List<Map.Entry<Path, Entry>> sorted = new ArrayList<>(entries.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            long[] offsets = new long[sorted.size()];
            int[] lengths = new int[sorted.size()];
            Map<StoredText, Long> copied = copy(sorted, store);
            for (int i = 0; i < sorted.size(); i++) {
                Article a = sorted.get(i).getValue().result().article();
                if (a != null) {
                    StoredText body = a.storedBody == null ? store.put(a.bodyHtml) : a.storedBody;
                    offsets[i] = copied.getOrDefault(body, body.offset());
                    lengths[i] = body.length();
                }
            }
            long rest = store.end();
            CacheCodec.Out out = new CacheCodec.Out(store, rest);
            out.writeInt(sorted.size());
            CacheCodec.Shared shared = new CacheCodec.Shared();
            for (int i = 0; i < sorted.size(); i++) {
                Map.Entry<Path, Entry> e = sorted.get(i);
                CacheCodec.string(out, Source.relative(root, e.getKey()));
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                FileResult r = e.getValue().result();
                CacheCodec.write(out, r.article(), offsets[i], lengths[i], shared);
                out.writeInt(r.errors().size());
                for (ContentError error : r.errors()) {
                    CacheCodec.write(out, error);
                }
            }
            out.writeLong(rest);
            return out.flush();
        }

        /**
         * Copies the bodies that are in another build's state (an incremental build's unchanged articles) into
         * {@code store}, the kernel copying each run of adjacent ones at once; returns where each went.
         */
        private static Map<StoredText, Long> copy(List<Map.Entry<Path, Entry>> entries, BodyStore store) throws IOException {
            List<StoredText> elsewhere = new ArrayList<>();
            for (Map.Entry<Path, Entry> e : entries) {
                Article a = e.getValue().result().article();
                if (a != null && a.storedBody != null && !store.holds(a.storedBody)) {
                    elsewhere.add(a.storedBody);
                }
            }
            elsewhere.sort(java.util.Comparator.comparingInt((StoredText t) -> System.identityHashCode(t.file()))
                    .thenComparingLong(StoredText::offset));
            Map<StoredText, Long> moved = new java.util.IdentityHashMap<>();
            for (int i = 0, j; i < elsewhere.size(); i = j) {
                StoredText first = elsewhere.get(i);
                long end = first.offset() + first.length();
                for (j = i + 1; j < elsewhere.size() && elsewhere.get(j).file() == first.file()
                        && elsewhere.get(j).offset() == end; j++) {
                    end += elsewhere.get(j).length();
                }
                long at = store.reserve(end - first.offset());
                for (long done = 0; done < end - first.offset(); ) {
                    done += first.file().transferTo(first.offset() + done, end - first.offset() - done,
                            store.channel().position(at + done));
                }
                for (int k = i; k < j; k++) {
                    moved.put(elsewhere.get(k), at + elsewhere.get(k).offset() - first.offset());
                }
            }
            return moved;
        }

        /**
         * The cache {@link #write} wrote for the site at {@code root} into {@code file}, whose part after the
         * bodies starts at {@code rest}; each body stays in {@code file} until a page needs it.
         */
        public static Cache read(java.nio.channels.FileChannel file, long rest, Path root) throws IOException {
            CacheCodec.In in = new CacheCodec.In(file, rest);
            Cache cache = new Cache();
            int n = in.readInt();
            CacheCodec.Shared shared = new CacheCodec.Shared();
            for (int i = 0; i < n; i++) {
                Path path = root.resolve(CacheCodec.string(in));
                long size = in.readLong();
                FileTime modified = FileTime.from(in.readLong(), java.util.concurrent.TimeUnit.NANOSECONDS);
                Article article = CacheCodec.readArticle(in, file, shared);
                int count = in.readInt();
                List<ContentError> errors = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    errors.add(CacheCodec.readError(in));
                }
                cache.entries.put(path, new Entry(size, modified, new FileResult(article, List.copyOf(errors))));
            }
            in.readLong(); // where this part started
            if (!in.atEnd()) {
                throw new java.io.IOException("the state goes on after its end");
            }
            return cache;
        }

        /** The articles and pages of the cache that loaded, by file. */
        public List<Article> articles() {
            List<Map.Entry<Path, Entry>> sorted = new ArrayList<>(entries.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            List<Article> out = new ArrayList<>();
            for (Map.Entry<Path, Entry> e : sorted) {
                if (e.getValue().result().article() != null) {
                    out.add(e.getValue().result().article());
                }
            }
            return out;
        }

        /**
         * True when both lists hold the same article objects in the same order. A load through the
         * cache returns the same object for every file that did not change, so this means "none of
         * these articles changed, moved or went away".
         */
        public static boolean unchanged(List<Article> before, List<Article> after) {
            if (before.size() != after.size()) {
                return false;
            }
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i) != after.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private FileResult loadFile(Path file, BodyStore bodies) {
        List<ContentError> errors = new ArrayList<>();
        Article article = Source.page(root, file, errors).map(page -> build(page, errors, bodies)).orElse(null);
        return ContentError.anyError(errors) ? new FileResult(null, errors, article) : new FileResult(article, errors);
    }

    private Article build(Source.Page page, List<ContentError> errors, BodyStore bodies) {
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
        Article.Image image = kind == Article.Kind.ARTICLE ? image(f) : null;
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
        Markdown.Result rendered = html ? markdown.render(path, body, page.bodyLine(), pagePath)
                : markdown.check(path, body, page.bodyLine(), pagePath);
        errors.addAll(rendered.errors());
        String text = html && rendered.links().stream().anyMatch(InternalLink::image) ? withImageSizes(rendered.html(), pagePath)
                : rendered.html();
        boolean stored = bodies != null && !ContentError.anyError(errors);
        return new Article(kind, path, title, slug, date, updated, expires, category, tags, summary, author, credit, source,
                image, draft, aliases, stored ? null : text, stored ? bodies.put(text) : null, rendered.links(),
                new Article.PageInfo(lang, translationOf, parent), f.lines());
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
                return term("category " + name, () -> new Term(name, c.getKey(), Urls.category(c.getKey())));
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
                bySlug.put(slug, term("tag " + name, () -> new Term(name, slug, Urls.tag(slug))));
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

    private Article.Image image(Fields f) {
        boolean hasAlt = f.has("image_alt");
        boolean hasCaption = f.has("image_caption");
        if (!f.has("image")) {
            if (hasAlt) {
                f.error("image_alt", Message.of("image.fieldWithoutImage"), Message.of("hint.image.fieldWithoutImage", "image_alt"));
            }
            if (hasCaption) {
                f.error("image_caption", Message.of("image.fieldWithoutImage"), Message.of("hint.image.fieldWithoutImage", "image_caption"));
            }
            return null;
        }
        String image = f.text("image", false, "image: images/2024/01/hoi-nghi.jpg").orElse(null);
        String alt = f.text("image_alt", false, "image_alt: \"Toàn cảnh hội nghị\"").orElse(null);
        String caption = f.text("image_caption", false, "image_caption: \"Toàn cảnh hội nghị\"").orElse("");
        if (alt == null && !hasAlt) {
            f.error("image", Message.of("image.noAlt"), Message.of("hint.image.noAlt"));
        }
        if (image == null) {
            return null;
        }
        String ext = image.contains(".") ? image.substring(image.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Source.isAssetPath(image)) {
            f.error("image", Message.of("asset.notInside", image), Message.of("hint.image.path"));
            return null;
        }
        if (!IMAGE_TYPES.contains(ext)) {
            f.error("image", Message.of("image.notImage", image), Message.of("hint.image.types"));
            return null;
        }
        Path file = root.resolve("assets").resolve(image).normalize();
        if (!Source.isAsset(root, image)) {
            f.error("image", Message.of("asset.missing", "assets/" + image), Message.of("hint.image.missing"));
            return null;
        }
        long bytes;
        int width = 0;
        int height = 0;
        try {
            bytes = Files.size(file);
            int[] size = pixelSize(file);
            if (size != null) {
                width = size[0];
                height = size[1];
            } else if (!ext.equals("svg") && !ext.equals("webp")) {
                f.error("image", Message.of("image.unreadable", "assets/" + image, ext), Message.of("hint.image.export"));
                return null;
            }
        } catch (IOException e) {
            f.error("image", Message.of("asset.unreadable", "assets/" + image, e.getMessage()), Message.of("hint.image.export"));
            return null;
        }
        return new Article.Image(image, alt == null ? "" : alt, caption, bytes, width, height);
    }

    /**
     * Width and height in pixels, or null when no image reader knows the format (SVG, WebP). Read once
     * per load: articles share pictures.
     */
    private int[] pixelSize(Path file) throws IOException {
        int[] known = pixelSizes.get(file);
        if (known == null) {
            int[] read = PixelSize.of(file);
            known = read == null ? new int[0] : read;
            pixelSizes.put(file, known);
        }
        return known.length == 0 ? null : known;
    }

    /**
     * Gives each picture of this site in the text its width and height (unless written), so the text
     * does not move while it loads. A file that is missing or unreadable is left as is: the link check reports it.
     */
    private String withImageSizes(String html, String pagePath) {
        Document doc = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element img : doc.select("img[src]:not([width]):not([height])")) {
            String src = img.attr("src");
            String base = config.basePath();
            if (!src.startsWith(base) && (src.startsWith("/") || src.contains(":"))) {
                continue;
            }
            String sitePath = Markdown.resolve(pagePath, src.startsWith(base) ? "/" + src.substring(base.length()) : src);
            Path file = root.resolve("assets").resolve(sitePath).normalize();
            try {
                int[] size = file.startsWith(root.resolve("assets")) && Files.isRegularFile(file) ? pixelSize(file) : null;
                if (size != null) {
                    img.attr("width", String.valueOf(size[0])).attr("height", String.valueOf(size[1]));
                    changed = true;
                }
            } catch (IOException e) {
                // left without a size; a broken file shows as a broken image, as before
            }
        }
        if (!changed) {
            return html;
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .charset(java.nio.charset.StandardCharsets.UTF_8);
        return doc.body().html();
    }
}
