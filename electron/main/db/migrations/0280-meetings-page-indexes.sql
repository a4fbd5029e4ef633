-- The Meetings list a page at a time (issue 11, meetings:page). Newest
-- first is an ORDER BY date, time, id: meetings_date (date) alone left a
-- temporary sort of every meeting for the time. The kind and status
-- filters keep that order within themselves.
CREATE INDEX meetings_by_date_time ON meetings (date, time, id);
CREATE INDEX meetings_by_kind_date ON meetings (kind, date, time, id);
CREATE INDEX meetings_by_status_date ON meetings (status, date, time, id);
-- Each listed meeting's number of cases (items not removed): counted from
-- the index alone, never the agenda rows themselves.
CREATE INDEX agenda_items_by_meeting_removed ON agenda_items (meeting_id, removed);
