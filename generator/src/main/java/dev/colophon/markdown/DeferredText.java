package dev.colophon.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the escaped HTML of text nodes out of flexmark's writer until a render is done. The writer
 * appends every char on its own through a state machine (whitespace, line starts, a sub-sequence per
 * char): 6% of a cold build. A run of text with no line break that neither starts nor ends with a space
 * or tab leaves that writer in the state a single other char would, so a three-char placeholder goes
 * through the writer instead (the spaces around it as they are) and {@link #fill} puts the text in its
 * place afterwards, in one pass.
 */
final class DeferredText {
    static final char MARK = '\uE000'; // private use: a document holding one is rendered without deferring
    private static final char DIGITS = '\uE100'; // two digits of 12 bits each, U+E100 to U+F0FF: private use too
    private static final int MAX = 1 << 24;
    private static final NullableDataKey<DeferredText> KEY = new NullableDataKey<>("COLOPHON_DEFERRED_TEXT");

    private final List<String> texts = new ArrayList<>();

    private DeferredText() {
    }

    /**
     * Starts deferring in {@code document} unless its source could put a mark of its own into the HTML:
     * the mark itself, or a numeric character reference, which flexmark decodes.
     */
    static void start(MutableDataHolder document, String source) {
        if (source.indexOf(MARK) < 0 && !source.contains("&#")) {
            document.set(KEY, new DeferredText());
        }
    }

    /** What deferred texts the document's renders hold, or null where they are written as they come. */
    static DeferredText of(DataHolder document) {
        return KEY.get(document);
    }

    /**
     * Writes {@code text} (plain text, no {@code \r}) escaped: its spaces and tabs at either end through
     * the writer as they are, what lies between them as a placeholder when it holds no line break.
     */
    void write(HtmlWriter html, String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        String placeholder = start < end && canDefer(text, start, end) ? placeholder(CodeHighlighter.escape(text.substring(start, end))) : null;
        if (placeholder == null) {
            html.raw(CodeHighlighter.escape(text));
            return;
        }
        if (start > 0) {
            html.raw(text.substring(0, start));
        }
        html.raw(placeholder);
        if (end < text.length()) {
            html.raw(text.substring(end));
        }
    }

    /**
     * What to write for {@code html} inside {@code openPre()}: there the writer keeps every space, tab and
     * blank line as it comes and never marks a line blank, so a placeholder stands for lines of code too.
     */
    String preformatted(String html) {
        String placeholder = placeholder(html);
        return placeholder != null ? placeholder : html;
    }

    /** Whether {@code text} between non-blank chars at {@code start} and {@code end - 1} can stand in the writer as a placeholder. */
    static boolean canDefer(String text, int start, int end) {
        int lineBreak = text.indexOf('\n', start);
        return (lineBreak < 0 || lineBreak >= end) && !blank(text.charAt(start)) && !blank(text.charAt(end - 1));
    }

    private static boolean blank(char ch) {
        return ch == ' ' || ch == '\t';
    }

    /** The placeholder for {@code html}, or null once a document has more texts than the digits can count. */
    private String placeholder(String html) {
        int index = texts.size();
        if (index >= MAX) {
            return null;
        }
        texts.add(html);
        return new String(new char[] {MARK, (char) (DIGITS + (index >>> 12)), (char) (DIGITS + (index & 0xFFF))});
    }

    /** The rendered HTML with every placeholder replaced by its text. */
    String fill(String rendered) {
        int mark = rendered.indexOf(MARK);
        if (mark < 0) {
            return rendered;
        }
        StringBuilder out = new StringBuilder(rendered.length() + rendered.length() / 2);
        int from = 0;
        while (mark >= 0) {
            out.append(rendered, from, mark);
            int index = ((rendered.charAt(mark + 1) - DIGITS) << 12) | (rendered.charAt(mark + 2) - DIGITS);
            out.append(texts.get(index));
            from = mark + 3;
            mark = rendered.indexOf(MARK, from);
        }
        return out.append(rendered, from, rendered.length()).toString();
    }
}
