import type { ActionStatus, NonCompletionReason } from '../../../../shared/domain/meetings/actions'
import type { ConsentStatus } from '../../../../shared/domain/record/consent'
import { stmt, type Db } from '../connection'
import { currentConsentSql } from './consent'

export interface ActionRow {
  id: string
  case_id: string
  raised_at_meeting_id: string | null
  description: string
  owner_name: string
  owner_user_id: string | null
  owner_agency_id: string
  due_date: string
  status: ActionStatus
  completed_on: string | null
  status_note: string
  created_at: string
  updated_at: string
}

export interface ActionJoinedRow extends ActionRow {
  case_reference: string
  case_title: string
  subject_name: string | null
  subject_consent: ConsentStatus | null
  owner_agency_name: string
  raised_on: string | null
  raised_time: string | null
  meetings_carried: number
}

/** The action with its case, owner agency, raising meeting and carried count (also read set-based by meetingRead.ts). */
export const actionsJoinedSql = `
  SELECT ac.*, c.reference AS case_reference, c.title AS case_title, ag.name AS owner_agency_name, rm.date AS raised_on, rm.time AS raised_time,
         (SELECT trim(s.first_name || ' ' || s.last_name) FROM people s WHERE s.case_id = c.id AND s.role = 'subject') AS subject_name,
         ${currentConsentSql("(SELECT s.id FROM people s WHERE s.case_id = c.id AND s.role = 'subject')")} AS subject_consent,
         (SELECT count(*) FROM action_updates u WHERE u.action_id = ac.id AND u.outcome = 'open') AS meetings_carried
  FROM actions ac
  JOIN cases c ON c.id = ac.case_id
  JOIN agencies ag ON ag.id = ac.owner_agency_id
  LEFT JOIN meetings rm ON rm.id = ac.raised_at_meeting_id`

/** Every action: open ones first, soonest due; ties in the order raised, so every reader lists them alike. */
export function listActions(db: Db): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(db, `${actionsJoinedSql} ORDER BY ac.status = 'open' DESC, ac.due_date, ac.owner_name, ac.rowid`).all()
}

/** The open actions, in the order of listActions (ties in the order raised): the action tracker. */
export function listOpenActions(db: Db): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(db, `${actionsJoinedSql} WHERE ac.status = 'open' ORDER BY ac.due_date, ac.owner_name, ac.rowid`).all()
}

export function listActionsForCase(db: Db, caseId: string): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(db, `${actionsJoinedSql} WHERE ac.case_id = ? ORDER BY ac.status = 'open' DESC, ac.due_date`).all(caseId)
}

export function openActionsForCase(db: Db, caseId: string): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(db, `${actionsJoinedSql} WHERE ac.case_id = ? AND ac.status = 'open' ORDER BY ac.due_date`).all(caseId)
}

/**
 * The actions a meeting carries for a case: raised BEFORE it (at an earlier
 * meeting by date and time, or outside a meeting before it started), and
 * still open, or updated at this meeting. An action raised at a later
 * meeting never appears in an earlier one's minutes.
 */
export function carriedInto(
  db: Db,
  caseId: string,
  meeting: { id: string; date: string; time: string; startsAt: string },
): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(
    db,
    `${actionsJoinedSql} WHERE ac.case_id = @caseId
       AND (CASE WHEN ac.raised_at_meeting_id IS NULL THEN ac.created_at < @startsAt
                 ELSE ac.raised_at_meeting_id <> @meetingId AND (rm.date || 'T' || rm.time) < @local END)
       AND (ac.status = 'open' OR EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = ac.id AND u.meeting_id = @meetingId))
     ORDER BY ac.due_date, ac.created_at`,
  ).all({ caseId, meetingId: meeting.id, local: `${meeting.date}T${meeting.time}`, startsAt: meeting.startsAt })
}

export function raisedAt(db: Db, caseId: string, meetingId: string): ActionJoinedRow[] {
  return stmt<ActionJoinedRow>(
    db,
    `${actionsJoinedSql} WHERE ac.case_id = ? AND ac.raised_at_meeting_id = ? ORDER BY ac.created_at, ac.rowid`,
  ).all(caseId, meetingId)
}

export function getAction(db: Db, id: string): ActionJoinedRow | undefined {
  return stmt<ActionJoinedRow>(db, `${actionsJoinedSql} WHERE ac.id = ?`).get(id)
}

export function insertAction(db: Db, row: ActionRow): void {
  stmt(
    db,
    `INSERT INTO actions (id, case_id, raised_at_meeting_id, description, owner_name, owner_user_id, owner_agency_id, due_date, status, completed_on, status_note, created_at, updated_at)
     VALUES (@id, @case_id, @raised_at_meeting_id, @description, @owner_name, @owner_user_id, @owner_agency_id, @due_date, @status, @completed_on, @status_note, @created_at, @updated_at)`,
  ).run(row)
}

export function setActionStatus(db: Db, id: string, status: ActionStatus, completedOn: string | null, note: string, at: string): void {
  stmt(db, 'UPDATE actions SET status = ?, completed_on = ?, status_note = ?, updated_at = ? WHERE id = ?').run(
    status,
    completedOn,
    note,
    at,
    id,
  )
}

export function deleteAction(db: Db, id: string): void {
  stmt(db, 'DELETE FROM actions WHERE id = ?').run(id)
}

export interface ActionUpdateRow {
  id: string
  action_id: string
  meeting_id: string | null
  outcome: ActionStatus
  non_completion_reason: NonCompletionReason | null
  note: string
  recorded_by: string
  created_at: string
  updated_at: string
}

export function insertActionUpdate(db: Db, row: ActionUpdateRow): void {
  stmt(
    db,
    `INSERT INTO action_updates (id, action_id, meeting_id, outcome, non_completion_reason, note, recorded_by, created_at, updated_at)
     VALUES (@id, @action_id, @meeting_id, @outcome, @non_completion_reason, @note, @recorded_by, @created_at, @updated_at)`,
  ).run(row)
}

export function updateAtMeeting(db: Db, actionId: string, meetingId: string): ActionUpdateRow | undefined {
  return stmt<ActionUpdateRow>(db, 'SELECT * FROM action_updates WHERE action_id = ? AND meeting_id = ?').get(actionId, meetingId)
}

/** How many progress updates (at a meeting or from the Actions screen) an action has. */
export function countActionUpdates(db: Db, actionId: string): number {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM action_updates WHERE action_id = ?').get(actionId)?.n ?? 0
}

export function deleteUpdateAtMeeting(db: Db, actionId: string, meetingId: string): void {
  stmt(db, 'DELETE FROM action_updates WHERE action_id = ? AND meeting_id = ?').run(actionId, meetingId)
}

/** Actions raised, or updated by the chair, for this case at this meeting (the "carried forward" marks made at the end do not count). */
export function actionsRecordedAt(db: Db, caseId: string, meetingId: string, carriedForwardNote: string): number {
  const row = stmt<{ n: number }>(
    db,
    `SELECT (SELECT count(*) FROM actions WHERE case_id = @caseId AND raised_at_meeting_id = @meetingId)
          + (SELECT count(*) FROM action_updates u JOIN actions ac ON ac.id = u.action_id
             WHERE ac.case_id = @caseId AND u.meeting_id = @meetingId AND NOT (u.outcome = 'open' AND u.non_completion_reason IS NULL AND u.note = @note)) AS n`,
  ).get({ caseId, meetingId, note: carriedForwardNote })
  return row?.n ?? 0
}
