-- Spam defense (docs/spam.md). Portable between SQLite and PostgreSQL.

-- What the filter said of each comment: a score from 0 (ham) to 1 (spam), the reasons as JSON, and
-- what the comment taught the model ('spam', 'ham' or NULL), so that a changed decision is untaught.
ALTER TABLE comments ADD COLUMN spam_score DOUBLE PRECISION;
ALTER TABLE comments ADD COLUMN spam_reasons TEXT;
ALTER TABLE comments ADD COLUMN trained_as TEXT;
-- A hash of the body, lower-cased and with its spaces collapsed: the same text posted to many threads.
ALTER TABLE comments ADD COLUMN body_hash TEXT;
CREATE INDEX comments_by_body_hash ON comments (body_hash);

-- The classifier: how many spam and ham comments taught it, and in how many of each a token occurs.
-- seq grows with every lesson, so an instance reloads only the tokens changed since it last looked.
CREATE TABLE spam_model (
    id         INTEGER PRIMARY KEY,
    spam_docs  BIGINT NOT NULL,
    ham_docs   BIGINT NOT NULL,
    seq        BIGINT NOT NULL
);
INSERT INTO spam_model (id, spam_docs, ham_docs, seq) VALUES (1, 0, 0, 0);

CREATE TABLE spam_tokens (
    token  TEXT   PRIMARY KEY,
    spam   BIGINT NOT NULL,
    ham    BIGINT NOT NULL,
    seq    BIGINT NOT NULL
);
CREATE INDEX spam_tokens_by_seq ON spam_tokens (seq);

-- Commenters the owner approved, by a keyed hash of their lower-cased email: trusted in auto moderation.
CREATE TABLE known_authors (
    email_hash  TEXT    PRIMARY KEY,
    approved    INTEGER NOT NULL,
    updated_at  BIGINT  NOT NULL
);

-- Proof-of-work challenges already used, until they expire: a solution is good once.
CREATE TABLE spent_challenges (
    challenge   TEXT   PRIMARY KEY,
    expires_at  BIGINT NOT NULL
);
