package dev.colophon.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small lexical highlighter: comments, strings, numbers and keywords of common languages become
 * {@code <span class="tok-…">}. It never changes the text, only wraps it, so an unknown language
 * simply renders as escaped plain code.
 */
final class CodeHighlighter {
    private record Grammar(Pattern tokens, Set<String> keywords, boolean markup, boolean ignoreCase) {
    }

    // Unrolled and possessive ("a run of plain characters, then escapes each followed by a run"): Java's
    // regex engine recurses once per repetition of a group, so (?:\\.|[^"])* overflowed the stack on one
    // long string, such as an SVG path or a JSON value of a few thousand characters.
    private static final String STRINGS = "\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'";
    private static final String NUMBER = "\\b\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[lLfFdD]?\\b";
    private static final String WORD = "[A-Za-z_$][\\w$]*";

    private static final Set<String> C_LIKE = Set.of("abstract", "async", "await", "boolean", "break", "case",
            "catch", "char", "class", "const", "continue", "def", "default", "do", "double", "else", "enum",
            "export", "extends", "false", "final", "finally", "float", "for", "fun", "func", "function", "if",
            "implements", "import", "in", "instanceof", "int", "interface", "let", "long", "new", "null",
            "package", "private", "protected", "public", "record", "return", "static", "super", "switch", "this",
            "throw", "throws", "true", "try", "typeof", "val", "var", "void", "while", "yield", "fn", "impl",
            "match", "mut", "pub", "struct", "use", "go", "chan", "type", "undefined", "sealed", "permits");
    private static final Set<String> SCRIPT = Set.of("and", "as", "case", "class", "def", "do", "done", "elif",
            "else", "esac", "except", "export", "fi", "for", "from", "function", "if", "import", "in", "is",
            "lambda", "local", "None", "not", "or", "pass", "raise", "return", "then", "True", "False", "try",
            "while", "with", "yield", "echo", "set", "true", "false", "null");
    private static final Set<String> SQL = Set.of("select", "from", "where", "and", "or", "not", "insert", "into",
            "values", "update", "delete", "create", "table", "index", "primary", "key", "references", "join",
            "left", "inner", "on", "order", "by", "group", "having", "limit", "as", "null", "integer", "text",
            "varchar", "default", "alter", "drop", "begin", "commit", "distinct", "union", "case", "when", "then",
            "else", "end", "is", "in", "unique", "foreign", "bigint", "boolean", "timestamp", "with", "asc", "desc", "true",
            "false", "set", "exists", "if", "count", "sum", "max", "min", "conflict", "do", "nothing");

    private static final Grammar C = grammar("//[^\\n]*|/\\*[\\s\\S]*?\\*/", STRINGS + "|`[^`\\\\]*+(?:\\\\.[^`\\\\]*+)*+`", C_LIKE);
    private static final Grammar HASH = grammar("#[^\\n]*", STRINGS, SCRIPT);
    private static final Grammar SQL_GRAMMAR = grammar("--[^\\n]*|/\\*[\\s\\S]*?\\*/", STRINGS, SQL, true);
    private static final Grammar YAML = grammar("#[^\\n]*", STRINGS, Set.of("true", "false", "null", "yes", "no"));
    private static final Grammar MARKUP = new Grammar(Pattern.compile(
            "(?<c><!--[\\s\\S]*?-->)|(?<s>" + STRINGS + ")|(?<k></?[A-Za-z][\\w:.-]*|/?>)"), Set.of(), true, false);
    private static final Grammar JSON = grammar("(?!)", STRINGS, Set.of("true", "false", "null"));

    private static final Map<String, Grammar> GRAMMARS = Map.ofEntries(
            Map.entry("java", C), Map.entry("kotlin", C), Map.entry("javascript", C), Map.entry("js", C),
            Map.entry("typescript", C), Map.entry("ts", C), Map.entry("c", C), Map.entry("cpp", C),
            Map.entry("go", C), Map.entry("rust", C), Map.entry("scala", C), Map.entry("groovy", C),
            Map.entry("csharp", C), Map.entry("swift", C), Map.entry("css", C),
            Map.entry("python", HASH), Map.entry("py", HASH), Map.entry("bash", HASH), Map.entry("sh", HASH),
            Map.entry("shell", HASH), Map.entry("ruby", HASH), Map.entry("toml", HASH),
            Map.entry("sql", SQL_GRAMMAR), Map.entry("yaml", YAML), Map.entry("yml", YAML),
            Map.entry("xml", MARKUP), Map.entry("html", MARKUP), Map.entry("svg", MARKUP), Map.entry("json", JSON));

    private static Grammar grammar(String comments, String strings, Set<String> keywords) {
        return grammar(comments, strings, keywords, false);
    }

    private static Grammar grammar(String comments, String strings, Set<String> keywords, boolean ignoreCase) {
        return new Grammar(Pattern.compile("(?<c>" + comments + ")|(?<s>" + strings + ")|(?<n>" + NUMBER
                + ")|(?<w>" + WORD + ")"), keywords, false, ignoreCase);
    }

    String highlight(String language, String code) {
        Grammar grammar = GRAMMARS.get(language.toLowerCase(Locale.ROOT));
        if (grammar == null) {
            return escape(code);
        }
        try {
            return highlight(grammar, code);
        } catch (StackOverflowError tooLong) { // a token the patterns above still recurse on: plain code, never a failed post
            return escape(code);
        }
    }

    private static String highlight(Grammar grammar, String code) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
        Matcher m = grammar.tokens().matcher(code);
        int last = 0;
        while (m.find()) {
            String kind = kindOf(m, grammar);
            if (kind == null) {
                continue;
            }
            out.append(escape(code.substring(last, m.start())));
            out.append("<span class=\"tok-").append(kind).append("\">").append(escape(m.group())).append("</span>");
            last = m.end();
        }
        return out.append(escape(code.substring(last))).toString();
    }

    private static String kindOf(Matcher m, Grammar grammar) {
        if (m.group("c") != null) {
            return "c";
        }
        if (m.group("s") != null) {
            return "s";
        }
        if (grammar.markup()) {
            return m.group("k") != null ? "k" : null;
        }
        if (m.group("n") != null) {
            return "n";
        }
        String word = grammar.ignoreCase() ? m.group("w").toLowerCase(Locale.ROOT) : m.group("w");
        return grammar.keywords().contains(word) ? "k" : null;
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null && replacement != null) {
                out.append(replacement);
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }
}
