package dev.colophon.comments.internal.spam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A comment's spam score from 0 (surely ham) to 1 (surely spam), with the reasons that weighed most.
 *
 * @param score the logistic of {@code logOdds}
 * @param logOdds the words' evidence plus every signal's weight
 */
public record SpamScore(double score, double logOdds, List<Reason> reasons) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static SpamScore of(List<Reason> reasons) {
        double logOdds = reasons.stream().mapToDouble(Reason::weight).sum();
        return new SpamScore(1 / (1 + Math.exp(-logOdds)), logOdds, List.copyOf(reasons));
    }

    /** The reasons as stored in {@code comments.spam_reasons}: a JSON array, the weightiest first. */
    public static String json(List<Reason> reasons) {
        List<Reason> sorted = reasons.stream()
                .sorted(java.util.Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight()))).toList();
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
