package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension, minus its cost on text that cannot hold a link. The extension runs a
 * regex search and an unescape over every text node; that was a tenth of a cold build. A plain URL
 * needs a {@code :}, an email an {@code @} and a bare domain {@code www.}, so text without any of
 * them is passed over and the rest goes to flexmark's own processor, which decides as before.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether flexmark's autolinker could find anything in this text. */
    static boolean mayHoldLink(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch == ':' || ch == '@') {
                return true;
            }
            if (ch == '.' && i >= 3 && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char ch) {
        return ch == 'w' || ch == 'W';
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Filter(new AutolinkNodePostProcessor(document));
        }
    }

    private static final class Filter extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolinks;

        Filter(AutolinkNodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            // Entities and typographic text next to this node may join it into a link: leave those to flexmark.
            Node next = node.getNext();
            if (mayHoldLink(node.getChars()) || next instanceof HtmlEntity || next instanceof TypographicText) {
                autolinks.process(state, node);
            }
        }
    }
}
