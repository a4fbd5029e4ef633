-- The shared case record: people and their consent, agencies involved,
-- needs, lifecycle history, triage entries and demand on services.

ALTER TABLE cases ADD COLUMN neighbourhood TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN triage_category TEXT
  CHECK (triage_category IS NULL OR triage_category IN ('self_help', 'early_help', 'complex', 'safeguarding', 'nfa'));
ALTER TABLE cases ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN aspirations TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN strengths TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN closure_reason TEXT
  CHECK (closure_reason IS NULL OR closure_reason IN ('outcomes_achieved', 'disengaged', 'moved_away', 'transferred', 'other'));
ALTER TABLE cases ADD COLUMN closure_note TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN closed_at TEXT;
ALTER TABLE cases ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0);
-- Non-engagement is a flag to act on, never a status and never a closure.
ALTER TABLE cases ADD COLUMN non_engagement INTEGER NOT NULL DEFAULT 0 CHECK (non_engagement IN (0, 1));
ALTER TABLE cases ADD COLUMN non_engagement_since TEXT;
ALTER TABLE cases ADD COLUMN bring_to_next_meeting INTEGER NOT NULL DEFAULT 0 CHECK (bring_to_next_meeting IN (0, 1));

-- Exactly one keyworker per open case: enforced here as well as in the service.
CREATE TRIGGER cases_open_needs_keyworker_insert BEFORE INSERT ON cases
WHEN NEW.status IN ('open', 'review') AND NEW.keyworker_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'An open case must have a keyworker');
END;
CREATE TRIGGER cases_open_needs_keyworker_update BEFORE UPDATE OF status, keyworker_id ON cases
WHEN NEW.status IN ('open', 'review') AND NEW.keyworker_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'An open case must have a keyworker');
END;

CREATE TABLE people (
  id               TEXT PRIMARY KEY,
  case_id          TEXT NOT NULL REFERENCES cases (id),
  role             TEXT NOT NULL,
  relationship     TEXT NOT NULL DEFAULT '',
  first_name       TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name        TEXT NOT NULL DEFAULT '',
  preferred_name   TEXT NOT NULL DEFAULT '',
  date_of_birth    TEXT,
  nhs_number       TEXT,
  police_reference TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  neighbourhood    TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX people_case ON people (case_id);
CREATE INDEX people_name ON people (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX people_dob ON people (date_of_birth);
-- One subject per case.
CREATE UNIQUE INDEX people_one_subject ON people (case_id) WHERE role = 'subject';

-- Consent to share, per person. Rows are never changed: the latest is current, the rest is history.
CREATE TABLE consent_records (
  id            TEXT PRIMARY KEY,
  person_id     TEXT NOT NULL REFERENCES people (id),
  status        TEXT NOT NULL CHECK (status IN ('not_asked', 'given', 'refused', 'withdrawn')),
  recorded_on   TEXT,
  scope         TEXT NOT NULL DEFAULT '',
  lawful_basis  TEXT NOT NULL,
  recorded_by   TEXT NOT NULL REFERENCES users (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX consent_person ON consent_records (person_id, created_at);
CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
BEGIN
  SELECT RAISE(ABORT, 'consent history is append-only');
END;
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
BEGIN
  SELECT RAISE(ABORT, 'consent history is append-only');
END;

CREATE TABLE case_agencies (
  id            TEXT PRIMARY KEY,
  case_id       TEXT NOT NULL REFERENCES cases (id),
  agency_id     TEXT NOT NULL REFERENCES agencies (id),
  contact_name  TEXT NOT NULL DEFAULT '',
  contact_details TEXT NOT NULL DEFAULT '',
  since         TEXT NOT NULL,
  ended_on      TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX case_agencies_case ON case_agencies (case_id);
CREATE UNIQUE INDEX case_agencies_one_active ON case_agencies (case_id, agency_id) WHERE ended_on IS NULL;

CREATE TABLE case_needs (
  case_id     TEXT NOT NULL REFERENCES cases (id),
  need        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (case_id, need)
);

-- Status, risk and keyworker changes: the case's own history, for the timeline.
CREATE TABLE case_changes (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES cases (id),
  at          TEXT NOT NULL,
  actor_id    TEXT REFERENCES users (id),
  kind        TEXT NOT NULL CHECK (kind IN ('status', 'risk', 'keyworker', 'non_engagement')),
  from_value  TEXT,
  to_value    TEXT,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX case_changes_case ON case_changes (case_id, at);

CREATE TABLE triage_entries (
  id                    TEXT PRIMARY KEY,
  case_id               TEXT NOT NULL REFERENCES cases (id),
  person_id             TEXT REFERENCES people (id),
  received_at           TEXT NOT NULL,
  source                TEXT NOT NULL,
  source_reference      TEXT NOT NULL DEFAULT '',
  summary               TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  risk_level            TEXT NOT NULL CHECK (risk_level IN ('high', 'medium', 'low')),
  risk_factors          TEXT NOT NULL DEFAULT '[]',
  decision_category     TEXT NOT NULL CHECK (decision_category IN ('self_help', 'early_help', 'complex', 'safeguarding', 'nfa')),
  meeting_reasons       TEXT NOT NULL DEFAULT '[]',
  decision_notes        TEXT NOT NULL DEFAULT '',
  decided_by            TEXT NOT NULL REFERENCES users (id),
  bring_to_next_meeting INTEGER NOT NULL DEFAULT 0 CHECK (bring_to_next_meeting IN (0, 1)),
  is_repeat             INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)),
  -- A re-triage is a new entry pointing at the one it replaces; the earlier assessment is kept.
  supersedes_id         TEXT REFERENCES triage_entries (id),
  created_by            TEXT NOT NULL REFERENCES users (id),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX triage_case ON triage_entries (case_id, received_at);
CREATE INDEX triage_received ON triage_entries (received_at);
CREATE UNIQUE INDEX triage_superseded_once ON triage_entries (supersedes_id) WHERE supersedes_id IS NOT NULL;

CREATE TABLE demand_events (
  id            TEXT PRIMARY KEY,
  case_id       TEXT NOT NULL REFERENCES cases (id),
  person_id     TEXT REFERENCES people (id),
  kind          TEXT NOT NULL,
  period_start  TEXT NOT NULL,
  period_end    TEXT NOT NULL,
  count         INTEGER NOT NULL CHECK (count >= 1),
  note          TEXT NOT NULL DEFAULT '',
  created_by    TEXT NOT NULL REFERENCES users (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (period_end >= period_start)
);
CREATE INDEX demand_case ON demand_events (case_id, period_start);
