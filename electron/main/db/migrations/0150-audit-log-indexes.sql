-- The audit screen filters the log by user, action and date and pages it
-- newest first; the log grows with every view, so these are indexed. Each
-- index ends in the rowid (id), so "newest first" needs no sort.
CREATE INDEX audit_log_by_actor ON audit_log (actor_id);
CREATE INDEX audit_log_by_action ON audit_log (action);
CREATE INDEX audit_log_by_at ON audit_log (at);
CREATE INDEX audit_log_by_entity ON audit_log (entity_id);
