package dev.colophon.text;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, minus a copy of the paragraph on every regex match. Its {@code match} asks
 * the matcher for {@code toMatchResult()}, which on Java 17 copies the whole input to a string, one
 * {@code charAt} at a time, to read two offsets: every backtick run and every link's closing bracket
 * copied its paragraph again, 6% of a cold build. The offsets come from the matcher itself here; what
 * is matched, and so the tree, is the same. Link labels are found in one pass ({@link LinkLabel}):
 * flexmark's pattern for them backtracks exponentially on a run of backslashes, which in a comment
 * held a server thread for minutes. The generator and the comment server both parse with it.
 */
public final class FlexmarkInlineParser extends InlineParserImpl {

    /**
     * Makes a parser use this inline parser. Call it after the extensions are added: flexmark leaves
     * its own link reference definitions' pre-processor out for any inline parser but its own, so it
     * is added here, last, where flexmark would add it.
     */
    public static Parser.Builder install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(FlexmarkInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    private FlexmarkInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
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

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            int start = matcher.start(group); // -1 for a group that took no part, where group() is null
            groups[group] = start < 0 ? null : input.subSequence(start, matcher.end(group));
        }
        return groups;
    }

    /** The matcher after a match at or after the parser's index, which it moves past the match; else null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
