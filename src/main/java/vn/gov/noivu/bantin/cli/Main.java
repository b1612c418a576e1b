package vn.gov.noivu.bantin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.config.SiteConfig;
import vn.gov.noivu.bantin.content.NewArticle;
import vn.gov.noivu.bantin.pipeline.Pipeline;
import vn.gov.noivu.bantin.pipeline.Report;
import vn.gov.noivu.bantin.serve.Preview;

/** The command line. Exit codes and every message to the user live here, nowhere else. */
@Command(name = "bantin", mixinStandardHelpOptions = true, version = "Bản tin 1.0",
        description = "Builds the Bản tin news site from Markdown articles with YAML front matter.",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class, Main.NewCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built (or checked) without errors",
                "1:the content has errors; they are listed as path:line: field: message",
                "2:wrong command line or site settings (jbake.properties)"})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    private static final String SOURCE_HELP = "the site folder (default: the nearest folder holding jbake.properties, "
            + "from the current one up)";

    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Where the command was run: relative paths are read from here, and the site is looked for from here up. */
    private final Path workingDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Main(Clock clock, PrintWriter out, PrintWriter err, Path workingDir) {
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        System.exit(run(args, Clock.system(Dates.ZONE), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in the process's working folder and returns the exit code (tests call this directly). */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err) {
        return run(args, clock, out, err, Path.of(""));
    }

    /** Runs the command line as if started in {@code workingDir}. */
    static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, Path workingDir) {
        CommandLine cl = new CommandLine(new Main(clock, out, err, workingDir));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
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

    abstract static class Common implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @Option(names = "--source", paramLabel = "DIR", description = SOURCE_HELP)
        Path source;

        @Option(names = "--now", paramLabel = "ISO-DATETIME",
                description = "publish as of this time, e.g. 2024-01-15T08:00+07:00 (default: the clock)")
        String now;

        ZonedDateTime now() {
            if (now == null) {
                return ZonedDateTime.now(main.clock).withZoneSameInstant(Dates.ZONE);
            }
            return Dates.parse(now).map(Dates.Stamp::instant).orElseThrow(() -> new CommandLine.ParameterException(
                    new CommandLine(this), "--now: cannot read \"" + now + "\" (" + Dates.EXPECTED + ")"));
        }

        int report(Report r, String done) {
            main.printWarnings(r.warnings());
            if (r.ok()) {
                main.out.println(done);
                main.out.println("  stages:" + stages(r));
                return OK;
            }
            main.printErrors(r.errors(), r.outcome() == Report.Outcome.SETTINGS_ERRORS, "nothing was published");
            return r.outcome() == Report.Outcome.SETTINGS_ERRORS ? USAGE : CONTENT_ERRORS;
        }
    }

    /** Each stage's wall time, and within the JBake stage each kind of file's CPU time. */
    private static String stages(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Report.Stage stage : r.stages()) {
            sb.append(' ').append(stage.name()).append('=').append(stage.millis()).append("ms");
            for (Report.Part part : stage.parts()) {
                sb.append(' ').append(part.name()).append(" (cpu)=").append(part.cpuMillis()).append("ms");
            }
        }
        return sb.toString();
    }

    /** Warnings stop nothing; they are printed before the outcome, so the last line says what happened. */
    private void printWarnings(List<ContentError> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        err.println(warnings.size() + " warning(s); they do not stop the build, but the text should be fixed:");
        for (int i = 0; i < warnings.size(); i++) {
            err.println("  " + (i + 1) + ". " + warnings.get(i));
        }
    }

    private void printErrors(List<ContentError> errors, boolean settings, String consequence) {
        err.println(settings ? "The command line or the site settings have " + errors.size() + " error(s):"
                : "The site has " + errors.size() + " error(s); " + consequence + ":");
        for (int i = 0; i < errors.size(); i++) {
            err.println("  " + (i + 1) + ". " + errors.get(i));
        }
    }

    /** {@code build}: validate, bake, and swap the new site into place. */
    @Command(name = "build", description = "Validate all content and write the site.")
    static final class BuildCommand extends Common {
        @Option(names = "--output", paramLabel = "DIR", description = "where to write the site (default: SOURCE/target/site)")
        Path output;

        @Option(names = "--rebuild", description = "build everything even if nothing changed since the last build")
        boolean rebuild;

        @Override
        public Integer call() {
            Path site = main.site(source);
            Path out = output != null ? main.workingDir.resolve(output) : site.resolve("target").resolve("site");
            Report r = Pipeline.run(new Pipeline.Options(site, out, now(), rebuild ? Pipeline.Record.WRITE : Pipeline.Record.CHECK));
            if (r.outcome() == Report.Outcome.UP_TO_DATE) {
                return report(r, "Up to date: nothing changed since the last build of " + out
                        + " (--rebuild builds it again anyway).");
            }
            return report(r, "Built " + (r.counts().articles() + r.counts().pages()) + " published documents: "
                    + r.files("articles") + " pages, " + r.files("listings") + " listing pages, " + r.files("feeds")
                    + " feed files in " + r.millis() + " ms -> " + out);
        }
    }

    /** {@code check}: everything {@code build} validates, without writing a file. */
    @Command(name = "check", description = "Validate all content (front matter, links, images) without writing anything.")
    static final class CheckCommand extends Common {
        @Override
        public Integer call() {
            Report r = Pipeline.run(new Pipeline.Options(main.site(source), null, now()));
            return report(r, "OK: " + r.counts().read() + " documents checked, no errors.");
        }
    }

    /** {@code serve}: the live preview; runs until Ctrl-C. */
    @Command(name = "serve", description = "Preview the site on 127.0.0.1, rebuild on every change and reload the browser.")
    static final class ServeCommand extends Common {
        @Option(names = "--port", paramLabel = "PORT", description = "the port (default: ${DEFAULT-VALUE}; 0: any free port)")
        int port = 8820;

        @Option(names = "--drafts", description = "also show drafts (draft: true), marked \"Bản nháp\"")
        boolean drafts;

        @Option(names = "--future", description = "also show articles dated in the future, marked \"Chưa đến ngày đăng\"")
        boolean future;

        @Override
        public Integer call() throws InterruptedException {
            now(); // a wrong --now is a usage error before anything starts
            Preview preview;
            try {
                preview = Preview.start(new Preview.Options(main.site(source), port, drafts, future, this::now, this::updated));
            } catch (java.net.BindException e) {
                main.err.println("--port: port " + port + " is in use (stop the other preview, or use --port " + (port + 1) + ")");
                return USAGE;
            } catch (java.io.IOException e) {
                main.err.println("cannot start the preview: " + e.getMessage());
                return USAGE;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "bantin-preview-stop"));
            main.out.println("Preview: " + preview.address() + " (watching content/, templates/, assets/ and "
                    + "jbake.properties; Ctrl-C stops)");
            preview.awaitClose();
            return OK;
        }

        private void updated(Report r) {
            main.printWarnings(r.warnings());
            if (r.ok()) {
                int files = r.stages().stream().mapToInt(Report.Stage::files).sum();
                main.out.println((r.outcome() == Report.Outcome.UPDATED ? "Updated" : "Built") + " the preview: " + files
                        + " files in " + r.millis() + " ms (" + stages(r).strip() + ")");
            } else {
                main.printErrors(r.errors(), r.outcome() == Report.Outcome.SETTINGS_ERRORS,
                        "the preview shows them until they are fixed");
            }
        }
    }

    /** {@code new}: the file of a new article, as a draft. */
    @Command(name = "new", description = "Create content/tin-tuc/<year>/<month>/<slug>.md for a new article (a draft).")
    static final class NewCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main main;

        @CommandLine.Parameters(paramLabel = "TITLE", description = "the headline, e.g. \"Hội nghị tổng kết công tác năm 2024\"")
        String title;

        @Option(names = "--category", paramLabel = "NAME", description = "the chuyên mục (default: the first of site.categories)")
        String category;

        @Option(names = "--tags", paramLabel = "TAGS", split = ",", description = "comma-separated tags, e.g. \"công chức, tuyển dụng\"")
        List<String> tags = List.of();

        @Option(names = "--source", paramLabel = "DIR", description = SOURCE_HELP)
        Path source;

        @Override
        public Integer call() {
            Path root = main.site(source);
            List<ContentError> errors = new java.util.ArrayList<>();
            SiteConfig config = SiteConfig.load(root, errors);
            if (config == null) {
                main.printErrors(errors, true, "");
                return USAGE;
            }
            try {
                String file = NewArticle.create(root, config, title, category, tags, ZonedDateTime.now(main.clock));
                main.out.println(file);
                return OK;
            } catch (NewArticle.Refused e) {
                main.err.println(e.error());
                return e.exists() ? CONTENT_ERRORS : USAGE;
            }
        }
    }
}
