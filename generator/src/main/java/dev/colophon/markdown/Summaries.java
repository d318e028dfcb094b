package dev.colophon.markdown;

import java.util.regex.Pattern;

/** A summary stands alone in lists and feeds: footnote references and unexpanded template tags are taken out. */
final class Summaries {
    private static final Pattern FOOTNOTE_REF = Pattern.compile("<sup[^>]*>\\s*<a[^>]*class=\"footnote-ref\"[^>]*>.*?</a>\\s*</sup>");
    private static final Pattern FOOTNOTE_TEXT = Pattern.compile("\\[\\^[^\\]\\s]{1,50}\\]|\\[\\d{1,3}\\]");
    private static final Pattern TAGS = Pattern.compile("\\{\\{[<%].{0,1000}?[>%]\\}\\}|\\{%.{0,1000}?%\\}|\\{\\{.{0,500}?\\}\\}");

    private Summaries() {
    }

    static String cleanHtml(String html) {
        String out = html.contains("footnote-ref") ? FOOTNOTE_REF.matcher(html).replaceAll("") : html;
        return out.contains("{") ? TAGS.matcher(out).replaceAll("") : out;
    }

    static String cleanText(String text) {
        String out = text.contains("[") ? FOOTNOTE_TEXT.matcher(text).replaceAll("") : text;
        return out.contains("{") ? TAGS.matcher(out).replaceAll("") : out;
    }
}
