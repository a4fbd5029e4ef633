-- Terms a sender added at review to a case's known names (issue 10): a school,
-- a nickname, a street the record does not hold. Every later redacted copy
-- naming the case takes them out. They are personal data of the case, so they
-- go with it when it is erased (ON DELETE CASCADE).
CREATE TABLE case_redaction_terms (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  term       TEXT NOT NULL CHECK (length(trim(term)) BETWEEN 2 AND 100),
  added_by   TEXT NOT NULL REFERENCES users (id),
  added_at   TEXT NOT NULL,
  UNIQUE (case_id, term COLLATE NOCASE)
);
CREATE INDEX case_redaction_terms_case ON case_redaction_terms (case_id);
