-- Redaction per recipient agency: which sensitive categories (health, police
-- intelligence, third-party information) each agency may receive in a
-- redacted copy. JSON array; none by default, the safest start.
ALTER TABLE agencies ADD COLUMN receives TEXT NOT NULL DEFAULT '[]';
