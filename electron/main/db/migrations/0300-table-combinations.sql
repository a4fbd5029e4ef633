-- The filter and sort combinations that were slow at 50,000 cases (issue 11),
-- and the Actions table's search in the full-text index.
--
-- Composite indexes, so the filter and the sort are one walk of one index
-- (and LIMIT stops it) instead of every matching row sorted:
-- Cases, status open, by risk (0.5 s).
CREATE INDEX case_summaries_by_status_risk ON case_summaries (status, risk_rank, reference_key);
-- Triage log, one risk level, by source: each source's entries in order
-- (repos/tablePages.ts walks the sources in their names' order; 0.85–2.4 s).
CREATE INDEX triage_by_risk_source_received ON triage_entries (risk_level, source, received_at, id);
-- Actions, one status, grouped by owner (5–12 s): the group, then due date.
CREATE INDEX actions_by_status_owner_due ON actions (status, owner_name COLLATE NOCASE, due_date, id);
-- Actions, one status, grouped by agency.
CREATE INDEX actions_by_status_agency_due ON actions (status, owner_agency_id, due_date, id);

-- Counts kept by triggers in the same statement as each write, so a total,
-- a group's count and where a window starts are read from a few rows
-- instead of counting hundreds of thousands of index entries (500,000
-- actions took 20–600 ms to count or skip). Each row counts the rows with one
-- combination of the values the tables filter and group on, and the month
-- they fall in: a window in the middle of a table starts at the first row of
-- its month (a range on the table's own index) instead of skipping every row
-- before it. repos/tablePages.ts reads them; a count of zero is deleted.
CREATE TABLE action_counts (
  status           TEXT NOT NULL,
  owner_name       TEXT NOT NULL,
  owner_agency_id  TEXT NOT NULL,
  -- YYYY-MM of the due date.
  due_month        TEXT NOT NULL,
  n                INTEGER NOT NULL,
  PRIMARY KEY (status, owner_name, owner_agency_id, due_month)
) WITHOUT ROWID;
CREATE TABLE triage_counts (
  risk_level         TEXT NOT NULL,
  decision_category  TEXT NOT NULL,
  source             TEXT NOT NULL,
  -- YYYY-MM of received_at.
  received_month     TEXT NOT NULL,
  n                  INTEGER NOT NULL,
  PRIMARY KEY (risk_level, decision_category, source, received_month)
) WITHOUT ROWID;

-- Actions searched by their description or owner (14.6 s: a LIKE over every
-- action). A trigram index as search_fts (migration 0110) is for people,
-- cases and contacts: any three characters or more, case- and
-- accent-insensitively. A case reference or name finds the case's actions
-- through search_fts and the actions' case index.
--
-- action_documents gives each action a stable integer id (the FTS rowid; an
-- INTEGER PRIMARY KEY survives VACUUM) and keeps its case and what it is
-- counted under: erasure lifts the triggers on actions for its transaction,
-- so the case's own delete trigger takes what its actions left in the index
-- and the counts. The FTS table is contentless: no second copy of the text.
CREATE TABLE action_documents (
  id               INTEGER PRIMARY KEY,
  action_id        TEXT NOT NULL UNIQUE,
  case_id          TEXT NOT NULL,
  status           TEXT NOT NULL,
  owner_name       TEXT NOT NULL,
  owner_agency_id  TEXT NOT NULL,
  due_month        TEXT NOT NULL
);
CREATE INDEX action_documents_case ON action_documents (case_id);
CREATE VIRTUAL TABLE action_fts USING fts5(
  description, owner_name,
  content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER action_index_insert AFTER INSERT ON actions BEGIN
  INSERT INTO action_documents (action_id, case_id, status, owner_name, owner_agency_id, due_month)
  VALUES (new.id, new.case_id, new.status, new.owner_name, new.owner_agency_id, substr(new.due_date, 1, 7));
  INSERT INTO action_fts (rowid, description, owner_name)
  VALUES ((SELECT id FROM action_documents WHERE action_id = new.id), new.description, new.owner_name);
  INSERT INTO action_counts (status, owner_name, owner_agency_id, due_month, n)
  VALUES (new.status, new.owner_name, new.owner_agency_id, substr(new.due_date, 1, 7), 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER action_index_text AFTER UPDATE OF description, owner_name ON actions BEGIN
  DELETE FROM action_fts WHERE rowid = (SELECT id FROM action_documents WHERE action_id = old.id);
  INSERT INTO action_fts (rowid, description, owner_name)
  VALUES ((SELECT id FROM action_documents WHERE action_id = new.id), new.description, new.owner_name);
END;
CREATE TRIGGER action_index_counted AFTER UPDATE OF case_id, status, owner_name, owner_agency_id, due_date ON actions BEGIN
  UPDATE action_counts SET n = n - 1
  WHERE status = old.status AND owner_name = old.owner_name AND owner_agency_id = old.owner_agency_id AND due_month = substr(old.due_date, 1, 7);
  DELETE FROM action_counts
  WHERE status = old.status AND owner_name = old.owner_name AND owner_agency_id = old.owner_agency_id AND due_month = substr(old.due_date, 1, 7) AND n <= 0;
  INSERT INTO action_counts (status, owner_name, owner_agency_id, due_month, n)
  VALUES (new.status, new.owner_name, new.owner_agency_id, substr(new.due_date, 1, 7), 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  UPDATE action_documents
  SET case_id = new.case_id, status = new.status, owner_name = new.owner_name, owner_agency_id = new.owner_agency_id, due_month = substr(new.due_date, 1, 7)
  WHERE action_id = old.id;
END;
CREATE TRIGGER action_index_delete AFTER DELETE ON actions BEGIN
  DELETE FROM action_fts WHERE rowid = (SELECT id FROM action_documents WHERE action_id = old.id);
  DELETE FROM action_documents WHERE action_id = old.id;
  UPDATE action_counts SET n = n - 1
  WHERE status = old.status AND owner_name = old.owner_name AND owner_agency_id = old.owner_agency_id AND due_month = substr(old.due_date, 1, 7);
  DELETE FROM action_counts
  WHERE status = old.status AND owner_name = old.owner_name AND owner_agency_id = old.owner_agency_id AND due_month = substr(old.due_date, 1, 7) AND n <= 0;
END;
-- A case goes only after its actions: what they left (their triggers lifted by erasure) goes with it.
CREATE TRIGGER action_index_case_delete AFTER DELETE ON cases BEGIN
  DELETE FROM action_fts WHERE rowid IN (SELECT id FROM action_documents WHERE case_id = old.id);
  UPDATE action_counts SET n = n - (
    SELECT count(*) FROM action_documents d
    WHERE d.case_id = old.id AND d.status = action_counts.status AND d.owner_name = action_counts.owner_name
      AND d.owner_agency_id = action_counts.owner_agency_id AND d.due_month = action_counts.due_month)
  WHERE (status, owner_name, owner_agency_id, due_month) IN (
    SELECT status, owner_name, owner_agency_id, due_month FROM action_documents WHERE case_id = old.id);
  DELETE FROM action_counts WHERE n <= 0;
  DELETE FROM action_documents WHERE case_id = old.id;
END;

CREATE TRIGGER triage_counts_insert AFTER INSERT ON triage_entries BEGIN
  INSERT INTO triage_counts (risk_level, decision_category, source, received_month, n)
  VALUES (new.risk_level, new.decision_category, new.source, substr(new.received_at, 1, 7), 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER triage_counts_update AFTER UPDATE OF risk_level, decision_category, source, received_at ON triage_entries BEGIN
  UPDATE triage_counts SET n = n - 1
  WHERE risk_level = old.risk_level AND decision_category = old.decision_category AND source = old.source AND received_month = substr(old.received_at, 1, 7);
  DELETE FROM triage_counts
  WHERE risk_level = old.risk_level AND decision_category = old.decision_category AND source = old.source AND received_month = substr(old.received_at, 1, 7) AND n <= 0;
  INSERT INTO triage_counts (risk_level, decision_category, source, received_month, n)
  VALUES (new.risk_level, new.decision_category, new.source, substr(new.received_at, 1, 7), 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER triage_counts_delete AFTER DELETE ON triage_entries BEGIN
  UPDATE triage_counts SET n = n - 1
  WHERE risk_level = old.risk_level AND decision_category = old.decision_category AND source = old.source AND received_month = substr(old.received_at, 1, 7);
  DELETE FROM triage_counts
  WHERE risk_level = old.risk_level AND decision_category = old.decision_category AND source = old.source AND received_month = substr(old.received_at, 1, 7) AND n <= 0;
END;

-- The rows already there; then the index merged into one segment.
INSERT INTO action_documents (action_id, case_id, status, owner_name, owner_agency_id, due_month)
  SELECT id, case_id, status, owner_name, owner_agency_id, substr(due_date, 1, 7) FROM actions ORDER BY rowid;
INSERT INTO action_fts (rowid, description, owner_name)
  SELECT d.id, a.description, a.owner_name FROM action_documents d JOIN actions a ON a.id = d.action_id;
INSERT INTO action_fts (action_fts) VALUES ('optimize');
INSERT INTO action_counts (status, owner_name, owner_agency_id, due_month, n)
  SELECT status, owner_name, owner_agency_id, substr(due_date, 1, 7), count(*) FROM actions GROUP BY 1, 2, 3, 4;
INSERT INTO triage_counts (risk_level, decision_category, source, received_month, n)
  SELECT risk_level, decision_category, source, substr(received_at, 1, 7), count(*) FROM triage_entries GROUP BY 1, 2, 3, 4;
