package dev.colophon.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.colophon.config.YamlSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Splits a source file into front matter and body. Reads YAML ({@code ---}, Jekyll, Hugo),
 * TOML ({@code +++}, Hugo, Zola) and JBake headers ({@code key=value} lines closed by {@code ~~~~~~}),
 * so existing sites build without edits.
 */
public final class FrontMatterParser {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^\"?([A-Za-z0-9_\\-]+)\"?\\s*[:=]");
    private static final Pattern JBAKE_LINE = Pattern.compile("^([A-Za-z0-9_\\-.]+)\\s*=(.*)$");
    private static final String JBAKE_END = "~~~~~~";

    private final TomlMapper toml = new TomlMapper();

    public FrontMatter parse(Path file, String text) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = source.split("\r?\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            return delimited(file, lines, "---", this::yaml);
        }
        if (lines.length > 0 && lines[0].strip().equals("+++")) {
            return delimited(file, lines, "+++", this::toml);
        }
        FrontMatter jbake = jbake(file, lines);
        return jbake != null ? jbake : new FrontMatter(Map.of(), Map.of(), source, 1);
    }

    private interface BlockParser {
        Map<String, Object> parse(Path file, String block);
    }

    private FrontMatter delimited(Path file, String[] lines, String fence, BlockParser parser) {
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new BuildException(new Problem(file, 1,
                    "front matter opened with '" + fence + "' is never closed; add a line '" + fence + "' after it"));
        }
        String block = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        Map<String, Object> fields = parser.parse(file, block);
        return new FrontMatter(fields, keyLines(lines, 1, end), bodyAfter(lines, end + 1), end + 2);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> yaml(Path file, String block) {
        try {
            Object value = YamlSettings.newYaml().load(block);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map)) {
                throw new BuildException(new Problem(file, 2, "front matter must be 'key: value' lines"));
            }
            return (Map<String, Object>) value;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new BuildException(new Problem(file, line, "invalid YAML front matter: " + e.getProblem()));
        }
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

    private static FrontMatter jbake(Path file, String[] lines) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(JBAKE_END)) {
                return new FrontMatter(fields, keyLines, bodyAfter(lines, i + 1), i + 2);
            }
            Matcher m = JBAKE_LINE.matcher(line);
            if (line.isEmpty()) {
                continue;
            }
            if (!m.matches()) {
                return null;
            }
            fields.put(m.group(1), m.group(2).strip());
            keyLines.put(m.group(1), i + 1);
        }
        return null;
    }

    private static Map<String, Integer> keyLines(String[] lines, int from, int to) {
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Matcher m = TOP_LEVEL_KEY.matcher(lines[i]);
            if (m.find()) {
                keyLines.putIfAbsent(m.group(1), i + 1);
            }
        }
        return keyLines;
    }

    private static String bodyAfter(String[] lines, int from) {
        return from >= lines.length ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
