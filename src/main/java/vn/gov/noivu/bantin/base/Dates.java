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
     * Why {@code text} is not a date with or without a time, as precisely as its shape allows (see
     * {@link #problem(String, Message, boolean)}).
     */
    public static Problem problem(String text, Message expected) {
        return problem(text, expected, true);
    }

    /**
     * Why {@code text} is not a date, in one message whatever form it was written in: a day, month, hour or
     * minute the calendar does not have ("tháng 2 năm 2026 không có ngày 30"), with the form to write and, for
     * a day, the month's last day written that way; a date written in another order or shape (30/01/2026,
     * 2026/1/30) is shown written as it should be; {@code expected} is the hint for a text of no known shape.
     * {@code time} is false for a field that takes a day only: a time written after the day is left out of
     * the form shown.
     */
    public static Problem problem(String text, Message expected, boolean time) {
        Written w = Written.read(text.trim());
        if (w == null) {
            return new Problem(Message.of("date.unreadable", text), expected);
        }
        if (w.month < 1 || w.month > 12) {
            Written swapped = w.dayFirst ? new Written(w.year, w.day, w.month, w.hour, w.minute, w.rest, true, false) : null;
            if (swapped != null && swapped.valid()) { // 01/15/2026: the month first, as in English
                return new Problem(Message.of("date.noMonth", text, w.month), Message.of("hint.date.yearFirst", swapped.canonical(time)));
            }
            return new Problem(Message.of("date.noMonth", text, w.month), w.form(Message.of("hint.month")));
        }
        int days = YearMonth.of(w.year, w.month).lengthOfMonth();
        if (w.day < 1 || w.day > days) {
            Written last = new Written(w.year, w.month, days, w.hour, w.minute, w.rest, w.dayFirst, w.standard);
            return new Problem(Message.of("date.noDay", text, w.month, w.year, w.day),
                    w.form(Message.of("hint.lastDay", w.month, w.year, days, last.canonical(time))));
        }
        if (w.hour != null && w.hour > 23) {
            return new Problem(Message.of("date.noHour", text, w.hour), w.form(Message.of("hint.hour")));
        }
        if (w.minute != null && w.minute > 59) {
            return new Problem(Message.of("date.noMinute", text, w.minute), w.form(Message.of("hint.minute")));
        }
        if (w.standard && (time || w.hour == null)) { // the right shape, yet unreadable: a wrong offset or second
            return new Problem(Message.of("date.unreadable", text), expected);
        }
        return new Problem(Message.of("date.unreadable", text),
                Message.of(w.dayFirst ? "hint.date.yearFirst" : "hint.date.writeAs", w.canonical(time)));
    }

    /**
     * A date as an editor may write it: year first (2026-02-30, 2026/2/30, 2026-02-30T08:30+07:00) or day first,
     * as Vietnamese write it (30/02/2026, 30-2-2026, 30.02.2026 8h30), its numbers as written, whether they make
     * a date or not.
     *
     * @param rest     what follows the minutes of a year-first date (seconds, offset), as written
     * @param standard written the way {@link #parse} reads (2026-02-30 or 2026-02-30T08:30…)
     */
    private record Written(int year, int month, int day, Integer hour, Integer minute, String rest, boolean dayFirst, boolean standard) {
        private static final Pattern YEAR_FIRST = Pattern.compile(
                "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:(?:T| +)(\\d{1,2})[:h](\\d{2})(.*))?");
        private static final Pattern DAY_FIRST = Pattern.compile(
                "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]+(\\d{1,2})[:h](\\d{2}))?");
        private static final Pattern STANDARD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}.*)?");

        static Written read(String text) {
            Matcher m = YEAR_FIRST.matcher(text);
            if (m.matches()) {
                return new Written(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        number(m.group(5)), number(m.group(6)), m.group(7) == null ? "" : m.group(7), false,
                        STANDARD.matcher(text).matches());
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return new Written(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                        number(m.group(4)), number(m.group(5)), "", true, false);
            }
            return null;
        }

        private static Integer number(String digits) {
            return digits == null ? null : Integer.valueOf(digits);
        }

        boolean valid() {
            return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
        }

        /** As it should be written: 2026-02-28, with the time as written after a T ("T08:30+07:00") when {@code time}. */
        String canonical(boolean time) {
            String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            return hour == null || !time ? date : date + String.format(Locale.ROOT, "T%02d:%02d", hour, minute) + rest;
        }

        /** {@code hint}, after the order to write a date in when it was written day first. */
        Message form(Message hint) {
            return dayFirst ? Message.of("hint.date.yearFirstAnd", hint) : hint;
        }
    }

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
