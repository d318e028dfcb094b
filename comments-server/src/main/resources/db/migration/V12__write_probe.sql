-- A scratch row /health writes and deletes after a write failed, to learn when writes work again
-- (a full disk freed, a connection back). It is empty between probes.
CREATE TABLE write_probe (
    id      INTEGER PRIMARY KEY,
    filler  TEXT NOT NULL
);
