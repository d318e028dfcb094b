package dev.colophon.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Ruby's {@code Time.parse} reads them, for Jekyll posts: a date and a time found anywhere
 * in the text, with whatever else is written around them ({@code 2023-01-29 18:30:22 2023 -0800},
 * {@code 2020/3/4 9:05 PM}), and English forms like {@code Jan 29, 2023} or RFC 1123.
 */
final class LenientDates {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?");
    private static final Pattern OFFSET = Pattern.compile("(?:^|\\s|\\d)(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)\\b");
    private static final List<DateTimeFormatter> ENGLISH = List.of(
            formatter("EEE, d MMM yyyy HH:mm:ss Z"), formatter("MMM d, yyyy"), formatter("MMMM d, yyyy"),
            formatter("d MMM yyyy"), formatter("d MMMM yyyy"), formatter("MMM d yyyy"), formatter("MMMM d yyyy"));

    private LenientDates() {
    }

    static Optional<ZonedDateTime> parse(String text, ZoneId zone, boolean keepOffset) {
        Matcher date = ISO_DATE.matcher(text);
        if (date.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
                String rest = text.substring(date.end());
                return Optional.of(at(day, rest, zone, keepOffset));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : ENGLISH) {
            try {
                var parsed = f.parseBest(text.strip(), ZonedDateTime::from, LocalDate::from);
                return Optional.of(parsed instanceof ZonedDateTime z ? z.withZoneSameInstant(zone) : ((LocalDate) parsed).atStartOfDay(zone));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static ZonedDateTime at(LocalDate day, String rest, ZoneId zone, boolean keepOffset) {
        Matcher time = TIME.matcher(rest);
        LocalTime clock = LocalTime.MIDNIGHT;
        String afterTime = rest;
        if (time.find()) {
            int hour = Integer.parseInt(time.group(1));
            if (time.group(4) != null) {
                boolean pm = time.group(4).equalsIgnoreCase("pm");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            clock = LocalTime.of(hour, Integer.parseInt(time.group(2)), time.group(3) == null ? 0 : Integer.parseInt(time.group(3)));
            afterTime = rest.substring(time.end());
        }
        Matcher offset = OFFSET.matcher(afterTime);
        if (offset.find()) {
            String o = offset.group(1);
            ZoneOffset written = o.equals("Z") || o.equals("UTC") || o.equals("GMT") ? ZoneOffset.UTC
                    : ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o);
            return keepOffset ? day.atTime(clock).atZone(written) : day.atTime(clock).atOffset(written).atZoneSameInstant(zone);
        }
        return day.atTime(clock).atZone(zone);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
