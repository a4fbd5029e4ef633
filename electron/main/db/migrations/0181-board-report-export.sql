-- The board report and the CSV of its tables (issue 14) leave Roundtable, so the
-- export register must accept them. SQLite cannot widen a CHECK in place: the
-- register is rebuilt with every row kept, then its index and append-only
-- triggers are put back. (DROP TABLE fires no DELETE trigger.)
CREATE TABLE export_register_new (
  id            TEXT PRIMARY KEY,
  at            TEXT NOT NULL,
  actor_id      TEXT NOT NULL REFERENCES users (id),
  document      TEXT NOT NULL CHECK (document IN ('minutes', 'case_plan', 'action_tracker', 'csv_cases', 'csv_triage', 'csv_actions', 'board_report', 'csv_report')),
  entity_id     TEXT,
  title         TEXT NOT NULL,
  version       TEXT NOT NULL DEFAULT '',
  variant       TEXT NOT NULL CHECK (variant IN ('full', 'redacted')),
  profile       TEXT,
  recipients    TEXT NOT NULL DEFAULT '',
  file_name     TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
INSERT INTO export_register_new (id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at)
  SELECT id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at FROM export_register;
DROP TABLE export_register;
ALTER TABLE export_register_new RENAME TO export_register;
CREATE INDEX export_register_at ON export_register (at);
CREATE TRIGGER export_register_no_update BEFORE UPDATE ON export_register
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;
CREATE TRIGGER export_register_no_delete BEFORE DELETE ON export_register
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;
-- Main's 0120 guards the register against INSERT OR REPLACE; the rebuild drops
-- that trigger with the old table, so it is put back here too.
CREATE TRIGGER export_register_no_replace BEFORE INSERT ON export_register
WHEN EXISTS (SELECT 1 FROM export_register WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;
