import { stmt, type Db } from '../connection'

/**
 * The tables whose protection triggers (append-only history, approved
 * minutes) stand in the way of erasing a case. Erasure lifts them for its
 * own transaction only: they are read from sqlite_master, dropped, and
 * created again from the same SQL before the transaction commits, so no
 * other write ever runs without them and a failure restores them with
 * everything else (DDL is transactional in SQLite).
 */
const PROTECTED_TABLES = [
  'consent_records',
  'agenda_items',
  'actions',
  'action_updates',
  'meetings',
  'minutes_snapshots',
  'export_register',
] as const

export function withProtectionLifted<T>(db: Db, run: () => T): T {
  const placeholders = PROTECTED_TABLES.map(() => '?').join(', ')
  const triggers = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${placeholders}) ORDER BY name`,
    )
    .all(...PROTECTED_TABLES)
  // A trigger name comes from our own schema, never from input; it is quoted all the same.
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name.replace(/"/g, '""')}"`)
  const result = run()
  for (const trigger of triggers) db.exec(trigger.sql)
  return result
}

export interface ErasableCase {
  id: string
  reference: string
  status: string
  closed_at: string | null
  closure_reason: string | null
}

export function getErasableCase(db: Db, caseId: string): ErasableCase | undefined {
  return stmt<ErasableCase>(db, 'SELECT id, reference, status, closed_at, closure_reason FROM cases WHERE id = ?').get(caseId)
}

export function closedCases(db: Db): ErasableCase[] {
  return stmt<ErasableCase>(
    db,
    "SELECT id, reference, status, closed_at, closure_reason FROM cases WHERE status = 'closed' AND closed_at IS NOT NULL ORDER BY closed_at, reference",
  ).all()
}

/** Approved meetings at which the case was on the agenda. */
export function approvedMeetingsWithCase(db: Db, caseId: string): string[] {
  return stmt<{ id: string }>(
    db,
    "SELECT DISTINCT m.id FROM meetings m JOIN agenda_items ai ON ai.meeting_id = m.id WHERE ai.case_id = ? AND m.status = 'approved' ORDER BY m.date",
  )
    .all(caseId)
    .map((row) => row.id)
}

export function casesInApprovedMinutes(db: Db): Set<string> {
  return new Set(
    stmt<{ case_id: string }>(
      db,
      "SELECT DISTINCT ai.case_id FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE m.status = 'approved'",
    )
      .all()
      .map((row) => row.case_id),
  )
}

export interface SnapshotRow {
  meeting_id: string
  detail: string
  minutes_full: string
  minutes_for_redaction: string
}

export function snapshotFor(db: Db, meetingId: string): SnapshotRow | undefined {
  return stmt<SnapshotRow>(
    db,
    'SELECT meeting_id, detail, minutes_full, minutes_for_redaction FROM minutes_snapshots WHERE meeting_id = ?',
  ).get(meetingId)
}

export function rewriteSnapshot(db: Db, row: SnapshotRow): void {
  stmt(
    db,
    'UPDATE minutes_snapshots SET detail = @detail, minutes_full = @minutes_full, minutes_for_redaction = @minutes_for_redaction WHERE meeting_id = @meeting_id',
  ).run(row)
}

/**
 * Every row about the case, children before parents (foreign keys are on).
 * Returns how many rows each table lost, for the erasure's audit row.
 */
export function deleteCaseRows(db: Db, caseId: string): Record<string, number> {
  const steps: Array<[string, string]> = [
    ['action_updates', 'DELETE FROM action_updates WHERE action_id IN (SELECT id FROM actions WHERE case_id = ?)'],
    ['actions', 'DELETE FROM actions WHERE case_id = ?'],
    ['meetings', 'UPDATE meetings SET current_item_id = NULL WHERE current_item_id IN (SELECT id FROM agenda_items WHERE case_id = ?)'],
    ['agenda_items', 'DELETE FROM agenda_items WHERE case_id = ?'],
    ['triage_entries', 'DELETE FROM triage_entries WHERE case_id = ?'],
    ['demand_events', 'DELETE FROM demand_events WHERE case_id = ?'],
    ['consent_records', 'DELETE FROM consent_records WHERE person_id IN (SELECT id FROM people WHERE case_id = ?)'],
    ['case_changes', 'DELETE FROM case_changes WHERE case_id = ?'],
    ['case_needs', 'DELETE FROM case_needs WHERE case_id = ?'],
    ['case_agencies', 'DELETE FROM case_agencies WHERE case_id = ?'],
    ['case_plans', 'DELETE FROM case_plans WHERE case_id = ?'],
    ['people', 'DELETE FROM people WHERE case_id = ?'],
    ['cases', 'DELETE FROM cases WHERE id = ?'],
  ]
  const counts: Record<string, number> = {}
  for (const [table, sql] of steps) {
    const changes = db.prepare(sql).run(caseId).changes
    if (table !== 'meetings') counts[table] = changes
  }
  return counts
}

/**
 * The export register keeps that a case plan was exported, when and by
 * whom; what named the case (title, file name, recipients, the record id)
 * goes.
 */
export function stripExportRegister(db: Db, caseId: string, at: string, erasedTitle: string): number {
  return stmt(
    db,
    `UPDATE export_register SET entity_id = NULL, title = @title, file_name = @title, recipients = '', updated_at = @at
      WHERE entity_id = @caseId AND document = 'case_plan'`,
  ).run({ title: erasedTitle, at, caseId }).changes
}

export function getErasableCaseByReference(db: Db, reference: string): ErasableCase | undefined {
  return stmt<ErasableCase>(db, 'SELECT id, reference, status, closed_at, closure_reason FROM cases WHERE reference = ?').get(reference)
}
