-- Page reactions ("likes" of a whole page): one per visitor of a day, the visitor a salted hash.
CREATE TABLE page_reactions (
    site        TEXT   NOT NULL,
    page        TEXT   NOT NULL,
    voter       TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (site, page, voter)
);
