package vn.gov.noivu.bantin.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.pages.PageWriter;

/**
 * One run of the {@link Pipeline}: the change it handles, the errors it collects, and each stage timed
 * through {@link #step} (stages that read and check: they always run) or {@link #write} (stages that
 * write: they run only while there is no error).
 */
final class Run {
    /** Before any file is read (UpToDate). */
    final Instant started = Instant.now();
    /** Narrowed to content/ when the state of the last build is taken up (Pipeline's resume). */
    Pipeline.Change change;
    /** Errors and warnings, as the stages find them. */
    final List<ContentError> errors = new ArrayList<>();
    /** The kinds of files the current writing stage wrote, filled by the stage itself. */
    final List<Report.Part> parts = new ArrayList<>();
    private final List<Report.Stage> stages = new ArrayList<>();
    boolean settingsFailed;
    boolean upToDate;
    /** The pages stage updates the live site instead of writing a whole new one. */
    boolean edit;
    int read;
    Report.Counts counts = Report.Counts.NONE;

    /** A stage that failed with its own message. */
    static final class StageException extends RuntimeException {
        final transient ContentError error;

        StageException(ContentError error) {
            super(error.toString());
            this.error = error;
        }
    }

    /** What a writing stage does; returns the files it wrote. */
    interface Writer {
        int write() throws IOException;
    }

    Run(Pipeline.Change change) {
        this.change = change;
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
        stages.add(new Report.Stage(name, (System.nanoTime() - start) / 1_000_000, 0, List.of()));
        return result;
    }

    /** The up-to-date check, as a stage: whether the output already holds what this run would write, and else what changed. */
    UpToDate.Verdict upToDate(Supplier<UpToDate.Verdict> check) {
        UpToDate.Verdict verdict = step("up-to-date", check);
        upToDate = verdict.upToDate();
        return verdict;
    }

    /** A stage that writes: it runs only while there is no error; what it cannot write is an error. */
    void write(String name, Writer stage) {
        if (!ok()) {
            return;
        }
        long start = System.nanoTime();
        int files = 0;
        parts.clear();
        try {
            files = stage.write();
        } catch (StageException e) {
            errors.add(e.error);
        } catch (PageWriter.PageException e) {
            errors.add(e.error());
        } catch (IOException | RuntimeException e) {
            errors.add(ContentError.of(name, 0, "", "cannot write the site: " + e, "check the disk space and permissions"));
        }
        stages.add(new Report.Stage(name, (System.nanoTime() - start) / 1_000_000, files, List.copyOf(parts)));
    }

    /** The report of this run; {@code output} is the folder that holds the site it wrote (null: it wrote none). */
    Report report(Path output) {
        List<ContentError> sorted = new ArrayList<>(new LinkedHashSet<>(errors));
        Collections.sort(sorted);
        List<ContentError> warnings = sorted.stream().filter(ContentError::warning).toList();
        sorted.removeAll(warnings);
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
        return new Report(outcome, List.copyOf(sorted), warnings, List.copyOf(stages), counts, wrote ? output : null);
    }
}
