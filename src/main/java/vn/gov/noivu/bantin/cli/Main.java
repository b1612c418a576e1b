package vn.gov.noivu.bantin.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.noivu.bantin.base.Catalog;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.NewArticle;
import vn.gov.noivu.bantin.content.Publish;
import vn.gov.noivu.bantin.content.Refused;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.serve.Preview;

/**
 * The command line. Exit codes and every message to the user live here, nowhere else; the words come
 * from the message catalog ({@link Catalog}): Vietnamese by default, English with {@code --lang en} or
 * {@code BANTIN_LANG=en}. The grammar and the help are {@link Args}'.
 */
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    static final String VERSION = "Bản tin 1.0";
    /** Warnings of one kind listed before the rest of that kind are only counted. */
    static final int WARNINGS_PER_KIND = 5;

    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Where the command was run: relative paths are read from here, and the site is looked for from here up. */
    private final Path workingDir;
    private final Language language;
    /** The program as the user started it ({@code ./bantin}), as its usage line and pointers to the help write it. */
    private final String name;

    private Main(Clock clock, PrintWriter out, PrintWriter err, Path workingDir, Language language, String name) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.language = language;
        this.name = name;
    }

    /** Writes UTF-8 whatever the platform's encoding: Vietnamese needs it, and a terminal set to Latin-1 would print '?'. */
    public static void main(String[] args) {
        Launcher.endWithTheLauncher();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, Clock.system(Dates.ZONE), out, err, Path.of(""), System.getenv(Language.VARIABLE), Launcher.name()));
    }

    /** Runs the command line in the process's working folder, in Vietnamese unless {@code --lang en}; returns the exit code. */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
        return run(args, clock, out, err, Path.of(""), null);
    }

    /** Runs the command line as if started in {@code workingDir} with {@value Language#VARIABLE} set to {@code langVariable}. */
    static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, Path workingDir, String langVariable) {
        return run(args, clock, out, err, workingDir, langVariable, "bantin");
    }

    /** As above, the program started as {@code name} ({@code ./bantin}, {@code java -jar target/bantin.jar}). */
    static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, Path workingDir, String langVariable, String name) {
        Language language = Language.fromEnvironment(langVariable);
        // The language first: every other message of this command line is in it.
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.startsWith("--lang=") ? a.substring("--lang=".length()) : a.equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                Optional<Language> chosen = Language.of(value);
                if (chosen.isEmpty()) {
                    err.println(Message.of("cli.lang", value).in(language));
                    err.flush();
                    return USAGE;
                }
                language = chosen.get();
            }
        }
        if (langVariable != null && !langVariable.isBlank() && Language.of(langVariable).isEmpty()) {
            // A wrong variable is the environment's, not this command's: said (in the language --lang chose, if
            // it did), and the command runs.
            err.println(Message.of("cli.langVariable", langVariable.strip()).in(language));
        }
        Main main = new Main(clock, out, err, workingDir, language, name);
        try {
            Args.Parsed p = Args.parse(args);
            if (p.has(Args.HELP)) {
                out.print(Args.help(p.command(), language, name));
                return OK;
            }
            if (p.has(Args.VERSION)) {
                out.println(VERSION);
                return OK;
            }
            return switch (p.command()) {
                case NONE -> main.refuse(null, Args.Command.NONE);
                case BUILD -> main.build(p);
                case CHECK -> main.check(p);
                case SERVE -> main.serve(p);
                case NEW -> main.create(p);
                case PUBLISH -> main.publish(p);
            };
        } catch (Args.Refused r) {
            return main.refuse(r.why, r.command);
        } catch (NotASite e) {
            err.println(e.error.in(language));
            return USAGE;
        } catch (RuntimeException e) { // a fault of this program's: what it was, for a maintainer
            e.printStackTrace(err);
            return USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * A command line that cannot run: why, on one line that points to the command's help; the program's
     * help when nothing was asked ({@code bantin} alone).
     */
    private int refuse(Message why, Args.Command command) {
        if (why == null) {
            err.print(Args.help(command, language, name));
        } else {
            err.println(say(Message.of("cli.seeHelp", why, name + (command == Args.Command.NONE ? "" : " " + command.word))));
        }
        return USAGE;
    }

    /** A sentence of the catalog in this command's language. */
    String say(Message m) {
        return m.in(language);
    }

    /** Run outside any site, or with a --source that is not one: said with how to get to a site, without the help. */
    private static final class NotASite extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ContentError error;

        NotASite(ContentError error) {
            super(error.toString(), null, false, false);
            this.error = error;
        }
    }

    /**
     * The site's folder: {@code --source} if given, else the nearest folder holding jbake.properties from the
     * working folder up, as git finds its repository (so any folder inside the site works). A folder that is
     * no site is refused with the way to one, rather than left to the settings' "missing jbake.properties",
     * which reads as "create the file here".
     */
    private Path site(Args.Parsed p) throws Args.Refused, NotASite {
        Path source = path(p, Args.SOURCE);
        if (source != null) {
            if (!Files.isRegularFile(source.resolve(SiteConfig.FILE))) {
                throw new NotASite(ContentError.of(source.toString(), 0, Args.SOURCE.name(), Message.of("cli.sourceNotASite"),
                        Message.of("hint.sourceNotASite")));
            }
            return source;
        }
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SiteConfig.FILE))) {
                return dir;
            }
        }
        Message hint = siteBelow(workingDir).map(below -> Message.of("hint.notASite.below", below)).orElse(Message.of("hint.notASite"));
        throw new NotASite(ContentError.of(workingDir.toString(), 0, "", Message.of("cli.notASite"), hint));
    }

    /** Entries looked at for a site below the working folder: enough for a home folder, never a long wait. */
    private static final int LOOKED_AT = 5_000;

    /**
     * A site at most two folders below {@code dir}, the nearest (then the first by name), as a path from it: where
     * an editor who opened the terminal in the folder above a clone and did not go into it meant to be.
     */
    private static Optional<String> siteBelow(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, Set.of(), 2, new SimpleFileVisitor<>() {
                private int seen;

                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return visit(d, attrs) == FileVisitResult.TERMINATE ? FileVisitResult.TERMINATE
                            : d.getFileName().toString().startsWith(".") || found.contains(d) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    return visit(f, attrs);
                }

                private FileVisitResult visit(Path f, BasicFileAttributes attrs) {
                    if (attrs.isDirectory() && !f.getFileName().toString().startsWith(".") && Files.isRegularFile(f.resolve(SiteConfig.FILE))) {
                        found.add(f);
                    }
                    return ++seen < LOOKED_AT ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // a folder this user may not read is no site of theirs
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().min(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                .map(f -> dir.relativize(f).toString());
    }

    /** The publishing clock: {@code --now}, else the clock's time in Vietnam. */
    private ZonedDateTime now(Args.Parsed p) throws Args.Refused {
        return nowGiven(p).orElseGet(this::clockNow);
    }

    private ZonedDateTime clockNow() {
        return ZonedDateTime.now(clock).withZoneSameInstant(Dates.ZONE);
    }

    /** The time {@code --now} gives, if it does. */
    private static Optional<ZonedDateTime> nowGiven(Args.Parsed p) throws Args.Refused {
        String now = p.value(Args.NOW);
        if (now == null) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> read = Dates.parse(now).map(Dates.Stamp::instant);
        if (read.isEmpty()) {
            Dates.Problem problem = Dates.problem(now, Dates.EXPECTED);
            throw new Args.Refused(Message.of("cli.option.problem", Args.NOW.name(), problem.message(), problem.hint()), p.command());
        }
        return read;
    }

    /** A folder the command line names, read from the working folder. */
    private Path path(Args.Parsed p, Args.Option o) throws Args.Refused {
        String value = p.value(o);
        if (value == null) {
            return null;
        }
        try {
            return workingDir.resolve(value).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Args.Refused(Message.of("cli.badValue", o.name(), value), p.command());
        }
    }

    /** Prints the outcome of a run: warnings, then the errors or {@code done}, then what will not be published. */
    private int report(Args.Parsed p, Report r, Message done, Message failed) {
        printWarnings(r.warnings(), p.has(Args.ALL_WARNINGS));
        if (!r.ok()) {
            boolean settings = r.outcome() == Report.Outcome.SETTINGS_ERRORS;
            printList(settings ? Message.of("cli.settingsErrors", r.errors().size()) : failed, r.errors());
            return settings ? USAGE : CONTENT_ERRORS;
        }
        out.println(say(done));
        if (r.pictures().cache() != null) {
            out.println(say(Message.of("cli.photos", r.pictures().made(), r.pictures().cached(), r.pictures().cache())));
        }
        printUnpublished(r.unpublished());
        printStages(p, r);
        return OK;
    }

    /** With --verbose, the stages' times of {@code r}; editors are not shown them. */
    private void printStages(Args.Parsed p, Report r) {
        if (p.has(Args.VERBOSE)) {
            out.println("  " + say(Message.of("cli.stages", stages(r))));
        }
    }

    /** Each stage's wall time, and within the pages stage each kind of file's CPU time. */
    private static String stages(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Report.Stage stage : r.stages()) {
            sb.append(' ').append(stage.name()).append('=').append(stage.millis()).append("ms");
            for (Report.Part part : stage.parts()) {
                if (part.cpuMillis() != Report.Part.UNTIMED) {
                    sb.append(' ').append(part.name()).append(" (cpu)=").append(part.cpuMillis()).append("ms");
                }
            }
        }
        return sb.toString().strip();
    }

    /**
     * The warnings, numbered, on the error stream. Of a kind (one sentence of the catalog) that has more than
     * {@value #WARNINGS_PER_KIND}, only the first are listed and the rest counted, each kind together, and the
     * last line says {@code check --all-warnings} lists them all ({@code all}: it does). 57,541 "trùng tiêu đề"
     * of a generated site, one a line, helped nobody; every error is still listed.
     */
    private void printWarnings(List<ContentError> warnings, boolean all) {
        Map<String, List<ContentError>> kinds = new LinkedHashMap<>();
        for (ContentError w : warnings) {
            kinds.computeIfAbsent(w.message().key(), k -> new ArrayList<>()).add(w);
        }
        if (all || kinds.values().stream().allMatch(k -> k.size() <= WARNINGS_PER_KIND)) {
            printList(Message.of("cli.warnings", warnings.size()), warnings);
            return;
        }
        err.println(say(Message.of("cli.warnings", warnings.size())));
        int n = 0;
        for (List<ContentError> kind : kinds.values()) {
            for (ContentError w : kind.subList(0, Math.min(kind.size(), WARNINGS_PER_KIND))) {
                err.println("  " + ++n + ". " + w.in(language));
            }
            if (kind.size() > WARNINGS_PER_KIND) {
                err.println("     " + say(Message.of("cli.warnings.more", kind.size() - WARNINGS_PER_KIND)));
            }
        }
        err.println(say(Message.of("cli.warnings.shortened", WARNINGS_PER_KIND)));
    }

    /** A heading and a numbered list of errors or warnings, on the error stream; nothing for an empty list. */
    private void printList(Message heading, List<ContentError> problems) {
        if (problems.isEmpty()) {
            return;
        }
        err.println(say(heading));
        for (int i = 0; i < problems.size(); i++) {
            err.println("  " + (i + 1) + ". " + problems.get(i).in(language));
        }
    }

    /** The valid files readers will not see yet, one line each: draft, scheduled (with when) or expired. */
    private void printUnpublished(List<Report.Unpublished> unpublished) {
        if (unpublished.isEmpty()) {
            return;
        }
        out.println(say(Message.of("cli.unpublished", unpublished.size())));
        for (Report.Unpublished u : unpublished) {
            out.println("  " + u.path() + ": " + say(u.why()));
        }
    }

    /** {@code build}: validate, bake, and swap the new site into place. */
    private int build(Args.Parsed p) throws Args.Refused, NotASite {
        Path site = site(p);
        Path output = path(p, Args.OUTPUT);
        Path out = output != null ? output : site.resolve("target").resolve("site");
        Pipeline.Record record = p.has(Args.REBUILD) ? Pipeline.Record.WRITE : Pipeline.Record.CHECK;
        Report r = Pipeline.run(new Pipeline.Options(site, out, now(p), record, path(p, Args.CACHE)));
        if (r.outcome() == Report.Outcome.UP_TO_DATE) {
            return report(p, r, Message.of("cli.upToDate", out), null);
        }
        if (p.has(Args.SETUP) && !r.ok()) {
            return setUpWithErrors(r);
        }
        Report.Counts c = r.counts();
        return report(p, r, Message.of(r.outcome() == Report.Outcome.UPDATED ? "cli.updated" : "cli.built", c.publishedArticles(),
                c.publishedPages(), c.publishedDocuments(), c.weeks(), r.files("articles"), r.files("listings"), r.files("rss"),
                r.millis(), out), Message.of("cli.buildErrors", r.errors().size()));
    }

    /**
     * {@code build --setup}, the build of the site that {@code mvn package} runs once the jar is made, when the
     * site has errors: the tool is built and works, only the site is not; what to fix, and how to build the site
     * once it is fixed, without Maven. Exit code 1, which the pom counts as a set-up done: Maven's failure
     * line would read as a failed install.
     */
    private int setUpWithErrors(Report r) {
        printList(Message.of("cli.warnings", r.warnings().size()), r.warnings());
        printList(Message.of("cli.setup.errors", Launcher.tool().map(Path::toString).orElse("target/bantin.jar"), r.errors().size()),
                r.errors());
        err.println(say(Message.of("cli.setup.again")));
        return CONTENT_ERRORS;
    }

    /** {@code check}: everything {@code build} validates, without writing a file. */
    private int check(Args.Parsed p) throws Args.Refused, NotASite {
        int code = checked(p, Pipeline.run(new Pipeline.Options(site(p), null, now(p), Pipeline.Record.NONE, path(p, Args.CACHE))));
        // --before-commit: set by the pre-commit hook; the sources are what is being committed, and a failure says how to go on.
        if (p.has(Args.BEFORE_COMMIT) && code != OK) {
            err.println(say(Message.of("hook.refused")));
        }
        return code;
    }

    /** What a check found, as {@code check} and {@code publish} print it. */
    private int checked(Args.Parsed p, Report r) {
        Report.Counts c = r.counts();
        return report(p, r, Message.of("cli.checked", c.articles(), c.pages(), c.documents(), c.weeks()),
                Message.of("cli.checkErrors", r.errors().size()));
    }

    /** {@code serve}: the live preview; runs until Ctrl-C. */
    private int serve(Args.Parsed p) throws Args.Refused, NotASite {
        Optional<ZonedDateTime> given = nowGiven(p); // a wrong --now is a usage error before anything starts
        Path site = site(p);
        int port = Args.DEFAULT_PORT;
        if (p.has(Args.PORT)) {
            try {
                port = Integer.parseInt(p.value(Args.PORT));
            } catch (NumberFormatException e) {
                throw new Args.Refused(Message.of("cli.badValue", Args.PORT.name(), p.value(Args.PORT)), p.command());
            }
        }
        Preview preview;
        try {
            preview = Preview.start(new Preview.Options(site, port, p.has(Args.DRAFTS), p.has(Args.FUTURE),
                    () -> given.orElseGet(this::clockNow), r -> updated(p, r), language, path(p, Args.CACHE)));
        } catch (java.net.BindException e) {
            err.println(say(Message.of("cli.portInUse", port, port + 1)));
            return USAGE;
        } catch (IOException e) {
            err.println(say(Message.of("cli.previewFailed", e.getMessage())));
            return USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "bantin-preview-stop"));
        out.println(say(Message.of("cli.previewStarted", preview.address())));
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** What the preview says after each run. */
    private void updated(Args.Parsed p, Report r) {
        printWarnings(r.warnings(), false);
        if (r.ok()) {
            out.println(say(Message.of(r.outcome() == Report.Outcome.UPDATED ? "cli.previewUpdated" : "cli.previewBuilt",
                    r.files(), r.millis())));
            if (r.pictures().made() > 0) {
                out.println(say(Message.of("cli.photos", r.pictures().made(), r.pictures().cached(), r.pictures().cache())));
            }
            printStages(p, r);
        } else {
            boolean settings = r.outcome() == Report.Outcome.SETTINGS_ERRORS;
            printList(Message.of(settings ? "cli.settingsErrors" : "cli.previewErrors", r.errors().size()), r.errors());
        }
    }

    /** {@code new}: the file of a new article, as a draft. */
    private int create(Args.Parsed p) throws Args.Refused, NotASite {
        Path root = site(p);
        List<ContentError> errors = new ArrayList<>();
        SiteConfig config = SiteConfig.load(root, errors);
        if (config == null) {
            printList(Message.of("cli.settingsErrors", errors.size()), errors);
            return USAGE;
        }
        try {
            NewArticle.Created created = NewArticle.create(root, config, p.operand(), p.value(Args.CATEGORY), p.list(Args.TAGS),
                    ZonedDateTime.now(clock));
            out.println(created.path());
            if (created.categoryRespelled()) { // say which chuyên mục the words given were taken for
                out.println(say(Message.of("new.categoryChosen", created.category())));
            }
            return OK;
        } catch (Refused e) {
            return refused(e);
        }
    }

    /**
     * {@code publish}: a draft made an article dated when it is published (or at the later date the editor
     * wrote), then the site checked as {@code check} checks it.
     */
    private int publish(Args.Parsed p) throws Args.Refused, NotASite {
        Path site = site(p);
        ZonedDateTime now = now(p);
        Publish.Published done;
        try {
            done = Publish.publish(site, file(p, site), now);
        } catch (Refused e) {
            return refused(e);
        }
        Message what;
        if (done.kept()) {
            what = Message.of("publish.scheduled", done.path(), Dates.forReader(done.date()));
        } else if (done.date() == null) {
            what = Message.of("publish.page", done.path());
        } else if (done.before() == null) {
            what = Message.of("publish.dated", done.path(), Dates.forReader(done.date()));
        } else {
            what = Message.of("publish.redated", done.path(), Dates.forReader(done.date()), Dates.forReader(done.before()));
        }
        out.println(say(what));
        return checked(p, Pipeline.run(new Pipeline.Options(site, null, now)));
    }

    /**
     * {@code publish}'s file: read from the working folder, or else from the site's folder, as the tool's own
     * messages write paths ("content/tin-tuc/…" works from any folder of the site).
     */
    private Path file(Args.Parsed p, Path site) throws Args.Refused {
        try {
            Path here = workingDir.resolve(p.operand()).normalize();
            Path fromSite = site.resolve(p.operand()).normalize();
            return !Files.exists(here) && Files.exists(fromSite) ? fromSite : here;
        } catch (java.nio.file.InvalidPathException e) {
            throw new Args.Refused(Message.of("cli.badValue", Args.FILE.label(), p.operand()), p.command());
        }
    }

    /** What {@code new} or {@code publish} would not write, and why. */
    private int refused(Refused e) {
        err.println(e.error().in(language));
        return e.byContent() ? CONTENT_ERRORS : USAGE;
    }
}
