package vn.gov.noivu.bantin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.markdown.InternalLink;
import vn.gov.noivu.bantin.markdown.Markdown;

/**
 * What readers see at {@code now}: published articles newest first, every listing precomputed once
 * (categories, tags, previous/next, related), so no page ever queries all documents again.
 */
public final class Site {
    /** Root files and folders the build writes itself; a page or alias may not take these paths. */
    static final Set<String> RESERVED = Set.of("index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
            "tin-tuc", "chuyen-muc", "chu-de", "css", "js", "images", "files", "en", "tim-kiem.html", "luu-tru",
            "dang-ky-nhan-tin.html", "feeds.opml", "search-index.json", "van-ban", "lich-cong-tac", "anh");

    /** One language version of a translated page, for hreflang links: "vi" or "en" and its site path. */
    public record Alternate(String lang, String url) {
    }

    /** A listing: the term it lists (null for the home page) and its articles, newest first. */
    public record Listing(Term term, List<Article> articles) {
        public Term getTerm() {
            return term;
        }

        public List<Article> getArticles() {
            return articles;
        }
    }

    /** One month of the archive ("luu-tru/2014/01/"): its articles, newest first. */
    public record ArchiveMonth(int year, int month, List<Article> articles) {
        public int getYear() {
            return year;
        }

        public int getMonth() {
            return month;
        }

        public List<Article> getArticles() {
            return articles;
        }

        public String getUrl() {
            return Urls.archiveMonth(year, month);
        }
    }

    /** One year of the archive ("luu-tru/2014/"): its months that have articles, newest first. */
    public record ArchiveYear(int year, List<ArchiveMonth> months) {
        public int getYear() {
            return year;
        }

        public List<ArchiveMonth> getMonths() {
            return months;
        }

        public String getUrl() {
            return Urls.archiveYear(year);
        }

        public int getCount() {
            return months.stream().mapToInt(m -> m.articles().size()).sum();
        }
    }

    private final SiteConfig config;
    private final ZonedDateTime now;
    private final List<Article> articles;
    private final List<Article> pages;
    private final Map<String, Listing> categories;
    private final Map<String, Listing> tags;
    private final List<ArchiveYear> archive;
    private final Map<Article, int[]> categoryIndex = new IdentityHashMap<>();
    private final Set<String> outputs = new HashSet<>();
    private final List<ContentError> collisions = new ArrayList<>();
    private final List<Section> sections;
    private final PageRelations relations;
    private final Predicate<Article> shown;
    private Suggest.Addresses addresses;

    private Site(SiteConfig config, ZonedDateTime now, Predicate<Article> shown, List<Article> articles, List<Article> pages,
                 Map<String, Listing> categories, Map<String, Listing> tags, List<Section> sections, PageRelations relations) {
        this.config = config;
        this.now = now;
        this.shown = shown;
        this.articles = articles;
        this.pages = pages;
        this.categories = categories;
        this.tags = tags;
        this.sections = List.copyOf(sections);
        this.relations = relations;
        this.archive = archive(articles);
        for (Listing l : categories.values()) {
            for (int i = 0; i < l.articles().size(); i++) {
                categoryIndex.put(l.articles().get(i), new int[] {i});
            }
        }
    }

    /** What is published at {@code now} of {@code all}, without sections; problems are added to {@code errors}. */
    public static Site build(Path root, SiteConfig config, List<Article> all, ZonedDateTime now, List<ContentError> errors) {
        return build(root, config, all, List.of(), now, errors, Set.of(), List.of(), a -> a.isPublishedAt(now));
    }

    /**
     * Selects the documents {@code shown} accepts (a build: those published at {@code now}; a preview may
     * show drafts or future articles too), builds the listings, and runs the site-wide checks (duplicate
     * addresses, aliases, internal links); problems are added to {@code errors}. Links to
     * {@code failedUrls} (files that did not load, already reported) are not reported again; the links in
     * {@code invalid} (what could be read of files with errors) are checked too, so that an editor gets every
     * error of a file at once; {@code sections} are what the site publishes beside articles (documents, schedule).
     */
    public static Site build(Path root, SiteConfig config, List<Article> all, List<Article> invalid, ZonedDateTime now,
                             List<ContentError> errors, Set<String> failedUrls, List<Section> sections, Predicate<Article> shown) {
        Site site = select(config, all, now, sections, shown, errors);
        site.collectOutputs(root);
        site.check(all, invalid, errors, failedUrls);
        return site;
    }

    /**
     * The site a build wrote from {@code all} at {@code now}, as {@link #build} made it, without the checks
     * (they passed then) and without the assets among its outputs (the caller knows they did not change):
     * what an incremental build compares the new site with.
     */
    public static Site previous(SiteConfig config, List<Article> all, ZonedDateTime now, List<Section> sections) {
        Site site = select(config, all, now, sections, a -> a.isPublishedAt(now), new ArrayList<>());
        site.collectOutputs(null);
        return site;
    }

    private static Site select(SiteConfig config, List<Article> all, ZonedDateTime now, List<Section> sections,
                               Predicate<Article> shown, List<ContentError> errors) {
        List<Article> articles = new ArrayList<>();
        List<Article> pages = new ArrayList<>();
        for (Article a : all) {
            if (shown.test(a)) {
                (a.isPage() ? pages : articles).add(a);
            }
        }
        articles.sort(Article.NEWEST_FIRST);
        pages.sort(Comparator.comparing(Article::getSlug));
        Map<String, List<Article>> byCategory = new LinkedHashMap<>();
        for (String slug : config.categories().keySet()) {
            byCategory.put(slug, new ArrayList<>());
        }
        Map<String, List<Article>> byTag = new TreeMap<>();
        Map<String, Map<String, Integer>> tagSpellings = new HashMap<>();
        for (Article a : articles) {
            byCategory.get(a.getCategory().getSlug()).add(a);
            for (Term t : a.getTags()) {
                byTag.computeIfAbsent(t.getSlug(), k -> new ArrayList<>()).add(a);
                tagSpellings.computeIfAbsent(t.getSlug(), k -> new TreeMap<>()).merge(t.getName(), 1, Integer::sum);
            }
        }
        Map<String, Listing> categories = new LinkedHashMap<>();
        byCategory.forEach((slug, list) -> categories.put(slug,
                new Listing(new Term(config.categories().get(slug), slug, Urls.category(slug)), List.copyOf(list))));
        Map<String, Listing> tags = new LinkedHashMap<>();
        byTag.forEach((slug, list) -> {
            // Most used spelling names the tag; TreeMap order breaks ties.
            String name = tagSpellings.get(slug).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            tags.put(slug, new Listing(new Term(name, slug, Urls.tag(slug)), List.copyOf(list)));
        });
        return new Site(config, now, shown, List.copyOf(articles), List.copyOf(pages), categories, tags, sections,
                new PageRelations(pages, errors));
    }

    /** Every file the build writes; with {@code root} null, the assets' copies left out. */
    private void collectOutputs(Path root) {
        int size = config.pageSize();
        addListing(Urls.HOME, articles.size(), size);
        outputs.add("feed.xml");
        outputs.add(Urls.NOT_FOUND);
        outputs.add(Urls.FEEDS);
        outputs.add("feeds.opml");
        outputs.add(Urls.file(Urls.TAGS_INDEX));
        outputs.add(Urls.file(Urls.ARCHIVE));
        for (ArchiveYear y : archive) {
            outputs.add(Urls.file(y.getUrl()));
            y.months().forEach(m -> outputs.add(Urls.file(m.getUrl())));
        }
        outputs.addAll(List.of(Urls.SEARCH, Urls.SEARCH_INDEX, Urls.SEARCH_SCRIPT, Urls.SITEMAP, Urls.ROBOTS));
        for (Listing l : categories.values()) {
            addListing(l.term().getUrl(), l.articles().size(), size);
            outputs.add(l.term().getUrl() + "feed.xml");
        }
        for (Listing l : tags.values()) {
            addListing(l.term().getUrl(), l.articles().size(), size);
            outputs.add(l.term().getUrl() + "feed.xml");
        }
        for (Article a : articles) {
            outputs.add(a.getUrl());
        }
        for (Article p : pages) {
            outputs.add(p.getUrl());
        }
        for (Section s : sections) {
            s.pages().forEach(p -> outputs.add(Urls.file(p.path())));
            outputs.addAll(s.files());
        }
        Path assets = root == null ? null : root.resolve("assets");
        if (assets != null && Files.isDirectory(assets)) {
            Set<Path> irregular = new HashSet<>(); // told by the walk's own attributes (links are not followed)
            try (Stream<Path> walk = Files.find(assets, Integer.MAX_VALUE, (f, a) -> {
                if (!a.isDirectory() && !a.isRegularFile()) {
                    irregular.add(f);
                }
                return !a.isDirectory();
            })) {
                for (Path p : walk.sorted().toList()) {
                    String sitePath = assets.relativize(p).toString().replace('\\', '/');
                    if (irregular.contains(p)) {
                        // A link would publish whatever it points to, e.g. a file outside the site.
                        collisions.add(ContentError.of("assets/" + sitePath, 0, "", Message.of("asset.link"), Message.of("hint.asset.link")));
                        continue;
                    }
                    String top = sitePath.contains("/") ? sitePath.substring(0, sitePath.indexOf('/')) : sitePath;
                    // An asset copied over a generated page would replace it without a word.
                    if (!outputs.add(sitePath) || (RESERVED.contains(top) && !sitePath.contains("/") && !ASSET_FOLDERS.contains(top))
                            || GENERATED_FOLDERS.contains(top) || Urls.isSitemapPart(sitePath)) {
                        collisions.add(ContentError.of("assets/" + sitePath, 0, "", Message.of("asset.generatedAddress"),
                                Message.of("hint.asset.generatedAddress")));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Folders of assets/ that are the site's own (not generated pages). */
    static final Set<String> ASSET_FOLDERS = Set.of("css", "js", "images", "files");
    /** Folders whose every file the build writes. */
    static final Set<String> GENERATED_FOLDERS = Set.of("tin-tuc", "chuyen-muc", "chu-de", "van-ban", "lich-cong-tac",
            "luu-tru", "anh");

    /** Page n ≥ 2 of the home listing: taken by the home page as soon as there are enough articles. */
    private static final java.util.regex.Pattern LISTING_PAGE = java.util.regex.Pattern.compile("trang-[0-9]+\\.html");

    /** A file name a copy gets from Windows ("… - Copy", "… - Bản sao (2)"), macOS ("… copy 2") or a download ("… (1)"). */
    private static final java.util.regex.Pattern COPY_NAME = java.util.regex.Pattern.compile(
            "(?iu).*(?:[ _-]+(?:copy|bản sao|ban sao)(?:[ _]*\\(?\\d+\\)?)?| \\(\\d+\\))\\.md");

    private static boolean isCopy(Article a) {
        String path = a.getSourcePath();
        return COPY_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    /**
     * A title as compared with the others: lower case, each run of spaces, tabs or line ends one space (what
     * replaceAll("\\s+", " ") gives, without a regular expression: this runs for every article).
     */
    static String titleKey(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!white) {
                sb.append(c);
            } else if (!space) {
                sb.append(' ');
            }
            space = white;
        }
        return sb.toString();
    }

    /** The folders a site path goes through: "a/b/c.html" → "a", "a/b". A file may not be one of them. */
    private static List<String> folders(String path) {
        List<String> out = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            out.add(path.substring(0, slash));
        }
        return out;
    }

    private void addListing(String first, int count, int size) {
        int pagesCount = Urls.pageCount(count, size);
        for (int n = 1; n <= pagesCount; n++) {
            outputs.add(Urls.file(Urls.listingPage(first, n)));
        }
    }

    private void check(List<Article> all, List<Article> invalid, List<ContentError> errors, Set<String> failedUrls) {
        errors.addAll(collisions);
        Map<String, Article> byUrl = new HashMap<>();
        Map<String, Article> byTitle = new HashMap<>();
        ZonedDateTime oldDrafts = now.minusDays(config.draftWarnAfterDays());
        for (Article a : all) {
            if (a.isDraft() && a.getDate() != null && a.getDate().isBefore(oldDrafts)) {
                // Deleting draft: true by hand would publish it with this old date, below newer articles.
                errors.add(ContentError.warning(a.getSourcePath(), a.line("draft"), "draft", Message.of("draft.old",
                        Dates.forReader(a.getDateStamp()), ChronoUnit.DAYS.between(a.getDate(), now)), Message.of("hint.draft.old",
                        a.getSourcePath())));
            }
            if (!a.isPage() && !a.getTitle().isEmpty()) {
                Article same = byTitle.putIfAbsent(titleKey(a.getTitle()), a);
                if (same != null) {
                    Article copy = isCopy(a) ? a : isCopy(same) ? same : null;
                    errors.add(ContentError.warning(a.getSourcePath(), a.line("title"), "title", Message.of("article.sameTitle",
                            same.getSourcePath()), copy == null ? Message.of("hint.article.sameTitle")
                            : Message.of("hint.article.copy", copy.getSourcePath(), (copy == a ? same : a).getSourcePath())));
                }
            }
            if (a.getSlug().isEmpty()) {
                continue;
            }
            Article other = byUrl.putIfAbsent(a.getUrl(), a);
            if (other != null) {
                // The address comes from the file name, or from slug: in the file that copied another's address.
                Article carrier = other.hasField("slug") && !a.hasField("slug") ? other : a;
                Article first = carrier == a ? other : a;
                errors.add(ContentError.of(carrier.getSourcePath(), carrier.line("slug"), carrier.hasField("slug") ? "slug" : "",
                        Message.of("address.taken", a.getUrl(), first.getSourcePath()),
                        Message.of(carrier.hasField("slug") ? "hint.address.changeSlug" : "hint.address.rename")));
            }
            if (a.isPage() && (RESERVED.contains(a.getUrl()) || LISTING_PAGE.matcher(a.getUrl()).matches())) {
                errors.add(ContentError.of(a.getSourcePath(), a.line("slug"), "slug", Message.of("address.reserved", a.getUrl()),
                        Message.of("hint.address.reserved")));
            }
        }
        Set<String> files = new HashSet<>(outputs);
        all.forEach(a -> files.addAll(a.getAliases()));
        Set<String> folders = new HashSet<>();
        files.forEach(f -> folders.addAll(folders(f)));
        Map<String, Article> aliasOwner = new HashMap<>();
        for (Article a : all) {
            for (String alias : a.getAliases()) {
                String top = alias.contains("/") ? alias.substring(0, alias.indexOf('/')) : alias;
                Article owner = aliasOwner.putIfAbsent(alias, a);
                if (byUrl.containsKey(alias) || outputs.contains(alias) || RESERVED.contains(alias) || RESERVED.contains(top)
                        && !top.equals("tin-tuc") || LISTING_PAGE.matcher(alias).matches()
                        || folders(alias).stream().anyMatch(files::contains) || folders.contains(alias)) {
                    errors.add(ContentError.of(a.getSourcePath(), a.line("aliases"), "aliases", Message.of("alias.taken", "/" + alias),
                            Message.of("hint.alias.remove")));
                } else if (owner != null && owner != a) {
                    errors.add(ContentError.of(a.getSourcePath(), a.line("aliases"), "aliases",
                            Message.of("alias.twice", "/" + alias, owner.getSourcePath()), Message.of("hint.alias.oneFile")));
                }
            }
        }
        List<Article> withLinks = new ArrayList<>(all);
        withLinks.addAll(invalid);
        for (Article a : withLinks) {
            for (InternalLink link : a.getLinks()) {
                if (outputs.contains(link.target()) || failedUrls.contains(link.target())) {
                    continue;
                }
                Article target = byUrl.get(link.target());
                if (target != null && !a.isPublishedAt(now)) {
                    continue; // an unpublished draft may link to another unpublished draft
                }
                errors.add(brokenLink(a.getSourcePath(), link, target));
            }
        }
        for (Section s : sections) {
            s.links().forEach((source, links) -> {
                for (InternalLink link : links) {
                    if (!outputs.contains(link.target()) && !failedUrls.contains(link.target())) {
                        errors.add(brokenLink(source, link, byUrl.get(link.target())));
                    }
                }
            });
        }
    }

    /** The addresses the site publishes, for "did you mean …?": made at the first broken link or picture. */
    private Suggest.Addresses addresses() {
        if (addresses == null) {
            addresses = new Suggest.Addresses(outputs);
        }
        return addresses;
    }

    /**
     * A broken link or picture, with the fix that applies: the article it points to and why readers do not
     * see it, the address written from the site's root ("images/…" for "/images/…") or with ".html" when
     * that is published, the address it is a near miss of ("…-nam-2015.html" for "…-nam-2014.html"), else
     * where the picture should be or what a link may point to.
     */
    private ContentError brokenLink(String sourcePath, InternalLink link, Article target) {
        String kind = link.image() ? "image" : "link";
        boolean outside = link.target().startsWith("../");
        Message problem = outside ? Message.of("link.outside") : Message.of("link.nothingAt", "/" + link.target());
        String written = link.written();
        String fromRoot = written.startsWith("/") || written.startsWith("[[") || written.contains(":") ? null
                : "/" + (written.startsWith("./") ? written.substring(2) : written);
        Optional<Message> unpublished = target == null ? Optional.empty() : target.whyUnpublished(now);
        Message hint;
        if (unpublished.isPresent()) {
            hint = Message.of("hint.link.unpublished", target.getSourcePath(), unpublished.get());
        } else if (fromRoot != null && outputs.contains(Markdown.resolve("", fromRoot))) {
            hint = Message.of("hint.link.fromRootHere", fromRoot);
        } else if (!link.image() && !outside && outputs.contains(link.target() + ".html")) {
            hint = Message.of("hint.link.addHtml", "/" + link.target() + ".html");
        } else if (outside) {
            hint = Message.of("hint.link.fromRoot." + kind);
        } else if (addresses().closest(link.target()).isPresent()) {
            hint = Message.of("hint.link.didYouMean", "/" + addresses().closest(link.target()).get());
        } else if (link.image()) {
            hint = Message.of("hint.link.imageAt", "assets/" + link.target());
        } else {
            hint = Message.of("hint.link.page");
        }
        return ContentError.of(sourcePath, link.line(), "", Message.of("link.broken." + kind, link.written(), problem), hint);
    }

    public SiteConfig getConfig() {
        return config;
    }

    public ZonedDateTime getNow() {
        return now;
    }

    /** Whether the site shows {@code a}: published at {@code now} (or, in a preview, also a draft or future article). */
    public boolean shows(Article a) {
        return shown.test(a);
    }

    /** Published articles, newest first. */
    public List<Article> getArticles() {
        return articles;
    }

    public List<Article> getPages() {
        return pages;
    }

    /** Every declared category in settings order, each with its published articles. */
    public Map<String, Listing> getCategories() {
        return categories;
    }

    /** Every tag used by a published article, by slug. */
    public Map<String, Listing> getTags() {
        return tags;
    }

    /** The sections published beside articles (documents registry, work schedule): their pages, for the sitemap and the outputs. */
    public List<Section> getSections() {
        return sections;
    }

    /** The section of the given kind, if the site has one. */
    public <T extends Section> Optional<T> section(Class<T> kind) {
        return sections.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /** The page a static page sits under (Giới thiệu for Lãnh đạo Sở), or null. */
    public Article parentOf(Article page) {
        return relations.parent(page);
    }

    /** The language versions of a translated page, for hreflang links; empty for a page without translation. */
    public List<Alternate> alternatesOf(Article page) {
        return relations.alternates(page);
    }

    /** Pages that sit under no other (the footer's links): Vietnamese first, then English. */
    public List<Article> getTopPages() {
        return relations.topLevel();
    }

    /** Years that have published articles, newest first, each with its months. */
    public List<ArchiveYear> getArchive() {
        return archive;
    }

    private static List<ArchiveYear> archive(List<Article> newestFirst) {
        Map<Integer, Map<Integer, List<Article>>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Article a : newestFirst) {
            ZonedDateTime d = a.getDate().withZoneSameInstant(Dates.ZONE);
            byMonth.computeIfAbsent(d.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>()).add(a);
        }
        List<ArchiveYear> years = new ArrayList<>();
        byMonth.forEach((year, months) -> {
            List<ArchiveMonth> list = new ArrayList<>();
            months.forEach((month, articles) -> list.add(new ArchiveMonth(year, month, List.copyOf(articles))));
            years.add(new ArchiveYear(year, List.copyOf(list)));
        });
        return List.copyOf(years);
    }

    /** Site paths of every file the build writes (pages, listings, feeds) or copies (assets). */
    public Set<String> getOutputs() {
        return outputs;
    }

    /** The older article of the same category, or null. */
    public Article previousInCategory(Article a) {
        List<Article> list = categories.get(a.getCategory().getSlug()).articles();
        int i = categoryIndex.get(a)[0];
        return i + 1 < list.size() ? list.get(i + 1) : null;
    }

    /** The newer article of the same category, or null. */
    public Article nextInCategory(Article a) {
        List<Article> list = categories.get(a.getCategory().getSlug()).articles();
        int i = categoryIndex.get(a)[0];
        return i > 0 ? list.get(i - 1) : null;
    }

    /** "Tin cùng chuyên mục": the newest others of the same category. */
    public List<Article> sameCategory(Article a) {
        return newestExcept(categories.get(a.getCategory().getSlug()).articles(), a, config.relatedCount());
    }

    /** "Các tin khác": the newest others of the whole site that "Tin cùng chuyên mục" does not already list. */
    public List<Article> others(Article a) {
        List<Article> shown = new ArrayList<>(sameCategory(a));
        shown.add(a);
        return newestExcept(articles, shown, config.relatedCount());
    }

    private static List<Article> newestExcept(List<Article> list, Article a, int count) {
        return newestExcept(list, List.of(a), count);
    }

    /** The first {@code count} of {@code list} that are not in {@code except} (a few articles, compared as objects). */
    private static List<Article> newestExcept(List<Article> list, List<Article> except, int count) {
        List<Article> out = new ArrayList<>(count);
        for (Article x : list) {
            if (out.size() == count) {
                break;
            }
            if (except.stream().noneMatch(e -> e == x)) {
                out.add(x);
            }
        }
        return out;
    }
}
