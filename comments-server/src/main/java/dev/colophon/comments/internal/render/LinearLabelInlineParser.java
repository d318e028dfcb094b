package dev.colophon.comments.internal.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.colophon.text.LinkLabel;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser with link labels found in one pass ({@link LinkLabel}): its own pattern
 * backtracks exponentially on a run of backslashes, so a 50-character comment could hold a server
 * thread for minutes.
 */
final class LinearLabelInlineParser extends InlineParserImpl {

    /**
     * Makes a parser use this inline parser. Flexmark leaves its link reference definitions' pre-processor
     * out for any inline parser but its own, so it is added here, where flexmark would add it.
     */
    static Parser.Builder install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(LinearLabelInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    private LinearLabelInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public int parseLinkLabel() {
        int length = LinkLabel.length(input, index);
        index += length;
        return length;
    }
}
