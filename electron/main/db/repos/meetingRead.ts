/**
 * A meeting's agenda and everything shown about its cases, read set-based:
 * one statement per kind of data for all the meeting's items (or for one
 * item, after a run-mode write), never one per item or per action. Each
 * statement names only the columns its readers use. The meeting view
 * (services/meetingViews.ts) and the minutes (services/exportData.ts) both
 * read through here.
 */
import type { ConsentStatus } from '../../../../shared/domain/record/consent'
import type { CaseStatus } from '../../../../shared/domain/cases'
import type { Direction } from '../../../../shared/domain/meetings/direction'
import type { ActionStatus, NonCompletionReason } from '../../../../shared/domain/meetings/actions'
import { stmt, type Db } from '../connection'
import { actionsJoinedSql, type ActionJoinedRow } from './actions'
import type { AgendaItemRow } from './agendaItems'
import { currentConsentSql } from './consent'
import type { PersonRow } from './people'

/** Which items: all of a meeting's, or one of them. */
export interface ItemScope {
  meetingId: string
  itemId: string | null
}

/** The cases on the agenda (in scope), as a subquery. */
const scopeCases = 'SELECT si.case_id FROM agenda_items si WHERE si.meeting_id = @meetingId AND (@itemId IS NULL OR si.id = @itemId)'

const params = (scope: ItemScope) => ({ meetingId: scope.meetingId, itemId: scope.itemId })

/** Groups rows by case, keeping the statement's order within each case. */
function byCase<R extends { case_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const grouped = new Map<string, R[]>()
  for (const row of rows) {
    const list = grouped.get(row.case_id)
    if (list) list.push(row)
    else grouped.set(row.case_id, [row])
  }
  return grouped
}

export function itemsInScope(db: Db, scope: ItemScope): AgendaItemRow[] {
  return stmt<AgendaItemRow>(
    db,
    'SELECT * FROM agenda_items WHERE meeting_id = @meetingId AND (@itemId IS NULL OR id = @itemId) ORDER BY removed, position',
  ).all(params(scope))
}

export interface AgendaCaseRow {
  id: string
  reference: string
  title: string
  status: CaseStatus
  summary: string
  keyworker_name: string | null
  subject_first_name: string | null
  subject_last_name: string | null
  subject_consent: ConsentStatus | null
}

/** Each case on the agenda: what the item shows of it (no search text, no counts nobody reads). */
export function agendaCases(db: Db, scope: ItemScope): Map<string, AgendaCaseRow> {
  const rows = stmt<AgendaCaseRow>(
    db,
    `SELECT c.id, c.reference, c.title, c.status, c.summary, u.name AS keyworker_name,
            s.first_name AS subject_first_name, s.last_name AS subject_last_name, ${currentConsentSql('s.id')} AS subject_consent
     FROM cases c LEFT JOIN users u ON u.id = c.keyworker_id LEFT JOIN people s ON s.case_id = c.id AND s.role = 'subject'
     WHERE c.id IN (${scopeCases})`,
  ).all(params(scope))
  return new Map(rows.map((row) => [row.id, row]))
}

/** The last direction of travel recorded for each case at a meeting held before `beforeDate`. */
export function lastDirections(db: Db, scope: ItemScope, beforeDate: string): Map<string, Direction> {
  const rows = stmt<{ case_id: string; direction: Direction }>(
    db,
    `SELECT i.case_id, i.direction FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
     WHERE i.case_id IN (${scopeCases}) AND i.direction IS NOT NULL AND i.removed = 0 AND m.date < @beforeDate
     ORDER BY i.case_id, m.date, m.time`,
  ).all({ ...params(scope), beforeDate })
  // Oldest first within each case: the last one set wins.
  return new Map(rows.map((row) => [row.case_id, row.direction]))
}

/** Each case's latest assessment: a re-triage replaces the one it supersedes. */
export function latestTriage(db: Db, scope: ItemScope): Map<string, { summary: string; risk_factors: string }> {
  const rows = stmt<{ case_id: string; summary: string; risk_factors: string }>(
    db,
    `SELECT t.case_id, t.summary, t.risk_factors FROM triage_entries t
     WHERE t.case_id IN (${scopeCases}) AND NOT EXISTS (SELECT 1 FROM triage_entries s WHERE s.supersedes_id = t.id)
     ORDER BY t.case_id, t.received_at DESC, t.rowid DESC`,
  ).all(params(scope))
  const latest = new Map<string, { summary: string; risk_factors: string }>()
  for (const row of rows) if (!latest.has(row.case_id)) latest.set(row.case_id, row)
  return latest
}

const peopleOrder = "CASE p.role WHEN 'subject' THEN 0 WHEN 'partner' THEN 1 WHEN 'child' THEN 3 ELSE 2 END, p.date_of_birth, p.first_name"

export type AgendaPersonRow = Pick<PersonRow, 'case_id' | 'first_name' | 'last_name' | 'role' | 'date_of_birth'>

/** The people the case at a glance lists: name, role and date of birth (for the age) only. */
export function agendaPeople(db: Db, scope: ItemScope): Map<string, AgendaPersonRow[]> {
  return byCase(
    stmt<AgendaPersonRow>(
      db,
      `SELECT p.case_id, p.first_name, p.last_name, p.role, p.date_of_birth FROM people p
       WHERE p.case_id IN (${scopeCases}) ORDER BY p.case_id, ${peopleOrder}`,
    ).all(params(scope)),
  )
}

export type HouseholdRow = PersonRow & { consent: ConsentStatus | null }

/** Everyone in each household with every identifier and their consent now: the minutes' redaction needs all of it. */
export function agendaHouseholds(db: Db, scope: ItemScope): Map<string, HouseholdRow[]> {
  return byCase(
    stmt<HouseholdRow>(
      db,
      `SELECT p.*, ${currentConsentSql('p.id')} AS consent FROM people p
       WHERE p.case_id IN (${scopeCases}) ORDER BY p.case_id, ${peopleOrder}`,
    ).all(params(scope)),
  )
}

/**
 * The actions the meeting carries for each case (the rule of carriedInto in
 * repos/actions.ts, for every case at once): raised before it and still
 * open, or updated at this meeting.
 */
export function carriedActions(
  db: Db,
  scope: ItemScope,
  meeting: { date: string; time: string; startsAt: string },
): Map<string, ActionJoinedRow[]> {
  return byCase(
    stmt<ActionJoinedRow>(
      db,
      `${actionsJoinedSql} WHERE ac.case_id IN (${scopeCases})
         AND (CASE WHEN ac.raised_at_meeting_id IS NULL THEN ac.created_at < @startsAt
                   ELSE ac.raised_at_meeting_id <> @meetingId AND (rm.date || 'T' || rm.time) < @local END)
         AND (ac.status = 'open' OR EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = ac.id AND u.meeting_id = @meetingId))
       ORDER BY ac.case_id, ac.due_date, ac.created_at`,
    ).all({ ...params(scope), local: `${meeting.date}T${meeting.time}`, startsAt: meeting.startsAt }),
  )
}

/** The actions raised at this meeting, per case, in the order they were raised. */
export function raisedActions(db: Db, scope: ItemScope): Map<string, ActionJoinedRow[]> {
  return byCase(
    stmt<ActionJoinedRow>(
      db,
      `${actionsJoinedSql} WHERE ac.case_id IN (${scopeCases}) AND ac.raised_at_meeting_id = @meetingId
       ORDER BY ac.case_id, ac.created_at, ac.rowid`,
    ).all(params(scope)),
  )
}

export interface MeetingUpdateRow {
  action_id: string
  outcome: ActionStatus
  non_completion_reason: NonCompletionReason | null
  note: string
}

/** What was recorded at this meeting for each of its cases' actions, by action (found through the cases' actions, by index). */
export function updatesAtMeeting(db: Db, scope: ItemScope): Map<string, MeetingUpdateRow> {
  const rows = stmt<MeetingUpdateRow>(
    db,
    `SELECT u.action_id, u.outcome, u.non_completion_reason, u.note FROM action_updates u
     WHERE u.meeting_id = @meetingId AND u.action_id IN (SELECT ac.id FROM actions ac WHERE ac.case_id IN (${scopeCases}))`,
  ).all(params(scope))
  return new Map(rows.map((row) => [row.action_id, row]))
}

/** The households of these cases (ids as a JSON array), as agendaHouseholds: the action tracker's cases without consent. */
export function householdsOf(db: Db, caseIds: readonly string[]): Map<string, HouseholdRow[]> {
  if (caseIds.length === 0) return new Map()
  return byCase(
    stmt<HouseholdRow>(
      db,
      `SELECT p.*, ${currentConsentSql('p.id')} AS consent FROM people p
       WHERE p.case_id IN (SELECT value FROM json_each(?)) ORDER BY p.case_id, ${peopleOrder}`,
    ).all(JSON.stringify(caseIds)),
  )
}
