import type { Db } from '../connection'

/**
 * Summary tables for the Cases, Triage log and Actions screens (issue 11),
 * so each is answered a page at a time from indexes instead of one
 * correlated subquery per column per row:
 *
 * - case_summaries: one row per case with what the tables show and filter
 *   on (current risk, status, keyworker and lead agency with their names,
 *   the subject's name and current consent, referrals, the agencies
 *   involved, the last direction of travel, the next review, open actions,
 *   the last contact, and a lower-cased search text of names and
 *   references).
 * - case_involved_agencies: the agencies involved in each case, one rule:
 *   the lead agency, those involved now, and those that shared information
 *   at a meeting.
 * - action_summaries: per action, how many meetings carried it still open
 *   and its latest recorded outcome.
 *
 * Triggers on every source table refresh the rows of the cases (or actions)
 * a write touches, inside the same statement, so the summaries can never be
 * out of step with a committed write. The rows already there are filled in
 * below. A typed step because the one refresh is written once here and
 * repeated into each trigger; the SQL it produces never changes.
 */

/** Everything refreshed for the cases whose ids `ids` (a SELECT) yields. */
function refreshCases(ids: string): string {
  return `
  DELETE FROM case_involved_agencies WHERE case_id IN (${ids});
  INSERT OR IGNORE INTO case_involved_agencies (case_id, agency_id)
    SELECT c.id, c.lead_agency_id FROM cases c WHERE c.id IN (${ids})
    UNION SELECT ca.case_id, ca.agency_id FROM case_agencies ca WHERE ca.case_id IN (${ids}) AND ca.ended_on IS NULL
    UNION SELECT ai.case_id, shared.value FROM agenda_items ai, json_each(ai.agencies_shared) shared
            JOIN agencies ag ON ag.id = shared.value WHERE ai.case_id IN (${ids});
  DELETE FROM case_summaries WHERE case_id IN (${ids});
  INSERT INTO case_summaries (case_id, reference, reference_key, kind, title, status, risk_level, risk_rank, triage_category,
      keyworker_id, keyworker_name, lead_agency_id, lead_agency_name, neighbourhood, next_review_date, non_engagement,
      subject_id, subject_name, subject_consent, consent_given, referral_count, agency_names, agency_count, last_direction,
      open_action_count, last_contact_at, created_at, updated_at, search_text)
  SELECT c.id, c.reference,
         CASE WHEN c.reference GLOB 'RT-[0-9][0-9][0-9][0-9]-[0-9]*' THEN substr(c.reference, 1, 8) || printf('%010d', CAST(substr(c.reference, 9) AS INTEGER)) ELSE c.reference END,
         c.kind, c.title, c.status, c.risk_level,
         CASE c.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
         c.triage_category, c.keyworker_id, kw.name, c.lead_agency_id, la.name, c.neighbourhood, c.next_review_date, c.non_engagement,
         s.id, CASE WHEN s.id IS NULL THEN NULL ELSE trim(s.first_name || ' ' || s.last_name) END,
         x.consent, coalesce(x.consent = 'given', 0),
         (SELECT count(*) FROM triage_entries t WHERE t.case_id = c.id AND t.supersedes_id IS NULL),
         x.agency_names,
         (SELECT count(*) FROM case_involved_agencies cia WHERE cia.case_id = c.id),
         (SELECT i.direction FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
           WHERE i.case_id = c.id AND i.direction IS NOT NULL AND i.removed = 0 ORDER BY m.date DESC, m.time DESC LIMIT 1),
         (SELECT count(*) FROM actions ac WHERE ac.case_id = c.id AND ac.status = 'open'),
         (SELECT max(t.received_at) FROM triage_entries t WHERE t.case_id = c.id),
         c.created_at, c.updated_at,
         lower(c.reference || ' ' || c.title || ' ' || coalesce(kw.name, '') || ' ' || la.name || ' ' || c.neighbourhood || ' '
           || coalesce(replace(x.agency_names, char(31), ' '), '') || ' '
           || coalesce((SELECT group_concat(p.first_name || ' ' || p.last_name || ' ' || p.preferred_name || ' ' || coalesce(p.nhs_number, '') || ' ' || p.police_reference, ' ')
                FROM people p WHERE p.case_id = c.id), '') || ' '
           || coalesce((SELECT group_concat(t.source_reference, ' ') FROM triage_entries t WHERE t.case_id = c.id AND t.source_reference <> ''), ''))
  FROM cases c
  JOIN agencies la ON la.id = c.lead_agency_id
  LEFT JOIN users kw ON kw.id = c.keyworker_id
  LEFT JOIN people s ON s.case_id = c.id AND s.role = 'subject'
  JOIN (SELECT c2.id AS case_id,
               (SELECT cr.status FROM consent_records cr JOIN people sp ON sp.id = cr.person_id
                 WHERE sp.case_id = c2.id AND sp.role = 'subject' ORDER BY cr.created_at DESC, cr.rowid DESC LIMIT 1) AS consent,
               (SELECT group_concat(name, char(31)) FROM (SELECT ag.name FROM case_involved_agencies cia JOIN agencies ag ON ag.id = cia.agency_id
                 WHERE cia.case_id = c2.id ORDER BY ag.name)) AS agency_names
        FROM cases c2 WHERE c2.id IN (${ids})) x ON x.case_id = c.id
  WHERE c.id IN (${ids});`
}

function refreshActions(ids: string): string {
  return `
  DELETE FROM action_summaries WHERE action_id IN (${ids});
  INSERT INTO action_summaries (action_id, case_id, meetings_carried, latest_outcome, latest_update_at)
  SELECT ac.id, ac.case_id,
         (SELECT count(*) FROM action_updates u WHERE u.action_id = ac.id AND u.outcome = 'open'),
         (SELECT u.outcome FROM action_updates u WHERE u.action_id = ac.id ORDER BY u.created_at DESC, u.rowid DESC LIMIT 1),
         (SELECT max(u.created_at) FROM action_updates u WHERE u.action_id = ac.id)
  FROM actions ac WHERE ac.id IN (${ids});`
}

const trigger = (name: string, event: string, body: string) => `CREATE TRIGGER ${name} ${event} BEGIN${body}\nEND;\n`

const schema = `
CREATE TABLE case_summaries (
  case_id            TEXT PRIMARY KEY,
  reference          TEXT NOT NULL,
  -- The number zero-padded: sorts RT-2026-10000 after RT-2026-9999 (ties, never expected, fall to case_id).
  reference_key      TEXT NOT NULL,
  kind               TEXT NOT NULL,
  title              TEXT NOT NULL,
  status             TEXT NOT NULL,
  risk_level         TEXT NOT NULL,
  -- 0 high, 1 medium, 2 low: the rank, not the word, orders risk.
  risk_rank          INTEGER NOT NULL,
  triage_category    TEXT,
  keyworker_id       TEXT,
  keyworker_name     TEXT,
  lead_agency_id     TEXT NOT NULL,
  lead_agency_name   TEXT NOT NULL,
  neighbourhood      TEXT NOT NULL,
  next_review_date   TEXT,
  non_engagement     INTEGER NOT NULL,
  subject_id         TEXT,
  subject_name       TEXT,
  subject_consent    TEXT,
  consent_given      INTEGER NOT NULL,
  referral_count     INTEGER NOT NULL,
  -- Names of the agencies involved, sorted, joined by char(31).
  agency_names       TEXT,
  agency_count       INTEGER NOT NULL,
  last_direction     TEXT,
  open_action_count  INTEGER NOT NULL,
  last_contact_at    TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  search_text        TEXT NOT NULL
) WITHOUT ROWID;

-- Each default sort (reference, newest first) with and without each filter, and the other sorts.
CREATE INDEX case_summaries_by_reference ON case_summaries (reference_key);
CREATE INDEX case_summaries_by_status ON case_summaries (status, reference_key);
CREATE INDEX case_summaries_by_risk ON case_summaries (risk_rank, reference_key);
CREATE INDEX case_summaries_by_triage_category ON case_summaries (triage_category, reference_key);
CREATE INDEX case_summaries_by_keyworker ON case_summaries (keyworker_id, reference_key);
CREATE INDEX case_summaries_by_keyworker_name ON case_summaries (keyworker_name, reference_key);
CREATE INDEX case_summaries_by_lead_agency_name ON case_summaries (lead_agency_name, reference_key);
CREATE INDEX case_summaries_by_neighbourhood ON case_summaries (neighbourhood, reference_key);
CREATE INDEX case_summaries_by_consent ON case_summaries (consent_given, reference_key);
CREATE INDEX case_summaries_by_title ON case_summaries (title, reference_key);
CREATE INDEX case_summaries_by_next_review ON case_summaries (next_review_date, reference_key);
CREATE INDEX case_summaries_by_agency_count ON case_summaries (agency_count, reference_key);
CREATE INDEX case_summaries_by_referral_count ON case_summaries (referral_count, reference_key);

CREATE TABLE case_involved_agencies (
  case_id    TEXT NOT NULL,
  agency_id  TEXT NOT NULL,
  PRIMARY KEY (case_id, agency_id)
) WITHOUT ROWID;
CREATE INDEX case_involved_agencies_by_agency ON case_involved_agencies (agency_id, case_id);

CREATE TABLE action_summaries (
  action_id         TEXT PRIMARY KEY,
  case_id           TEXT NOT NULL,
  -- Meetings at which it was recorded still open.
  meetings_carried  INTEGER NOT NULL,
  latest_outcome    TEXT,
  latest_update_at  TEXT
) WITHOUT ROWID;
CREATE INDEX action_summaries_by_case ON action_summaries (case_id);

-- The Actions screen: open first, then by due date (overdue first), with and without its filters.
CREATE INDEX actions_by_open_due ON actions ((status <> 'open'), due_date, id);
CREATE INDEX actions_by_status_due ON actions (status, due_date, id);
CREATE INDEX actions_by_owner_due ON actions (owner_name COLLATE NOCASE, (status <> 'open'), due_date, id);
CREATE INDEX actions_by_agency_due ON actions (owner_agency_id, (status <> 'open'), due_date, id);
CREATE INDEX actions_by_case ON actions (case_id, due_date);
CREATE INDEX action_updates_by_action ON action_updates (action_id, outcome, created_at);
-- The triage log: newest first, and each filter that lives on the entry itself.
CREATE INDEX triage_by_received ON triage_entries (received_at, id);
CREATE INDEX triage_by_risk_received ON triage_entries (risk_level, received_at, id);
CREATE INDEX triage_by_decision_received ON triage_entries (decision_category, received_at, id);
CREATE INDEX triage_by_source_received ON triage_entries (source, received_at, id);
`

const triggers = [
  trigger('summary_cases_insert', 'AFTER INSERT ON cases', refreshCases('SELECT new.id')),
  trigger('summary_cases_update', 'AFTER UPDATE ON cases', refreshCases('SELECT new.id UNION SELECT old.id')),
  trigger('summary_cases_delete', 'AFTER DELETE ON cases', `
  DELETE FROM case_summaries WHERE case_id = old.id;
  DELETE FROM case_involved_agencies WHERE case_id = old.id;
  -- Erasure lifts the triggers on actions for its transaction: the case's going takes its actions' summaries too.
  DELETE FROM action_summaries WHERE case_id = old.id;`),
  trigger('summary_people_insert', 'AFTER INSERT ON people', refreshCases('SELECT new.case_id')),
  trigger('summary_people_update', 'AFTER UPDATE ON people', refreshCases('SELECT new.case_id UNION SELECT old.case_id')),
  trigger('summary_people_delete', 'AFTER DELETE ON people', refreshCases('SELECT old.case_id')),
  trigger('summary_consent_insert', 'AFTER INSERT ON consent_records', refreshCases('SELECT case_id FROM people WHERE id = new.person_id')),
  trigger('summary_triage_insert', 'AFTER INSERT ON triage_entries', refreshCases('SELECT new.case_id')),
  trigger('summary_triage_update', 'AFTER UPDATE ON triage_entries', refreshCases('SELECT new.case_id UNION SELECT old.case_id')),
  trigger('summary_triage_delete', 'AFTER DELETE ON triage_entries', refreshCases('SELECT old.case_id')),
  trigger('summary_case_agencies_insert', 'AFTER INSERT ON case_agencies', refreshCases('SELECT new.case_id')),
  trigger('summary_case_agencies_update', 'AFTER UPDATE ON case_agencies', refreshCases('SELECT new.case_id UNION SELECT old.case_id')),
  trigger('summary_case_agencies_delete', 'AFTER DELETE ON case_agencies', refreshCases('SELECT old.case_id')),
  trigger('summary_agenda_items_insert', 'AFTER INSERT ON agenda_items', refreshCases('SELECT new.case_id')),
  trigger('summary_agenda_items_update', 'AFTER UPDATE OF case_id, agencies_shared, direction, removed, meeting_id ON agenda_items', refreshCases('SELECT new.case_id UNION SELECT old.case_id')),
  trigger('summary_agenda_items_delete', 'AFTER DELETE ON agenda_items', refreshCases('SELECT old.case_id')),
  trigger('summary_meetings_update', 'AFTER UPDATE OF date, time ON meetings', refreshCases('SELECT case_id FROM agenda_items WHERE meeting_id = new.id')),
  trigger('summary_actions_insert', 'AFTER INSERT ON actions', refreshCases('SELECT new.case_id') + refreshActions('SELECT new.id')),
  trigger('summary_actions_update', 'AFTER UPDATE ON actions', refreshCases('SELECT new.case_id UNION SELECT old.case_id') + refreshActions('SELECT new.id')),
  trigger('summary_actions_delete', 'AFTER DELETE ON actions', refreshCases('SELECT old.case_id') + `
  DELETE FROM action_summaries WHERE action_id = old.id;`),
  trigger('summary_action_updates_insert', 'AFTER INSERT ON action_updates', refreshActions('SELECT new.action_id')),
  trigger('summary_action_updates_update', 'AFTER UPDATE ON action_updates', refreshActions('SELECT new.action_id UNION SELECT old.action_id')),
  trigger('summary_action_updates_delete', 'AFTER DELETE ON action_updates', refreshActions('SELECT old.action_id')),
  trigger('summary_users_update', 'AFTER UPDATE OF name ON users', refreshCases('SELECT id FROM cases WHERE keyworker_id = new.id')),
  trigger('summary_agencies_update', 'AFTER UPDATE OF name ON agencies', refreshCases('SELECT case_id FROM case_involved_agencies WHERE agency_id = new.id')),
]

const backfill = `${refreshCases('SELECT id FROM cases')}
${refreshActions('SELECT id FROM actions')}
`

export function up(db: Db): void {
  db.exec(schema)
  for (const sql of triggers) db.exec(sql)
  db.exec(backfill)
}
