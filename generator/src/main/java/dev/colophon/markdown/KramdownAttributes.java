package dev.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's inline attribute lists in the form flexmark's attributes extension reads:
 * {@code {: #id .class key="v"}} becomes {@code {#id .class key="v"}}, a block IAL on the line after a
 * paragraph joins that paragraph, and {@code {:toc}} (under the list item it replaces) becomes a
 * table of contents. Fenced code is left alone.
 */
final class KramdownAttributes {
    private static final Pattern IAL = Pattern.compile("\\{:\\s*([^}\\n]{0,500})\\}");
    private static final Pattern TOC = Pattern.compile("^\\s*\\{:\\s*toc\\s*\\}\\s*$");
    private static final Pattern TOC_ITEM = Pattern.compile("^\\s*[*\\-+1.]+\\s+.{0,100}$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern BLOCK_IAL = Pattern.compile("^\\s*\\{:?\\s*[#.][^}]*\\}\\s*$");

    private KramdownAttributes() {
    }

    static String rewrite(String markdown) {
        if (!markdown.contains("{:")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0)) {
                    fence = null;
                }
            } else if (f.find()) {
                fence = f.group(1);
            } else if (TOC.matcher(line).matches()) {
                trimLastLineIf(out, TOC_ITEM); // "* TOC" (the list item kramdown replaces)
                line = "[TOC]";
            } else if (line.contains("{:")) {
                line = IAL.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1).isBlank() ? "" : "{" + m.group(1).strip() + "}"));
                if (BLOCK_IAL.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                    // flexmark reads attributes at a paragraph's end as the paragraph's; kramdown's are on the line below
                    if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                        out.setLength(out.length() - 1);
                        out.append(' ').append(line.strip());
                        if (i < lines.length - 1) {
                            out.append('\n');
                        }
                        continue;
                    }
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void trimLastLineIf(StringBuilder out, Pattern pattern) {
        String text = out.toString();
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        int start = text.lastIndexOf('\n', end - 1) + 1;
        if (start <= end && pattern.matcher(text.substring(start, end)).matches()) {
            out.setLength(start);
        }
    }
}
