package vn.gov.noivu.bantin.lich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.noivu.bantin.base.ContentError;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.source.Fields;

/** Reads one week file: its name gives the ISO week, its fields the days and their entries, each checked. */
final class WeekReader {
    /** A week file's name: the week ({@link Schedule#WEEK}, with a lower-case w as the desk writes it) and .yaml. */
    static final Pattern FILE_NAME = Pattern.compile("(" + Schedule.WEEK.pattern().replace("W", "[Ww]") + ")\\.yaml");
    private static final Pattern YEAR_AND_WEEK = Pattern.compile("([0-9]{4})-[Ww]([0-9]{2})");
    private static final Set<String> WEEK_FIELDS = Set.of("tuan", "ghi_chu", "lich");
    private static final Set<String> DAY_FIELDS = Set.of("ngay", "cong_viec");
    private static final Set<String> ENTRY_FIELDS = Set.of("gio", "lanh_dao", "noi_dung", "dia_diem", "thanh_phan");

    private WeekReader() {
    }

    /** The Monday of the week a file is named for ("2026-W48.yaml"); empty, with an error, for any other name. */
    static Optional<LocalDate> monday(String path, String fileName, List<ContentError> errors) {
        Matcher file = FILE_NAME.matcher(fileName);
        Matcher m = YEAR_AND_WEEK.matcher(file.matches() ? file.group(1) : "");
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate jan4 = LocalDate.of(year, 1, 4); // always in week 1
            if (week >= 1 && week <= jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return Optional.of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
            }
            errors.add(ContentError.of(path, 0, "", Message.of("week.noSuchWeek", year, week), Message.of("hint.week.range")));
            return Optional.empty();
        }
        errors.add(ContentError.of(path, 0, "", Message.of("week.fileName"), Message.of("hint.week.fileName")));
        return Optional.empty();
    }

    /** The week in {@code f}, whose days must fall between {@code monday} and the Sunday after it. */
    static Week read(Fields f, LocalDate monday) {
        f.rejectUnknown(WEEK_FIELDS, key -> Fields.allowedHint(WEEK_FIELDS));
        String week = weekName(monday);
        f.text("tuan", false, "tuan: \"" + week + "\"").filter(t -> !t.equalsIgnoreCase(week))
                .ifPresent(t -> f.error("tuan", Message.of("week.notThisWeek", t, week), Message.of("hint.week.notThisWeek", week)));
        String note = f.text("ghi_chu", false, "ghi_chu: \"Lịch có thể thay đổi\"").orElse("");
        Map<LocalDate, Day> listed = new HashMap<>();
        Map<LocalDate, Integer> lines = new HashMap<>();
        for (Fields d : f.groups("lich", true, "- ngay: 2026-11-23")) {
            d.rejectUnknown(DAY_FIELDS, key -> Fields.allowedHint(DAY_FIELDS));
            LocalDate date = d.day("ngay", true).orElse(null);
            List<Entry> entries = new ArrayList<>();
            for (Fields e : d.groups("cong_viec", true, "- gio: \"07:30\"")) {
                entry(e, date).ifPresent(entries::add);
            }
            if (date == null) {
                continue;
            }
            if (date.isBefore(monday) || date.isAfter(monday.plusDays(6))) {
                d.error("ngay", Message.of("week.dayOutside", Day.dateText(date), Day.dateText(monday), Day.dateText(monday.plusDays(6))),
                        Message.of("hint.week.dayOutside", fileFor(date)));
                continue;
            }
            Integer first = lines.putIfAbsent(date, d.line("ngay"));
            if (first != null) {
                d.error("ngay", Message.of("week.dayTwice", Day.dateText(date), first), Message.of("hint.week.dayTwice"));
                continue;
            }
            entries.sort(Comparator.comparing(Entry::time)); // stable: same-time entries keep the file's order
            listed.put(date, new Day(date, List.copyOf(entries)));
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Day day = listed.get(date);
            if (day != null) {
                days.add(day);
            } else if (i < 5) {
                days.add(new Day(date, List.of())); // a working day is shown even without meetings
            }
        }
        return new Week(f.path(), monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                monday, note, List.copyOf(days));
    }

    private static Optional<Entry> entry(Fields e, LocalDate date) {
        e.rejectUnknown(ENTRY_FIELDS, key -> Fields.allowedHint(ENTRY_FIELDS));
        LocalTime time = e.text("gio", true, "gio: \"07:30\"").flatMap(raw -> time(e, raw)).orElse(null);
        String leader = e.text("lanh_dao", true, "lanh_dao: \"Giám đốc Sở\"").orElse(null);
        String content = e.text("noi_dung", true, "noi_dung: \"Giao ban lãnh đạo Sở\"").orElse(null);
        String place = e.text("dia_diem", true, "dia_diem: \"Phòng họp số 1\"").orElse(null);
        String participants = e.text("thanh_phan", false, "thanh_phan: \"Trưởng các phòng\"").orElse("");
        if (date == null || time == null || leader == null || content == null || place == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(date, time, leader, content, place, participants));
    }

    /** "2026-W48": the week of {@code monday} as a file is named for it and the desk's week field writes it. */
    static String weekName(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Optional<LocalTime> time(Fields e, String raw) {
        if (Schedule.TIME.matcher(raw).matches()) {
            try {
                return Optional.of(LocalTime.parse(raw));
            } catch (DateTimeParseException ex) {
                // reported below with the same words as any other unreadable time
            }
        }
        e.error("gio", Message.of("week.time", raw), Message.of("hint.week.time"));
        return Optional.empty();
    }

    private static String fileFor(LocalDate date) {
        return "data/" + Schedule.FOLDER + "/" + weekName(date.with(DayOfWeek.MONDAY)) + ".yaml";
    }
}
