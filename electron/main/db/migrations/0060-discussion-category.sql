-- A case discussion can be marked as carrying a sensitive category, so a
-- redacted copy for an agency that may not receive it leaves it out.
ALTER TABLE agenda_items ADD COLUMN discussion_category TEXT
  CHECK (discussion_category IS NULL OR discussion_category IN ('health', 'police_intelligence', 'third_party'));
