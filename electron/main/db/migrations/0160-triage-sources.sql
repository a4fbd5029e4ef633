-- Where contacts come from becomes a list an administrator keeps in Settings
-- (add, rename, retire), instead of a fixed list in the code. Entries keep
-- the source's key, so a rename shows on old entries too; a source is never
-- deleted (only retired: hidden from the form, kept on the entries that use it).
-- "police" keeps its key: police contacts count towards escalation.
CREATE TABLE triage_sources (
  key         TEXT PRIMARY KEY,
  label       TEXT NOT NULL,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order  INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX triage_sources_label ON triage_sources (lower(label));

INSERT INTO triage_sources (key, label, active, sort_order, created_at, updated_at) VALUES
  ('police', 'Police incident', 1, 10, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('ambulance', 'Ambulance', 1, 20, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('ae', 'A&E', 1, 30, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('gp', 'GP', 1, 40, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('housing', 'Housing', 1, 50, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('fire', 'Fire and rescue', 1, 60, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('probation', 'Probation', 1, 70, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('dwp', 'DWP (benefits)', 1, 80, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('self', 'Self-referral', 1, 90, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('family', 'Family or friend', 1, 100, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('other_agency', 'Other agency', 1, 110, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('other', 'Other', 1, 120, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Any source an older database holds that is not listed above stays readable, retired.
INSERT INTO triage_sources (key, label, active, sort_order, created_at, updated_at)
SELECT DISTINCT t.source, t.source, 0, 1000, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM triage_entries t WHERE t.source NOT IN (SELECT key FROM triage_sources);
