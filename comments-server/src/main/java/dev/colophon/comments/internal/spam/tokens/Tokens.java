package dev.colophon.comments.internal.spam.tokens;

import java.util.List;
import java.util.Set;

/**
 * What the tokenizer found in a comment.
 *
 * @param features the distinct words, numbers and marks the classifier counts (link hosts are prefixed {@code link:})
 * @param links the hosts of every link, in order, repeats kept
 * @param words how many words the text has
 */
public record Tokens(Set<String> features, List<String> links, int words) {
    public static final String LINK = "link:";
}
