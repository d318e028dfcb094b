package dev.colophon.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/** Renders fenced code blocks through {@link CodeHighlighter}, so readers need no client-side highlighter. */
final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    private final CodeHighlighter highlighter;

    HighlightExtension(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CodeBlockRenderer());
    }

    private final class CodeBlockRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String language = block.getInfo().toString().strip().split("[\\s{]", 2)[0];
            String code = block.getContentChars().normalizeEOL();
            html.line();
            html.raw("<pre>").openPre(); // keeps the writer from re-indenting the code
            html.raw(language.isEmpty() ? "<code>" : "<code class=\"language-" + Escaping.escapeHtml(language, true) + "\">");
            String highlighted = highlighter.highlight(language, code);
            DeferredText deferred = DeferredText.of(context.getDocument());
            html.raw(deferred != null ? deferred.preformatted(highlighted) : highlighted);
            html.raw("</code></pre>").closePre();
            html.line();
        }
    }
}
