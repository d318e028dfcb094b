package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.List;

/** Text that Liquid logic writes, with the original line each of its lines starts on, for {@link LiquidLogic}. */
final class LiquidWriter {
    final StringBuilder text = new StringBuilder();
    final List<Integer> starts = new ArrayList<>();
    /** Whether this is what a page's own text writes (not a capture's, nor an include's). */
    final boolean page;
    /** The includes whose calls it has, in order. */
    final List<LiquidIncludes.Ran> ran = new ArrayList<>();

    LiquidWriter(boolean page) {
        this.page = page;
    }

    void add(String written, int line) {
        if (starts.isEmpty()) {
            starts.add(line);
        }
        int sourceLine = line;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            text.append(c);
            if (c == '\n') {
                starts.add(++sourceLine);
            }
        }
    }

    int[] lines() {
        return starts.isEmpty() ? new int[] {1} : starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each line of a text that no logic changed: the line it is. */
    static int[] identity(String text) {
        int[] lines = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 1;
        }
        return lines;
    }
}
