-- Cases, and the per-year counter behind their gap-free references.
CREATE TABLE case_reference_counters (
  year         INTEGER PRIMARY KEY,
  last_number  INTEGER NOT NULL CHECK (last_number > 0)
);

CREATE TABLE cases (
  id                TEXT PRIMARY KEY,
  reference         TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL CHECK (kind IN ('individual', 'family')),
  title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
  status            TEXT NOT NULL CHECK (status IN ('referred', 'triage', 'open', 'review', 'closed')),
  keyworker_id      TEXT REFERENCES users (id),
  lead_agency_id    TEXT NOT NULL REFERENCES agencies (id),
  risk_level        TEXT NOT NULL CHECK (risk_level IN ('high', 'medium', 'low')),
  next_review_date  TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_keyworker ON cases (keyworker_id);
