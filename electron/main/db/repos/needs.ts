import { stmt, type Db } from '../connection'

export function listNeeds(db: Db, caseId: string): string[] {
  return stmt<{ need: string }>(db, 'SELECT need FROM case_needs WHERE case_id = ? ORDER BY need')
    .all(caseId)
    .map((row) => row.need)
}

/** Replaces the case's needs with exactly this set (inside the caller's transaction). */
export function replaceNeeds(db: Db, caseId: string, needs: readonly string[], at: string): void {
  stmt(db, 'DELETE FROM case_needs WHERE case_id = ?').run(caseId)
  for (const need of new Set(needs)) stmt(db, 'INSERT INTO case_needs (case_id, need, created_at) VALUES (?, ?, ?)').run(caseId, need, at)
}
