package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders text nodes as flexmark does, without its slow path when there is nothing to do. Flexmark
 * copies every text node char by char, then runs a regex for backslash escapes and entities and
 * another for HTML specials: a tenth of rendering. Text without {@code \}, {@code &} or
 * {@code \r}, most of it, only needs its HTML specials escaped, and most of that goes past the writer
 * ({@link DeferredText}).
 */
final class PlainTextExtension implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new TextRenderer());
    }

    private static final class TextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = asString(node.getChars());
            if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0) {
                DeferredText deferred = DeferredText.of(context.getDocument());
                if (deferred != null) {
                    deferred.write(html, text);
                } else {
                    html.raw(CodeHighlighter.escape(text));
                }
            } else {
                html.text(Escaping.normalizeEOL(Escaping.unescapeString(text)));
            }
        }

        /** One substring of the source where flexmark would copy the sequence a char at a time. */
        private static String asString(BasedSequence chars) {
            if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
                return source.substring(chars.getStartOffset(), chars.getEndOffset());
            }
            return chars.toString();
        }
    }
}
