package dev.colophon.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/** Reads the date formats that Hugo, Jekyll, Zola and JBake sites use, in the site's time zone. */
public final class DateParser {
    public static final String EXPECTED = "a date like 2024-05-31, 2024-05-31 14:30 or 2024-05-31T14:30:00+02:00";

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private final ZoneId zone;

    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    public Optional<ZonedDateTime> parse(String text) {
        String value = text.strip();
        try {
            var parsed = LOCAL.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime odt) {
                return Optional.of(odt.atZoneSameInstant(zone));
            }
            if (parsed instanceof LocalDateTime ldt) {
                return Optional.of(ldt.atZone(zone));
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
