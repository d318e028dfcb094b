package dev.colophon.comments.internal.spam;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The classifier's counts, trusted commenters and spent challenges (V8__spam_defense.sql); what a new submission is checked against is {@link SubmissionLookups}. */
@RegisterConstructorMapper(SpamDao.Totals.class)
@RegisterConstructorMapper(SpamDao.TokenCounts.class)
@RegisterConstructorMapper(dev.colophon.comments.internal.store.AdminComment.class)
public interface SpamDao {
    /** The model's totals. */
    record Totals(long spamDocs, long hamDocs, long seq) {
    }

    /** One token's counts. */
    record TokenCounts(String token, long spam, long ham) {
    }

    @SqlQuery("SELECT spam_docs, ham_docs, seq FROM spam_model WHERE id = 1")
    Totals totals();

    @SqlQuery("SELECT token, spam, ham FROM spam_tokens WHERE seq > :seq")
    List<TokenCounts> changedSince(@Bind("seq") long seq);

    /** Counts one lesson (or takes one back) and returns the model's new sequence number. */
    @SqlQuery("UPDATE spam_model SET spam_docs = spam_docs + :spam, ham_docs = ham_docs + :ham, seq = seq + 1 WHERE id = 1 RETURNING seq")
    long count(@Bind("spam") int spam, @Bind("ham") int ham);

    /**
     * Every token of a lesson, as one prepared statement run for each (a JDBC batch). Measured against one
     * multi-row upsert (bench/SpamTiming.java): the batch costs less, 0.3 ms of CPU a lesson at the median.
     */
    @SqlBatch("""
            INSERT INTO spam_tokens (token, spam, ham, seq) VALUES (:token, :spam, :ham, :seq)
            ON CONFLICT (token) DO UPDATE SET spam = spam_tokens.spam + excluded.spam,
                                              ham = spam_tokens.ham + excluded.ham, seq = excluded.seq""")
    void addTokens(@Bind("token") List<String> tokens, @Bind("spam") int spam, @Bind("ham") int ham, @Bind("seq") long seq);

    @SqlUpdate("UPDATE comments SET trained_as = :label WHERE id = :id")
    void trainedAs(@Bind("id") long id, @Bind("label") String label);

    @SqlUpdate("""
            INSERT INTO known_authors (email_hash, approved, updated_at) VALUES (:hash, 1, :now)
            ON CONFLICT (email_hash) DO UPDATE SET approved = known_authors.approved + 1, updated_at = excluded.updated_at""")
    void approved(@Bind("hash") String emailHash, @Bind("now") long now);

    @SqlUpdate("DELETE FROM known_authors WHERE email_hash = :hash")
    void distrust(@Bind("hash") String emailHash);

    @SqlUpdate("INSERT INTO spent_challenges (challenge, expires_at) VALUES (:challenge, :expires) ON CONFLICT (challenge) DO NOTHING")
    int spend(@Bind("challenge") String challenge, @Bind("expires") long expiresAt);

    @SqlUpdate("DELETE FROM spent_challenges WHERE expires_at < :now")
    int forgetExpired(@Bind("now") long now);

    @SqlQuery("SELECT trained_as FROM comments WHERE id = :id")
    Optional<String> trainedAs(@Bind("id") long id);

    @SqlUpdate("UPDATE comments SET spam_score = :score, spam_reasons = :reasons, body_hash = :hash WHERE id = :id")
    void scored(@Bind("id") long id, @Bind("score") double score, @Bind("reasons") String reasonsJson, @Bind("hash") String bodyHash);

    /** Claims a one-time job (the built-in prior, a day's digest) for this instance; 1 when it is ours. */
    @SqlUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
    int claim(@Bind("name") String name, @Bind("value") String value);

    /** The comments held (pending or spam) that arrived in a time range, the likeliest ham first. */
    @SqlQuery("""
            SELECT c.id, t.site, t.page, c.parent_id, c.status, c.author, c.email, c.website, c.body, c.html,
                   c.likes, c.created_at, c.updated_at, c.source_url AS source, c.handle, c.spam_score, c.spam_reasons
            FROM comments c JOIN threads t ON t.id = c.thread_id
            WHERE c.status IN (<pending>, <spam>) AND c.created_at >= :from AND c.created_at < :to
            ORDER BY c.spam_score, c.id""")
    List<dev.colophon.comments.internal.store.AdminComment> held(@Bind("from") long from, @Bind("to") long to);
}
