-- Webmentions received: one row per (source, target), both the record of what the source turned out
-- to be and the queue of its verification, like the outbox: due_at is set while a verification waits
-- (a worker leases the row by moving due_at forward, so instances sharing the database do not verify
-- it twice), null once done. state: queued, accepted, rejected, removed. kind: reply, like, repost,
-- bookmark, mention. A reply is a comment (comment_id); a like is a page reaction (voter 'webmention:<id>');
-- a repost a share, counted on counted_day. avatar holds the author's photo as fetched (base64), so the
-- widget shows it from this server instead of hot-linking a third party.
CREATE TABLE webmentions (
    id            ${id_pk},
    token         TEXT    NOT NULL UNIQUE,
    source        TEXT    NOT NULL,
    target        TEXT    NOT NULL,
    site          TEXT    NOT NULL,
    page          TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    kind          TEXT,
    message       TEXT,
    comment_id    BIGINT  REFERENCES comments (id) ON DELETE SET NULL,
    author_name   TEXT,
    author_url    TEXT,
    avatar        TEXT,
    avatar_type   TEXT,
    counted_day   BIGINT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    due_at        BIGINT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    UNIQUE (source, target)
);
CREATE INDEX webmentions_by_due ON webmentions (due_at);
CREATE INDEX webmentions_by_page ON webmentions (site, page, state, kind);

-- The webmention source a comment came from (a reply written on another site); null for comments posted here.
ALTER TABLE comments ADD COLUMN source_url TEXT;

-- Shares per page and day (day = days since 1970-01-01, UTC): share actions from the page's share
-- controls and reposts received as webmentions. No reader is recorded.
CREATE TABLE page_shares (
    site    TEXT   NOT NULL,
    page    TEXT   NOT NULL,
    day     BIGINT NOT NULL,
    shares  BIGINT NOT NULL,
    PRIMARY KEY (site, page, day)
);
CREATE INDEX webmentions_by_comment ON webmentions (comment_id);
