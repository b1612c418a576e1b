package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards reading front-matter dates (always GMT+7) and the reader, ISO and RFC 822 forms. */
class DatesTest {
    private static Dates.Stamp parse(String text) {
        Optional<Dates.Stamp> s = Dates.parse(text);
        assertTrue(s.isPresent(), "cannot parse " + text);
        return s.get();
    }

    @Test
    void bareDayIsMidnightInGmt7WithoutTime() {
        Dates.Stamp s = parse("2014-01-15");
        assertEquals(ZonedDateTime.of(2014, 1, 15, 0, 0, 0, 0, Dates.ZONE), s.instant());
        assertFalse(s.hasTime());
        assertEquals("2014-01-15T00:00:00+07:00", Dates.iso(s.instant()));
    }

    @Test
    void localTimesAreReadInGmt7() {
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("2014-01-15T13:46").instant()));
        assertEquals("2014-01-15T13:46:05+07:00", Dates.iso(parse("2014-01-15T13:46:05").instant()));
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("2014-01-15 13:46").instant()));
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("  2014-01-15T13:46  ").instant()));
        assertTrue(parse("2014-01-15T13:46").hasTime());
    }

    @Test
    void offsetsAreConvertedToGmt7() {
        assertEquals(ZonedDateTime.of(2014, 1, 15, 13, 46, 0, 0, Dates.ZONE), parse("2014-01-15T13:46+07:00").instant());
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("2014-01-15T06:46Z").instant()));
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("2014-01-15T13:46+0700").instant()));
        assertEquals("2014-01-15T13:46:00+07:00", Dates.iso(parse("2014-01-15T08:46:00+0200").instant()));
        assertEquals("2014-01-16T01:46:00+07:00", Dates.iso(parse("2014-01-15T13:46-05:00").instant()));
        assertTrue(parse("2014-01-15T06:46Z").hasTime());
        assertEquals(Dates.ZONE, parse("2014-01-15T06:46Z").instant().getZone());
    }

    @Test
    void leapDayIsADate() {
        assertEquals("2024-02-29T00:00:00+07:00", Dates.iso(parse("2024-02-29").instant()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32/01/2024", "2024-13-45", "2024-02-30", "2023-02-29", "", "   ", "tomorrow",
            "2024-01-15T25:00", "15/01/2014 13:46", "2024-1-5"})
    void unreadableDatesAreRefused(String text) {
        assertEquals(Optional.empty(), Dates.parse(text));
    }

    /** What {@link Dates#problem} says of {@code text}, message and hint, in Vietnamese then English, as an error prints them. */
    private static List<String> problem(String text, boolean time) {
        Dates.Problem p = Dates.problem(text, Dates.EXPECTED, time);
        return List.of(p.message().in(Language.VI) + " (" + p.hint().in(Language.VI) + ")",
                p.message().in(Language.EN) + " (" + p.hint().in(Language.EN) + ")");
    }

    /** An impossible date gets one message in whatever form it is written: that the day does not exist, and the form to use. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        30/02/2026       | viết năm trước, rồi tháng, rồi ngày; tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28 | write the year first, then the month, then the day; month 2/2026 has 28 days, the last written 2026-02-28
        30-02-2026       | viết năm trước, rồi tháng, rồi ngày; tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28 | write the year first, then the month, then the day; month 2/2026 has 28 days, the last written 2026-02-28
        30.2.2026 8h30   | viết năm trước, rồi tháng, rồi ngày; tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28T08:30 | write the year first, then the month, then the day; month 2/2026 has 28 days, the last written 2026-02-28T08:30
        30/02/2026 08:30 | viết năm trước, rồi tháng, rồi ngày; tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28T08:30 | write the year first, then the month, then the day; month 2/2026 has 28 days, the last written 2026-02-28T08:30
        2026-02-30       | tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28 | month 2/2026 has 28 days, the last written 2026-02-28
        2026/2/30        | tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28 | month 2/2026 has 28 days, the last written 2026-02-28
        2026-02-30T08:30:00+07:00 | tháng 2/2026 có 28 ngày, ngày cuối tháng viết là 2026-02-28T08:30:00+07:00 | month 2/2026 has 28 days, the last written 2026-02-28T08:30:00+07:00
        """)
    void anImpossibleDayIsOneMessageInEveryForm(String text, String vi, String en) {
        assertEquals(List.of("\"" + text + "\": tháng 2 năm 2026 không có ngày 30 (" + vi + ")",
                "\"" + text + "\": month 2 of 2026 has no day 30 (" + en + ")"), problem(text, true));
    }

    @Test
    void whatIsWrongAndHowToWriteIt() {
        assertEquals(List.of("\"32/01/2024\": tháng 1 năm 2024 không có ngày 32 (viết năm trước, rồi tháng, rồi ngày; "
                + "tháng 1/2024 có 31 ngày, ngày cuối tháng viết là 2024-01-31)", "\"32/01/2024\": month 1 of 2024 has no day 32 "
                + "(write the year first, then the month, then the day; month 1/2024 has 31 days, the last written 2024-01-31)"),
                problem("32/01/2024", true));
        assertEquals(List.of("\"15/13/2026\": không có tháng 13 (viết năm trước, rồi tháng, rồi ngày; tháng viết sau năm, từ 01 đến 12: "
                + "2024-01-15)", "\"15/13/2026\": there is no month 13 (write the year first, then the month, then the day; the month "
                + "comes after the year, from 01 to 12: 2024-01-15)"), problem("15/13/2026", true));
        // The month first, as in English: said, and written the right way.
        assertEquals(List.of("\"01/15/2026\": không có tháng 15 (viết năm trước, rồi tháng, rồi ngày: 2026-01-15)",
                "\"01/15/2026\": there is no month 15 (write the year first, then the month, then the day: 2026-01-15)"),
                problem("01/15/2026", true));
        assertEquals(List.of("\"30/01/2026 25:00\": không có 25 giờ (viết năm trước, rồi tháng, rồi ngày; giờ từ 00 đến 23: "
                + "2024-01-15T14:30)", "\"30/01/2026 25:00\": there is no hour 25 (write the year first, then the month, then the "
                + "day; hours run from 00 to 23: 2024-01-15T14:30)"), problem("30/01/2026 25:00", true));
        assertEquals(List.of("\"2026-01-30T08:75\": không có phút thứ 75 (phút từ 00 đến 59)",
                "\"2026-01-30T08:75\": there is no minute 75 (minutes run from 00 to 59)"), problem("2026-01-30T08:75", true));
        assertEquals(List.of("không đọc được ngày \"30/01/2026 8:05\" (viết năm trước, rồi tháng, rồi ngày: 2026-01-30T08:05)",
                "cannot read \"30/01/2026 8:05\" (write the year first, then the month, then the day: 2026-01-30T08:05)"),
                problem("30/01/2026 8:05", true));
        assertEquals(List.of("không đọc được ngày \"2026-1-5\" (viết 2026-01-05)", "cannot read \"2026-1-5\" (write 2026-01-05)"),
                problem("2026-1-5", true));
        assertEquals(List.of("không đọc được ngày \"2024-01-15T08:30+25:00\" (viết năm-tháng-ngày như 2024-01-15, hoặc kèm giờ như "
                + "2024-01-15T08:30)", "cannot read \"2024-01-15T08:30+25:00\" (expected 2024-01-15 or 2024-01-15T08:30:00+07:00)"),
                problem("2024-01-15T08:30+25:00", true));
        assertEquals(List.of("không đọc được ngày \"ngày mai\" (viết năm-tháng-ngày như 2024-01-15, hoặc kèm giờ như 2024-01-15T08:30)",
                "cannot read \"ngày mai\" (expected 2024-01-15 or 2024-01-15T08:30:00+07:00)"), problem("ngày mai", true));
    }

    @Test
    void aDayOnlyFieldIsShownItsDayWithoutTheTimeWrittenAfterIt() {
        assertEquals(List.of("\"30/02/2026 8:30\": tháng 2 năm 2026 không có ngày 30 (viết năm trước, rồi tháng, rồi ngày; tháng 2/2026 "
                + "có 28 ngày, ngày cuối tháng viết là 2026-02-28)", "\"30/02/2026 8:30\": month 2 of 2026 has no day 30 (write the "
                + "year first, then the month, then the day; month 2/2026 has 28 days, the last written 2026-02-28)"),
                problem("30/02/2026 8:30", false));
        assertEquals(List.of("không đọc được ngày \"2014-11-20T08:00\" (viết 2014-11-20)", "cannot read \"2014-11-20T08:00\" (write 2014-11-20)"),
                problem("2014-11-20T08:00", false));
    }

    @Test
    void forReaderShowsTimeAndZoneOnlyWhenGiven() {
        assertEquals("15/01/2014 13:46 (GMT+7)", Dates.forReader(parse("2014-01-15T13:46")));
        assertEquals("15/01/2014 13:46 (GMT+7)", Dates.forReader(parse("2014-01-15T06:46Z")));
        assertEquals("15/01/2014", Dates.forReader(parse("2014-01-15")));
    }

    @Test
    void rfc822UsesEnglishNamesAndGmt7() {
        assertEquals("Wed, 15 Jan 2014 13:46:00 +0700", Dates.rfc822(parse("2014-01-15T13:46").instant()));
        assertEquals("Wed, 15 Jan 2014 13:46:00 +0700",
                Dates.rfc822(ZonedDateTime.of(2014, 1, 15, 6, 46, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void rfc822DoesNotDependOnDefaultLocaleOrZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            assertEquals("Thu, 01 Aug 2024 09:00:00 +0700", Dates.rfc822(parse("2024-08-01T09:00").instant()));
            assertEquals("Wed, 15 Jan 2014 13:46:00 +0700", Dates.rfc822(parse("2014-01-15T06:46Z").instant()));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void isoAlwaysCarriesPlus7() {
        assertEquals("2014-01-15T13:46:00+07:00",
                Dates.iso(ZonedDateTime.of(2014, 1, 15, 6, 46, 0, 0, ZoneOffset.UTC)));
    }
}
