package dev.colophon.comments.search;

import dev.colophon.comments.store.AdminComment;
import dev.colophon.comments.store.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds comments by words: every word of the query must occur in the comment's text or author name,
 * case-insensitively. Readers' searches (search_comments) see approved comments only; moderators any.
 */
public final class CommentSearch {
    /** Longer queries are cut: nobody types more, and every word costs a scan. */
    public static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 4;

    private final Database db;

    public CommentSearch(Database db) {
        this.db = db;
    }

    /** @param status a status name or "all"; @param site "" for every site */
    public List<AdminComment> search(String query, String status, String site, int limit) {
        List<String> patterns = patterns(query);
        if (patterns.isEmpty()) {
            return List.of();
        }
        while (patterns.size() < MAX_WORDS) {
            patterns.add("%");
        }
        return db.jdbi().withExtension(SearchDao.class, dao -> dao.search(status, site, patterns.get(0), patterns.get(1),
                patterns.get(2), patterns.get(3), limit));
    }

    /** LIKE patterns for the first words of the query, with LIKE's own characters escaped. */
    static List<String> patterns(String query) {
        String text = query == null ? "" : query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        List<String> patterns = new ArrayList<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s\\u0000]+")).filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS)
                .forEach(w -> patterns.add("%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
        return patterns;
    }
}
