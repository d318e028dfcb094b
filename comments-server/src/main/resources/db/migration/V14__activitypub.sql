-- The blog as an ActivityPub actor (docs/activitypub.md). Its RSA key pair lives in settings
-- (made once, shared by every instance); everything below is what it learns from and sends to the fediverse.

-- Remote accounts following the blog. Deliveries go to shared_inbox when the server has one.
CREATE TABLE ap_followers (
    actor         TEXT   PRIMARY KEY,
    inbox         TEXT   NOT NULL,
    shared_inbox  TEXT,
    handle        TEXT   NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX ap_followers_by_created ON ap_followers (created_at);

-- Accounts the blog follows (for two Colophon sites, or an owner who wants a timeline); accepted once they say so.
CREATE TABLE ap_following (
    actor       TEXT    PRIMARY KEY,
    inbox       TEXT    NOT NULL,
    follow_id   TEXT    NOT NULL,
    accepted    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT  NOT NULL
);

-- Remote actors fetched for their public keys and inboxes; refreshed when older than a day.
CREATE TABLE ap_actors (
    id            TEXT   PRIMARY KEY,
    key_id        TEXT   NOT NULL,
    public_key_pem TEXT  NOT NULL,
    inbox         TEXT   NOT NULL,
    shared_inbox  TEXT,
    handle        TEXT   NOT NULL,
    name          TEXT,
    url           TEXT,
    fetched_at    BIGINT NOT NULL
);
CREATE INDEX ap_actors_by_key ON ap_actors (key_id);

-- The site's published posts, as `colophon publish` (or a POST of the built feed.json) announced them.
CREATE TABLE ap_posts (
    url           TEXT   PRIMARY KEY,
    page          TEXT   NOT NULL,
    title         TEXT   NOT NULL,
    summary       TEXT,
    content       TEXT   NOT NULL,
    tags          TEXT   NOT NULL,
    image         TEXT,
    published_at  BIGINT NOT NULL,
    updated_at    BIGINT,
    created_at    BIGINT NOT NULL
);
CREATE INDEX ap_posts_by_page ON ap_posts (page);
CREATE INDEX ap_posts_by_published ON ap_posts (published_at);

-- Activities the blog sends, stored once however many inboxes get them.
CREATE TABLE ap_activities (
    id          ${id_pk},
    body        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);

-- The delivery queue: one row per activity and inbox, written in the transaction that caused it and
-- deleted once the inbox took it. due_at is when the next attempt may start; a sender leases rows by
-- moving it forward and naming itself in lease, so instances sharing the database do not send one twice.
CREATE TABLE ap_deliveries (
    id           ${id_pk},
    activity_id  BIGINT  NOT NULL REFERENCES ap_activities (id),
    inbox        TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    due_at       BIGINT  NOT NULL,
    lease        TEXT,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ap_deliveries_by_due ON ap_deliveries (due_at);
CREATE INDEX ap_deliveries_by_lease ON ap_deliveries (lease);
CREATE INDEX ap_deliveries_by_activity ON ap_deliveries (activity_id);

-- Activities received, by id: a redelivered one is acknowledged and not applied twice.
CREATE TABLE ap_inbox (
    activity     TEXT   PRIMARY KEY,
    type         TEXT   NOT NULL,
    actor        TEXT   NOT NULL,
    received_at  BIGINT NOT NULL
);
CREATE INDEX ap_inbox_by_received ON ap_inbox (received_at);

-- Signatures already accepted, until their Date falls out of the accepted window: a replay is refused.
CREATE TABLE ap_signatures (
    digest      TEXT   PRIMARY KEY,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX ap_signatures_by_expiry ON ap_signatures (expires_at);

-- Blocked remote servers (kind 'domain') and accounts (kind 'actor').
CREATE TABLE ap_blocks (
    kind        TEXT   NOT NULL,
    value       TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (kind, value)
);

-- Likes and boosts (Announce) of posts, by the activity's id so that an Undo finds them.
CREATE TABLE ap_reactions (
    activity    TEXT   PRIMARY KEY,
    kind        TEXT   NOT NULL,
    actor       TEXT   NOT NULL,
    site        TEXT   NOT NULL,
    page        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (kind, actor, site, page)
);
CREATE INDEX ap_reactions_by_page ON ap_reactions (site, page, kind);

-- Comments that came from the fediverse: the Note's id, its author's actor and handle (@alice@example.social).
ALTER TABLE comments ADD COLUMN ap_id TEXT;
ALTER TABLE comments ADD COLUMN ap_actor TEXT;
ALTER TABLE comments ADD COLUMN handle TEXT;
-- When an approved local comment was sent to the followers as a reply from the blog (fediverse_federate_comments).
ALTER TABLE comments ADD COLUMN ap_sent_at BIGINT;
CREATE UNIQUE INDEX comments_by_ap_id ON comments (ap_id);
