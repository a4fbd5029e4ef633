-- Weekly case meetings: attendance, the agenda and what was recorded for
-- each case, actions that carry forward, and approved minutes that never change.

CREATE TABLE meetings (
  id                   TEXT PRIMARY KEY,
  kind                 TEXT NOT NULL CHECK (kind IN ('weekly', 'case_review', 'hub')),
  date                 TEXT NOT NULL,
  time                 TEXT NOT NULL,
  location             TEXT NOT NULL DEFAULT '',
  chair_id             TEXT NOT NULL REFERENCES users (id),
  status               TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'minutes_draft', 'approved')),
  previous_meeting_id  TEXT REFERENCES meetings (id),
  -- Run mode reopens here after the app was closed mid-meeting.
  current_item_id      TEXT,
  confidentiality_statement TEXT NOT NULL DEFAULT '',
  next_meeting_date    TEXT,
  minutes_version      INTEGER NOT NULL DEFAULT 1,
  approved_by          TEXT REFERENCES users (id),
  approved_at          TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_attendees (
  id                     TEXT PRIMARY KEY,
  meeting_id             TEXT NOT NULL REFERENCES meetings (id),
  user_id                TEXT REFERENCES users (id),
  guest_name             TEXT NOT NULL DEFAULT '',
  agency_id              TEXT NOT NULL REFERENCES agencies (id),
  role                   TEXT NOT NULL DEFAULT '',
  attendance             TEXT NOT NULL CHECK (attendance IN ('expected', 'present', 'observer', 'apologies')),
  information_sent       INTEGER NOT NULL DEFAULT 0 CHECK (information_sent IN (0, 1)),
  agreed_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (agreed_confidentiality IN (0, 1)),
  agreed_at              TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  CHECK (user_id IS NOT NULL OR length(trim(guest_name)) > 0)
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id);
CREATE UNIQUE INDEX meeting_attendees_user_once ON meeting_attendees (meeting_id, user_id) WHERE user_id IS NOT NULL;

CREATE TABLE agenda_items (
  id                  TEXT PRIMARY KEY,
  meeting_id          TEXT NOT NULL REFERENCES meetings (id),
  case_id             TEXT NOT NULL REFERENCES cases (id),
  position            INTEGER NOT NULL,
  reasons             TEXT NOT NULL DEFAULT '[]',
  removed             INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  removed_reason      TEXT NOT NULL DEFAULT '',
  done                INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  discussion          TEXT NOT NULL DEFAULT '',
  decisions           TEXT NOT NULL DEFAULT '',
  risk_before         TEXT NOT NULL CHECK (risk_before IN ('high', 'medium', 'low')),
  risk_after          TEXT CHECK (risk_after IS NULL OR risk_after IN ('high', 'medium', 'low')),
  direction           TEXT CHECK (direction IS NULL OR direction IN ('improving', 'no_change', 'worsening')),
  direction_reason    TEXT NOT NULL DEFAULT '',
  next_review_date    TEXT,
  agencies_shared     TEXT NOT NULL DEFAULT '[]',
  share_without_consent_rationale TEXT NOT NULL DEFAULT '',
  share_without_consent_by        TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX agenda_items_case_once ON agenda_items (meeting_id, case_id);
CREATE INDEX agenda_items_case ON agenda_items (case_id);

CREATE TABLE actions (
  id                    TEXT PRIMARY KEY,
  case_id               TEXT NOT NULL REFERENCES cases (id),
  raised_at_meeting_id  TEXT REFERENCES meetings (id),
  description           TEXT NOT NULL CHECK (length(trim(description)) > 0),
  owner_name            TEXT NOT NULL CHECK (length(trim(owner_name)) > 0),
  owner_user_id         TEXT REFERENCES users (id),
  owner_agency_id       TEXT NOT NULL REFERENCES agencies (id),
  due_date              TEXT NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
  completed_on          TEXT,
  status_note           TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX actions_case ON actions (case_id, status);
CREATE INDEX actions_status_due ON actions (status, due_date);

-- What happened to each carried action at each meeting: the carry-forward history.
CREATE TABLE action_updates (
  id                     TEXT PRIMARY KEY,
  action_id              TEXT NOT NULL REFERENCES actions (id),
  meeting_id             TEXT REFERENCES meetings (id),
  outcome                TEXT NOT NULL CHECK (outcome IN ('done', 'open', 'dropped')),
  non_completion_reason  TEXT CHECK (non_completion_reason IS NULL OR non_completion_reason IN ('not_possible', 'not_undertaken')),
  note                   TEXT NOT NULL DEFAULT '',
  recorded_by            TEXT NOT NULL REFERENCES users (id),
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates (action_id, created_at);
CREATE UNIQUE INDEX action_updates_once_per_meeting ON action_updates (action_id, meeting_id) WHERE meeting_id IS NOT NULL;

CREATE TABLE minutes_amendments (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id),
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
  added_by    TEXT NOT NULL REFERENCES users (id),
  added_at    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX minutes_amendments_meeting ON minutes_amendments (meeting_id);

-- Approved minutes are immutable: a correction is a linked amendment.
CREATE TRIGGER meetings_approved_immutable BEFORE UPDATE ON meetings
WHEN OLD.status = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER meetings_approved_no_delete BEFORE DELETE ON meetings
WHEN OLD.status = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER agenda_items_approved_immutable BEFORE UPDATE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER agenda_items_approved_no_insert BEFORE INSERT ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER agenda_items_approved_no_delete BEFORE DELETE ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER attendees_approved_immutable BEFORE UPDATE ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER attendees_approved_no_change BEFORE INSERT ON meeting_attendees
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER action_updates_approved_immutable BEFORE UPDATE ON action_updates
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER action_updates_approved_no_insert BEFORE INSERT ON action_updates
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
-- What an action said when its meeting approved it stays as minuted; only its progress moves on.
CREATE TRIGGER actions_minuted_wording_immutable BEFORE UPDATE OF description, owner_name, owner_agency_id, due_date, case_id, raised_at_meeting_id ON actions
WHEN (SELECT status FROM meetings WHERE id = OLD.raised_at_meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER action_updates_approved_no_delete BEFORE DELETE ON action_updates
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER actions_minuted_no_delete BEFORE DELETE ON actions
WHEN (SELECT status FROM meetings WHERE id = OLD.raised_at_meeting_id) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'Approved minutes cannot be changed; add an amendment');
END;
CREATE TRIGGER minutes_amendments_no_update BEFORE UPDATE ON minutes_amendments
BEGIN
  SELECT RAISE(ABORT, 'Amendments cannot be changed; add another');
END;
CREATE TRIGGER minutes_amendments_no_delete BEFORE DELETE ON minutes_amendments
BEGIN
  SELECT RAISE(ABORT, 'Amendments cannot be changed; add another');
END;
