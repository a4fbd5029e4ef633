-- What a saved contact changed, kept for the short while its author may
-- undo it (shared/domain/record/triage: TRIAGE_UNDO_SECONDS). Undo reads
-- this record, not the audit log's detail or the note on a risk change.
-- Ids and codes only; rows past the window are pruned as contacts are saved.
CREATE TABLE triage_undo (
  triage_id        TEXT PRIMARY KEY REFERENCES triage_entries (id) ON DELETE CASCADE,
  -- 1: the contact opened its case (undo removes the case and gives its number back).
  opened_case      INTEGER NOT NULL CHECK (opened_case IN (0, 1)),
  -- The case's assessment before the contact, for a contact on a known case.
  risk_before      TEXT,
  category_before  TEXT,
  bring_before     INTEGER CHECK (bring_before IN (0, 1)),
  -- The risk change the contact recorded on the case, if any.
  risk_change_id   TEXT REFERENCES case_changes (id) ON DELETE SET NULL,
  created_at       TEXT NOT NULL,
  CHECK (opened_case = 1 OR bring_before IS NOT NULL)
);
CREATE INDEX triage_undo_created ON triage_undo (created_at);
