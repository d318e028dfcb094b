package dev.colophon.content;

import dev.colophon.config.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.colophon.config.YamlSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a source file into front matter and body. Reads YAML ({@code ---}, Jekyll, Hugo),
 * TOML ({@code +++}, Hugo, Zola) and JBake headers ({@code key=value} lines closed by {@code ~~~~~~}),
 * so existing sites build without edits. Only the header is split into lines; the body is one substring.
 */
public final class FrontMatterParser {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^\"?([A-Za-z0-9_\\-]+)\"?\\s*[:=]");
    private static final Pattern JBAKE_LINE = Pattern.compile("^([A-Za-z0-9_\\-.]+)\\s*=(.*)$");
    private static final String JBAKE_END = "~~~~~~";
    private static final int JBAKE_MAX_HEADER_LINES = 100;

    // SnakeYAML instances are not thread-safe, and building one per file is costly.
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlSettings::newYaml);
    private final TomlMapper toml = new TomlMapper();

    /** One line of the header: its text and where the next line starts. */
    private record Line(String text, int end, int next) {
    }

    public FrontMatter parse(Path file, String text) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Line first = line(source, 0);
        if (first.text().strip().equals("---")) {
            return delimited(file, source, first.next(), 1, "---", this::yaml);
        }
        // Hugo and Zola read TOML front matter after blank lines too (Zola's docs start each theme's page with one)
        int fenceLine = 1;
        Line fence = first;
        while (fence.text().isBlank() && fence.next() < source.length()) {
            fence = line(source, fence.next());
            fenceLine++;
        }
        if (fence.text().strip().equals("+++")) {
            return delimited(file, source, fence.next(), fenceLine, "+++", this::toml);
        }
        FrontMatter jbake = jbake(source);
        if (jbake == null && ContentScanner.isAsciiDoc(file)) {
            return AsciiDocHeader.parse(source); // = Title, :jbake-type: post
        }
        return jbake != null ? jbake : new FrontMatter(FrontMatter.Format.NONE, Map.of(), Map.of(), source, 1);
    }

    private interface BlockParser {
        Map<String, Object> parse(Path file, String block);
    }

    private FrontMatter delimited(Path file, String source, int start, int fenceLine, String fence, BlockParser parser) {
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int position = start;
        for (int lineNo = fenceLine + 1; position < source.length() || position == start; lineNo++) {
            Line line = line(source, position);
            String stripped = line.text().strip();
            if (stripped.equals(fence) || (fence.equals("---") && stripped.equals("..."))) {
                Map<String, Object> fields = parser.parse(file, source.substring(start, position));
                return new FrontMatter(fence.equals("+++") ? FrontMatter.Format.TOML : FrontMatter.Format.YAML, fields, keyLines,
                        source.substring(Math.min(line.next(), source.length())), lineNo + 1);
            }
            Matcher key = TOP_LEVEL_KEY.matcher(line.text());
            if (key.find()) {
                keyLines.putIfAbsent(key.group(1), lineNo);
            }
            if (line.next() >= source.length()) {
                break;
            }
            position = line.next();
        }
        throw new BuildException(new Problem(file, fenceLine,
                "front matter opened with '" + fence + "' is never closed; add a line '" + fence + "' after it"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> yaml(Path file, String block) {
        Object value = load(file, block);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new BuildException(new Problem(file, 2, "front matter must be 'key: value' lines"));
        }
        return (Map<String, Object>) value;
    }

    private static Object load(Path file, String block) {
        try {
            return YAML.get().load(block);
        } catch (MarkedYAMLException e) {
            if (e.getProblemMark() == null) {
                throw new BuildException(new Problem(file, 1, "invalid YAML front matter: " + e.getProblem()));
            }
            int offset = charOffset(block, e.getProblemMark().getIndex());
            throw new BuildException(new Problem(file, 2 + lineIndex(block, offset),
                    "invalid YAML front matter: " + e.getProblem() + hint(lineAround(block, offset))));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) { // a character YAML does not allow, such as a control character
            int line = 2 + lineIndex(block, charOffset(block, e.getPosition()));
            throw new BuildException(new Problem(file, line, String.format(
                    "front matter has the control character U+%04X, which YAML does not allow; remove it", e.getCodePoint())));
        } catch (YAMLException e) { // SnakeYAML's limits: nesting depth, aliases (a "billion laughs")
            throw new BuildException(new Problem(file, 1, "YAML front matter too complex: " + e.getMessage()));
        } catch (RuntimeException e) { // SnakeYAML's constructors throw plain exceptions for a tag that does not fit its
            // value (!!binary not base64: IllegalArgumentException; a scalar's tag on a list: ClassCastException); whatever
            // the reader throws on an author's text is a problem with that text, never a crash of the build
            throw new BuildException(new Problem(file, 2, "invalid YAML front matter: a value's tag (such as !!binary or !!int) "
                    + "does not fit the value; remove the tag or fix the value"));
        }
    }

    /** SnakeYAML counts positions in code points; Java strings in chars. */
    private static int charOffset(String block, int codePoints) {
        int clamped = Math.max(0, Math.min(codePoints, block.codePointCount(0, block.length())));
        return block.offsetByCodePoints(0, clamped);
    }

    /**
     * The line an offset is on, counted as editors and {@link String#lines()} count them: after LF, CR or CRLF. YAML
     * also breaks lines at U+0085, U+2028 and U+2029, which would send the writer past the end of the file.
     */
    private static int lineIndex(String block, int offset) {
        int lines = 0;
        for (int i = 0; i < offset; i++) {
            char c = block.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= block.length() || block.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static String lineAround(String block, int offset) {
        int start = offset;
        while (start > 0 && block.charAt(start - 1) != '\n' && block.charAt(start - 1) != '\r') {
            start--;
        }
        int end = offset;
        while (end < block.length() && block.charAt(end) != '\n' && block.charAt(end) != '\r') {
            end++;
        }
        return block.substring(start, end).strip();
    }

    /** The usual cause: a value with ": " in it (a title such as "Java: the good parts") that is not quoted. */
    private static String hint(String line) {
        Matcher pair = Pattern.compile("^([\\w-]+):\\s+(.*:\\s.*)$").matcher(line);
        if (pair.matches() && !pair.group(2).startsWith("\"") && !pair.group(2).startsWith("'")) {
            return "; a value containing ': ' must be quoted: " + pair.group(1) + ": \""
                    + pair.group(2).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toml(Path file, String block) {
        try {
            return toml.readValue(block, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BuildException(new Problem(file, Math.max(line, 0) + 1,
                    "invalid TOML front matter: " + e.getOriginalMessage()));
        }
    }

    private static FrontMatter jbake(String source) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int position = 0;
        for (int lineNo = 1; lineNo <= JBAKE_MAX_HEADER_LINES && position < source.length(); lineNo++) {
            Line line = line(source, position);
            String text = line.text().strip();
            if (text.equals(JBAKE_END)) {
                return new FrontMatter(FrontMatter.Format.JBAKE, fields, keyLines, source.substring(Math.min(line.next(), source.length())),
                        lineNo + 1);
            }
            Matcher m = JBAKE_LINE.matcher(text);
            if (!text.isEmpty() && !m.matches()) {
                return null;
            }
            if (!text.isEmpty()) {
                fields.put(m.group(1), m.group(2).strip());
                keyLines.put(m.group(1), lineNo);
            }
            position = line.next();
        }
        return null;
    }

    private static Line line(String source, int from) {
        int newline = source.indexOf('\n', from);
        int end = newline < 0 ? source.length() : newline;
        int textEnd = end > from && source.charAt(end - 1) == '\r' ? end - 1 : end;
        return new Line(source.substring(from, textEnd), end, newline < 0 ? source.length() : newline + 1);
    }

}
