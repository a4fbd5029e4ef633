import { stmt, type Db } from '../connection'

export type CaseChangeKind = 'status' | 'risk' | 'keyworker' | 'non_engagement'

export interface CaseChangeRow {
  id: string
  case_id: string
  at: string
  actor_id: string | null
  kind: CaseChangeKind
  from_value: string | null
  to_value: string | null
  note: string
  created_at: string
  updated_at: string
}

export interface CaseChangeJoinedRow extends CaseChangeRow {
  actor_name: string | null
}

export function insertCaseChange(db: Db, row: CaseChangeRow): void {
  stmt(
    db,
    `INSERT INTO case_changes (id, case_id, at, actor_id, kind, from_value, to_value, note, created_at, updated_at)
     VALUES (@id, @case_id, @at, @actor_id, @kind, @from_value, @to_value, @note, @created_at, @updated_at)`,
  ).run(row)
}

export function listCaseChanges(db: Db, caseId: string): CaseChangeJoinedRow[] {
  return stmt<CaseChangeJoinedRow>(
    db,
    `SELECT cc.*, u.name AS actor_name FROM case_changes cc LEFT JOIN users u ON u.id = cc.actor_id
     WHERE cc.case_id = ? ORDER BY cc.at, cc.rowid`,
  ).all(caseId)
}
