package vn.gov.noivu.bantin.pipeline;

import java.nio.file.Path;
import java.util.List;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;

/**
 * How one run of the {@link Pipeline} ended: what it did, every error and every warning it found (each
 * sorted as they are printed), each stage in order with its time and the files it wrote, and what the
 * site holds.
 *
 * @param output the folder that holds the site after the run (null for a check, or when nothing was written)
 */
public record Report(Outcome outcome, List<ContentError> errors, List<ContentError> warnings, List<Unpublished> unpublished,
                     List<Stage> stages, Counts counts, Pictures pictures, Path output) {
    /** What a run did. */
    public enum Outcome {
        /** Every source is valid and the whole site was written. */
        BUILT,
        /** Every source is valid and only the pages an edit touched were written again. */
        UPDATED,
        /** Every source is valid; nothing was written (a check). */
        CHECKED,
        /** Nothing changed since the last build of the same output: nothing was done. */
        UP_TO_DATE,
        /** The content, or writing the site, has errors; the published site is as it was. */
        CONTENT_ERRORS,
        /** The site settings (jbake.properties) or the command's options have errors; nothing was read further. */
        SETTINGS_ERRORS
    }

    /**
     * One stage of the run: its wall time, the files of the site it wrote, and for the JBake stage the kinds of files
     * its workers wrote, each with the CPU time it took; {@code beside} when it ran beside another stage
     * (its time is within that one's).
     */
    public record Stage(String name, long millis, int files, List<Part> parts, boolean beside) {
    }

    /** Files of one kind written inside a stage, and their CPU time summed over the threads that wrote them ({@link #UNTIMED}: not measured). */
    public record Part(String name, int files, long cpuMillis) {
        public static final long UNTIMED = -1;
    }

    /**
     * What the sources hold: articles and static pages read (published or not), documents of the registry
     * (văn bản) and weeks of the work schedule; the articles and pages readers see at the build's clock; and how
     * many files of articles and pages were read this run ({@code read}: the others came from the cache).
     */
    public record Counts(int articles, int pages, int documents, int weeks, int publishedArticles, int publishedPages,
                         int publishedDocuments, int read) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The pictures the site shows: how many the run made, how many it found made in the cache, and where that is (null: none). */
    public record Pictures(int made, int cached, Path cache) {
    }

    /**
     * A source file that is valid but does not appear on the site at the build's clock, and why: a draft, an
     * article or document dated later (and when it appears), an article past its expiry (and since when).
     */
    public record Unpublished(String path, Message why) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Files of the site written by the run, in all stages. */
    public int files() {
        return stages.stream().mapToInt(Stage::files).sum();
    }

    /**
     * Files written by the stage named {@code name} ("pages", "feeds", ...), or else by the parts of that name
     * inside the pages stage ("articles", "listings", "assets", ...); 0 if none ran.
     */
    public int files(String name) {
        int n = 0;
        for (Stage s : stages) {
            if (s.name().equals(name)) {
                return s.files();
            }
            for (Part p : s.parts()) {
                if (p.name().equals(name)) {
                    n += p.files();
                }
            }
        }
        return n;
    }

    /** Wall time of the whole run: the sum of its stages, but those that ran beside another. */
    public long millis() {
        return stages.stream().filter(s -> !s.beside()).mapToLong(Stage::millis).sum();
    }
}
