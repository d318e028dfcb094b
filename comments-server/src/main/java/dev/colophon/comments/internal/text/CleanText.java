package dev.colophon.comments.internal.text;

import java.text.Normalizer;

/**
 * The one rule for text that enters the store or leaves in a feed: Unicode NFC, and no character that
 * XML 1.0 forbids or that is not a character at all (control characters other than tab and line
 * breaks, the non-characters U+FFFE, U+FFFF, U+FDD0..U+FDEF and their kin in every plane, halves of
 * surrogate pairs). Such characters are removed rather than refused: they are invisible, and a comment
 * that is otherwise fine should not bounce for a stray one.
 */
public final class CleanText {
    private CleanText() {
    }

    /** Text on one line (a name): line breaks and tabs become spaces, forbidden characters go. */
    public static String line(String text) {
        return text == null ? null : clean(text, false);
    }

    /** Text of several lines (a comment's Markdown): line breaks become {@code \n}, forbidden characters go. */
    public static String multiline(String text) {
        return text == null ? null : clean(text, true);
    }

    /** Whether a value such as a page path or an email has nothing to remove and no whitespace. */
    public static boolean isPlainToken(String text) {
        return text.codePoints().noneMatch(c -> forbidden(c) || Character.isWhitespace(c) || Character.isSpaceChar(c))
                && !hasLoneSurrogate(text);
    }

    private static String clean(String text, boolean multiline) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < unified.length() && Character.isLowSurrogate(unified.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, unified.charAt(++i));
                if (!forbidden(codePoint)) {
                    out.appendCodePoint(codePoint);
                }
            } else if (Character.isSurrogate(c) || forbidden(c)) {
                continue; // half a pair, or not allowed
            } else if (c == '\n' || c == '\t') {
                out.append(multiline ? c : ' ');
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Control characters except tab and line feed, and the non-characters. */
    static boolean forbidden(int c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return control || nonCharacter;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
