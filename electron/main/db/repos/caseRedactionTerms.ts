import { stmt, type Db } from '../connection'

/** The terms kept with the known names of these cases (migration 0221), by case id. */
export function termsForCases(db: Db, caseIds: readonly string[]): Map<string, string[]> {
  const terms = new Map<string, string[]>()
  if (caseIds.length === 0) return terms
  const rows = stmt<{ case_id: string; term: string }>(
    db,
    'SELECT case_id, term FROM case_redaction_terms WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY added_at, term',
  ).all(JSON.stringify(caseIds))
  for (const row of rows) terms.set(row.case_id, [...(terms.get(row.case_id) ?? []), row.term])
  return terms
}

/** Adds a term to a case's known names; one already there (in any letter case) is left as it is. Returns whether it was new. */
export function addCaseTerm(db: Db, row: { id: string; caseId: string; term: string; addedBy: string; addedAt: string }): boolean {
  return (
    stmt(
      db,
      'INSERT INTO case_redaction_terms (id, case_id, term, added_by, added_at) VALUES (@id, @caseId, @term, @addedBy, @addedAt) ON CONFLICT DO NOTHING',
    ).run(row).changes > 0
  )
}

/** Case ids by reference, for the cases given. */
export function caseIdsByReference(db: Db, references: readonly string[]): Map<string, string> {
  if (references.length === 0) return new Map()
  const rows = stmt<{ id: string; reference: string }>(
    db,
    'SELECT id, reference FROM cases WHERE reference IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(references))
  return new Map(rows.map((row) => [row.reference, row.id]))
}

/** The words of the service area and the organisation: neighbourhoods recorded on cases. */
export function neighbourhoods(db: Db): string[] {
  return stmt<{ neighbourhood: string }>(db, "SELECT DISTINCT neighbourhood FROM cases WHERE neighbourhood <> ''")
    .all()
    .map((row) => row.neighbourhood)
}
