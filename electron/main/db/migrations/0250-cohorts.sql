-- Named cohorts ("OTR weekend"): a set of cases a team reports on together,
-- whenever they opened. A cohort is never deleted, only retired (hidden from
-- the choices, its members kept). Membership goes with the case: erasing a
-- case removes it from every cohort (ON DELETE CASCADE), so nothing names it.
CREATE TABLE cohorts (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_by  TEXT NOT NULL REFERENCES users (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX cohorts_name ON cohorts (lower(name));

CREATE TABLE cohort_cases (
  cohort_id  TEXT NOT NULL REFERENCES cohorts (id),
  case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  added_by   TEXT NOT NULL REFERENCES users (id),
  added_at   TEXT NOT NULL,
  PRIMARY KEY (cohort_id, case_id)
) WITHOUT ROWID;
CREATE INDEX cohort_cases_case ON cohort_cases (case_id);
