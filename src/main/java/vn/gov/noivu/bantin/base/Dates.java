package vn.gov.noivu.bantin.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading dates from front matter and writing them for readers and machines, always in GMT+7. */
public final class Dates {
    /** The site's time zone: every date without an offset is read in it and every date is shown in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** How a date is written, for the hint of an unreadable one. */
    public static final Message EXPECTED = Message.of("hint.date");
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?.*)?");
    private static final Pattern WITH_OFFSET = Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile(".*[+-]\\d\\d\\d\\d$");

    private static final DateTimeFormatter READER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter READER_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private Dates() {
    }

    /** A date as written by an editor; {@code hasTime} is false for a bare day. */
    public record Stamp(ZonedDateTime instant, boolean hasTime) {
    }

    /** Parses {@code 2014-01-15}, {@code 2014-01-15T13:46[:ss]} (GMT+7) or with an offset; empty if unreadable. */
    public static Optional<Stamp> parse(String text) {
        String s = text.trim().replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return Optional.of(new Stamp(LocalDate.parse(s).atStartOfDay(ZONE), false));
            }
            if (s.endsWith("Z") || WITH_OFFSET.matcher(s).matches()) {
                String iso = OFFSET_WITHOUT_COLON.matcher(s).matches() ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s;
                return Optional.of(new Stamp(OffsetDateTime.parse(iso).atZoneSameInstant(ZONE), true));
            }
            return Optional.of(new Stamp(LocalDateTime.parse(s).atZone(ZONE), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why a text is not a date, and how to write it. */
    public record Problem(Message message, Message hint) {
    }

    /**
     * Why {@code text} is not a date, as precisely as its shape allows: a day, month, hour or minute the
     * calendar does not have ("tháng 2 năm 2026 không có ngày 30"), else that it cannot be read;
     * {@code expected} is the hint for a text of another shape.
     */
    public static Problem problem(String text, Message expected) {
        Matcher m = SHAPE.matcher(text.trim().replace(' ', 'T'));
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return new Problem(Message.of("date.noMonth", text, month), Message.of("hint.month"));
            }
            int days = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > days) {
                return new Problem(Message.of("date.noDay", text, month, year, day),
                        Message.of("hint.lastDay", month, year, days));
            }
            if (m.group(4) != null && Integer.parseInt(m.group(4)) > 23) {
                return new Problem(Message.of("date.noHour", text, Integer.parseInt(m.group(4))), Message.of("hint.hour"));
            }
            if (m.group(5) != null && Integer.parseInt(m.group(5)) > 59) {
                return new Problem(Message.of("date.noMinute", text, Integer.parseInt(m.group(5))), Message.of("hint.minute"));
            }
        }
        Matcher vn = DAY_FIRST.matcher(text.trim());
        if (vn.matches()) { // 30/01/2026 or 30-1-2026 13:46: the day first, as Vietnamese write it
            int day = Integer.parseInt(vn.group(1));
            int month = Integer.parseInt(vn.group(2));
            int year = Integer.parseInt(vn.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                String written = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                        + (vn.group(4) == null ? "" : String.format(java.util.Locale.ROOT, "T%02d:%s", Integer.parseInt(vn.group(4)), vn.group(5)));
                return new Problem(Message.of("date.unreadable", text), Message.of("hint.date.yearFirst", written));
            }
        }
        return new Problem(Message.of("date.unreadable", text), expected);
    }

    /** A date written day first: 30/01/2026, 30-1-2026, 30.01.2026, with or without 13:46 after it. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]+(\\d{1,2})[:h](\\d{2}))?");

    /** "15/01/2014 13:46 (GMT+7)" or "15/01/2014" for a date without time. */
    public static String forReader(Stamp stamp) {
        ZonedDateTime t = stamp.instant().withZoneSameInstant(ZONE);
        return stamp.hasTime() ? READER_TIME.format(t) + " (GMT+7)" : READER_DATE.format(t);
    }

    /** ISO 8601 with the +07:00 offset, for {@code <time datetime>}, JSON-LD and sitemaps. */
    public static String iso(ZonedDateTime t) {
        return t.withZoneSameInstant(ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** RFC 822 with English names and a four-digit year, for RSS. */
    public static String rfc822(ZonedDateTime t) {
        return RFC_822.format(t.withZoneSameInstant(ZONE));
    }
}
