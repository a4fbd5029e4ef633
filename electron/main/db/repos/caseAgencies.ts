import { stmt, type Db } from '../connection'

export interface CaseAgencyRow {
  id: string
  case_id: string
  agency_id: string
  contact_name: string
  contact_details: string
  since: string
  ended_on: string | null
  created_at: string
  updated_at: string
}

export interface CaseAgencyJoinedRow extends CaseAgencyRow {
  agency_name: string
  agency_short_name: string
  agency_active: 0 | 1
}

export function listCaseAgencies(db: Db, caseId: string): CaseAgencyJoinedRow[] {
  return stmt<CaseAgencyJoinedRow>(
    db,
    `SELECT ca.*, a.name AS agency_name, a.short_name AS agency_short_name, a.active AS agency_active
     FROM case_agencies ca JOIN agencies a ON a.id = ca.agency_id
     WHERE ca.case_id = ? ORDER BY ca.ended_on IS NOT NULL, ca.since, a.name`,
  ).all(caseId)
}

export function getCaseAgency(db: Db, id: string): CaseAgencyRow | undefined {
  return stmt<CaseAgencyRow>(db, 'SELECT * FROM case_agencies WHERE id = ?').get(id)
}

export function activeCaseAgency(db: Db, caseId: string, agencyId: string): CaseAgencyRow | undefined {
  return stmt<CaseAgencyRow>(db, 'SELECT * FROM case_agencies WHERE case_id = ? AND agency_id = ? AND ended_on IS NULL').get(
    caseId,
    agencyId,
  )
}

export function insertCaseAgency(db: Db, row: CaseAgencyRow): void {
  stmt(
    db,
    `INSERT INTO case_agencies (id, case_id, agency_id, contact_name, contact_details, since, ended_on, created_at, updated_at)
     VALUES (@id, @case_id, @agency_id, @contact_name, @contact_details, @since, @ended_on, @created_at, @updated_at)`,
  ).run(row)
}

export function endCaseAgency(db: Db, id: string, endedOn: string, at: string): void {
  stmt(db, 'UPDATE case_agencies SET ended_on = ?, updated_at = ? WHERE id = ?').run(endedOn, at, id)
}
