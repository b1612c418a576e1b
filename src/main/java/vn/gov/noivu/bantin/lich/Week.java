package vn.gov.noivu.bantin.lich;

import java.time.LocalDate;
import java.util.List;
import vn.gov.noivu.bantin.base.Urls;

/**
 * One ISO week of the work schedule, from {@code data/lich-cong-tac/2026-W48.yaml}.
 *
 * @param sourcePath the data file, from the site root
 * @param year       the ISO week-based year
 * @param week       the ISO week number (1 to 53)
 * @param monday     its first day
 * @param note       the week's note (ghi_chu), or ""
 * @param days       Monday to Friday, and Saturday or Sunday when they have entries, in order
 */
public record Week(String sourcePath, int year, int week, LocalDate monday, String note, List<Day> days) {
    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public String url() {
        return Urls.scheduleWeek(year, week);
    }

    /** "Lịch công tác tuần 48/2026". */
    public String title() {
        return "Lịch công tác tuần " + week + "/" + year;
    }

    public String mondayIso() {
        return monday.toString();
    }

    public String sundayIso() {
        return sunday().toString();
    }

    public String mondayText() {
        return Day.dateText(monday);
    }

    public String sundayText() {
        return Day.dateText(sunday());
    }

    /** "23/11/2026 – 29/11/2026". */
    public String rangeText() {
        return mondayText() + " – " + sundayText();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && !day.isAfter(sunday());
    }

    /** Every entry of the week, day by day. */
    public List<Entry> entries() {
        return days.stream().flatMap(d -> d.entries().stream()).toList();
    }
}
