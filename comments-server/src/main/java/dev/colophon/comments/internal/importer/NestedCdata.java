package dev.colophon.comments.internal.importer;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the one malformation WordPress's importer reads: a CDATA section holding {@code ]]>} unescaped
 * ({@code <wp:comment_content><![CDATA[a <![CDATA[ b ]]> c]]></wp:comment_content>}, as old WordPress
 * versions and plugins wrote it). WordPress's fallback parser takes an element's text up to its closing
 * tag and strips one CDATA wrapper; here, where an element's text is not well-formed as it is (well-formed
 * text, several CDATA sections or the escaped form, stays as it is), each {@code ]]>} inside the wrapper becomes
 * {@code ]]]]><![CDATA[>}, the escaped form every XML parser reads, so the text comes out as WordPress
 * reads it. Nothing else changes: any other malformation is still refused, at the same line.
 */
final class NestedCdata {
    private static final String OPEN = "<![CDATA[";
    private static final String CLOSE = "]]>";
    private static final Pattern ELEMENT_THEN_CDATA = Pattern.compile("<([A-Za-z_][\\w:.-]*)(?:\\s[^<>]*)?>(?=<!\\[CDATA\\[)");

    private NestedCdata() {
    }

    /** Whether the text is CDATA sections and text without {@code ]]>}, as XML allows: then it is left as it is. */
    private static boolean wellFormed(String content) {
        int at = 0;
        while (at < content.length()) {
            if (content.startsWith(OPEN, at)) {
                int close = content.indexOf(CLOSE, at + OPEN.length());
                if (close < 0) {
                    return false;
                }
                at = close + CLOSE.length();
            } else {
                int next = content.indexOf(OPEN, at);
                String text = content.substring(at, next < 0 ? content.length() : next);
                if (text.contains(CLOSE)) {
                    return false;
                }
                at = next < 0 ? content.length() : next;
            }
        }
        return true;
    }

    /** The export's bytes, mended; the same array when nothing needed it. */
    static byte[] mend(byte[] export) {
        // byte for char: the markup is ASCII, so any ASCII-compatible encoding (UTF-8, Latin-1) passes through unchanged
        String text = new String(export, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher element = ELEMENT_THEN_CDATA.matcher(text);
        int copied = 0;
        boolean changed = false;
        while (element.find(copied)) {
            int start = element.end();
            int end = text.indexOf("</" + element.group(1) + ">", start);
            if (end < 0) {
                break; // cut short: the parser says where
            }
            String content = text.substring(start, end);
            out.append(text, copied, start);
            String inner = content.length() >= OPEN.length() + CLOSE.length() && content.endsWith(CLOSE)
                    ? content.substring(OPEN.length(), content.length() - CLOSE.length()) : null;
            if (inner != null && !wellFormed(content)) {
                out.append(OPEN).append(inner.replace(CLOSE, "]]]]><![CDATA[>")).append(CLOSE);
                changed = true;
            } else {
                out.append(content);
            }
            copied = end;
        }
        if (!changed) {
            return export;
        }
        out.append(text, copied, text.length());
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
