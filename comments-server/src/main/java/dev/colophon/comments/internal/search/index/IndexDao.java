package dev.colophon.comments.internal.search.index;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The comment search's tables (V18__comment_search.sql): what is indexed, the terms, and the words with their deletions. */
@RegisterConstructorMapper(IndexDao.Unindexed.class)
@RegisterConstructorMapper(IndexDao.Word.class)
public interface IndexDao {
    /** A comment whose terms are missing or were made from another text or by another analyzer. */
    record Unindexed(long id, String author, String body, String stamp) {
    }

    /** A word met in comments, the key it is indexed under, and one of its variants (itself or a deletion). */
    record Word(String variant, String word, String term) {
    }

    // Portable: CAST to TEXT and || work alike in SQLite and PostgreSQL.
    String STAMP = "CAST(COALESCE(c.updated_at, 0) AS TEXT) || ':' || CAST(LENGTH(c.author) + LENGTH(c.body) AS TEXT)";

    @SqlQuery("SELECT c.id, c.author, c.body, " + STAMP + " AS stamp FROM comments c"
            + " LEFT JOIN comment_search_docs d ON d.comment_id = c.id"
            + " WHERE d.comment_id IS NULL OR d.analyzer <> :analyzer OR d.stamp <> " + STAMP
            + " ORDER BY c.id LIMIT :limit")
    List<Unindexed> unindexed(@Bind("analyzer") String analyzer, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM comment_terms WHERE comment_id = :id")
    void forget(@Bind("id") long id);

    @SqlBatch("INSERT INTO comment_terms (term, comment_id) VALUES (:term, :id) ON CONFLICT DO NOTHING")
    void terms(@Bind("id") long id, @Bind("term") Collection<String> terms);

    @SqlBatch("INSERT INTO comment_words (variant, word, term) VALUES (:variant, :word, :term) ON CONFLICT DO NOTHING")
    void words(@BindMethods Collection<Word> words);

    @SqlUpdate("""
            INSERT INTO comment_search_docs (comment_id, analyzer, stamp) VALUES (:id, :analyzer, :stamp)
            ON CONFLICT (comment_id) DO UPDATE SET analyzer = excluded.analyzer, stamp = excluded.stamp""")
    void indexed(@Bind("id") long id, @Bind("analyzer") String analyzer, @Bind("stamp") String stamp);

    /** Forgets the words whose key no comment has any more (an edit or a removal took them out). */
    @SqlUpdate("DELETE FROM comment_words WHERE NOT EXISTS (SELECT 1 FROM comment_terms t WHERE t.term = comment_words.term)")
    void forgetUnused();

    /** Which of these terms some comment has. */
    @SqlQuery("SELECT DISTINCT term FROM comment_terms WHERE term IN (<terms>)")
    List<String> known(@BindList("terms") Collection<String> terms);

    /** Keys of the words that start with a prefix (a LIKE pattern), the commonest first. */
    @SqlQuery("""
            SELECT w.term FROM comment_words w JOIN comment_terms t ON t.term = w.term
            WHERE w.variant = w.word AND w.word LIKE :prefix ESCAPE '!'
            GROUP BY w.term ORDER BY COUNT(*) DESC, w.term LIMIT :limit""")
    List<String> completions(@Bind("prefix") String prefix, @Bind("limit") int limit);

    /** Words that have one of these strings as themselves or as a one-letter deletion. */
    @SqlQuery("SELECT variant, word, term FROM comment_words WHERE variant IN (<variants>) ORDER BY word")
    List<Word> near(@BindList("variants") Collection<String> variants);
}
