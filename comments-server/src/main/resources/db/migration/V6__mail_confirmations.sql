-- Addresses whose owners confirmed they want reply emails (double opt-in), so that nobody can sign up
-- somebody else's address. email is lower-cased; asked_at is when the last confirmation request went
-- out (at most one a day), confirmed_at null until its link is used.
CREATE TABLE mail_addresses (
    email         TEXT   PRIMARY KEY,
    asked_at      BIGINT NOT NULL,
    confirmed_at  BIGINT
);
