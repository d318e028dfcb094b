-- Comments, threads and moderation. Portable between SQLite and PostgreSQL:
-- ${id_pk} is the only dialect-specific piece (see store/Database.java).
-- Times are milliseconds since the epoch (BIGINT) so both databases sort and compare them alike.

CREATE TABLE threads (
    id          ${id_pk},
    site        TEXT   NOT NULL,
    page        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (site, page)
);

CREATE TABLE comments (
    id               ${id_pk},
    thread_id        BIGINT  NOT NULL REFERENCES threads (id),
    parent_id        BIGINT  REFERENCES comments (id),
    depth            INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    author           TEXT    NOT NULL,
    email            TEXT,
    website          TEXT,
    body             TEXT    NOT NULL,
    html             TEXT    NOT NULL,
    edit_token_hash  TEXT    NOT NULL,
    address_hash     TEXT    NOT NULL,
    likes            INTEGER NOT NULL DEFAULT 0,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT
);
CREATE INDEX comments_by_thread ON comments (thread_id, status);
CREATE INDEX comments_by_status ON comments (status, created_at);
CREATE INDEX comments_by_parent ON comments (parent_id);

-- One like per visitor and comment; the visitor is a salted hash, never an address.
CREATE TABLE votes (
    comment_id  BIGINT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    voter       TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (comment_id, voter)
);

-- Authors an admin blocked: kind is 'email' or 'address' (a keyed hash of the address).
CREATE TABLE blocks (
    id          ${id_pk},
    kind        TEXT   NOT NULL,
    value       TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (kind, value)
);

-- Dashboard logins; stored here so that several server instances share them.
CREATE TABLE admin_sessions (
    token_hash  TEXT   PRIMARY KEY,
    csrf_token  TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL
);

-- Server-wide secrets made at first start (keyed address hashes), shared by every instance.
CREATE TABLE settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Daily salts for visitor hashes; old ones are deleted so yesterday's hashes cannot be recomputed.
CREATE TABLE salts (
    day   BIGINT PRIMARY KEY,
    salt  TEXT   NOT NULL
);
