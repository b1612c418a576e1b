package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.gov.noivu.bantin.bake.Bakery;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.Article;
import vn.gov.noivu.bantin.content.BodyStore;
import vn.gov.noivu.bantin.content.ContentLoader;
import vn.gov.noivu.bantin.desk.Desk;
import vn.gov.noivu.bantin.feed.Feeds;
import vn.gov.noivu.bantin.lich.Schedule;
import vn.gov.noivu.bantin.markdown.Markdown;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.search.SearchIndex;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.site.Site;
import vn.gov.noivu.bantin.sitemap.Sitemap;
import vn.gov.noivu.bantin.source.Source;
import vn.gov.noivu.bantin.vanban.Registry;

/**
 * The pipeline, written once: {@code build} runs it into its output folder, {@code check} runs it up to
 * the site and writes nothing, and the preview keeps one instance warm and runs it again after each
 * edit, telling it only what changed. {@link #run} is the recipe; every error of the stages that read
 * and check the sources is collected, so an editor sees all problems at once, and nothing is written
 * unless there are none.
 */
public final class Pipeline {
    /**
     * One build or check: the site folder, where to write (null: check only), the publishing clock, and
     * what to do with the record of the last build beside the output (see {@link UpToDate}).
     */
    public record Options(Path source, Path output, ZonedDateTime now, Record record) {
        /** A build that runs whole and leaves no record; a check when {@code output} is null. */
        public Options(Path source, Path output, ZonedDateTime now) {
            this(source, output, now, Record.NONE);
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

    /** What changed since the last run of a warm pipeline, from the narrowest to the widest; a wider change implies every narrower one. */
    public enum Change {
        /** Articles and pages under content/. */
        CONTENT,
        /** The documents registry (content/van-ban/) or the work schedule (data/). */
        SECTIONS,
        /** templates/. */
        TEMPLATES,
        /** assets/ (articles are checked against its images). */
        ASSETS,
        /** jbake.properties, or anything: everything is read again. */
        SETTINGS
    }

    /** Which documents the site shows: published ones, plus drafts and articles dated in the future when a preview asks. */
    public record Shown(boolean drafts, boolean future) {
        public static final Shown PUBLISHED = new Shown(false, false);
    }

    private final Path root;
    private final Target target;
    private final Record record;
    private final Shown shown;

    // Kept warm between runs (the preview); a one-shot build fills them once.
    private SiteConfig config;
    private Markdown markdown;
    private Map<String, String> citations;
    private ContentLoader loader;
    private ContentLoader.Cache cache;
    private CheckedTemplates templates;
    /** The site that is in {@code target.live()}, null until a run wrote one. */
    private Site written;
    /** The widest change not yet written, after a run that failed. */
    private Change pending;
    /** What the last build of the output read, from the state it left (BuildState), until the content stage takes it. */
    private BuildState.State resumed;
    /** Where a recorded build's content stage writes the bodies it reads: its state-to-be (BuildState). */
    private BodyStore bodies;
    /** The state-to-be being completed beside the pages, then its summary for the record; null when none is. */
    private CompletableFuture<String> completing;

    /** A pipeline over the site at {@code source} writing to {@code target} (null: check only). */
    public Pipeline(Path source, Target target, Record record, Shown shown) {
        this.root = source.toAbsolutePath().normalize();
        this.target = target;
        this.record = record;
        this.shown = shown;
    }

    /** {@code build} (an output folder) or {@code check} (none): the pipeline, run once. */
    public static Report run(Options o) {
        Target target = o.output() == null ? null : Target.folder(o.output());
        return new Pipeline(o.source(), target, o.record(), Shown.PUBLISHED).run(Change.SETTINGS, o.now());
    }

    /** Runs the recipe as of {@code now}, reading again what {@code change} (and any failed run before) touched. */
    public Report run(Change change, ZonedDateTime now) {
        Run run = new Run(pending == null || change.compareTo(pending) > 0 ? change : pending);
        Optional<UpToDate.Inputs> listed = Optional.empty();
        CompletableFuture<Optional<UpToDate.Lines>> listedOutput = CompletableFuture.completedFuture(Optional.empty());
        if (target != null && run.refuse(target.refuse(root))) { // the output is replaced whole: never the sources
            return finish(run, null, null);
        }
        UpToDate.Verdict verdict = null;
        CompletableFuture<Recorded> state = null;
        if (record == Record.CHECK) {
            // The state is read while the check lists content/ and the output, once the other inputs are as recorded.
            AtomicReference<CompletableFuture<Recorded>> ahead = new AtomicReference<>();
            verdict = run.upToDate(() -> UpToDate.check(root, target.live(), now,
                    written == null ? summary -> ahead.set(readState(summary)) : summary -> { }));
            state = ahead.get();
            if (verdict.upToDate()) {
                drop(state);
                return finish(run, null, null);
            }
            listed = verdict.inputs();
            listedOutput = verdict.output();
        }
        // Read beside the loads, which do not need them; JBake is readied once it is known that pages will be baked.
        CompletableFuture<Boolean> baking = new CompletableFuture<>();
        CompletableFuture<CheckedTemplates> templates = templates(run.change, baking);
        SiteConfig config;
        Optional<Registry> registry;
        Optional<Schedule> schedule;
        try {
            // Settings, documents and schedule do not depend on the state: read while it still is.
            config = run.step("settings", () -> settings(run)); // categories and address: needed to read any article
            if (config == null) {
                drop(state);
                return finish(run, null, null);
            }
            registry = run.step("van-ban", () -> Registry.load(root, config, markdown, now, run.errors));
            schedule = run.step("lich-cong-tac", () -> Schedule.load(root, now, run.errors));
            if (verdict != null && written == null) {
                UpToDate.Verdict found = verdict;
                CompletableFuture<Recorded> read = state;
                if (run.step("state", () -> resume(found, read))) {
                    run.change = Change.CONTENT; // as if this pipeline had written the output and stayed warm
                }
            }
        } finally {
            baking.complete(target != null && resumed == null);
        }
        // What the output shows (the last build's articles at its now) needs only the state: made while the content is read.
        CompletableFuture<Site> shows = resumed == null ? null : daemon("bantin-previous", () -> previous(registry, schedule));
        // The up-to-date check listed content/ after this run started: its listing will do.
        List<Source.Found> contentFiles = listed.map(UpToDate.Inputs::content).orElse(null);
        ContentLoader.Loaded loaded = run.step("content", () -> content(run, registry, templates, contentFiles)); // articles cite the registry
        if (bodies != null && run.ok()) { // the state-to-be holds what was read: completed beside the next stages, installed by the record
            completing = complete(now);
        }
        Site site = run.step("site", () -> site(run, loaded, registry, schedule, now)); // what readers see at now
        if (target == null || !run.ok()) {
            return finish(run, site, null);
        }
        if (resumed != null) { // what the output shows, if it is still as the last build wrote it: its articles at its now
            CompletableFuture<Optional<UpToDate.Lines>> listing = listedOutput;
            written = run.step("output check", () -> listing.join().isPresent()) ? run.step("previous site", shows::join) : null;
        }
        boolean edit = run.edit = written != null && run.change == Change.CONTENT; // else a whole new site, swapped in
        Path out = edit ? target.live() : target.staging();
        // Listed any time after run.started: the up-to-date check's listing will do.
        CompletableFuture<Optional<UpToDate.Inputs>> inputs = record == Record.NONE ? null : listed.isPresent()
                ? CompletableFuture.completedFuture(listed) : CompletableFuture.supplyAsync(() -> UpToDate.inputs(root, target.live()));
        Site before = edit ? written : null;
        // What an edit writes or deletes, so that its record need not list the whole output again.
        Set<String> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Optional<UpToDate.Edited> edited = edit ? listedOutput.join().map(lines -> new UpToDate.Edited(lines, touched)) : Optional.empty();
        run.write("output", parts -> edit ? forget(out) : empty(out));
        // Feeds, the search index and the sitemap need only the site: written beside the pages, on a core JBake leaves idle.
        Map<String, Run.Writer> beside = new LinkedHashMap<>();
        beside.put("feeds", parts -> {
            Feeds.Written w = Feeds.write(before, site, out);
            parts.add(new Report.Part("rss", w.feeds(), Report.Part.UNTIMED));
            return wrote(touched, w.files());
        });
        // After an edit of a text alone, what the search index and the sitemap say is what they said.
        boolean same = edit && Changes.sameFrontMatter(before, site);
        beside.put("search", parts -> same ? 0 : wrote(touched, SearchIndex.write(site, out)));
        beside.put("sitemap", parts -> same ? 0 : wrote(touched, Sitemap.write(site, out)));
        beside.put("desk", parts -> edit ? 0 : wrote(touched, Desk.write(config, out))); // from the settings alone
        CompletableFuture<Run.Beside> others = run.beside(beside);
        run.write("pages", parts -> edit ? edit(before, site, out, parts, touched)
                : bake(out, site, loaded.documents(), run, parts)); // JBake: pages, listings, sections, extras, assets
        run.join(others);
        run.write("swap", parts -> edit ? 0 : publish(out));
        run.write("record", parts -> record == Record.NONE ? 0 : record(inputs.join(), run.started, now, loaded, edited));
        return finish(run, site, out);
    }

    /**
     * Ends a run. After success, {@code out} (null for a check) holds {@code site}; after a failure a
     * staging folder is deleted, and an edit stopped half-way means the next run writes a whole site.
     */
    private Report finish(Run run, Site site, Path out) {
        Report report = run.report(out == null ? null : target.live());
        resumed = null;
        if (completing != null) {
            completing.exceptionally(e -> null).join(); // done with the file before it goes
            completing = null;
        }
        if (bodies != null) { // what was not made the state goes
            BuildState.discard(bodies);
            bodies = null;
        }
        if (report.ok()) {
            pending = null;
            written = out == null ? written : site;
            return report;
        }
        pending = run.change;
        if (run.edit) {
            written = null;
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
        return written;
    }

    /** The templates as parsed by their check, and what it found. */
    private record CheckedTemplates(PageWriter.Templates templates, List<ContentError> errors) {
    }

    /**
     * The templates of the last run, or, after a change that reaches them, read and checked again on a thread of
     * their own, which then readies JBake if the pages will be baked ({@code bake}, once known).
     */
    private CompletableFuture<CheckedTemplates> templates(Change change, CompletableFuture<Boolean> bake) {
        if (templates != null && change.compareTo(Change.TEMPLATES) < 0) {
            return CompletableFuture.completedFuture(templates);
        }
        return daemon("bantin-templates", () -> {
            PageWriter.Templates read = PageWriter.templates(root.resolve("templates"));
            CheckedTemplates checked = new CheckedTemplates(read, PageWriter.checkTemplates(read));
            if (bake.join()) {
                Bakery.warmUp(root); // JBake's classes, which the bake needs next
            }
            return checked;
        });
    }

    /** {@code work} on a thread of its own, which does not keep the program running. */
    private static <T> CompletableFuture<T> daemon(String name, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Settings first: categories and the site address are needed to read any article. */
    private SiteConfig settings(Run run) {
        if (config == null || run.change == Change.SETTINGS) {
            config = SiteConfig.load(root, run.errors);
            markdown = config == null ? null : new Markdown(config.basePath());
            loader = null;
        }
        if (config == null) {
            run.settingsFailed = true;
        } else {
            Desk.check(config, run.errors); // the desk's Decap CMS is in this tool, or nothing is published
        }
        return config;
    }

    /**
     * Every article and page (in parallel), read again only where a file changed; and the templates' check.
     * {@code listed}: the files of content/ as the up-to-date check found them, or null to list them here.
     */
    private ContentLoader.Loaded content(Run run, Optional<Registry> registry, CompletableFuture<CheckedTemplates> read,
                                         List<Source.Found> listed) {
        Map<String, String> cited = registry.map(Registry::citations).orElse(Map.of());
        if (loader == null || !cited.equals(citations)) {
            citations = cited;
            loader = target == null ? ContentLoader.forCheck(root, config, markdown.withDocuments(cited))
                    : new ContentLoader(root, config, markdown.withDocuments(cited));
            cache = null;
        }
        if (resumed != null) {
            cache = resumed.cache(); // read with the same settings, sections and assets
        }
        if (cache == null || run.change.compareTo(Change.ASSETS) >= 0) {
            cache = new ContentLoader.Cache(); // articles are checked against the images in assets/
        }
        ContentLoader.Loaded loaded = loader.load(cache, bodies(run), listed);
        run.errors.addAll(loaded.errors());
        templates = read.join();
        run.errors.addAll(templates.errors());
        if (!Files.isDirectory(root.resolve("assets"))) {
            run.errors.add(ContentError.of("assets", 0, "", Message.of("assets.missing"), Message.of("hint.assets.missing")));
        }
        return loaded;
    }

    /** What is shown at {@code now}, every listing built once, links and addresses checked. */
    private Site site(Run run, ContentLoader.Loaded loaded, Optional<Registry> registry, Optional<Schedule> schedule,
                      ZonedDateTime now) {
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
                site.getArticles().size(), site.getPages().size(), registry.map(r -> r.documents().size()).orElse(0));
        run.unpublished = unpublished(loaded.documents(), registry, now);
        return site;
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
     * Takes up the state the last build of the output left, when the up-to-date check found that only
     * content/ changed since: the content stage then reads only the files that changed, and the pages
     * stage writes only what they touch, as after an edit in the preview. False (a full build) without a
     * state that matches the record.
     */
    private boolean resume(UpToDate.Verdict verdict, CompletableFuture<Recorded> read) {
        Optional<String> summary = verdict.onlyContent();
        Recorded early = read == null ? null : read.join();
        if (early != null && summary.equals(Optional.of(early.summary()))) {
            resumed = early.state().orElse(null); // a state that could not be read ahead is not read again
        } else {
            drop(read);
            resumed = summary.flatMap(s -> BuildState.read(UpToDate.stateOf(target.live()), root, s)).orElse(null);
        }
        return resumed != null;
    }

    /** The state the record beside the output names, as read (empty if it could not be), with the record's summary of it. */
    private record Recorded(String summary, Optional<BuildState.State> state) {
    }

    /**
     * Reads the state the record names ({@code summary}) on a thread of its own, before the up-to-date check
     * has said whether it may be used: reading it takes about as long as listing the output.
     */
    private CompletableFuture<Recorded> readState(String summary) {
        Path live = target.live();
        return daemon("bantin-state-read", () -> new Recorded(summary, BuildState.read(UpToDate.stateOf(live), root, summary)));
    }

    /** Closes a state read ahead that is not used, when its reading ends (the build does not wait for it). */
    private static void drop(CompletableFuture<Recorded> read) {
        if (read != null) {
            read.thenAccept(r -> r.state().ifPresent(BuildState.State::close));
        }
    }

    /**
     * The site the output holds, from the state's articles at the last build's {@code now}; the sections are
     * those just read, the same on the same day. Its checks passed when it was built.
     */
    private Site previous(Optional<Registry> registry, Optional<Schedule> schedule) {
        return Site.previous(config, resumed.articles(), resumed.now(), sections(registry, schedule));
    }

    /** Before an edit changes the live folder: no record describes it from now on. */
    private int forget(Path out) throws IOException {
        if (record != Record.NONE) {
            UpToDate.forget(out);
        }
        return 0;
    }

    /** The files written, added to {@code touched}; returns how many. */
    private static int wrote(Set<String> touched, List<String> files) {
        touched.addAll(files);
        return files.size();
    }

    /** The pages an edit touched, in the live folder (the preview's way); the files written or deleted go to {@code touched}. */
    private int edit(Site before, Site after, Path out, List<Report.Part> parts, Set<String> touched) throws IOException {
        Edit.Written w = Edit.write(before, after, templates.templates(), out);
        touched.addAll(w.paths());
        parts.add(new Report.Part("articles", w.documents(), Report.Part.UNTIMED));
        parts.add(new Report.Part("listings", w.listings(), Report.Part.UNTIMED));
        return w.files();
    }

    /** Before a whole site is written: an empty staging folder. */
    private static int empty(Path out) throws IOException {
        Target.delete(out);
        Files.createDirectories(out);
        return 0;
    }

    /** A recorded build's bodies go to its state-to-be; other builds keep them in memory. */
    private BodyStore bodies(Run run) {
        if (target == null || record == Record.NONE) {
            return null;
        }
        try {
            bodies = BuildState.bodies(target.live());
        } catch (IOException e) {
            run.errors.add(ContentError.of(UpToDate.stateOf(target.live()).toString(), 0, "",
                    Message.of("state.cannotWrite", e.getMessage()), Message.of("hint.record.cannotWrite")));
        }
        return bodies;
    }

    /**
     * Completes the state-to-be on a thread of its own: the cache and the bodies are final once the content is
     * read, and the pages stage leaves the record, which the build waits for at its end, little to do.
     */
    private CompletableFuture<String> complete(ZonedDateTime now) {
        ContentLoader.Cache read = cache;
        BodyStore store = bodies;
        return daemon("bantin-state", () -> {
            try {
                return BuildState.complete(root, now, read, store);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The summary of the state {@link #complete} finished, or why it could not. */
    private String completed() throws IOException {
        try {
            return completing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    /** Pages, listings, the sections' pages, extras and assets, with JBake, into an empty folder. */
    private int bake(Path out, Site site, List<Article> all, Run run, List<Report.Part> parts) {
        Bakery.Result result = Bakery.bake(root, out, site, all, templates.templates());
        run.errors.addAll(result.errors());
        result.parts().forEach(p -> parts.add(new Report.Part(p.name(), p.files(), p.cpuMillis())));
        return result.parts().stream().mapToInt(Bakery.Part::files).sum();
    }

    private int publish(Path staging) throws IOException {
        target.publish(staging);
        return 0;
    }

    /** The record of this build, so that the next one can tell whether anything changed (UpToDate). */
    private int record(Optional<UpToDate.Inputs> inputs, Instant started, ZonedDateTime now, ContentLoader.Loaded loaded,
                       Optional<UpToDate.Edited> edited) {
        try {
            Path live = target.live();
            UpToDate.record(live, inputs, started, UpToDate.window(now, loaded.documents()), now,
                    () -> {
                        String summary = completed();
                        BuildState.install(bodies, UpToDate.stateOf(live));
                        return summary;
                    }, edited);
            return 0; // the record and the state lie beside the site, not in it
        } catch (IOException e) {
            throw new Run.StageException(ContentError.of(UpToDate.recordOf(target.live()).toString(), 0, "",
                    Message.of("record.cannotWrite", e.getMessage()), Message.of("hint.record.cannotWrite")));
        }
    }
}
