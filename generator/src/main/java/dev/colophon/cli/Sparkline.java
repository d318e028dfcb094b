package dev.colophon.cli;

import java.util.List;

/** A row of block characters whose heights follow a series: ▁▂▃▄▅▆▇█. */
final class Sparkline {
    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    static String of(List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder line = new StringBuilder(values.size());
        for (long value : values) {
            line.append(max == 0 ? BARS[0] : BARS[(int) Math.round((BARS.length - 1) * (double) value / max)]);
        }
        return line.toString();
    }
}
