-- Full-text search that never misses a match (issue 11). One trigram index
-- (SQLite FTS5) over what global search and "is this person already known?"
-- look through: people's names and police references; case references and
-- titles; triage contacts' source references and summaries. Triggers keep it
-- in step with every write; the rows already there are indexed below. An NHS
-- number is only ever looked up whole (its check digit makes a fragment
-- meaningless), so it has a plain index instead.
--
-- search_documents gives each indexed row a stable integer id (the FTS rowid;
-- an INTEGER PRIMARY KEY survives VACUUM, which implicit rowids do not). The
-- FTS table is contentless: it stores no second copy of the text.
CREATE TABLE search_documents (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('person', 'case', 'triage')),
  entity_id  TEXT NOT NULL
);
CREATE UNIQUE INDEX search_documents_entity ON search_documents (kind, entity_id);
CREATE INDEX people_nhs_number ON people (nhs_number) WHERE nhs_number IS NOT NULL;

-- trigram: any substring of three or more characters matches, case- and
-- accent-insensitively. A person's name is indexed as " first last " with the
-- punctuation normaliseName drops (apostrophes, hyphens, full stops) removed,
-- so " jo " finds the whole word Jo and "obrien" finds O'Brien.
CREATE VIRTUAL TABLE search_fts USING fts5(
  name, police_reference, reference, title, source_reference, summary,
  content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
  INSERT INTO search_documents (kind, entity_id) VALUES ('person', new.id);
  INSERT INTO search_fts (rowid, name, police_reference)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'person' AND entity_id = new.id),
          ' ' || replace(replace(replace(replace(replace(new.first_name || ' ' || new.last_name, '''', ''), '’', ''), '-', ''), '.', ''), ',', '') || ' ',
          new.police_reference);
END;
CREATE TRIGGER search_people_update AFTER UPDATE OF first_name, last_name, police_reference ON people BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'person' AND entity_id = old.id);
  INSERT INTO search_fts (rowid, name, police_reference)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'person' AND entity_id = new.id),
          ' ' || replace(replace(replace(replace(replace(new.first_name || ' ' || new.last_name, '''', ''), '’', ''), '-', ''), '.', ''), ',', '') || ' ',
          new.police_reference);
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'person' AND entity_id = old.id);
  DELETE FROM search_documents WHERE kind = 'person' AND entity_id = old.id;
END;

CREATE TRIGGER search_cases_insert AFTER INSERT ON cases BEGIN
  INSERT INTO search_documents (kind, entity_id) VALUES ('case', new.id);
  INSERT INTO search_fts (rowid, reference, title)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'case' AND entity_id = new.id), new.reference, new.title);
END;
CREATE TRIGGER search_cases_update AFTER UPDATE OF reference, title ON cases BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'case' AND entity_id = old.id);
  INSERT INTO search_fts (rowid, reference, title)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'case' AND entity_id = new.id), new.reference, new.title);
END;
CREATE TRIGGER search_cases_delete AFTER DELETE ON cases BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'case' AND entity_id = old.id);
  DELETE FROM search_documents WHERE kind = 'case' AND entity_id = old.id;
END;

CREATE TRIGGER search_triage_insert AFTER INSERT ON triage_entries BEGIN
  INSERT INTO search_documents (kind, entity_id) VALUES ('triage', new.id);
  INSERT INTO search_fts (rowid, source_reference, summary)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'triage' AND entity_id = new.id), new.source_reference, new.summary);
END;
CREATE TRIGGER search_triage_update AFTER UPDATE OF source_reference, summary ON triage_entries BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'triage' AND entity_id = old.id);
  INSERT INTO search_fts (rowid, source_reference, summary)
  VALUES ((SELECT id FROM search_documents WHERE kind = 'triage' AND entity_id = new.id), new.source_reference, new.summary);
END;
CREATE TRIGGER search_triage_delete AFTER DELETE ON triage_entries BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_documents WHERE kind = 'triage' AND entity_id = old.id);
  DELETE FROM search_documents WHERE kind = 'triage' AND entity_id = old.id;
END;

-- The rows already there.
INSERT INTO search_documents (kind, entity_id) SELECT 'person', id FROM people;
INSERT INTO search_documents (kind, entity_id) SELECT 'case', id FROM cases;
INSERT INTO search_documents (kind, entity_id) SELECT 'triage', id FROM triage_entries;
INSERT INTO search_fts (rowid, name, police_reference)
  SELECT d.id, ' ' || replace(replace(replace(replace(replace(p.first_name || ' ' || p.last_name, '''', ''), '’', ''), '-', ''), '.', ''), ',', '') || ' ',
         p.police_reference
  FROM search_documents d JOIN people p ON p.id = d.entity_id WHERE d.kind = 'person';
INSERT INTO search_fts (rowid, reference, title)
  SELECT d.id, c.reference, c.title FROM search_documents d JOIN cases c ON c.id = d.entity_id WHERE d.kind = 'case';
INSERT INTO search_fts (rowid, source_reference, summary)
  SELECT d.id, t.source_reference, t.summary FROM search_documents d JOIN triage_entries t ON t.id = d.entity_id WHERE d.kind = 'triage';
