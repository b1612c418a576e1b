package vn.gov.noivu.bantin.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
