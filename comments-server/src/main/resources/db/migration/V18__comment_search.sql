-- The comment search's index (docs/search.md): each comment's words as the site search keys them
-- (folded, stemmed for the site's language, CJK as bigrams). The server writes it (search/internal/
-- CommentIndexer.java) rather than SQLite FTS5 or PostgreSQL's tsvector, so that both databases find
-- the same comments, with the site search's stemmers and typo tolerance. It catches up before a search.
-- Derived data: exports leave it out, and it is made again at the first search after an import.

-- What each comment's terms were made from: the analyzer (version and language) and a stamp of the
-- comment (its last edit and its text's length), so an edit or another language is indexed again.
CREATE TABLE comment_search_docs (
    comment_id  BIGINT PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    analyzer    TEXT   NOT NULL,
    stamp       TEXT   NOT NULL
);

-- The keys of a comment's author name and text.
CREATE TABLE comment_terms (
    term        TEXT   NOT NULL,
    comment_id  BIGINT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    PRIMARY KEY (term, comment_id)
);
CREATE INDEX comment_terms_by_comment ON comment_terms (comment_id);

-- Every word met in a comment (variant = word) and its one-letter deletions (the SymSpell method: two
-- words one letter apart share a deletion), with the key it is indexed under. Completions read the
-- words, typo tolerance the deletions. A word goes when no comment has its key any more.
CREATE TABLE comment_words (
    variant     TEXT   NOT NULL,
    word        TEXT   NOT NULL,
    term        TEXT   NOT NULL,
    PRIMARY KEY (variant, word)
);
