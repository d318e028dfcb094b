package dev.colophon.comments.internal.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.text.FlexmarkInlineParser;
import java.util.List;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a reader's Markdown into safe HTML, once, when the comment is saved. Raw HTML is shown as
 * text, and the result passes an allowlist: no scripts, event handlers, styles, or non-web URLs.
 */
public final class CommentRenderer {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a",
                    "h3", "h4", "h5", "h6")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    /** Deeper than any conversation needs, and far from where Flexmark's recursion runs out of stack. */
    static final int MAX_NESTING = 32;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public CommentRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(AutolinkExtension.create(), StrikethroughExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "<br />\n");
        this.parser = FlexmarkInlineParser.install(Parser.builder(options), options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Throws a 400 for a body nested so deeply (quotes in quotes, thousands of times) that it cannot be shown. */
    public String render(String markdown) {
        if (deepestNesting(markdown) > MAX_NESTING) {
            throw Refused.invalid("body nests quotes or lists too deeply to be shown (at most " + MAX_NESTING
                    + " levels); flatten it");
        }
        try {
            return POLICY.sanitize(renderer.render(parser.parse(markdown))).strip();
        } catch (StackOverflowError tooDeep) { // nesting the count below does not see
            throw Refused.invalid("body nests quotes or lists too deeply to be shown; flatten it");
        }
    }

    /** HTML from elsewhere (an imported comment) cut down to what comments may hold, as rendered Markdown is. */
    public String sanitize(String html) {
        return POLICY.sanitize(html).strip();
    }

    /** The most quote and list markers that open any line: each is a level Flexmark recurses into. */
    static int deepestNesting(String markdown) {
        int deepest = 0;
        int depth = 0;
        boolean opening = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                depth = 0;
                opening = true;
            } else if (opening && (c == '>' || (c == '-' || c == '*' || c == '+') && i + 1 < markdown.length()
                    && markdown.charAt(i + 1) == ' ')) {
                deepest = Math.max(deepest, ++depth);
            } else if (c != ' ' && c != '\t') {
                opening = false;
            }
        }
        return deepest;
    }
}
