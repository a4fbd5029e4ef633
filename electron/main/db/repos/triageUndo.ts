import { stmt, type Db } from '../connection'

/** How much else is recorded on a case: a case opened by a contact can only be taken back while this is nothing. */
export function otherRecordsOnCase(db: Db, caseId: string, triageId: string, personId: string | null): number {
  const row = stmt<{ n: number }>(
    db,
    `SELECT (SELECT count(*) FROM triage_entries WHERE case_id = @caseId AND id <> @triageId)
          + (SELECT count(*) FROM people WHERE case_id = @caseId AND id IS NOT @personId)
          + (SELECT count(*) FROM consent_records cr JOIN people p ON p.id = cr.person_id WHERE p.case_id = @caseId)
          + (SELECT count(*) FROM case_agencies WHERE case_id = @caseId)
          + (SELECT count(*) FROM case_changes WHERE case_id = @caseId)
          + (SELECT count(*) FROM case_needs WHERE case_id = @caseId)
          + (SELECT count(*) FROM demand_events WHERE case_id = @caseId)
          + (SELECT count(*) FROM agenda_items WHERE case_id = @caseId)
          + (SELECT count(*) FROM actions WHERE case_id = @caseId)
          + (SELECT count(*) FROM case_plans WHERE case_id = @caseId) AS n`,
  ).get({ caseId, triageId, personId })
  return row?.n ?? 0
}

export function laterTriageOnCase(db: Db, caseId: string, createdAt: string, triageId: string): number {
  return (
    stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM triage_entries WHERE case_id = ? AND id <> ? AND created_at >= ?').get(
      caseId,
      triageId,
      createdAt,
    )?.n ?? 0
  )
}

export function deleteTriage(db: Db, id: string): void {
  stmt(db, 'DELETE FROM triage_entries WHERE id = ?').run(id)
}

/** What a contact changed, kept while its author may still undo it (migration 0320). */
export type UndoRecord =
  | { openedCase: true; riskChangeId: null }
  | {
      openedCase: false
      before: { riskLevel: string; triageCategory: string | null; bring: 0 | 1 }
      /** The risk change the contact recorded on the case, if its risk moved. */
      riskChangeId: string | null
    }

interface UndoRow {
  opened_case: 0 | 1
  risk_before: string | null
  category_before: string | null
  bring_before: 0 | 1 | null
  risk_change_id: string | null
}

export function insertUndoRecord(db: Db, triageId: string, record: UndoRecord, at: string): void {
  stmt(
    db,
    `INSERT INTO triage_undo (triage_id, opened_case, risk_before, category_before, bring_before, risk_change_id, created_at)
     VALUES (@triageId, @openedCase, @riskBefore, @categoryBefore, @bringBefore, @riskChangeId, @at)`,
  ).run({
    triageId,
    openedCase: record.openedCase ? 1 : 0,
    riskBefore: record.openedCase ? null : record.before.riskLevel,
    categoryBefore: record.openedCase ? null : record.before.triageCategory,
    bringBefore: record.openedCase ? null : record.before.bring,
    riskChangeId: record.riskChangeId,
    at,
  })
}

export function getUndoRecord(db: Db, triageId: string): UndoRecord | null {
  const row = stmt<UndoRow>(
    db,
    'SELECT opened_case, risk_before, category_before, bring_before, risk_change_id FROM triage_undo WHERE triage_id = ?',
  ).get(triageId)
  if (!row) return null
  if (row.opened_case === 1) return { openedCase: true, riskChangeId: null }
  return {
    openedCase: false,
    before: { riskLevel: row.risk_before ?? '', triageCategory: row.category_before, bring: row.bring_before ?? 0 },
    riskChangeId: row.risk_change_id,
  }
}

/** Records older than the undo window can never be used: they go as new contacts are saved. */
export function pruneUndoRecords(db: Db, before: string): void {
  stmt(db, 'DELETE FROM triage_undo WHERE created_at < ?').run(before)
}

export function deleteCaseChange(db: Db, id: string): void {
  stmt(db, 'DELETE FROM case_changes WHERE id = ?').run(id)
}

export function restoreCaseAssessment(
  db: Db,
  row: { id: string; risk_level: string; triage_category: string | null; bring_to_next_meeting: 0 | 1; updated_at: string },
): void {
  stmt(
    db,
    'UPDATE cases SET risk_level = @risk_level, triage_category = @triage_category, bring_to_next_meeting = @bring_to_next_meeting, updated_at = @updated_at WHERE id = @id',
  ).run(row)
}

/**
 * Removes a case opened by a contact that is being undone, and gives its
 * reference number back, so references stay gap-free. Only the latest number
 * of its year can be given back; the caller checks that first.
 */
export function deleteOpenedCase(db: Db, caseId: string, personId: string | null, year: number): void {
  if (personId) stmt(db, 'DELETE FROM people WHERE id = ?').run(personId)
  stmt(db, 'DELETE FROM cases WHERE id = ?').run(caseId)
  // The counter never holds 0: giving back the year's first number removes the year's row.
  stmt(db, 'DELETE FROM case_reference_counters WHERE year = ? AND last_number = 1').run(year)
  stmt(db, 'UPDATE case_reference_counters SET last_number = last_number - 1 WHERE year = ?').run(year)
}

export function lastCaseNumber(db: Db, year: number): number {
  return stmt<{ last_number: number }>(db, 'SELECT last_number FROM case_reference_counters WHERE year = ?').get(year)?.last_number ?? 0
}
