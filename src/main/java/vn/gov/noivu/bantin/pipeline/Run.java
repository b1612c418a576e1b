package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.pages.PageWriter;
import vn.gov.noivu.bantin.photos.Photos;

/**
 * One run of the {@link Pipeline}: the change it handles, the errors it collects, and each stage timed
 * through {@link #step} (stages that read and check: they always run) or {@link #write} (stages that
 * write: they run only while there is no error).
 */
final class Run {
    /** Errors and warnings, as the stages find them. */
    final List<ContentError> errors = new ArrayList<>();
    private final List<Report.Stage> stages = new ArrayList<>();
    boolean settingsFailed;
    boolean upToDate;
    /** The pages stage updates the live site instead of writing a whole new one. */
    boolean edit;
    Report.Counts counts = Report.Counts.NONE;
    List<Report.Unpublished> unpublished = List.of();
    /** The pictures of the run: how many were made, and how many came from the cache, is read when it ends. */
    Photos photos = Photos.NONE;

    /** A stage that failed with its own message. */
    static final class StageException extends RuntimeException {
        final transient ContentError error;

        StageException(ContentError error) {
            super(error.toString());
            this.error = error;
        }
    }

    /** What a writing stage does; returns the files it wrote, and adds to {@code parts} the kinds of files they are, if it tells. */
    interface Writer {
        int write(List<Report.Part> parts) throws IOException;
    }

    /** No error so far (warnings stop nothing). */
    boolean ok() {
        return !ContentError.anyError(errors);
    }

    /** The output may not be written: a settings error. */
    boolean refuse(List<ContentError> reasons) {
        errors.addAll(reasons);
        settingsFailed = !reasons.isEmpty();
        return settingsFailed;
    }

    /** A stage that reads or checks: it always runs, and adds what it finds to {@link #errors}. */
    <T> T step(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        T result = stage.get();
        stages.add(new Report.Stage(name, (System.nanoTime() - start) / 1_000_000, 0, List.of(), false));
        return result;
    }

    /** A stage that writes: it runs only while there is no error; what it cannot write is an error. */
    void write(String name, Writer stage) {
        if (!ok()) {
            return;
        }
        long start = System.nanoTime();
        List<Report.Part> parts = new ArrayList<>();
        int files = run(name, stage, parts, errors);
        stages.add(new Report.Stage(name, (System.nanoTime() - start) / 1_000_000, files, List.copyOf(parts), false));
    }

    /**
     * Writing stages that read only the site, started on a thread of their own to run beside the next
     * {@link #write} (each while the others found no error); {@link #join} waits for them. Null when there is
     * an error already.
     */
    CompletableFuture<Beside> beside(Map<String, Writer> named) {
        if (!ok()) {
            return null;
        }
        return CompletableFuture.supplyAsync(() -> {
            Beside done = new Beside(new ArrayList<>(), new ArrayList<>());
            named.forEach((name, stage) -> {
                if (!ContentError.anyError(done.errors)) {
                    long start = System.nanoTime();
                    List<Report.Part> parts = new ArrayList<>();
                    int files = run(name, stage, parts, done.errors);
                    done.stages.add(new Report.Stage(name, (System.nanoTime() - start) / 1_000_000, files, List.copyOf(parts), true));
                }
            });
            return done;
        }, task -> {
            Thread t = new Thread(task, "bantin-beside");
            t.setDaemon(true);
            t.start();
        });
    }

    /** What stages written beside others did. */
    record Beside(List<Report.Stage> stages, List<ContentError> errors) {
    }

    /** Waits for the stages {@link #beside} started, and reports them. */
    void join(CompletableFuture<Beside> beside) {
        if (beside != null) {
            Beside done = beside.join();
            stages.addAll(done.stages);
            errors.addAll(done.errors);
        }
    }

    /** Runs one writing stage; returns the files it wrote, adding what it could not write to {@code found}. */
    private static int run(String name, Writer stage, List<Report.Part> parts, List<ContentError> found) {
        try {
            return stage.write(parts);
        } catch (StageException e) {
            found.add(e.error);
        } catch (PageWriter.PageException e) {
            found.add(e.error());
        } catch (IOException | RuntimeException e) {
            found.add(ContentError.of(name, 0, "", Message.of("site.cannotWrite", e), Message.of("hint.disk")));
        }
        return 0;
    }

    /** The report of this run; {@code output} is the folder that holds the site it wrote (null: it wrote none). */
    Report report(Path output) {
        List<ContentError> all = new ArrayList<>(new LinkedHashSet<>(errors));
        Collections.sort(all);
        // One pass: removing the warnings from the list (removeAll of a list, a look through it per element) took
        // 7 minutes for 57,541 warnings.
        List<ContentError> sorted = new ArrayList<>();
        List<ContentError> warnings = new ArrayList<>();
        for (ContentError e : all) {
            (e.warning() ? warnings : sorted).add(e);
        }
        Report.Outcome outcome;
        if (settingsFailed) {
            outcome = Report.Outcome.SETTINGS_ERRORS;
        } else if (!sorted.isEmpty()) {
            outcome = Report.Outcome.CONTENT_ERRORS;
        } else if (upToDate) {
            outcome = Report.Outcome.UP_TO_DATE;
        } else if (output == null) {
            outcome = Report.Outcome.CHECKED;
        } else {
            outcome = edit ? Report.Outcome.UPDATED : Report.Outcome.BUILT;
        }
        boolean wrote = outcome == Report.Outcome.BUILT || outcome == Report.Outcome.UPDATED;
        return new Report(outcome, List.copyOf(sorted), List.copyOf(warnings), unpublished, List.copyOf(stages), counts,
                new Report.Pictures(photos.made(), photos.cached(), photos.cache()), wrote ? output : null);
    }
}
