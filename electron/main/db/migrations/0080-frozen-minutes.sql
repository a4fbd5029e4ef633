-- Approved minutes are frozen as a whole: at approval the content the
-- preview and the Word export show is stored here, so later changes to the
-- case (title, people, consent), to its actions or to other meetings can
-- never change what was approved. Corrections stay linked amendments.
CREATE TABLE minutes_snapshots (
  meeting_id            TEXT PRIMARY KEY REFERENCES meetings (id),
  -- The meeting as the minutes preview shows it (MeetingDetail, JSON).
  detail                TEXT NOT NULL,
  -- The Word minutes data (MinutesDocData, JSON): the copy for members, and
  -- the one with every name that the redaction rules work from.
  minutes_full          TEXT NOT NULL,
  minutes_for_redaction TEXT NOT NULL,
  created_at            TEXT NOT NULL
);

CREATE TRIGGER minutes_snapshots_only_when_approved BEFORE INSERT ON minutes_snapshots
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Minutes are frozen only when they are approved');
END;
CREATE TRIGGER minutes_snapshots_no_update BEFORE UPDATE ON minutes_snapshots
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER minutes_snapshots_no_delete BEFORE DELETE ON minutes_snapshots
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;

-- Holes left by 0040: who attended an approved meeting cannot be deleted,
-- and nothing can be added to (or moved into) an approved meeting.
CREATE TRIGGER attendees_approved_no_delete BEFORE DELETE ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER attendees_approved_no_move_in BEFORE UPDATE OF meeting_id ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER agenda_items_approved_no_move_in BEFORE UPDATE OF meeting_id ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER actions_approved_no_insert BEFORE INSERT ON actions
WHEN (SELECT status FROM meetings WHERE id = NEW.raised_at_meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER actions_approved_no_move_in BEFORE UPDATE OF raised_at_meeting_id ON actions
WHEN (SELECT status FROM meetings WHERE id = NEW.raised_at_meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER action_updates_approved_no_move_in BEFORE UPDATE OF meeting_id ON action_updates
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
-- An amendment corrects approved minutes; a draft is edited directly.
CREATE TRIGGER minutes_amendments_only_when_approved BEFORE INSERT ON minutes_amendments
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Draft minutes can still be edited; amendments are for approved minutes');
END;

-- The confidentiality statement is agreed by each person in the room before
-- run mode starts, or explicitly skipped for them (joined late, left early).
ALTER TABLE meeting_attendees ADD COLUMN confidentiality_skipped INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality_skipped IN (0, 1));
