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
import java.util.regex.Pattern;

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

    private static final Pattern PLAIN_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ZoneId zone;

    /** Whether a written offset stays the date's own, as Hugo, Jekyll and Zola keep it for URLs ({@code :day}). */
    private final boolean keepOffset;

    public DateParser(ZoneId zone) {
        this(zone, false);
    }

    public DateParser(ZoneId zone, boolean keepOffset) {
        this.zone = zone;
        this.keepOffset = keepOffset;
    }

    public Optional<ZonedDateTime> parse(String text) {
        String value = text.strip();
        LocalDate plain = plainDate(value);
        if (plain != null) {
            // Most posts carry a bare date; parseBest would first fail twice, with exceptions, to read a time.
            return Optional.of(plain.atStartOfDay(zone));
        }
        try {
            var parsed = LOCAL.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime odt) {
                return Optional.of(keepOffset ? odt.toZonedDateTime() : odt.atZoneSameInstant(zone));
            }
            if (parsed instanceof LocalDateTime ldt) {
                return Optional.of(ldt.atZone(zone));
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(zone));
        } catch (DateTimeParseException e) {
            return LenientDates.parse(value, zone, keepOffset); // Jekyll takes whatever Ruby's Time.parse reads
        }
    }

    /** A bare yyyy-MM-dd date, or null for anything else, including days past the month's end. */
    private static LocalDate plainDate(String value) {
        if (!PLAIN_DATE.matcher(value).matches()) {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        // Days past the month's end go the slow way, which resolves them as before (Feb 30 is Feb 29).
        boolean valid = month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
        return valid ? LocalDate.of(year, month, day) : null;
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }
}
