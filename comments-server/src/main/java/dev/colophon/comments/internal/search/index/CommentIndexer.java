package dev.colophon.comments.internal.search.index;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the comment search's terms in step with the comments: before a search, every comment that is new,
 * edited, or was analyzed for another language is analyzed again. Lazily rather than on each write or in
 * the background, because comments arrive by many paths (the API, imports, webmentions, the fediverse)
 * and all of them are then covered, and posting never shares the writer with indexing (a background
 * round every 5 s more than doubled posting's p99 under load). A search after a large import waits for
 * all of it, so it never misses a comment or corrects a typo to a word that only unindexed comments
 * would outweigh; one catch-up runs at a time.
 */
public final class CommentIndexer {
    /** Raise when what a comment is indexed as changes: every comment is then indexed again. */
    private static final int VERSION = 1;
    /** Comments a write transaction indexes: short, since new comments' writes wait behind it. */
    private static final int BATCH = 200;
    static final int TYPO_MIN = 4;
    static final int TYPO_MAX = 16;

    private final Database db;
    private final String language;
    private final String analyzer;

    public CommentIndexer(Database db, String language) {
        this.db = db;
        this.language = language;
        this.analyzer = VERSION + ":" + language;
    }

    /** Indexes every comment not yet indexed as it reads now, a short write transaction per batch. */
    public synchronized void catchUp() {
        while (true) {
            List<IndexDao.Unindexed> batch = db.jdbi().withExtension(IndexDao.class, dao -> dao.unindexed(analyzer, BATCH));
            if (batch.isEmpty()) {
                return;
            }
            Analyzer words = new Analyzer(language);
            db.execute(handle -> {
                IndexDao dao = Daos.of(handle, IndexDao.class);
                for (IndexDao.Unindexed comment : batch) {
                    Map<String, String> keys = new TreeMap<>(); // surface form -> key
                    words.tokens(comment.author() + "\n" + comment.body(), token -> keys.putIfAbsent(token.surface(), token.key()));
                    dao.forget(comment.id());
                    dao.terms(comment.id(), new TreeSet<>(keys.values()));
                    dao.words(variants(keys));
                    dao.indexed(comment.id(), analyzer, comment.stamp());
                }
                dao.forgetUnused();
            });
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    /** Each word as itself, and, for words that typo tolerance corrects, its one-letter deletions. */
    static List<IndexDao.Word> variants(Map<String, String> keys) {
        Set<IndexDao.Word> out = new TreeSet<>((a, b) -> a.variant().equals(b.variant())
                ? a.word().compareTo(b.word()) : a.variant().compareTo(b.variant()));
        keys.forEach((word, term) -> {
            out.add(new IndexDao.Word(word, word, term));
            if (correctable(word)) {
                for (String deletion : Typos.deletions(word)) {
                    out.add(new IndexDao.Word(deletion, word, term));
                }
            }
        });
        return List.copyOf(out);
    }

    /** Words of letters only, long enough that one letter off is still probably this word (as the site search). */
    static boolean correctable(String word) {
        return word.length() >= TYPO_MIN && word.length() <= TYPO_MAX && word.chars().allMatch(Character::isLetter)
                && !Analyzer.isCjk(word.codePointAt(0));
    }
}
