package vn.gov.noivu.bantin.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.Term;
import vn.gov.noivu.bantin.feed.FeedLink;
import vn.gov.noivu.bantin.feed.Feeds;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * Renders the reader's pages with the site's Freemarker templates. One Freemarker configuration per
 * build, HTML auto-escaping on: every text from content is escaped unless a template says otherwise.
 * Safe to call from several threads at once.
 */
public final class PageWriter {
    private final Configuration freemarker;
    private final Site site;
    private final Photos photos;
    private final Path out;
    private final Map<String, Object> shared;
    private final Map<String, FeedLink> feedsByPage = new HashMap<>();
    private final Map<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every file written, by its path in the output folder. */
    private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<FeedLink> feeds;
    private final List<String> categoryUrls = new ArrayList<>();
    /** The home page's boxes beside the news: "Văn bản mới" and "Lịch công tác", when the site has them. */
    private final Map<String, Object> homeBoxes = new HashMap<>();

    /** A template that failed, with its address; thrown as the cause of {@link PageException}. */
    public static final class PageException extends RuntimeException {
        private final transient ContentError error;

        PageException(ContentError error, Throwable cause) {
            super(error.toString(), cause);
            this.error = error;
        }

        public ContentError error() {
            return error;
        }
    }

    /** The icons a site may have in assets/ (scripts/icons.py draws them); every page links those it has. */
    static final List<String> ICONS = List.of("favicon.ico", "favicon.svg", "icon-192.png", "apple-touch-icon.png");

    /** Documents in the home page's "Văn bản mới" box. */
    static final int HOME_DOCUMENTS = 5;

    /**
     * The site's templates in the one Freemarker configuration a build renders with: parsed when they are
     * checked (on a thread of their own, while the content loads), then rendered without parsing again.
     */
    public static final class Templates {
        private final Path folder;
        /** Null when the folder cannot be read (reported by {@link #checkTemplates(Templates)}). */
        private final Configuration freemarker;

        private Templates(Path folder, Configuration freemarker) {
            this.folder = folder;
            this.freemarker = freemarker;
        }
    }

    /** The templates of {@code folder}, not yet parsed. */
    public static Templates templates(Path folder) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        try {
            c.setTemplateLoader(new ComposedTemplates(folder.toFile()));
        } catch (IOException e) {
            return new Templates(folder, null);
        }
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone(Dates.ZONE));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // Every page of a build with the templates as first read, even if one is saved during the build.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return new Templates(folder, c);
    }

    /**
     * The {@code sizes} of the site's pictures (what {@code site.css} makes their slot): in an article's or a
     * document's column (the whole width up to 900 pixels, then two thirds of the 1,048 the page has), across a
     * page, as a list's thumbnail (112 pixels on a phone, 200 from 600 up), and beside related articles.
     */
    static final Map<String, String> SIZES = Map.of(
            "column", "(min-width: 1080px) 678px, (min-width: 900px) calc(66.67vw - 43px), calc(100vw - 32px)",
            "wide", "(min-width: 1080px) 1048px, calc(100vw - 32px)",
            "card", "(min-width: 600px) 200px, 112px",
            "small", "96px");

    /**
     * Pages of {@code site} into {@code out}, rendered with {@code templates} (one writer per build: it owns their
     * {@code <@cached>} parts), showing the pictures made as {@code photos}.
     */
    public PageWriter(Templates templates, Site site, Photos photos, Path out) {
        this.site = site;
        this.photos = photos;
        this.out = out;
        if (templates.freemarker == null) {
            throw new PageException(ContentError.of("templates", 0, "", Message.of("templates.unreadable"), Message.of("hint.templates.unreadable")), null);
        }
        this.freemarker = templates.freemarker;
        freemarker.setSharedVariable("cached", new Cached());
        Map<String, Object> s = new HashMap<>();
        s.put("title", site.getConfig().title());
        s.put("description", site.getConfig().description());
        s.put("base", site.getConfig().basePath());
        s.put("url", site.getConfig().siteUrl().toString());
        s.put("address", site.getConfig().get("site.address", ""));
        s.put("phone", site.getConfig().get("site.phone", ""));
        s.put("email", site.getConfig().get("site.email", ""));
        List<Term> categories = new ArrayList<>();
        site.getCategories().values().forEach(l -> categories.add(l.term()));
        categories.forEach(c -> categoryUrls.add(c.getUrl()));
        s.put("categories", categories);
        s.put("pages", site.getTopPages());
        s.put("titleEn", site.getConfig().get("site.title_en", site.getConfig().title()));
        s.put("hasDocuments", site.section(Registry.class).isPresent());
        s.put("hasSchedule", site.section(Schedule.class).isPresent());
        s.put("icons", ICONS.stream().filter(site.getOutputs()::contains).toList());
        s.put("sizes", SIZES);
        this.shared = Map.copyOf(s);
        site.section(Registry.class).ifPresent(r -> homeBoxes.put("latestDocuments", r.latest(HOME_DOCUMENTS)));
        site.section(Schedule.class).ifPresent(schedule -> homeBoxes.put("schedule", schedule));
        this.feeds = Feeds.all(site);
        for (FeedLink f : feeds) {
            feedsByPage.put(f.page(), f);
        }
    }

    /** The templates the pages are rendered with; each must exist. */
    static final List<String> TEMPLATES = List.of("article.ftl", "page.ftl", "list.ftl", "tags.ftl", "404.ftl", "alias.ftl",
            "feeds.ftl", "page-en.ftl", "van-ban.ftl", "van-ban-list.ftl", "lich-cong-tac.ftl", "archive.ftl", "search.ftl");

    /**
     * Checks that every template parses, so a typo is reported once with its line, before any page is
     * written; the parsed templates stay in {@code templates} for the pages.
     */
    public static List<ContentError> checkTemplates(Templates t) {
        List<ContentError> errors = new ArrayList<>();
        if (t.freemarker == null) {
            errors.add(ContentError.of("templates", 0, "", Message.of("templates.missing"), Message.of("hint.templates.restore")));
            return errors;
        }
        Configuration cfg = t.freemarker;
        Path templates = t.folder;
        // The pages' templates, then every other .ftl (layout.ftl and anything they import or include).
        java.util.Set<String> names = new java.util.LinkedHashSet<>(TEMPLATES);
        try (java.util.stream.Stream<Path> files = Files.list(templates)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).sorted().forEach(names::add);
        } catch (IOException e) {
            errors.add(ContentError.of("templates", 0, "", Message.of("folder.unreadable", e.getMessage()), null));
        }
        for (String name : names) {
            try {
                cfg.getTemplate(name);
            } catch (ParseException e) {
                errors.add(ContentError.of("templates/" + e.getTemplateName(), e.getLineNumber(), "",
                        Message.of("template.syntax", e.getEditorMessage()), Message.of("hint.template.syntax")));
            } catch (freemarker.template.TemplateNotFoundException e) {
                errors.add(ContentError.of("templates/" + name, 0, "", Message.of("template.missing"), Message.of("hint.template.restore")));
            } catch (IOException e) {
                errors.add(ContentError.of("templates/" + name, 0, "", Message.of("file.unreadable", e.getMessage()), null));
            }
        }
        return errors;
    }

    /** An article or static page. */
    public void document(Article a) {
        Map<String, Object> m = model(a.getUrl());
        m.put("article", a);
        String sizes = SIZES.get(a.isPage() ? "wide" : "column");
        m.put("lead", Lead.of(a.getSummary(), photos.inPage(a.getBodyHtml(), a.getUrl(), sizes)));
        if (a.isPage()) {
            m.put("parent", site.parentOf(a));
            m.put("alternates", site.alternatesOf(a));
            render(a.getLang().equals(Article.VIETNAMESE) ? "page.ftl" : "page-en.ftl", a.getUrl(), m);
            return;
        }
        m.put("feeds", List.of(feedsByPage.get(a.getCategory().getUrl())));
        m.put("previous", site.previousInCategory(a));
        m.put("next", site.nextInCategory(a));
        m.put("sameCategory", site.sameCategory(a));
        m.put("others", site.others(a));
        m.put("photo", photos.lead(a));
        m.put("jsonLd", JsonLd.newsArticle(site.getConfig(), a, photos.lead(a)));
        render("article.ftl", a.getUrl(), m);
    }

    /** Home, one listing per category and per tag, each paginated; returns the number of files. */
    public int listings() {
        List<Runnable> jobs = new ArrayList<>();
        jobs.addAll(listing(null, site.getArticles()));
        for (Site.Listing l : site.getCategories().values()) {
            jobs.addAll(listing(l.term(), l.articles()));
        }
        for (Site.Listing l : site.getTags().values()) {
            jobs.addAll(listing(l.term(), l.articles()));
        }
        jobs.parallelStream().forEach(Runnable::run);
        return jobs.size();
    }

    private List<Runnable> listing(Term term, List<Article> articles) {
        int size = site.getConfig().pageSize();
        int count = Urls.pageCount(articles.size(), size);
        List<Runnable> jobs = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            final int page = n;
            jobs.add(() -> listingPage(term, articles, page));
        }
        return jobs;
    }

    /**
     * Page {@code page} (from 1) of one listing: the home page when {@code term} is null, else the
     * category or tag {@code term} with its {@code articles}. A preview re-renders only the pages that changed.
     */
    public void listingPage(Term term, List<Article> articles, int page) {
        String first = term == null ? Urls.HOME : term.getUrl();
        int size = site.getConfig().pageSize();
        int count = Urls.pageCount(articles.size(), size);
        String path = Urls.listingPage(first, page);
        Map<String, Object> m = model(path);
        m.put("term", term);
        m.put("kind", term == null ? "home" : first.startsWith("chuyen-muc/") ? "category" : "tag");
        m.put("articles", articles.subList((page - 1) * size, Math.min(articles.size(), page * size)));
        m.put("total", articles.size());
        m.put("pageNo", page);
        m.put("pageCount", count);
        m.put("pager", Pager.of(first, page, count));
        FeedLink link = feedsByPage.get(first);
        m.put("feed", link);
        m.put("feeds", term == null ? List.of() : List.of(link));
        if (term == null) {
            m.putAll(homeBoxes);
        }
        render("list.ftl", path, m);
    }

    /** The tags index, the 404 page, the feed directory, the search page, the archive and one redirect page per alias; returns the number of files. */
    public int extras() {
        return extras(m -> true);
    }

    /** As {@link #extras()}, of the archive's month pages only those {@code month} accepts (an edit's). */
    public int extras(java.util.function.Predicate<Site.ArchiveMonth> month) {
        int n = 0;
        Map<String, Object> tags = model(Urls.TAGS_INDEX);
        tags.put("tags", new ArrayList<>(site.getTags().values()));
        render("tags.ftl", Urls.TAGS_INDEX, tags);
        n++;
        render("404.ftl", Urls.NOT_FOUND, model(Urls.NOT_FOUND));
        n++;
        Map<String, Object> directory = model(Urls.FEEDS);
        directory.put("feeds", feeds);
        render("feeds.ftl", Urls.FEEDS, directory);
        n++;
        render("search.ftl", Urls.SEARCH, model(Urls.SEARCH));
        n++;
        n += archive() + archiveMonths(month);
        List<Article> all = new ArrayList<>(site.getArticles());
        all.addAll(site.getPages());
        for (Article a : all) {
            for (String alias : a.getAliases()) {
                Map<String, Object> m = model(alias);
                m.put("article", a);
                render("alias.ftl", alias, m);
                n++;
            }
        }
        return n;
    }

    /** The documents registry: its lists and one page per document; returns the number of files (0 without a registry). */
    public int documents() {
        return site.section(Registry.class).map(r -> new RegistryPages(this, site, r).write()).orElse(0);
    }

    /** The work schedule: one page per week and the current week; returns the number of files (0 without a schedule). */
    public int schedule() {
        return site.section(Schedule.class).map(s -> new SchedulePages(this, s).write()).orElse(0);
    }

    /** The absolute address of a site path. */
    String absolute(String sitePath) {
        return site.getConfig().absolute(sitePath);
    }

    /** The feed a list page links to, by the page's site path. */
    FeedLink feedOf(String page) {
        return feedsByPage.get(page);
    }

    /** The archive: its index, one page per year, one per month (with the months before and after); returns the number of files. */
    /** The archive's index and year pages; returns how many. */
    private int archive() {
        Map<String, Object> index = model(Urls.ARCHIVE);
        index.put("archive", site.getArchive());
        render("archive.ftl", Urls.ARCHIVE, index);
        for (Site.ArchiveYear y : site.getArchive()) {
            Map<String, Object> m = model(y.getUrl());
            m.put("year", y);
            render("archive.ftl", y.getUrl(), m);
        }
        return 1 + site.getArchive().size();
    }

    /**
     * The archive's month pages {@code write} accepts; returns how many. Alone, after an edit that changed no
     * front matter: the other extras show only front matter (titles, dates, summaries, tags, aliases).
     */
    public int archiveMonths(java.util.function.Predicate<Site.ArchiveMonth> write) {
        List<Site.ArchiveMonth> months = new ArrayList<>();
        List<Site.ArchiveYear> yearOf = new ArrayList<>();
        for (Site.ArchiveYear y : site.getArchive()) {
            months.addAll(y.months());
            y.months().forEach(x -> yearOf.add(y));
        }
        int written = 0;
        for (int i = 0; i < months.size(); i++) {
            Site.ArchiveMonth month = months.get(i);
            if (!write.test(month)) {
                continue;
            }
            written++;
            Map<String, Object> m = model(month.getUrl());
            m.put("year", yearOf.get(i));
            m.put("month", month);
            m.put("newer", i > 0 ? months.get(i - 1) : null);
            m.put("older", i + 1 < months.size() ? months.get(i + 1) : null);
            render("archive.ftl", month.getUrl(), m);
        }
        return written;
    }

    /** The files written so far, by their path in the output folder. */
    public java.util.Set<String> written() {
        return java.util.Collections.unmodifiableSet(written);
    }

    /** A text of the page at {@code pagePath} in an article's column, its pictures made for the screen. */
    String inColumn(String html, String pagePath) {
        return photos.inPage(html, pagePath, SIZES.get("column"));
    }

    Map<String, Object> model(String path) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", shared);
        m.put("photos", photos);
        m.put("path", path);
        // The menu's category this page belongs to (its listing pages), "" for none: what the header shows as current.
        m.put("menuCurrent", categoryUrls.stream().filter(path::startsWith).findFirst().orElse(""));
        m.put("canonical", site.getConfig().absolute(path));
        return m;
    }

    void render(String template, String sitePath, Map<String, Object> model) {
        String fileName = Urls.file(sitePath);
        Path file = out.resolve(fileName);
        try {
            folder(file.getParent());
            Template t = freemarker.getTemplate(template);
            Utf8Page page = new Utf8Page();
            t.process(model, page);
            page.writeTo(file);
            written.add(fileName);
        } catch (TemplateException e) {
            String name = e.getTemplateName() == null ? template : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new PageException(ContentError.of("templates/" + name, line, "",
                    Message.of("template.failed", "/" + sitePath, describe(e)), Message.of("hint.template.fix")), e);
        } catch (IOException e) {
            throw new PageException(ContentError.of("templates/" + template, 0, "", Message.of("page.cannotWrite", "/" + sitePath, e.getMessage()),
                    Message.of("hint.disk")), e);
        }
    }

    /** Creates {@code folder} once per build; pages of one folder wait for the first to create it. */
    private void folder(Path folder) throws IOException {
        try {
            folders.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static final java.util.regex.Pattern FAILED_AT = java.util.regex.Pattern.compile("Failed at: (.+?)\\s+\\[in template");

    /** Freemarker's one-line reason, completed with the expression that failed and its column. */
    private static String describe(TemplateException e) {
        String reason = firstLine(e.getMessageWithoutStackTop()).strip();
        String expression = e.getBlamedExpressionString();
        if (expression == null) {
            // No single expression to blame (a failed built-in, #stop, ...): name the instruction instead.
            java.util.regex.Matcher failed = FAILED_AT.matcher(String.valueOf(e.getFTLInstructionStack()));
            if (!failed.find()) {
                return reason;
            }
            expression = failed.group(1);
        }
        String where = e.getColumnNumber() == null ? "" : " (column " + e.getColumnNumber() + ")";
        return (reason.endsWith(":") ? reason + " " : reason + ": ") + "`" + expression + "`" + where;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
