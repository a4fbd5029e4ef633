import { stmt, type Db } from '../connection'

export interface DemandRow {
  id: string
  case_id: string
  person_id: string | null
  kind: string
  period_start: string
  period_end: string
  count: number
  note: string
  created_by: string
  created_at: string
  updated_at: string
}

export interface DemandJoinedRow extends DemandRow {
  person_first_name: string | null
  person_last_name: string | null
}

export function insertDemand(db: Db, row: DemandRow): void {
  stmt(
    db,
    `INSERT INTO demand_events (id, case_id, person_id, kind, period_start, period_end, count, note, created_by, created_at, updated_at)
     VALUES (@id, @case_id, @person_id, @kind, @period_start, @period_end, @count, @note, @created_by, @created_at, @updated_at)`,
  ).run(row)
}

export function listDemandForCase(db: Db, caseId: string): DemandJoinedRow[] {
  return stmt<DemandJoinedRow>(
    db,
    `SELECT d.*, p.first_name AS person_first_name, p.last_name AS person_last_name
     FROM demand_events d LEFT JOIN people p ON p.id = d.person_id
     WHERE d.case_id = ? ORDER BY d.period_start DESC, d.rowid DESC`,
  ).all(caseId)
}
