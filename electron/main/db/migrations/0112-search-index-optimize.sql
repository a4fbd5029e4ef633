-- Migration 0110 indexed every existing row in one go, which leaves the
-- full-text index in many segments that each look-up must visit (twice as
-- slow at 50,000 cases). Merge them into one, once; FTS5's automerge keeps
-- the index compact as rows are added from here on.
INSERT INTO search_fts (search_fts) VALUES ('optimize');
