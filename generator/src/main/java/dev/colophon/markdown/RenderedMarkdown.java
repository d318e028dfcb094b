package dev.colophon.markdown;

/**
 * A document body turned into HTML once, with what lists and meta tags need from it.
 *
 * @param html the full body
 * @param summaryHtml the part before {@code <!--more-->}, else the first paragraph
 * @param summaryText the summary as plain text, for descriptions and meta tags
 * @param words the number of words, for reading time
 */
public record RenderedMarkdown(String html, String summaryHtml, String summaryText, int words) {

    private static final int WORDS_PER_MINUTE = 220;

    public int readingMinutes() {
        return readingMinutes(words);
    }

    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
