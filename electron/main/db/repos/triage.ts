import { stmt, type Db } from '../connection'
import { currentConsentSql } from './consent'

export interface TriageRow {
  id: string
  case_id: string
  person_id: string | null
  received_at: string
  source: string
  source_reference: string
  summary: string
  risk_level: string
  /** JSON array of strings. */
  risk_factors: string
  decision_category: string
  /** JSON array of meeting-reason ids. */
  meeting_reasons: string
  decision_notes: string
  decided_by: string
  bring_to_next_meeting: 0 | 1
  is_repeat: 0 | 1
  supersedes_id: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface TriageJoinedRow extends TriageRow {
  case_reference: string
  case_title: string
  decided_by_name: string
  person_first_name: string | null
  person_last_name: string | null
  superseded_by_id: string | null
  case_status: string
  case_neighbourhood: string
  keyworker_name: string | null
  lead_agency_name: string
  /** Agencies involved now, joined by char(31). */
  agency_names: string | null
  subject_consent: string | null
  /** The source's name now (migration 0160); the key itself if the source is unknown. */
  source_label: string
}

const selectJoined = `
  SELECT t.*, COALESCE(ts.label, t.source) AS source_label, c.reference AS case_reference, c.title AS case_title, u.name AS decided_by_name,
         p.first_name AS person_first_name, p.last_name AS person_last_name,
         (SELECT s.id FROM triage_entries s WHERE s.supersedes_id = t.id) AS superseded_by_id,
         c.status AS case_status, c.neighbourhood AS case_neighbourhood, kw.name AS keyworker_name, la.name AS lead_agency_name,
         (SELECT group_concat(ag.name, char(31)) FROM case_agencies ca JOIN agencies ag ON ag.id = ca.agency_id
           WHERE ca.case_id = c.id AND ca.ended_on IS NULL) AS agency_names,
         ${currentConsentSql("(SELECT sp.id FROM people sp WHERE sp.case_id = c.id AND sp.role = 'subject')")} AS subject_consent
  FROM triage_entries t
  JOIN cases c ON c.id = t.case_id
  JOIN users u ON u.id = t.decided_by
  JOIN agencies la ON la.id = c.lead_agency_id
  LEFT JOIN users kw ON kw.id = c.keyworker_id
  LEFT JOIN people p ON p.id = t.person_id
  LEFT JOIN triage_sources ts ON ts.key = t.source`

export function insertTriage(db: Db, row: TriageRow): void {
  stmt(
    db,
    `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, risk_factors,
       decision_category, meeting_reasons, decision_notes, decided_by, bring_to_next_meeting, is_repeat, supersedes_id,
       created_by, created_at, updated_at)
     VALUES (@id, @case_id, @person_id, @received_at, @source, @source_reference, @summary, @risk_level, @risk_factors,
       @decision_category, @meeting_reasons, @decision_notes, @decided_by, @bring_to_next_meeting, @is_repeat, @supersedes_id,
       @created_by, @created_at, @updated_at)`,
  ).run(row)
}

export function getTriage(db: Db, id: string): TriageJoinedRow | undefined {
  return stmt<TriageJoinedRow>(db, `${selectJoined} WHERE t.id = ?`).get(id)
}

export function listTriage(db: Db): TriageJoinedRow[] {
  return stmt<TriageJoinedRow>(db, `${selectJoined} ORDER BY t.received_at DESC, t.rowid DESC`).all()
}

export function listTriageForCase(db: Db, caseId: string): TriageJoinedRow[] {
  return stmt<TriageJoinedRow>(db, `${selectJoined} WHERE t.case_id = ? ORDER BY t.received_at DESC, t.rowid DESC`).all(caseId)
}

/** Contacts for this case (or this person) received in [from, to): the evidence for a repeat. */
export function triageReceivedBetween(db: Db, caseId: string, from: string, to: string): TriageJoinedRow[] {
  return stmt<TriageJoinedRow>(
    db,
    `${selectJoined} WHERE t.case_id = ? AND t.received_at >= ? AND t.received_at < ? ORDER BY t.received_at DESC`,
  ).all(caseId, from, to)
}

export function countTriageForCase(db: Db, caseId: string): number {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM triage_entries WHERE case_id = ? AND supersedes_id IS NULL').get(caseId)?.n ?? 0
}
