-- Two indexes the lists were missing at scale (issue 11).
-- The meeting that follows another (the meetings list's "next meeting" and
-- followingMeeting): without it each meeting scanned every meeting, so the
-- list was quadratic. date, time give its ORDER BY.
CREATE INDEX meetings_previous ON meetings (previous_meeting_id, date, time) WHERE previous_meeting_id IS NOT NULL;
-- How many meetings an action was carried open at (the actions list counts
-- it per row): the index on (action_id, created_at) did not cover outcome,
-- so every update row was read from the table.
CREATE INDEX action_updates_outcome ON action_updates (action_id, outcome);
