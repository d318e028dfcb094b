package dev.colophon.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final ZoneId zone = ZoneId.of("Europe/Berlin");
    private final DateParser parser = new DateParser(zone);

    @Test
    void everyDayOfALeapYearIsMidnightInTheSiteZone() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertThat(parser.parse(day.toString())).contains(day.atStartOfDay(zone));
        }
    }

    @Test
    void timesAndOffsetsAreRead() {
        assertThat(parser.parse(" 2024-05-31 14:30 ")).contains(ZonedDateTime.of(2024, 5, 31, 14, 30, 0, 0, zone));
        assertThat(parser.parse("2024-05-31T14:30:00+00:00"))
                .contains(ZonedDateTime.of(2024, 5, 31, 16, 30, 0, 0, zone));
    }

    @Test
    void aDayPastTheEndOfItsMonthResolvesToTheLastDayAndNonsenseIsRejected() {
        assertThat(parser.parse("2023-02-30")).contains(LocalDate.of(2023, 2, 28).atStartOfDay(zone));
        assertThat(parser.parse("2024-13-01")).isEmpty();
        assertThat(parser.parse("2024-01-32")).isEmpty();
        assertThat(parser.parse("2024-1-5")).contains(LocalDate.of(2024, 1, 5).atStartOfDay(zone)); // as Ruby's Time.parse
        assertThat(parser.parse("last tuesday")).isEmpty();
    }
}
