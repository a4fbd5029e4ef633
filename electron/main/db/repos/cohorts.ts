import type { CaseCohortView, CohortView } from '../../../../shared/domain/outcomes/cohorts'
import { stmt, type Db } from '../connection'

interface CohortRow {
  id: string
  name: string
  description: string
  active: 0 | 1
  case_count: number
}

const toView = (row: CohortRow): CohortView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  active: row.active === 1,
  caseCount: row.case_count,
})

const select =
  'SELECT k.id, k.name, k.description, k.active, (SELECT count(*) FROM cohort_cases cc WHERE cc.cohort_id = k.id) AS case_count FROM cohorts k'

export function listCohorts(db: Db, includeRetired: boolean): CohortView[] {
  return stmt<CohortRow>(db, `${select} ${includeRetired ? '' : 'WHERE k.active = 1'} ORDER BY k.active DESC, k.name COLLATE NOCASE`)
    .all()
    .map(toView)
}

export function getCohort(db: Db, id: string): CohortView | undefined {
  const row = stmt<CohortRow>(db, `${select} WHERE k.id = ?`).get(id)
  return row && toView(row)
}

export function findCohortByName(db: Db, name: string): CohortView | undefined {
  const row = stmt<CohortRow>(db, `${select} WHERE lower(k.name) = lower(?)`).get(name)
  return row && toView(row)
}

export function insertCohort(db: Db, row: { id: string; name: string; description: string; createdBy: string; at: string }): void {
  stmt(
    db,
    'INSERT INTO cohorts (id, name, description, active, created_by, created_at, updated_at) VALUES (@id, @name, @description, 1, @createdBy, @at, @at)',
  ).run(row)
}

export function updateCohort(db: Db, row: { id: string; name: string; description: string; at: string }): void {
  stmt(db, 'UPDATE cohorts SET name = @name, description = @description, updated_at = @at WHERE id = @id').run(row)
}

export function setCohortActive(db: Db, id: string, active: boolean, at: string): void {
  stmt(db, 'UPDATE cohorts SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id)
}

/** Adds the cases not already in the cohort; returns the ids newly added. */
export function addCohortCases(db: Db, cohortId: string, caseIds: readonly string[], addedBy: string, at: string): string[] {
  const insert = stmt(
    db,
    'INSERT INTO cohort_cases (cohort_id, case_id, added_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (cohort_id, case_id) DO NOTHING',
  )
  return caseIds.filter((caseId) => insert.run(cohortId, caseId, addedBy, at).changes === 1)
}

export function removeCohortCase(db: Db, cohortId: string, caseId: string): boolean {
  return stmt(db, 'DELETE FROM cohort_cases WHERE cohort_id = ? AND case_id = ?').run(cohortId, caseId).changes === 1
}

export function cohortsForCase(db: Db, caseId: string): CaseCohortView[] {
  return stmt<{ cohort_id: string; name: string; active: 0 | 1; added_at: string }>(
    db,
    'SELECT cc.cohort_id, k.name, k.active, cc.added_at FROM cohort_cases cc JOIN cohorts k ON k.id = cc.cohort_id WHERE cc.case_id = ? ORDER BY k.name COLLATE NOCASE',
  )
    .all(caseId)
    .map((row) => ({ cohortId: row.cohort_id, name: row.name, active: row.active === 1, addedAt: row.added_at }))
}
