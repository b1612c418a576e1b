package vn.gov.noivu.bantin.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gov.noivu.bantin.base.Catalog;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.NewArticle;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.serve.Preview;

/**
 * The command line. Exit codes and every message to the user live here, nowhere else; the words come
 * from the message catalog ({@link Catalog}): Vietnamese by default, English with {@code --lang en} or
 * {@code BANTIN_LANG=en}. The help texts are the catalog's too (picocli reads them by key).
 */
@Command(name = "bantin", mixinStandardHelpOptions = true, version = "Bản tin 1.0",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class, Main.NewCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Where the command was run: relative paths are read from here, and the site is looked for from here up. */
    private final Path workingDir;
    private final Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before the command line is parsed (its help is in this language); declared here so that it is accepted. */
    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.option.lang", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    Main(Clock clock, PrintWriter out, PrintWriter err, Path workingDir, Language language) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.language = language;
    }

    /** Writes UTF-8 whatever the platform's encoding: Vietnamese needs it, and a terminal set to Latin-1 would print '?'. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, Clock.system(Dates.ZONE), out, err, Path.of(""), System.getenv(Language.VARIABLE)));
    }

    /** Runs the command line in the process's working folder, in Vietnamese unless {@code --lang en}; returns the exit code. */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
        return run(args, clock, out, err, Path.of(""), null);
    }

    /** Runs the command line as if started in {@code workingDir} with {@value Language#VARIABLE} set to {@code langVariable}. */
    static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, Path workingDir, String langVariable) {
        Language language = Language.fromEnvironment(langVariable);
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
        Main main = new Main(clock, out, err, workingDir, language);
        CommandLine cl = new CommandLine(main);
        cl.setResourceBundle(Catalog.bundle(language));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(main.say(Usage.problem(ex)));
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return USAGE;
    }

    /** A sentence of the catalog in this command's language. */
    String say(Message m) {
        return m.in(language);
    }

    /**
     * The site's folder: {@code --source} if given, else the nearest folder holding jbake.properties from the
     * working folder up, as git finds its repository (so any folder inside the site works). With none, the
     * working folder, whose missing settings file is then the error.
     */
    Path site(Path source) {
        if (source != null) {
            return workingDir.resolve(source).normalize();
        }
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SiteConfig.FILE))) {
                return dir;
            }
        }
        return workingDir;
    }

    @Command(mixinStandardHelpOptions = true)
    abstract static class Common implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Option(names = "--source", paramLabel = "DIR", descriptionKey = "cli.option.source")
        Path source;

        @Option(names = "--now", paramLabel = "ISO-DATETIME", descriptionKey = "cli.option.now")
        String now;

        /** The stages' times, for maintainers and the benchmark: editors are not shown them. */
        @Option(names = "--verbose", descriptionKey = "cli.option.verbose")
        boolean verbose;

        ZonedDateTime now() {
            if (now == null) {
                return ZonedDateTime.now(main.clock).withZoneSameInstant(Dates.ZONE);
            }
            return Dates.parse(now).map(Dates.Stamp::instant).orElseThrow(() -> {
                Dates.Problem p = Dates.problem(now, Dates.EXPECTED);
                return new Refusal(new CommandLine(this), Message.of("cli.option.problem", "--now", p.message(), p.hint()));
            });
        }

        /** Prints the outcome of a run: warnings, then the errors or {@code done}, then what will not be published. */
        int report(Report r, Message done, Message failed) {
            main.printList(Message.of("cli.warnings", r.warnings().size()), r.warnings());
            if (!r.ok()) {
                boolean settings = r.outcome() == Report.Outcome.SETTINGS_ERRORS;
                main.printList(settings ? Message.of("cli.settingsErrors", r.errors().size()) : failed, r.errors());
                return settings ? USAGE : CONTENT_ERRORS;
            }
            main.out.println(main.say(done));
            main.printUnpublished(r.unpublished());
            printStages(r);
            return OK;
        }

        /** With --verbose, the stages' times of {@code r}. */
        void printStages(Report r) {
            if (verbose) {
                main.out.println("  " + main.say(Message.of("cli.stages", stages(r))));
            }
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
    @Command(name = "build")
    static final class BuildCommand extends Common {
        @Option(names = "--output", paramLabel = "DIR", descriptionKey = "cli.option.output")
        Path output;

        @Option(names = "--rebuild", descriptionKey = "cli.option.rebuild")
        boolean rebuild;

        @Override
        public Integer call() {
            Path site = main.site(source);
            Path out = output != null ? main.workingDir.resolve(output) : site.resolve("target").resolve("site");
            Report r = Pipeline.run(new Pipeline.Options(site, out, now(), rebuild ? Pipeline.Record.WRITE : Pipeline.Record.CHECK));
            if (r.outcome() == Report.Outcome.UP_TO_DATE) {
                return report(r, Message.of("cli.upToDate", out), null);
            }
            Report.Counts c = r.counts();
            return report(r, Message.of(r.outcome() == Report.Outcome.UPDATED ? "cli.updated" : "cli.built", c.publishedArticles(), c.publishedPages(), c.publishedDocuments(), c.weeks(),
                    r.files("articles"), r.files("listings"), r.files("rss"), r.millis(), out),
                    Message.of("cli.buildErrors", r.errors().size()));
        }
    }

    /** {@code check}: everything {@code build} validates, without writing a file. */
    @Command(name = "check")
    static final class CheckCommand extends Common {
        /** Set by the pre-commit hook: the sources are what is being committed, and a failure says how to go on. */
        @Option(names = "--before-commit", hidden = true)
        boolean beforeCommit;

        @Override
        public Integer call() {
            Report r = Pipeline.run(new Pipeline.Options(main.site(source), null, now()));
            Report.Counts c = r.counts();
            int code = report(r, Message.of("cli.checked", c.articles(), c.pages(), c.documents(), c.weeks()),
                    Message.of("cli.checkErrors", r.errors().size()));
            if (beforeCommit && code != OK) {
                main.err.println(main.say(Message.of("hook.refused")));
            }
            return code;
        }
    }

    /** {@code serve}: the live preview; runs until Ctrl-C. */
    @Command(name = "serve")
    static final class ServeCommand extends Common {
        @Option(names = "--port", paramLabel = "PORT", descriptionKey = "cli.option.port")
        int port = 8820;

        @Option(names = "--drafts", descriptionKey = "cli.option.drafts")
        boolean drafts;

        @Option(names = "--future", descriptionKey = "cli.option.future")
        boolean future;

        @Override
        public Integer call() throws InterruptedException {
            now(); // a wrong --now is a usage error before anything starts
            Preview preview;
            try {
                preview = Preview.start(new Preview.Options(main.site(source), port, drafts, future, this::now, this::updated,
                        main.language));
            } catch (java.net.BindException e) {
                main.err.println(main.say(Message.of("cli.portInUse", port, port + 1)));
                return USAGE;
            } catch (java.io.IOException e) {
                main.err.println(main.say(Message.of("cli.previewFailed", e.getMessage())));
                return USAGE;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "bantin-preview-stop"));
            main.out.println(main.say(Message.of("cli.previewStarted", preview.address())));
            preview.awaitClose();
            return OK;
        }

        private void updated(Report r) {
            main.printList(Message.of("cli.warnings", r.warnings().size()), r.warnings());
            if (r.ok()) {
                main.out.println(main.say(Message.of(r.outcome() == Report.Outcome.UPDATED ? "cli.previewUpdated" : "cli.previewBuilt",
                        r.files(), r.millis())));
                printStages(r);
            } else {
                boolean settings = r.outcome() == Report.Outcome.SETTINGS_ERRORS;
                main.printList(Message.of(settings ? "cli.settingsErrors" : "cli.previewErrors", r.errors().size()), r.errors());
            }
        }
    }

    /** {@code new}: the file of a new article, as a draft. */
    @Command(name = "new", mixinStandardHelpOptions = true)
    static final class NewCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Parameters(paramLabel = "TITLE", descriptionKey = "cli.option.title")
        String title;

        @Option(names = "--category", paramLabel = "NAME", descriptionKey = "cli.option.category")
        String category;

        @Option(names = "--tags", paramLabel = "TAGS", split = ",", descriptionKey = "cli.option.tags")
        List<String> tags = List.of();

        @Option(names = "--source", paramLabel = "DIR", descriptionKey = "cli.option.source")
        Path source;

        @Override
        public Integer call() {
            Path root = main.site(source);
            List<ContentError> errors = new ArrayList<>();
            SiteConfig config = SiteConfig.load(root, errors);
            if (config == null) {
                main.printList(Message.of("cli.settingsErrors", errors.size()), errors);
                return USAGE;
            }
            try {
                NewArticle.Created created = NewArticle.create(root, config, title, category, tags, ZonedDateTime.now(main.clock));
                main.out.println(created.path());
                if (created.categoryRespelled()) { // say which chuyên mục the words given were taken for
                    main.out.println(main.say(Message.of("new.categoryChosen", created.category())));
                }
                return OK;
            } catch (NewArticle.Refused e) {
                main.err.println(e.error().in(main.language));
                return e.exists() ? CONTENT_ERRORS : USAGE;
            }
        }
    }

    /** A value of the command line this program, not picocli, refused; its message is the catalog's. */
    static final class Refusal extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        Refusal(CommandLine commandLine, Message message) {
            super(commandLine, message.key());
            this.message = message;
        }
    }

    /** Why the command line was refused, in the catalog's words. */
    static final class Usage {
        private Usage() {
        }

        static Message problem(CommandLine.ParameterException ex) {
            if (ex instanceof Refusal r) {
                return r.message;
            }
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                List<String> suggestions = u.getSuggestions();
                String unmatched = String.join(" ", u.getUnmatched());
                return suggestions.isEmpty() ? Message.of("cli.unknown", unmatched)
                        : Message.of("cli.unknownLike", unmatched, String.join(", ", suggestions));
            }
            if (ex instanceof CommandLine.MissingParameterException m) {
                List<String> names = m.getMissing().stream().map(Usage::name).toList();
                return Message.of("cli.missing", String.join(", ", names));
            }
            if (ex.getArgSpec() != null && ex.getValue() != null) {
                return Message.of("cli.badValue", name(ex.getArgSpec()), ex.getValue());
            }
            return Message.of("cli.other", ex.getMessage());
        }

        private static String name(CommandLine.Model.ArgSpec spec) {
            return spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel();
        }
    }
}
