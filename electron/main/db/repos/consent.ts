import { stmt, type Db } from '../connection'

export interface ConsentRow {
  id: string
  person_id: string
  status: string
  recorded_on: string | null
  scope: string
  lawful_basis: string
  recorded_by: string
  created_at: string
  updated_at: string
}

export interface ConsentJoinedRow extends ConsentRow {
  recorded_by_name: string
}

/** Append-only: a change of consent is a new row (a trigger refuses updates and deletes). */
export function insertConsent(db: Db, row: ConsentRow): void {
  stmt(
    db,
    `INSERT INTO consent_records (id, person_id, status, recorded_on, scope, lawful_basis, recorded_by, created_at, updated_at)
     VALUES (@id, @person_id, @status, @recorded_on, @scope, @lawful_basis, @recorded_by, @created_at, @updated_at)`,
  ).run(row)
}

/** Newest first: the first row is the person's current consent. */
export function consentHistory(db: Db, personId: string): ConsentJoinedRow[] {
  return stmt<ConsentJoinedRow>(
    db,
    `SELECT c.*, u.name AS recorded_by_name FROM consent_records c JOIN users u ON u.id = c.recorded_by
     WHERE c.person_id = ? ORDER BY c.created_at DESC, c.rowid DESC`,
  ).all(personId)
}

export function consentHistoryForCase(
  db: Db,
  caseId: string,
): Array<ConsentJoinedRow & { person_first_name: string; person_last_name: string }> {
  return stmt<ConsentJoinedRow & { person_first_name: string; person_last_name: string }>(
    db,
    `SELECT c.*, u.name AS recorded_by_name, p.first_name AS person_first_name, p.last_name AS person_last_name
     FROM consent_records c JOIN users u ON u.id = c.recorded_by JOIN people p ON p.id = c.person_id
     WHERE p.case_id = ? ORDER BY c.created_at DESC, c.rowid DESC`,
  ).all(caseId)
}

/** The SQL for "this person's current consent status", reused by list queries. */
export const currentConsentSql = (personIdColumn: string) =>
  `(SELECT cr.status FROM consent_records cr WHERE cr.person_id = ${personIdColumn} ORDER BY cr.created_at DESC, cr.rowid DESC LIMIT 1)`
