package dev.colophon.comments.internal.spam.tokens;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jsoup.parser.Parser;

/**
 * Splits text into the features the classifier counts, with Lucene's UAX #29 tokenizer, which also
 * knows URLs and email addresses. Text is first made comparable: HTML entities decoded, look-alike
 * forms folded (NFKC: full-width and mathematical letters become plain ones), invisible characters
 * removed. Long numbers become their length ({@code #11digits}), since phone numbers and codes vary.
 */
public final class Tokenizer {
    /** Beyond this, more text teaches nothing new and only costs time. */
    static final int MAX_CHARS = 20_000;
    static final int MAX_FEATURES = 300;
    private static final int MAX_WORD = 30;
    public static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    private final ThreadLocal<UAX29URLEmailTokenizer> lucene = ThreadLocal.withInitial(UAX29URLEmailTokenizer::new);

    /** The text as the classifier and the signals read it. */
    public static String normalize(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String decoded = bounded.indexOf('&') >= 0 ? Parser.unescapeEntities(bounded, false) : bounded;
        return INVISIBLE.matcher(Normalizer.normalize(decoded, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Tokens of normalized text; {@code prefix} marks features of a field other than the body (e.g. {@code author:}). */
    public Tokens tokenize(String normalized, String prefix) {
        Set<String> features = new LinkedHashSet<>();
        List<String> links = new ArrayList<>();
        int words = 0;
        UAX29URLEmailTokenizer tokenizer = lucene.get();
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
        try {
            tokenizer.setReader(new StringReader(normalized));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String value = term.toString().toLowerCase(Locale.ROOT);
                String kind = type.type();
                if (kind.equals("<URL>")) {
                    String host = host(value);
                    links.add(host);
                    add(features, Tokens.LINK + host);
                } else if (kind.equals("<EMAIL>")) {
                    add(features, prefix + "email:" + value.substring(value.indexOf('@') + 1));
                } else if (kind.equals("<NUM>") && value.length() > 4) {
                    add(features, prefix + "#" + value.replaceAll("\\D", "").length() + "digits");
                } else if (value.length() <= MAX_WORD) {
                    words++;
                    add(features, prefix + value);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // a StringReader does not fail to close
            }
        }
        return new Tokens(features, links, words);
    }

    private static void add(Set<String> features, String feature) {
        if (features.size() < MAX_FEATURES) {
            features.add(feature);
        }
    }

    /** The host of a URL as written (with or without a scheme), without {@code www.}. */
    public static String host(String url) {
        String rest = url.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
