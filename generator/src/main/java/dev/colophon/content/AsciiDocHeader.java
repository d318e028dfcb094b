package dev.colophon.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JBake's metadata in an AsciiDoc document's own header, where it has no {@code ~~~~~~} header:
 * {@code = Title}, an author line, a revision line with the date, and {@code :jbake-type: post}-style
 * attributes ({@code jbake-X} is the field X). The body is the whole text: Asciidoctor reads the
 * header's other attributes ({@code :idprefix:}) when it renders.
 */
final class AsciiDocHeader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[\\w-]+!?):\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?)");

    private AsciiDocHeader() {
    }

    static FrontMatter parse(String source) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] all = source.split("\n", -1);
        int n = 0;
        while (n < all.length && (all[n].startsWith("//") || all[n].isBlank() && fields.isEmpty() && n < 3)) {
            n++; // comments before the title
        }
        boolean titled = n < all.length && all[n].startsWith("= ");
        if (titled) {
            fields.put("title", all[n].substring(2).strip());
            lines.put("title", n + 1);
            n++;
            for (int extra = 0; extra < 2 && n < all.length && !all[n].isBlank() && !all[n].startsWith(":"); extra++, n++) {
                Matcher date = DATE.matcher(all[n]); // the author line, then the revision line with its date
                if (extra == 1 && date.find()) {
                    fields.put("date", date.group(1));
                    lines.put("date", n + 1);
                }
            }
        }
        for (; n < all.length && all[n].startsWith(":"); n++) {
            Matcher a = ATTRIBUTE.matcher(all[n].stripTrailing());
            if (!a.matches()) {
                continue;
            }
            String name = a.group(1);
            if (name.startsWith("jbake-")) {
                fields.put(name.substring("jbake-".length()), a.group(2).strip());
                lines.put(name.substring("jbake-".length()), n + 1);
            } else if (name.equals("revdate") && !fields.containsKey("date")) {
                Matcher date = DATE.matcher(a.group(2));
                if (date.find()) {
                    fields.put("date", date.group(1));
                    lines.put("date", n + 1);
                }
            }
        }
        return new FrontMatter(titled || !fields.isEmpty() ? FrontMatter.Format.JBAKE : FrontMatter.Format.NONE, fields, lines, source, 1);
    }
}
