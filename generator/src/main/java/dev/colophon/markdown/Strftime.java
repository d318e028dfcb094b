package dev.colophon.markdown;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Ruby's {@code strftime} directives, for Liquid's date filter. */
final class Strftime {
    private Strftime() {
    }

    static String format(ZonedDateTime date, String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char d = pattern.charAt(++i);
            if (d == '-' && i + 1 < pattern.length()) { // %-d: without padding
                d = pattern.charAt(++i);
                out.append(switch (d) {
                    case 'd' -> date.getDayOfMonth();
                    case 'm' -> date.getMonthValue();
                    case 'H' -> date.getHour();
                    case 'I' -> (date.getHour() + 11) % 12 + 1;
                    default -> "%-" + d;
                });
                continue;
            }
            out.append(switch (d) {
                case 'Y' -> String.format("%04d", date.getYear());
                case 'y' -> String.format("%02d", date.getYear() % 100);
                case 'm' -> String.format("%02d", date.getMonthValue());
                case 'd' -> String.format("%02d", date.getDayOfMonth());
                case 'e' -> String.format("%2d", date.getDayOfMonth());
                case 'j' -> String.format("%03d", date.getDayOfYear());
                case 'H' -> String.format("%02d", date.getHour());
                case 'I' -> String.format("%02d", (date.getHour() + 11) % 12 + 1);
                case 'M' -> String.format("%02d", date.getMinute());
                case 'S' -> String.format("%02d", date.getSecond());
                case 'p' -> date.getHour() < 12 ? "AM" : "PM";
                case 'B' -> fmt(date, "MMMM");
                case 'b', 'h' -> fmt(date, "MMM");
                case 'A' -> fmt(date, "EEEE");
                case 'a' -> fmt(date, "EEE");
                case 'z' -> fmt(date, "xx");
                case 'Z' -> fmt(date, "zzz");
                case 's' -> String.valueOf(date.toEpochSecond());
                case 'N' -> String.format("%09d", date.getNano()); // Ruby's fraction of the second, in nanoseconds
                case 'F' -> fmt(date, "yyyy-MM-dd");
                case 'T' -> fmt(date, "HH:mm:ss");
                case '%' -> "%";
                default -> "%" + d;
            });
        }
        return out.toString();
    }

    private static String fmt(ZonedDateTime date, String pattern) {
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }
}
