-- Every document that leaves Roundtable is recorded (information governance),
-- and each case has a multi-agency plan whose parts the case screen edits.

CREATE TABLE export_register (
  id            TEXT PRIMARY KEY,
  at            TEXT NOT NULL,
  actor_id      TEXT NOT NULL REFERENCES users (id),
  document      TEXT NOT NULL CHECK (document IN ('minutes', 'case_plan', 'action_tracker', 'csv_cases', 'csv_triage', 'csv_actions')),
  entity_id     TEXT,
  title         TEXT NOT NULL,
  version       TEXT NOT NULL DEFAULT '',
  variant       TEXT NOT NULL CHECK (variant IN ('full', 'redacted')),
  -- For a redacted copy: the recipient agency and the categories it receives (JSON).
  profile       TEXT,
  recipients    TEXT NOT NULL DEFAULT '',
  file_name     TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX export_register_at ON export_register (at);
CREATE TRIGGER export_register_no_update BEFORE UPDATE ON export_register
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;
CREATE TRIGGER export_register_no_delete BEFORE DELETE ON export_register
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;

CREATE TABLE case_plans (
  case_id             TEXT PRIMARY KEY REFERENCES cases (id),
  person_views        TEXT NOT NULL DEFAULT '',
  -- JSON arrays, each item a small object (see shared/domain/casePlan.ts).
  dissenting_views    TEXT NOT NULL DEFAULT '[]',
  outcomes            TEXT NOT NULL DEFAULT '[]',
  contingency         TEXT NOT NULL DEFAULT '[]',
  contingency_contacts TEXT NOT NULL DEFAULT '[]',
  step_down_criteria  TEXT NOT NULL DEFAULT '[]',
  distribution        TEXT NOT NULL DEFAULT '[]',
  sign_off            TEXT NOT NULL DEFAULT '[]',
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
