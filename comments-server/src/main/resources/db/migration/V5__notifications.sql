-- Readers who asked to hear of replies to a comment (which needs their email).
ALTER TABLE comments ADD COLUMN notify_replies BOOLEAN NOT NULL DEFAULT FALSE;

-- Emails waiting to be sent, written in the transaction that caused them, so that none is lost to a
-- crash; deleted once sent. due_at is when the next attempt may start (a sender leases a row by
-- moving it forward, so instances sharing the database do not send one twice).
CREATE TABLE outbox (
    id           ${id_pk},
    recipient    TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    unsubscribe  TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    due_at       BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX outbox_by_due ON outbox (due_at);
