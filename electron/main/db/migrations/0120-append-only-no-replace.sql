-- INSERT OR REPLACE, REPLACE and UPSERT rewrite a row without a plain UPDATE
-- or DELETE, so the append-only triggers of 0010-0080 never saw them (the
-- implicit delete of REPLACE fires delete triggers only when a connection
-- turns recursive_triggers on). These refuse, in the database itself and on
-- any connection, an insert that names a row that is already there: every
-- form of rewrite starts as an insert of an existing key.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER consent_records_no_replace BEFORE INSERT ON consent_records
WHEN EXISTS (SELECT 1 FROM consent_records WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'consent history is append-only');
END;
CREATE TRIGGER export_register_no_replace BEFORE INSERT ON export_register
WHEN EXISTS (SELECT 1 FROM export_register WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'the export register is append-only');
END;
CREATE TRIGGER minutes_snapshots_no_replace BEFORE INSERT ON minutes_snapshots
WHEN EXISTS (SELECT 1 FROM minutes_snapshots WHERE meeting_id = NEW.meeting_id)
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER minutes_amendments_no_replace BEFORE INSERT ON minutes_amendments
WHEN EXISTS (SELECT 1 FROM minutes_amendments WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'Amendments cannot be changed; add another');
END;

-- Approved meetings and what they minuted: the existing row decides, so a
-- rewrite that would also move the row into a draft meeting is refused too.
CREATE TRIGGER meetings_approved_no_replace BEFORE INSERT ON meetings
WHEN (SELECT status FROM meetings WHERE id = NEW.id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER attendees_approved_no_replace BEFORE INSERT ON meeting_attendees
WHEN (SELECT m.status FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER agenda_items_approved_no_replace BEFORE INSERT ON agenda_items
WHEN (SELECT m.status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = NEW.id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER actions_minuted_no_replace BEFORE INSERT ON actions
WHEN (SELECT m.status FROM actions a JOIN meetings m ON m.id = a.raised_at_meeting_id WHERE a.id = NEW.id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER action_updates_approved_no_replace BEFORE INSERT ON action_updates
WHEN (SELECT m.status FROM action_updates u JOIN meetings m ON m.id = u.meeting_id WHERE u.id = NEW.id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
