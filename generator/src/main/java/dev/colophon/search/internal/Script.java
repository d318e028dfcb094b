package dev.colophon.search.internal;

import java.nio.charset.StandardCharsets;

/**
 * Writes one index file: JSON wrapped in a call, {@code colophonSearch("t/ja.js",{...})}, so that the
 * client loads it with a script element. That works where fetch() does not: from {@code file://}, and
 * on any host without CORS settings.
 */
final class Script {
    private final StringBuilder out = new StringBuilder(1 << 12);

    Script(String path) {
        out.append("colophonSearch(");
        string(path);
        out.append(',');
    }

    Script raw(String text) {
        out.append(text);
        return this;
    }

    Script raw(char c) {
        out.append(c);
        return this;
    }

    Script number(long n) {
        out.append(n);
        return this;
    }

    /** A JSON string; also escapes {@code <} and the line separators older parsers refuse. */
    Script string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    Script strings(Iterable<String> texts) {
        out.append('[');
        boolean first = true;
        for (String text : texts) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(text);
        }
        out.append(']');
        return this;
    }

    byte[] bytes() {
        return out.append(");\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
