package vn.gov.noivu.bantin.lich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Dates;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Urls;
import vn.gov.noivu.bantin.site.Section;
import vn.gov.noivu.bantin.source.Source;

/**
 * The leaders' work schedule (lịch công tác): one YAML file per ISO week under {@code data/lich-cong-tac/},
 * each checked strictly. "Today" and "this week" are those of the build's {@code now}, never the wall
 * clock: a daily build keeps them current.
 */
public final class Schedule implements Section {
    /** The folder of data/ that holds the week files. */
    public static final String FOLDER = "lich-cong-tac";
    /** An ISO week as a week file is named ("2026-W48") and its field {@code tuan} says it. */
    public static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("[0-9]{4}-W[0-9]{2}");
    /** A time of day in a week file ({@code gio}), "07:30". */
    public static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("[0-9]{2}:[0-9]{2}");

    /**
     * The week the stable address {@code lich-cong-tac/} shows.
     *
     * @param week     the week containing {@code now} or, without one, the nearest published week
     * @param exact    true when {@code week} contains {@code now}
     * @param thisWeek the dates of the week containing {@code now}, "23/11/2026 – 29/11/2026"
     */
    public record Current(Week week, boolean exact, String thisWeek) {
    }

    private final List<Week> weeks;
    private final LocalDate today;

    private Schedule(List<Week> weeks, LocalDate today) {
        this.weeks = weeks;
        this.today = today;
    }

    /**
     * Reads and checks every week file; empty when {@code data/lich-cong-tac/} does not exist. Any other file
     * in {@code data/} is an error: the build reads nothing else there.
     */
    public static Optional<Schedule> load(Path root, ZonedDateTime now, List<ContentError> errors) {
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            return Optional.empty();
        }
        Path folder = data.resolve(FOLDER);
        List<Week> weeks = new ArrayList<>();
        java.util.Map<LocalDate, String> files = new java.util.HashMap<>();
        for (Path file : Source.list(root, data, errors)) {
            String path = Source.relative(root, file);
            if (!file.getParent().equals(folder)) {
                errors.add(ContentError.of(path, 0, "", Message.of("data.notRead"), Message.of("hint.data.notRead", "data/" + FOLDER + "/2026-W48.yaml")));
                continue;
            }
            Optional<LocalDate> monday = WeekReader.monday(path, file.getFileName().toString(), errors);
            String other = monday.map(m -> files.putIfAbsent(m, path)).orElse(null);
            if (other != null) { // 2026-W48.yaml and 2026-w48.yaml: one week, one file
                errors.add(ContentError.of(path, 0, "", Message.of("week.twice", other), Message.of("hint.week.twice")));
                continue;
            }
            List<ContentError> fileErrors = new ArrayList<>();
            Optional<Week> week = monday.flatMap(m -> Source.data(root, file, fileErrors).map(f -> WeekReader.read(f, m)));
            errors.addAll(fileErrors);
            if (week.isPresent() && !ContentError.anyError(fileErrors)) {
                weeks.add(week.get());
            }
        }
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        weeks.sort(Comparator.comparing(Week::monday));
        return Optional.of(new Schedule(List.copyOf(weeks), now.withZoneSameInstant(Dates.ZONE).toLocalDate()));
    }

    /** Every week, oldest first. */
    public List<Week> weeks() {
        return weeks;
    }

    /** The week before {@code week} that has a file, or null. */
    public Week previous(Week week) {
        int i = weeks.indexOf(week);
        return i > 0 ? weeks.get(i - 1) : null;
    }

    /** The week after {@code week} that has a file, or null. */
    public Week next(Week week) {
        int i = weeks.indexOf(week);
        return i >= 0 && i + 1 < weeks.size() ? weeks.get(i + 1) : null;
    }

    /** The week containing today or, if it has no file, the nearest one (the later one on a tie); empty without weeks. */
    public Optional<Current> current() {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return weeks.stream()
                .min(Comparator.comparing((Week w) -> Math.abs(ChronoUnit.DAYS.between(monday, w.monday())))
                        .thenComparing(Week::monday, Comparator.reverseOrder()))
                .map(w -> new Current(w, w.monday().equals(monday), thisWeek()));
    }

    /** The dates of the week containing today: "07/12/2026 – 13/12/2026". */
    public String thisWeek() {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return Day.dateText(monday) + " – " + Day.dateText(monday.plusDays(6));
    }

    /** Whether the week containing today has a file: without one, "no entries today" would mean nothing. */
    public boolean hasThisWeek() {
        return current().map(Current::exact).orElse(false);
    }

    /** The build's day: "today" for the home page. */
    public LocalDate today() {
        return today;
    }

    /** "Thứ Hai, 23/11/2026". */
    public String todayLabel() {
        return Day.label(today);
    }

    /** Today's entries, in time order. */
    public List<Entry> todayEntries() {
        return entries().stream().filter(e -> e.date().equals(today)).toList();
    }

    /** The first {@code n} entries after today. */
    public List<Entry> upcoming(int n) {
        return entries().stream().filter(e -> e.date().isAfter(today)).limit(n).toList();
    }

    private List<Entry> entries() {
        return weeks.stream().flatMap(w -> w.entries().stream()).toList();
    }

    @Override
    public List<Section.Page> pages() {
        List<Section.Page> pages = new ArrayList<>();
        pages.add(new Section.Page(Urls.SCHEDULE, "Lịch công tác", current().map(c -> c.week().title()).orElse("")));
        for (Week w : weeks) {
            pages.add(new Section.Page(w.url(), w.title(), w.rangeText()));
        }
        return pages;
    }
}
