-- Bumped by every write that changes what a thread's readers see, in the same transaction, so that
-- instances sharing a database know when the thread JSON they keep is stale.
ALTER TABLE threads ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
