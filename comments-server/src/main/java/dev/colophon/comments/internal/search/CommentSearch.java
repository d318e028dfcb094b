package dev.colophon.comments.internal.search;

import dev.colophon.comments.internal.search.index.CommentIndexer;
import dev.colophon.comments.internal.search.index.IndexDao;
import dev.colophon.comments.internal.search.index.QueryTerms;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds comments by words, as the site search finds posts: every word of the query must match a word of
 * the comment's text or author name, folded (case, diacritics), stemmed for the site's language, CJK by
 * bigrams; the last word as typed so far also matches the words it starts; a word with one letter wrong,
 * missing, extra or two swapped finds the word meant. Readers' searches (search_comments) see approved
 * comments only; moderators any.
 */
public final class CommentSearch {
    /** Longer queries are cut: nobody types more, and every word costs a lookup. */
    public static final int MAX_QUERY = 200;
    static final int MAX_WORDS = 6;

    private final Database db;
    private final CommentIndexer indexer;
    private final String language;

    /** @param language the site's language (site_language), whose stemmer keys the words */
    public CommentSearch(Database db, String language) {
        this.db = db;
        this.language = language;
        this.indexer = new CommentIndexer(db, language);
    }

    /** @param status a status name or "all"; @param site "" for every site */
    public List<AdminComment> search(String query, String status, String site, int limit) {
        String text = query == null ? "" : query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        indexer.catchUp();
        List<Set<String>> groups = new ArrayList<>(db.jdbi().withExtension(IndexDao.class,
                dao -> new QueryTerms(dao, language).groups(text, MAX_WORDS)));
        if (groups.isEmpty()) {
            return List.of();
        }
        while (groups.size() < MAX_WORDS) {
            groups.add(groups.get(0));
        }
        return db.jdbi().withExtension(SearchDao.class, dao -> dao.search(status, site, groups.get(0), groups.get(1),
                groups.get(2), groups.get(3), groups.get(4), groups.get(5), limit));
    }
}
