package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;

/**
 * Jekyll's jemoji: {@code :tada:} in text becomes 🎉, by GitHub's names from the jemoji library's
 * Unicode data. Code is left alone, and so is a name GitHub does not know.
 */
final class EmojiNames implements Parser.ParserExtension {
    private static final Pattern NAME = Pattern.compile(":([a-z0-9_+-]{1,60}):");

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(Text.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new NodePostProcessor() {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        if (node.getAncestorOfType(Code.class) == null && node.getChars().indexOf(':') >= 0) {
                            String text = node.getChars().toString();
                            String replaced = replace(text);
                            if (!replaced.equals(text)) {
                                node.setChars(PrefixedSubSequence.prefixOf(replaced, node.getChars().getEmptySuffix()));
                            }
                        }
                    }
                };
            }
        });
    }

    static String replace(String text) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unicode = EmojiManager.getByGithubAlias(m.group()).map(Emoji::getEmoji).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(unicode));
        }
        return m.appendTail(out).toString();
    }

    static EmojiNames create() {
        return new EmojiNames();
    }
}
