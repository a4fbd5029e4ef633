import type { RiskLevel } from '../../../../shared/domain/risk'
import type { Direction } from '../../../../shared/domain/meetings/direction'
import type { MeetingKind } from '../../../../shared/domain/meetings/meetings'
import type { SensitiveCategory } from '../../../../shared/domain/minutesData'
import { stmt, type Db } from '../connection'

export interface AgendaItemRow {
  id: string
  meeting_id: string
  case_id: string
  position: number
  /** JSON array of agenda reasons. */
  reasons: string
  removed: 0 | 1
  removed_reason: string
  done: 0 | 1
  discussion: string
  decisions: string
  risk_before: RiskLevel
  risk_after: RiskLevel | null
  direction: Direction | null
  direction_reason: string
  next_review_date: string | null
  /** JSON array of agency ids. */
  agencies_shared: string
  share_without_consent_rationale: string
  share_without_consent_by: string
  discussion_category: SensitiveCategory | null
  created_at: string
  updated_at: string
}

export function listItems(db: Db, meetingId: string): AgendaItemRow[] {
  return stmt<AgendaItemRow>(db, 'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY removed, position').all(meetingId)
}

export function getItem(db: Db, id: string): AgendaItemRow | undefined {
  return stmt<AgendaItemRow>(db, 'SELECT * FROM agenda_items WHERE id = ?').get(id)
}

export function insertItem(db: Db, row: AgendaItemRow): void {
  stmt(
    db,
    `INSERT INTO agenda_items (id, meeting_id, case_id, position, reasons, removed, removed_reason, done, discussion, decisions, risk_before, risk_after,
       direction, direction_reason, next_review_date, agencies_shared, share_without_consent_rationale, share_without_consent_by, discussion_category, created_at, updated_at)
     VALUES (@id, @meeting_id, @case_id, @position, @reasons, @removed, @removed_reason, @done, @discussion, @decisions, @risk_before, @risk_after,
       @direction, @direction_reason, @next_review_date, @agencies_shared, @share_without_consent_rationale, @share_without_consent_by, @discussion_category, @created_at, @updated_at)`,
  ).run(row)
}

export function updateItemRecord(
  db: Db,
  row: Omit<AgendaItemRow, 'meeting_id' | 'case_id' | 'position' | 'reasons' | 'removed' | 'removed_reason' | 'risk_before' | 'created_at'>,
): void {
  stmt(
    db,
    `UPDATE agenda_items SET done = @done, discussion = @discussion, decisions = @decisions, risk_after = @risk_after, direction = @direction,
       direction_reason = @direction_reason, next_review_date = @next_review_date, agencies_shared = @agencies_shared,
       share_without_consent_rationale = @share_without_consent_rationale, share_without_consent_by = @share_without_consent_by,
       discussion_category = @discussion_category, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row)
}

export function setItemPosition(db: Db, id: string, position: number, at: string): void {
  stmt(db, 'UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?').run(position, at, id)
}

/** "Refresh agenda": why the case is here, and its risk going in, as they are now. */
export function setItemReasons(db: Db, id: string, reasons: string, riskBefore: RiskLevel, at: string): void {
  stmt(db, 'UPDATE agenda_items SET reasons = ?, risk_before = ?, updated_at = ? WHERE id = ?').run(reasons, riskBefore, at, id)
}

export function setItemDone(db: Db, id: string, done: boolean, at: string): void {
  stmt(db, 'UPDATE agenda_items SET done = ?, updated_at = ? WHERE id = ?').run(done ? 1 : 0, at, id)
}

export function removeItem(db: Db, id: string, reason: string, at: string): void {
  stmt(db, 'UPDATE agenda_items SET removed = 1, removed_reason = ?, updated_at = ? WHERE id = ?').run(reason, at, id)
}

export function restoreItem(db: Db, id: string, position: number, at: string): void {
  stmt(db, "UPDATE agenda_items SET removed = 0, removed_reason = '', position = ?, updated_at = ? WHERE id = ?").run(position, at, id)
}

/** When each case was last discussed (an item marked done, at a meeting that happened). */
export function lastDiscussedByCase(db: Db, beforeDate: string): Map<string, string> {
  const rows = stmt<{ case_id: string; last: string }>(
    db,
    `SELECT i.case_id, max(m.date) AS last FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
     WHERE i.removed = 0 AND i.done = 1 AND m.date < ? GROUP BY i.case_id`,
  ).all(beforeDate)
  return new Map(rows.map((row) => [row.case_id, row.last]))
}

/** Direction of travel recorded for a case, oldest first, from meetings that happened. */
export function directionHistory(db: Db, caseId: string): Array<{ date: string; direction: Direction; reason: string }> {
  return stmt<{ date: string; direction: Direction; reason: string }>(
    db,
    `SELECT m.date AS date, i.direction AS direction, i.direction_reason AS reason FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
     WHERE i.case_id = ? AND i.direction IS NOT NULL AND i.removed = 0 ORDER BY m.date, m.time`,
  ).all(caseId)
}

/** The meetings at which a case was discussed (items marked done), oldest first. */
export interface CaseMeetingRow {
  item_id: string
  date: string
  time: string
  kind: MeetingKind
  chair_name: string
  direction: Direction | null
  direction_reason: string
  risk_after: RiskLevel | null
  /** When the discussion was last saved. */
  recorded_at: string
}

export function meetingsForCase(db: Db, caseId: string): CaseMeetingRow[] {
  return stmt<CaseMeetingRow>(
    db,
    `SELECT i.id AS item_id, m.date, m.time, m.kind, u.name AS chair_name, i.direction, i.direction_reason, i.risk_after, i.updated_at AS recorded_at
     FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN users u ON u.id = m.chair_id
     WHERE i.case_id = ? AND i.removed = 0 AND i.done = 1 ORDER BY m.date, m.time`,
  ).all(caseId)
}
