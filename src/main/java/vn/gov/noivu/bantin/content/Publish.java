package vn.gov.noivu.bantin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.source.Fields;
import vn.gov.noivu.bantin.source.Source;

/**
 * {@code publish}: a draft becomes an article readers see, dated when it is published. {@code new} dates a
 * draft when it is created, so an editor who only deleted {@code draft: true} days later published it with
 * that old date, below newer articles in the lists and feeds. This deletes the {@code draft: true} line and
 * sets {@code date:} to now, written as {@code new} writes it (to the minute, GMT+7; in quotes if the old date
 * was); a date later than now is the editor's schedule and is kept, and so the article appears then. A page
 * has no date: only the line goes. Every other byte of the file stays as it was (comments, field order, line
 * ends), and the file is replaced whole, never left half written. A file that is not a draft, or whose draft
 * or date line it cannot read, is left untouched.
 */
public final class Publish {
    /** "draft: true", perhaps with a note after it, as {@code new} writes it. */
    private static final Pattern DRAFT_LINE = Pattern.compile("[ \t]*draft[ \t]*:[ \t]*true[ \t]*(?:#.*)?");
    /** "date: VALUE", the value on the line itself, perhaps with a note after it: the key and the note are kept. */
    private static final Pattern DATE_LINE = Pattern.compile("([ \t]*date[ \t]*:[ \t]*)(\\S.*?)([ \t]*(?:#.*)?)");

    private Publish() {
    }

    /**
     * What was done to the file ({@code path} from the site's folder): its date before (null without one), its
     * date now (null for a page), and whether that date was kept because it is later than the time of publishing.
     */
    public record Published(String path, Dates.Stamp before, Dates.Stamp date, boolean kept) {
    }

    /** Publishes the draft {@code file} of the site at {@code root} as of {@code now}. */
    public static Published publish(Path root, Path file, ZonedDateTime now) throws Refused {
        Path content = root.resolve("content");
        String path = file.startsWith(root) ? Source.relative(root, file) : file.toString();
        if (!file.startsWith(content) || file.startsWith(content.resolve(ContentLoader.DOCUMENTS_FOLDER))
                || !path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            throw new Refused(ContentError.of(path, 0, "", Message.of("publish.notArticle"), Message.of("hint.publish.file")), false);
        }
        if (!Files.exists(file)) {
            throw new Refused(ContentError.of(path, 0, "", Message.of("publish.noFile"), Message.of("hint.publish.file")), false);
        }
        List<ContentError> errors = new ArrayList<>();
        Fields f = Source.page(root, file, errors).map(Source.Page::fields).orElse(null);
        boolean draft = f != null && f.bool("draft");
        boolean page = f != null && f.has("type") && f.text("type", false, "type: page").orElse("").equals("page");
        Optional<Dates.Stamp> before = f == null || page ? Optional.empty() : f.date("date", false);
        Optional<ContentError> error = errors.stream().filter(e -> !e.warning()).findFirst();
        if (error.isPresent()) { // the reasons the file cannot be read, as check says them
            throw new Refused(error.get(), true);
        }
        if (!draft) {
            throw new Refused(ContentError.of(path, f.has("draft") ? f.line("draft") : 0, f.has("draft") ? "draft" : "",
                    Message.of("publish.notDraft"), Message.of("hint.publish.notDraft")), true);
        }
        ZonedDateTime minute = now.withZoneSameInstant(Dates.ZONE).truncatedTo(ChronoUnit.MINUTES);
        String written = NewArticle.DATE.format(minute);
        boolean kept = before.isPresent() && before.get().instant().isAfter(now);
        List<String> lines = lines(read(file, path));
        int draftLine = f.line("draft");
        if (!DRAFT_LINE.matcher(text(lines, draftLine)).matches()) {
            throw unusual(path, draftLine, "draft", written);
        }
        String removed = "";
        if (!page && !kept) {
            if (before.isPresent()) {
                int dateLine = f.line("date");
                Matcher m = DATE_LINE.matcher(text(lines, dateLine));
                if (!m.matches()) {
                    throw unusual(path, dateLine, "date", written);
                }
                char quote = m.group(2).charAt(0); // quoted stays quoted: a note after an unquoted value would be cut off it
                String value = quote == '"' || quote == '\'' ? quote + written + quote : written;
                lines.set(dateLine - 1, m.group(1) + value + m.group(3) + end(lines, dateLine));
            } else { // no date yet: it takes the draft line's place
                removed = "date: " + written + end(lines, draftLine);
            }
        }
        lines.set(draftLine - 1, removed);
        write(file, path, String.join("", lines));
        Dates.Stamp date = page ? null : kept ? before.get() : new Dates.Stamp(minute, true);
        return new Published(path, before.orElse(null), date, kept);
    }

    /** The lines of {@code text}, each with its end ("\n", "\r\n", "\r" or none), counted as the front matter counts them. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Line {@code n} (from 1) without its end. */
    private static String text(List<String> lines, int n) {
        String line = lines.get(n - 1);
        return line.substring(0, line.length() - end(lines, n).length());
    }

    /** The end of line {@code n} (from 1). */
    private static String end(List<String> lines, int n) {
        String line = lines.get(n - 1);
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : line.endsWith("\r") ? "\r" : "";
    }

    /** A draft or date line written in a way this does not edit (over two lines, say): the editor does it by hand. */
    private static Refused unusual(String path, int line, String field, String date) {
        return new Refused(ContentError.of(path, line, field, Message.of("publish.unusualLine"), Message.of("hint.publish.byHand", date)), true);
    }

    private static String read(Path file, String path) throws Refused {
        try {
            return Files.readString(file, StandardCharsets.UTF_8); // UTF-8: Source.page read it so
        } catch (IOException e) {
            throw new Refused(ContentError.of(path, 0, "", Message.of("file.unreadable", e.getMessage()), null), true);
        }
    }

    /** Replaces the file whole: written beside it under a dot-name (which builds skip), then renamed over it. */
    private static void write(Path file, String path, String text) throws Refused {
        Path next = file.resolveSibling("." + file.getFileName() + ".publish");
        try {
            Files.deleteIfExists(next);
            Files.writeString(next, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // the name starts with a dot: no build reads it
            }
            throw new Refused(ContentError.of(path, 0, "", Message.of("file.cannotWrite", e.getMessage()), Message.of("hint.permissions")), false);
        }
    }
}
