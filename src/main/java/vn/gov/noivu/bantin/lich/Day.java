package vn.gov.noivu.bantin.lich;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One day of a week of the schedule and its entries in time order (none on a working day without meetings). */
public record Day(LocalDate date, List<Entry> entries) {
    private static final List<String> WEEKDAYS = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    /** "Thứ Hai, 23/11/2026". */
    public String label() {
        return label(date);
    }

    public String dateIso() {
        return date.toString();
    }

    static String label(LocalDate date) {
        return WEEKDAYS.get(date.getDayOfWeek().getValue() - 1) + ", " + dateText(date);
    }

    static String dateText(LocalDate date) {
        return DATE.format(date);
    }
}
