package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.spam.tokens.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Finds a comment whose text is copied from the post it is on, a bot's way of looking on topic. Both texts
 * become runs of five words (shingles); a comment of eight words or more most of whose runs are in the
 * post is a copy. Lines quoted in Markdown ({@code > …}) are left out first: a reader quoting the post to
 * answer it is no bot. The post's text is what {@code colophon publish} announced (table {@code ap_posts});
 * its shingles are kept for the most recently read posts, by version, so most comments cost no parsing.
 */
final class PostCopies {
    /** A post's runs of words, sorted for binary search; {@link #NONE} when the server knows no post there. */
    public record Post(String version, long[] shingles) {
    }

    public static final Post NONE = new Post("", new long[0]);
    static final int RUN = 5;
    static final int MIN_WORDS = 8;
    static final double COPIED = 0.6;
    static final double WEIGHT = 3.0;
    private static final int MAX_POST_WORDS = 20_000;
    private static final int CACHED_POSTS = 64;
    private static final Pattern QUOTED = Pattern.compile("(?m)^\\s*>.*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Post> posts = new LinkedHashMap<>(CACHED_POSTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Post> eldest) {
            return size() > CACHED_POSTS;
        }
    };

    /** The post of this version, its HTML read from {@code html} only when it is not cached. */
    public synchronized Post post(String version, Supplier<String> html) {
        Post post = posts.get(version);
        if (post == null) {
            List<String> words = words(Jsoup.parse(html.get()).text(), MAX_POST_WORDS);
            long[] shingles = shingles(words);
            Arrays.sort(shingles);
            post = new Post(version, shingles);
            posts.put(version, post);
        }
        return post;
    }

    /** The reason to suspect a comment copied from the post, if most of it is. */
    public static Optional<Reason> copied(String body, Post post) {
        if (post.shingles().length == 0) {
            return Optional.empty();
        }
        List<String> words = words(Tokenizer.normalize(QUOTED.matcher(body).replaceAll(" ")), Integer.MAX_VALUE);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        long[] runs = shingles(words);
        long found = Arrays.stream(runs).filter(run -> Arrays.binarySearch(post.shingles(), run) >= 0).count();
        double share = (double) found / runs.length;
        if (share < COPIED) {
            return Optional.empty();
        }
        return Optional.of(new Reason("copied", WEIGHT, String.format(Locale.ROOT,
                "%.0f%% of the text is copied from the post it is on", share * 100)));
    }

    private static List<String> words(String text, int max) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && words.size() < max) {
                words.add(word);
            }
        }
        return words;
    }

    private static long[] shingles(List<String> words) {
        long[] runs = new long[Math.max(0, words.size() - RUN + 1)];
        for (int i = 0; i < runs.length; i++) {
            long hash = 1125899906842597L;
            for (int j = i; j < i + RUN; j++) {
                hash = 31 * hash + words.get(j).hashCode();
            }
            runs[i] = hash;
        }
        return runs;
    }
}
