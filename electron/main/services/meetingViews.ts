import { isEscalated, isOverdue } from '../../../shared/domain/meetings/actions'
import type { AgendaReason } from '../../../shared/domain/meetings/agenda'
import { agendaDisplayName, agendaShortName } from '../../../shared/domain/meetings/consentDisplay'
import type { Direction } from '../../../shared/domain/meetings/direction'
import { londonToInstant } from '../../../shared/domain/londonTime'
import { directionCountsOf } from '../../../shared/domain/meetings/runModePatch'
import type {
  ActionView,
  AgendaItemView,
  AttendeeView,
  MeetingDetail,
  MeetingSummary,
  NextMeetingView,
} from '../../../shared/domain/meetings/views'
import { ageOn } from '../../../shared/domain/record/dates'
import { personRoleLabels, type PersonRole } from '../../../shared/domain/record/people'
import type { Db } from '../db/connection'
import type { ActionJoinedRow } from '../db/repos/actions'
import type { AgendaItemRow } from '../db/repos/agendaItems'
import { listAttendees, type AttendeeJoinedRow } from '../db/repos/attendees'
import {
  agendaCases,
  agendaPeople,
  carriedActions,
  itemsInScope,
  lastDirections,
  latestTriage,
  raisedActions,
  updatesAtMeeting,
  type AgendaCaseRow,
  type AgendaPersonRow,
  type MeetingUpdateRow,
} from '../db/repos/meetingRead'
import { followingMeeting, getMeeting, listAmendments, type MeetingJoinedRow } from '../db/repos/meetings'
import * as appSettings from './appSettings'
import type { ServiceContext } from './context'
import { DomainError, notFound } from './errors'
import { frozenDetail } from './frozenMinutes'

export const meetingSummary = (row: MeetingJoinedRow): MeetingSummary => ({
  id: row.id,
  kind: row.kind,
  date: row.date,
  time: row.time,
  location: row.location,
  chairId: row.chair_id,
  chairName: row.chair_name,
  status: row.status,
  itemCount: row.item_count,
  approvedAt: row.approved_at,
})

export function actionView(row: ActionJoinedRow, today: string, escalationMeetings: number): ActionView {
  const action = { status: row.status, dueDate: row.due_date, meetingsCarried: row.meetings_carried }
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    caseDisplayName: agendaDisplayName({
      reference: row.case_reference,
      title: row.case_title,
      subjectName: row.subject_name,
      subjectConsent: row.subject_consent,
    }),
    subjectConsent: row.subject_consent,
    raisedAtMeetingId: row.raised_at_meeting_id,
    raisedOn: row.raised_on,
    description: row.description,
    ownerName: row.owner_name,
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyName: row.owner_agency_name,
    dueDate: row.due_date,
    status: row.status,
    completedOn: row.completed_on,
    statusNote: row.status_note,
    meetingsCarried: row.meetings_carried,
    overdue: isOverdue(action, today),
    escalated: isEscalated(action, escalationMeetings),
  }
}

/** Everything the items show about their cases, one statement per kind for all the items in scope. */
export interface ItemsRead {
  cases: Map<string, AgendaCaseRow>
  lastDirections: Map<string, Direction>
  triage: Map<string, { summary: string; risk_factors: string }>
  people: Map<string, AgendaPersonRow[]>
  carried: Map<string, ActionJoinedRow[]>
  raised: Map<string, ActionJoinedRow[]>
  updates: Map<string, MeetingUpdateRow>
}

/** The meeting's items (or one of them) and what they show, read set-based; the meeting's start in London computed once. */
export function readItems(db: Db, meeting: MeetingJoinedRow, itemId: string | null): { rows: AgendaItemRow[]; read: ItemsRead } {
  const scope = { meetingId: meeting.id, itemId }
  const rows = itemsInScope(db, scope)
  if (rows.length === 0) return { rows, read: emptyRead() }
  return {
    rows,
    read: {
      cases: agendaCases(db, scope),
      lastDirections: lastDirections(db, scope, meeting.date),
      triage: latestTriage(db, scope),
      people: agendaPeople(db, scope),
      carried: carriedActions(db, scope, meetingMoment(meeting)),
      raised: raisedActions(db, scope),
      updates: updatesAtMeeting(db, scope),
    },
  }
}

const emptyRead = (): ItemsRead => ({
  cases: new Map(),
  lastDirections: new Map(),
  triage: new Map(),
  people: new Map(),
  carried: new Map(),
  raised: new Map(),
  updates: new Map(),
})

/** One item as the agenda and run mode show it, from what readItems read (no queries). */
export function itemView(meeting: MeetingJoinedRow, row: AgendaItemRow, read: ItemsRead, escalationMeetings: number): AgendaItemView {
  const meetingDate = meeting.date
  const record = read.cases.get(row.case_id)
  const subjectName = record?.subject_first_name ? [record.subject_first_name, record.subject_last_name].filter(Boolean).join(' ') : null
  const triage = read.triage.get(row.case_id)
  return {
    id: row.id,
    position: row.position,
    caseId: row.case_id,
    reference: record?.reference ?? '',
    displayName: agendaDisplayName({
      reference: record?.reference ?? '',
      title: record?.title ?? '',
      subjectName,
      subjectConsent: record?.subject_consent ?? null,
    }),
    shortName: agendaShortName({ reference: record?.reference ?? '', title: record?.title ?? '', subjectName }),
    subjectConsent: record?.subject_consent ?? null,
    reasons: JSON.parse(row.reasons) as AgendaReason[],
    removed: row.removed === 1,
    removedReason: row.removed_reason,
    done: row.done === 1,
    riskBefore: row.risk_before,
    riskAfter: row.risk_after,
    direction: row.direction,
    directionReason: row.direction_reason,
    lastDirection: read.lastDirections.get(row.case_id) ?? null,
    nextReviewDate: row.next_review_date,
    discussion: row.discussion,
    decisions: row.decisions,
    agenciesShared: JSON.parse(row.agencies_shared) as string[],
    shareWithoutConsentRationale: row.share_without_consent_rationale,
    shareWithoutConsentBy: row.share_without_consent_by,
    discussionCategory: row.discussion_category,
    caseSummary: record?.summary ?? '',
    caseStatus: record?.status ?? 'open',
    keyworkerName: record?.keyworker_name ?? null,
    triageSummary: triage?.summary ?? '',
    riskFactors: triage ? (JSON.parse(triage.risk_factors) as string[]) : [],
    people: (read.people.get(row.case_id) ?? []).map((person) => ({
      name: [person.first_name, person.last_name].filter(Boolean).join(' '),
      role: personRoleLabels[person.role as PersonRole] ?? person.role,
      age: person.date_of_birth ? ageOn(person.date_of_birth, meetingDate) : null,
    })),
    carriedActions: (read.carried.get(row.case_id) ?? []).map((action) => {
      const update = read.updates.get(action.id)
      return {
        ...actionView(action, meetingDate, escalationMeetings),
        update: update
          ? { actionId: action.id, outcome: update.outcome, nonCompletionReason: update.non_completion_reason, note: update.note }
          : null,
      }
    }),
    newActions: (read.raised.get(row.case_id) ?? []).map((action) => actionView(action, meetingDate, escalationMeetings)),
  }
}

export const attendeeView = (attendee: AttendeeJoinedRow): AttendeeView => ({
  id: attendee.id,
  userId: attendee.user_id,
  name: attendee.user_name ?? attendee.guest_name,
  agencyId: attendee.agency_id,
  agencyName: attendee.agency_name,
  role: attendee.role,
  attendance: attendee.attendance,
  informationSent: attendee.information_sent === 1,
  agreedConfidentiality: attendee.agreed_confidentiality === 1,
  confidentialitySkipped: attendee.confidentiality_skipped === 1,
})

/** What carriedInto needs to know about the meeting: when it was held. */
export const meetingMoment = (meeting: { id: string; date: string; time: string }) => ({
  id: meeting.id,
  date: meeting.date,
  time: meeting.time,
  startsAt: londonToInstant(meeting.date, meeting.time),
})

/** The next meeting's own date, time and place once it exists; until then only the date set at the end. */
export function nextMeetingOf(db: Db, row: MeetingJoinedRow): NextMeetingView | null {
  const next = followingMeeting(db, row)
  if (next) return { id: next.id, date: next.date, time: next.time, location: next.location }
  return row.next_meeting_date ? { id: null, date: row.next_meeting_date, time: null, location: null } : null
}

/** The meeting as it is now; approved minutes as they were frozen at approval (frozenMinutes.ts). */
export function meetingDetail(db: Db, meetingId: string, escalationMeetings: number): MeetingDetail | undefined {
  const row = getMeeting(db, meetingId)
  if (!row) return undefined
  const amendments = listAmendments(db, meetingId).map((amendment) => ({
    id: amendment.id,
    text: amendment.text,
    addedByName: amendment.added_by_name,
    addedAt: amendment.added_at,
  }))
  if (row.status === 'approved') {
    const frozen = frozenDetail(db, meetingId)
    // Amendments are linked records, added after approval; the link to the next meeting is not minutes content.
    if (frozen) return { ...frozen, amendments, nextMeetingId: row.next_meeting_id }
  }
  const { rows, read } = readItems(db, row, null)
  const items = rows.map((item) => itemView(row, item, read, escalationMeetings))
  return {
    ...meetingSummary(row),
    previousMeetingId: row.previous_meeting_id,
    currentItemId: row.current_item_id,
    confidentialityStatement: row.confidentiality_statement,
    nextMeetingDate: row.next_meeting_date,
    minutesVersion: row.minutes_version,
    approvedByName: row.approved_by_name,
    attendees: listAttendees(db, meetingId).map(attendeeView),
    items,
    amendments,
    directionCounts: directionCountsOf(items),
    nextMeetingId: row.next_meeting_id,
    nextMeeting: nextMeetingOf(db, row),
  }
}

/** A meeting as every screen and export sees it (no audit entry: callers that show it to a person add one). */
export function loadMeetingDetail(ctx: ServiceContext, meetingId: string): MeetingDetail {
  const found = meetingDetail(ctx.db, meetingId, appSettings.read(ctx).escalationMeetings)
  if (!found) throw notFound('The meeting')
  return found
}

/**
 * One agenda item as the meeting view shows it, read set-based for that item
 * alone: what a run-mode write returns instead of the whole meeting.
 */
export function loadItemView(ctx: ServiceContext, meetingId: string, itemId: string): AgendaItemView {
  const meeting = getMeeting(ctx.db, meetingId)
  if (!meeting) throw notFound('The meeting')
  const { rows, read } = readItems(ctx.db, meeting, itemId)
  const row = rows[0]
  if (!row) throw notFound('The agenda item')
  return itemView(meeting, row, read, appSettings.read(ctx).escalationMeetings)
}

/** One attendee as the meeting view shows them: what an attendance write returns. */
export function loadAttendeeView(ctx: ServiceContext, meetingId: string, attendeeId: string): AttendeeView {
  const found = listAttendees(ctx.db, meetingId).find((attendee) => attendee.id === attendeeId)
  if (!found) throw notFound('The attendee')
  return attendeeView(found)
}

/** The meeting, if its minutes may still change: approved minutes take amendments only. */
export function requireEditable(ctx: ServiceContext, meetingId: string) {
  const meeting = getMeeting(ctx.db, meetingId)
  if (!meeting) throw notFound('The meeting')
  if (meeting.status === 'approved')
    throw new DomainError('conflict', 'These minutes are approved and cannot be changed. Add an amendment instead.')
  return meeting
}
