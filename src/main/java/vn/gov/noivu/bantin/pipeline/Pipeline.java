package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.bake.Bakery;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.cache.Store;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.content.Remembered;
import vn.gov.noivu.bantin.desk.Desk;
import vn.gov.noivu.bantin.feed.Feeds;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.photos.Photos;
import vn.gov.noivu.bantin.search.SearchIndex;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.sitemap.Sitemap;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The pipeline, written once: {@code build} runs it into its output folder, {@code check} runs it up to
 * the site and writes nothing, and the preview keeps one instance warm and runs it again after each
 * edit. {@link #run} is the recipe; every error of the stages that read and check the sources is
 * collected, so an editor sees all problems at once, and nothing is written unless there are none.
 * What a build learns of each file is kept in the cache ({@code cache.folder}), shared by every build,
 * check and preview of the site: a file read before, with the same bytes in the same context, is not
 * read again.
 */
public final class Pipeline {
    /**
     * One build or check: the site folder, where to write (null: check only), the publishing clock, what to do
     * with the record of the last build beside the output (see {@link UpToDate}), and the cache folder (null: the
     * settings' {@code cache.folder}).
     */
    public record Options(Path source, Path output, ZonedDateTime now, Record record, Path cache) {
        /** A build that runs whole and leaves no record; a check when {@code output} is null. */
        public Options(Path source, Path output, ZonedDateTime now) {
            this(source, output, now, Record.NONE);
        }

        public Options(Path source, Path output, ZonedDateTime now, Record record) {
            this(source, output, now, record, null);
        }
    }

    /** How a build treats the record of the last build of its output folder. */
    public enum Record {
        /** Not read, not written: the build runs whole, and the old record goes with the folder it described. */
        NONE,
        /** The build runs whole and records itself (build --rebuild). */
        WRITE,
        /** Nothing is done when the record shows the output already holds what the build would write; else as WRITE. */
        CHECK
    }

    /** Which documents the site shows: published ones, plus drafts and articles dated in the future when a preview asks. */
    public record Shown(boolean drafts, boolean future) {
        public static final Shown PUBLISHED = new Shown(false, false);
    }

    private final Path root;
    private final Target target;
    private final Record record;
    private final Shown shown;
    /** The cache folder given on the command line, or null: the settings'. */
    private final Path cache;
    /** What a preview keeps between runs; a one-shot build starts and ends with it cold. */
    private Warm warm = Warm.COLD;

    /**
     * A pipeline over the site at {@code source} writing to {@code target} (null: check only), with the cache in
     * {@code cache} (null: where the settings say).
     */
    public Pipeline(Path source, Target target, Record record, Shown shown, Path cache) {
        this.root = source.toAbsolutePath().normalize();
        this.target = target;
        this.record = record;
        this.shown = shown;
        this.cache = cache;
    }

    /** {@code build} (an output folder) or {@code check} (none): the pipeline, run once. */
    public static Report run(Options o) {
        Target target = o.output() == null ? null : Target.folder(o.output());
        return new Pipeline(o.source(), target, o.record(), Shown.PUBLISHED, o.cache()).run(o.now());
    }

    /** Runs the recipe as of {@code now}. */
    public Report run(ZonedDateTime now) {
        Run run = new Run();
        if (target != null && run.refuse(target.refuse(root))) { // the output is replaced whole: never the sources
            return finish(run, null, null, null);
        }
        SiteConfig config = run.step("settings", () -> settings(run)); // categories and address: needed to read any file
        if (config == null) {
            return finish(run, null, null, null);
        }
        Inputs inputs = run.step("sources", () -> Inputs.list(root, store(config))); // every input by content
        Optional<UpToDate.Recorded> recorded = run.step("up-to-date", () -> recorded(run, inputs, now));
        if (run.upToDate) {
            return finish(run, null, null, null);
        }
        CompletableFuture<Templates> templates = templates(inputs); // parsed beside the next stages
        Markdown markdown = new Markdown(config.basePath());
        Optional<Registry> registry = run.step("van-ban", () -> Registry.load(root, config, markdown, now, run.errors));
        Optional<Schedule> schedule = run.step("lich-cong-tac", () -> Schedule.load(root, now, run.errors));
        ContentLoader.Loaded loaded = run.step("content", () -> content(run, config, markdown, registry, inputs)); // cites the registry
        Templates checked = run.step("templates", () -> templates(run, templates));
        Site site = run.step("site", () -> site(run, config, loaded, registry, schedule, now)); // what readers see at now
        Photos photos = run.step("photos", () -> photos(run, config, site, inputs)); // every picture it shows, sized for screens
        if (target == null || !run.ok()) {
            return finish(run, site, null, new Warm(inputs, checked, warm.memory(), warm.written(), warm.photos()));
        }
        Previous before = run.step("previous site", () -> previous(config, inputs, recorded, loaded, registry, schedule, now));
        boolean edit = run.edit = before != null; // else a whole new site, swapped in
        Path out = edit ? target.live() : target.staging();
        Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet(); // an edit's files, for its record
        run.write("output", parts -> edit ? forget(out) : empty(out));
        // Feeds, the search index and the sitemap need only the site: written beside the pages, on a core JBake leaves idle.
        Site old = edit ? before.site() : null;
        boolean sameFrontMatter = edit && Changes.sameFrontMatter(old, site); // then search and sitemap say what they said
        Map<String, Run.Writer> beside = new LinkedHashMap<>();
        beside.put("feeds", parts -> feeds(old, site, photos, out, parts, touched));
        beside.put("search", parts -> sameFrontMatter ? 0 : wrote(touched, SearchIndex.write(site, out)));
        beside.put("sitemap", parts -> sameFrontMatter ? 0 : wrote(touched, Sitemap.write(site, out)));
        beside.put("desk", parts -> edit ? 0 : wrote(touched, Desk.write(config, out))); // from the settings alone
        CompletableFuture<Run.Beside> others = run.beside(beside);
        // The photos' files, from the cache: mostly waiting on the disk, beside both.
        CompletableFuture<Run.Beside> pictures = run.beside(Map.of("photo files",
                parts -> wrote(touched, photos.write(out, edit ? before.photoFiles() : null))));
        run.write("pages", parts -> edit ? edit(config, old, site, checked, photos, out, parts, touched)
                : bake(config, out, site, photos, loaded.documents(), checked, run, parts)); // JBake: pages, listings, sections, extras, assets
        run.join(others);
        run.join(pictures);
        run.write("swap", parts -> edit ? 0 : publish(out));
        run.write("record", parts -> record(inputs, now, loaded, edit ? before.output() : Optional.empty(), touched));
        return finish(run, site, out, new Warm(inputs, checked, warm.memory(), site, photos));
    }

    /**
     * What a preview keeps between runs: the inputs' digests and templates of its last run, what the content stage
     * remembers in memory, and the site in its live folder with its pictures (null until a run wrote one, or after a
     * failed edit).
     */
    private record Warm(Inputs inputs, Templates templates, Remembered memory, Site written, Photos photos) {
        static final Warm COLD = new Warm(null, null, null, null, null);
    }

    /** The templates as parsed, and what their check found. */
    private record Templates(PageWriter.Templates templates, List<ContentError> errors) {
    }

    /**
     * Ends a run. After success, {@code out} (null for a check) holds {@code site}, and {@code next} is what the
     * pipeline keeps; after a failure a staging folder is deleted, and an edit stopped half-way means the next run
     * writes a whole site.
     */
    private Report finish(Run run, Site site, Path out, Warm next) {
        Report report = run.report(out == null ? null : target.live());
        if (report.ok() && next != null) {
            warm = next;
        } else if (run.edit) { // stopped half-way through the live folder: the next run writes a whole site
            warm = new Warm(warm.inputs(), warm.templates(), warm.memory(), null, null);
        } else if (out != null) {
            try {
                Target.delete(out);
            } catch (IOException e) {
                // the next build deletes a leftover staging folder before it starts
            }
        }
        return report;
    }

    /** The last site this pipeline wrote, or null (the preview marks its unpublished pages). */
    public Site written() {
        return warm.written();
    }

    /** Settings first: categories and the site address are needed to read any article. */
    private SiteConfig settings(Run run) {
        SiteConfig config = SiteConfig.load(root, run.errors);
        run.settingsFailed = config == null;
        if (config != null) {
            Desk.check(config, run.errors); // the desk's Decap CMS is in this tool, or nothing is published
        }
        return config;
    }

    /** The cache the settings name, and what the content stage keeps of it in memory (kept warm by a preview). */
    private Store store(SiteConfig config) {
        Store store = Store.at(cache != null ? cache : config.cacheFolder(root));
        if (warm.memory() == null || !warm.memory().isIn(store)) {
            warm = new Warm(warm.inputs(), warm.templates(), Remembered.in(store, Inputs.Tool.digest(store)), warm.written(),
                    warm.photos());
        }
        return store;
    }

    /**
     * {@code build} only: the record of the last build of the output, if it is one this build can use; sets
     * {@link Run#upToDate} when the output already holds what this build would write.
     */
    private Optional<UpToDate.Recorded> recorded(Run run, Inputs inputs, ZonedDateTime now) {
        if (record != Record.CHECK || warm.written() != null) {
            return Optional.empty();
        }
        Optional<UpToDate.Recorded> r = UpToDate.read(target.live());
        run.upToDate = r.isPresent() && UpToDate.upToDate(r.get(), inputs, now, UpToDate.outputAsWritten(r.get(), target.live()));
        return r;
    }

    /**
     * The templates of the last run if they did not change, or else read and checked again on a thread of their own,
     * which then readies JBake if this run may bake a whole site.
     */
    private CompletableFuture<Templates> templates(Inputs inputs) {
        if (warm.templates() != null && warm.inputs().groups().get("templates").equals(inputs.groups().get("templates"))) {
            return CompletableFuture.completedFuture(warm.templates());
        }
        boolean bake = target != null && warm.written() == null;
        return Threads.daemon("bantin-templates", () -> {
            PageWriter.Templates read = PageWriter.templates(root.resolve("templates"));
            Templates checked = new Templates(read, PageWriter.checkTemplates(read));
            if (bake) {
                Bakery.warmUp(root); // JBake's classes, which the bake needs next
            }
            return checked;
        });
    }

    private static Templates templates(Run run, CompletableFuture<Templates> read) {
        Templates t = read.join();
        run.errors.addAll(t.errors());
        return t;
    }

    /** Every article and page, in parallel, each taken from the cache when it was read before with the same bytes. */
    private ContentLoader.Loaded content(Run run, SiteConfig config, Markdown markdown, Optional<Registry> registry,
                                         Inputs inputs) {
        Markdown citing = markdown.withDocuments(registry.map(Registry::citations).orElse(Map.of()));
        ContentLoader loader = new ContentLoader(root, config, citing); // check too: its entries serve the build
        warm.memory().prepare(inputs.assets(), target != null); // an article is remembered with the pictures it shows
        ContentLoader.Loaded loaded = loader.load(inputs.content(), warm.memory());
        warm.memory().retain(loaded.entries().values());
        warm.memory().prune(loaded.entries().values()); // the cache keeps what this site's files need now, and the young
        run.errors.addAll(loaded.errors());
        if (!Files.isDirectory(root.resolve("assets"))) {
            run.errors.add(ContentError.of("assets", 0, "", Message.of("assets.missing"), Message.of("hint.assets.missing")));
        }
        return loaded;
    }

    /** What is shown at {@code now}, every listing built once, links and addresses checked. */
    private Site site(Run run, SiteConfig config, ContentLoader.Loaded loaded, Optional<Registry> registry,
                      Optional<Schedule> schedule, ZonedDateTime now) {
        Set<String> failed = new HashSet<>(loaded.failedUrls());
        registry.ifPresent(r -> failed.addAll(r.failedUrls()));
        List<Section> sections = sections(registry, schedule);
        Predicate<Article> published = a -> a.isPublishedAt(now);
        Site site = Site.build(root, config, loaded.documents(), loaded.invalid(), now, run.errors, failed, sections, published.or(a ->
                (shown.drafts() || !a.isDraft()) && (shown.future() || a.getDate() == null || !a.getDate().isAfter(now))
                        && (a.getExpires() == null || a.getExpires().isAfter(now))));
        if (!shown.equals(Shown.PUBLISHED)) {
            // What build would say: a published article may not link to a draft the preview happens to show.
            Site.build(root, config, loaded.documents(), List.of(), now, run.errors, failed, sections, published);
        }
        int pages = (int) loaded.documents().stream().filter(Article::isPage).count();
        run.counts = new Report.Counts(loaded.documents().size() - pages, pages,
                registry.map(r -> r.documents().size() + r.waiting().size()).orElse(0), schedule.map(s -> s.weeks().size()).orElse(0),
                site.getArticles().size(), site.getPages().size(), registry.map(r -> r.documents().size()).orElse(0), loaded.read());
        run.unpublished = unpublished(loaded.documents(), registry, now);
        return site;
    }

    /** The pictures of {@code site} (none when it could not be built), made or from the cache, counted for the report. */
    private Photos photos(Run run, SiteConfig config, Site site, Inputs inputs) {
        Photos photos = site == null ? Photos.NONE : Photos.process(root, config, site, warm.memory().store(), inputs.assets(), run.errors);
        run.photos = photos;
        return photos;
    }

    /** Every valid source that readers do not see at {@code now}, and why, by file. */
    private static List<Report.Unpublished> unpublished(List<Article> all, Optional<Registry> registry, ZonedDateTime now) {
        List<Report.Unpublished> out = new ArrayList<>();
        for (Article a : all) {
            a.whyUnpublished(now).ifPresent(why -> out.add(new Report.Unpublished(a.getSourcePath(), why)));
        }
        registry.ifPresent(r -> r.waiting().forEach(d -> out.add(new Report.Unpublished(d.sourcePath(), Message.of(
                "cli.unpublished.scheduled", Dates.forReader(new Dates.Stamp(d.date().atStartOfDay(Dates.ZONE), false)))))));
        out.sort(java.util.Comparator.comparing(Report.Unpublished::path));
        return List.copyOf(out);
    }

    private static List<Section> sections(Optional<Registry> registry, Optional<Schedule> schedule) {
        return Stream.of(registry, schedule).flatMap(Optional::stream).map(Section.class::cast).toList();
    }

    /**
     * The site the live output folder shows, the output's listing when a record described it, and the photos' files
     * the folder holds (from that listing, or as the preview's last run wrote them).
     */
    private record Previous(Site site, Optional<UpToDate.Lines> output, Set<String> photoFiles) {
    }

    /**
     * What the output folder shows, when this run may write only what changed since: the preview's last site, or
     * the site the record of the last build describes (its articles from the cache, at its {@code now}) when only
     * articles and pages changed since, on the same day, and the output is as that build wrote it. Null: the run
     * writes a whole new site.
     */
    private Previous previous(SiteConfig config, Inputs inputs, Optional<UpToDate.Recorded> recorded, ContentLoader.Loaded loaded,
                              Optional<Registry> registry, Optional<Schedule> schedule, ZonedDateTime now) {
        if (warm.written() != null) { // a preview: its live folder holds what it wrote last
            return inputs.sameButContent(warm.inputs().groups()) ? new Previous(warm.written(), Optional.empty(), warm.photos().files()) : null;
        }
        if (recorded.isEmpty() || !UpToDate.onlyContentChanged(recorded.get(), inputs, now)) {
            return null;
        }
        Optional<List<Article>> articles = warm.memory().articles(recorded.get().entries().values());
        if (articles.isEmpty()) {
            return null; // an entry left the cache: build whole
        }
        Optional<UpToDate.Lines> output = UpToDate.outputAsWritten(recorded.get(), target.live());
        if (output.isEmpty()) {
            return null; // changed by hand: build whole
        }
        return new Previous(Site.previous(config, articles.get(), recorded.get().now(), sections(registry, schedule)), output,
                output.get().names().stream().filter(Photos::isFile).collect(java.util.stream.Collectors.toSet()));
    }

    /** Before an edit changes the live folder: no record describes it from now on. */
    private int forget(Path out) throws IOException {
        if (record != Record.NONE) {
            UpToDate.forget(out);
        }
        return 0;
    }

    /** Before a whole site is written: an empty staging folder. */
    private static int empty(Path out) throws IOException {
        Target.delete(out);
        Files.createDirectories(out);
        return 0;
    }

    private static int feeds(Site before, Site site, Photos photos, Path out, List<Report.Part> parts, Set<String> touched)
            throws IOException {
        Feeds.Written w = Feeds.write(before, site, photos, out);
        parts.add(new Report.Part("rss", w.feeds(), Report.Part.UNTIMED));
        return wrote(touched, w.files());
    }

    /** The files written, added to {@code touched}; returns how many. */
    private static int wrote(Set<String> touched, List<String> files) {
        touched.addAll(files);
        return files.size();
    }

    /**
     * The pages an edit touched, in the live folder; the files written or deleted go to {@code touched}, with the
     * originals of assets/ that are published or withheld now and were not before.
     */
    private int edit(SiteConfig config, Site before, Site after, Templates templates, Photos photos, Path out,
                     List<Report.Part> parts, Set<String> touched) throws IOException {
        Edit.Written w = Edit.write(before, after, templates.templates(), photos, out);
        touched.addAll(Photos.originals(root, out, Photos.withheld(root, config, before), photos.withheld(config, after)));
        touched.addAll(w.paths());
        parts.add(new Report.Part("articles", w.documents(), Report.Part.UNTIMED));
        parts.add(new Report.Part("listings", w.listings(), Report.Part.UNTIMED));
        return w.files();
    }

    /** Pages, listings, the sections' pages, extras and assets, with JBake, into an empty folder. */
    private int bake(SiteConfig config, Path out, Site site, Photos photos, List<Article> all, Templates templates, Run run,
                     List<Report.Part> parts) {
        Bakery.Result result = Bakery.bake(root, out, site, all, templates.templates(), photos, photos.withheld(config, site));
        run.errors.addAll(result.errors());
        result.parts().forEach(p -> parts.add(new Report.Part(p.name(), p.files(), p.cpuMillis())));
        return result.parts().stream().mapToInt(Bakery.Part::files).sum();
    }

    /** The staging folder becomes the output; the old record went with the old site. */
    private int publish(Path staging) throws IOException {
        if (target.live() != null) { // a preview's first site replaces nothing
            UpToDate.forget(target.live());
        }
        target.publish(staging);
        return 0;
    }

    /** The record of this build, so that the next one can tell what changed (UpToDate); none without a record. */
    private int record(Inputs inputs, ZonedDateTime now, ContentLoader.Loaded loaded, Optional<UpToDate.Lines> listed,
                       Set<String> touched) {
        if (record == Record.NONE) {
            return 0;
        }
        try {
            UpToDate.record(target.live(), inputs, UpToDate.window(now, loaded.documents()), now, loaded.entries(),
                    listed.map(lines -> new UpToDate.Edited(lines, touched)));
            return 0; // the record lies beside the site, not in it
        } catch (IOException e) {
            throw new Run.StageException(ContentError.of(UpToDate.recordOf(target.live()).toString(), 0, "",
                    Message.of("record.cannotWrite", e.getMessage()), Message.of("hint.record.cannotWrite")));
        }
    }
}
