package dev.colophon.text;

/**
 * CommonMark's link label ({@code [text]} of a reference or a reference link), found in one pass.
 * Flexmark finds it with {@code \[(?:[^\\\[\]]|\\[punct]|\\){0,999}\]}, where a backslash may be taken
 * alone or with what follows: on a run of backslashes with no closing bracket, Java's regex engine tries
 * every way to split it, and 40 characters took 20 seconds. That is a comment that stalls the server.
 * Here a backslash takes the punctuation after it, as commonmark.js reads it: the label ends at the
 * first bracket that is not escaped, and an unescaped {@code [} or more than 999 characters is none.
 */
public final class LinkLabel {
    private static final int MAX_CHARACTERS = 999;
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private LinkLabel() {
    }

    /** The length of the link label that starts at {@code from} (its brackets included), or 0 if none does. */
    public static int length(CharSequence text, int from) {
        if (from >= text.length() || text.charAt(from) != '[') {
            return 0;
        }
        int characters = 0;
        for (int i = from + 1; i < text.length(); characters++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1 - from;
            }
            if (c == '[' || characters == MAX_CHARACTERS) {
                return 0;
            }
            boolean escape = c == '\\' && i + 1 < text.length() && ASCII_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0;
            i += escape ? 2 : 1;
        }
        return 0;
    }
}
