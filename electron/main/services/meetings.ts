import { canChair } from '../../../shared/domain/policy'
import type { z } from 'zod'
import type { amendmentInput, finishMeetingInput, meetingCreateInput } from '../../../shared/domain/meetings/meetings'
import { carriedForwardNote } from '../../../shared/domain/meetings/actions'
import { awaitingConfidentiality, nextWeeklyDate } from '../../../shared/domain/meetings/meetings'
import type { AgendaReason } from '../../../shared/domain/meetings/agenda'
import type { MeetingDetail } from '../../../shared/domain/meetings/views'
import { carriedInto, insertActionUpdate, updateAtMeeting } from '../db/repos/actions'
import { insertItem, listItems, setItemReasons } from '../db/repos/agendaItems'
import { insertAttendee, listAttendees } from '../db/repos/attendees'
import {
  approveMeeting,
  followingMeeting,
  getMeeting,
  insertAmendment,
  insertMeeting,
  setCurrentItem,
  setMeetingStatus,
  setNextMeetingDate,
  type MeetingRow,
} from '../db/repos/meetings'
import { getUser } from '../db/repos/users'
import * as appSettings from './appSettings'
import { proposeAgenda } from './agendaBuilder'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write, type WriteScope } from './write'
import * as exportData from './exportData'
import { freezeMinutes } from './frozenMinutes'
import { loadMeetingDetail as detail, meetingMoment, requireEditable } from './meetingViews'

/** Viewing a meeting is audited at the boundary (ipc/readAudit.ts). */
export function get(ctx: ServiceContext, meetingId: string): MeetingDetail {
  requireActor(ctx)
  return detail(ctx, meetingId)
}

/**
 * Adds every proposed case not yet on the agenda, after the ones already
 * there, and brings the reasons and risk of cases already on it up to date
 * (a case not yet discussed; what was recorded is never touched).
 */
export function addProposedItems(ctx: ServiceContext, meetingId: string, meetingDate: string): { added: number; updated: number } {
  const settings = appSettings.read(ctx)
  const existing = listItems(ctx.db, meetingId)
  const onAgenda = new Map(existing.map((item) => [item.case_id, item]))
  let position = existing.filter((item) => item.removed === 0).length
  let added = 0
  let updated = 0
  const at = isoNow(ctx)
  for (const proposed of proposeAgenda(ctx.db, meetingDate, settings)) {
    const current = onAgenda.get(proposed.caseId)
    if (current) {
      if (current.removed === 1 || current.done === 1 || current.risk_after !== null) continue
      const before = JSON.parse(current.reasons) as AgendaReason[]
      // "Added by chair" is the chair's own reason: it stays.
      const reasons = [...proposed.reasons, ...(before.includes('added_by_chair') ? (['added_by_chair'] as const) : [])]
      if (JSON.stringify(reasons) !== current.reasons || proposed.riskLevel !== current.risk_before) {
        setItemReasons(ctx.db, current.id, JSON.stringify(reasons), proposed.riskLevel, at)
        updated += 1
      }
      continue
    }
    position += 1
    added += 1
    insertItem(ctx.db, {
      id: newId(),
      meeting_id: meetingId,
      case_id: proposed.caseId,
      position,
      reasons: JSON.stringify(proposed.reasons),
      removed: 0,
      removed_reason: '',
      done: 0,
      discussion: '',
      decisions: '',
      risk_before: proposed.riskLevel,
      risk_after: null,
      direction: null,
      direction_reason: '',
      next_review_date: null,
      agencies_shared: '[]',
      share_without_consent_rationale: '',
      share_without_consent_by: '',
      discussion_category: null,
      created_at: at,
      updated_at: at,
    })
  }
  return { added, updated }
}

function insertNewMeeting(
  ctx: ServiceContext,
  input: z.output<typeof meetingCreateInput>,
  previousMeetingId: string | null,
  { at, audit, changed }: WriteScope,
): string {
  const chair = getUser(ctx.db, input.chairId)
  if (!chair?.active) throw fieldError('chairId', 'Choose an active user as chair')
  if (!canChair(chair.role)) throw fieldError('chairId', 'The chair must be a user with the chair (or administrator) role')
  const id = newId()
  insertMeeting(ctx.db, {
    id,
    kind: input.kind,
    date: input.date,
    time: input.time,
    location: input.location,
    chair_id: input.chairId,
    status: 'planned',
    previous_meeting_id: previousMeetingId,
    current_item_id: null,
    confidentiality_statement: appSettings.read(ctx).confidentialityStatement,
    next_meeting_date: null,
    minutes_version: 1,
    approved_by: null,
    approved_at: null,
    created_at: at,
    updated_at: at,
  })
  // Expected attendance: the chair, plus everyone at the previous meeting, to tick off.
  const expected = new Map<string, { userId: string | null; guestName: string; agencyId: string; role: string }>()
  expected.set(`user:${chair.id}`, { userId: chair.id, guestName: '', agencyId: chair.agencyId, role: 'Chair' })
  if (previousMeetingId) {
    for (const attendee of listAttendees(ctx.db, previousMeetingId)) {
      const key = attendee.user_id ? `user:${attendee.user_id}` : `guest:${attendee.guest_name.toLowerCase()}`
      if (!expected.has(key))
        expected.set(key, { userId: attendee.user_id, guestName: attendee.guest_name, agencyId: attendee.agency_id, role: attendee.role })
    }
  }
  for (const person of expected.values()) {
    insertAttendee(ctx.db, {
      id: newId(),
      meeting_id: id,
      user_id: person.userId,
      guest_name: person.guestName,
      agency_id: person.agencyId,
      role: person.role,
      attendance: 'expected',
      information_sent: 0,
      agreed_confidentiality: 0,
      agreed_at: null,
      confidentiality_skipped: 0,
      created_at: at,
      updated_at: at,
    })
  }
  addProposedItems(ctx, id, input.date)
  audit({ action: 'create', entity: 'meeting', entityId: id })
  changed({ kind: 'meeting', id })
  if (previousMeetingId) changed({ kind: 'meeting', id: previousMeetingId })
  return id
}

/** A new meeting: its agenda builds itself from the rules, and attendance starts from last time. */
export function create(ctx: ServiceContext, input: z.output<typeof meetingCreateInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'meeting' }, (scope) =>
    detail(ctx, insertNewMeeting(ctx, input, null, scope)),
  )
}

/** The next meeting from this one: a week on (or the date set at the end), same kind, time, place, chair and attendance. */
function insertFollowing(ctx: ServiceContext, last: MeetingRow, scope: WriteScope): string {
  const date = last.next_meeting_date ?? nextWeeklyDate(last.date)
  if (date <= last.date) throw fieldError('nextMeetingDate', 'The next meeting must be after this one')
  return insertNewMeeting(ctx, { kind: last.kind, date, time: last.time, location: last.location, chairId: last.chair_id }, last.id, scope)
}

/**
 * "Create next meeting". Approval already does this, so when the next
 * meeting exists it is simply returned. A meeting already held or planned
 * after this one is the next one: creating another in between is refused.
 */
export function createNext(ctx: ServiceContext, meetingId: string): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'meeting' }, (scope) => {
    const last = getMeeting(ctx.db, meetingId)
    if (!last) throw notFound('The meeting')
    if (last.next_meeting_id) {
      scope.unchanged()
      return detail(ctx, last.next_meeting_id)
    }
    const later = followingMeeting(ctx.db, last)
    if (later)
      throw new DomainError('conflict', `A later meeting already exists (${later.date} at ${later.time}). Open it from the meetings list.`)
    return detail(ctx, insertFollowing(ctx, last, scope))
  })
}

export function start(ctx: ServiceContext, meetingId: string): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'start', entity: 'meeting' }, ({ at, audit, changed, unchanged }) => {
    const meeting = requireEditable(ctx, meetingId)
    if (meeting.status === 'planned') {
      // The statement is read and agreed before any case is discussed (issue 4).
      const attendees = detail(ctx, meetingId).attendees
      if (!attendees.some((a) => a.attendance === 'present'))
        throw new DomainError('conflict', 'Mark who is present before starting the meeting.')
      const waiting = awaitingConfidentiality(attendees)
      if (waiting.length > 0) {
        throw new DomainError(
          'conflict',
          `Before run mode starts, each person in the room agrees the confidentiality statement (or skip it for them). Still to agree: ${waiting.map((a) => a.name).join(', ')}.`,
        )
      }
      setMeetingStatus(ctx.db, meetingId, 'in_progress', at)
      audit({ entityId: meetingId })
      changed({ kind: 'meeting', id: meetingId })
    } else unchanged()
    return detail(ctx, meetingId)
  })
}

/** Run mode remembers where the chair is, so a closed app reopens at the same case. */
export function setCurrent(ctx: ServiceContext, meetingId: string, itemId: string): void {
  write(ctx, { access: 'writeCases', action: 'set-current-item', entity: 'meeting' }, ({ at, audit }) => {
    requireEditable(ctx, meetingId)
    setCurrentItem(ctx.db, meetingId, itemId, at)
    // Where the chair is, for reopening there: no screen shows it, so nothing to refetch.
    audit({ entityId: meetingId, detail: { itemId } })
  })
}

/**
 * End of the meeting: minutes go to draft. Every carried action nobody
 * updated is recorded as carried forward (still open), so the minutes say
 * what happened to each one and escalation counts it.
 */
export function finish(ctx: ServiceContext, input: z.output<typeof finishMeetingInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'finish', entity: 'meeting' }, ({ actor, at, audit, changed }) => {
    const meeting = requireEditable(ctx, input.meetingId)
    if (input.nextMeetingDate !== null && input.nextMeetingDate <= meeting.date)
      throw fieldError('nextMeetingDate', 'The next meeting must be after this one')
    for (const item of listItems(ctx.db, input.meetingId).filter((row) => row.removed === 0)) {
      for (const action of carriedInto(ctx.db, item.case_id, meetingMoment(meeting))) {
        if (action.status === 'open' && !updateAtMeeting(ctx.db, action.id, input.meetingId)) {
          insertActionUpdate(ctx.db, {
            id: newId(),
            action_id: action.id,
            meeting_id: input.meetingId,
            outcome: 'open',
            non_completion_reason: null,
            note: carriedForwardNote,
            recorded_by: actor,
            created_at: at,
            updated_at: at,
          })
        }
      }
    }
    setNextMeetingDate(ctx.db, input.meetingId, input.nextMeetingDate ?? nextWeeklyDate(meeting.date), at)
    setMeetingStatus(ctx.db, input.meetingId, 'minutes_draft', at)
    audit({ entityId: input.meetingId })
    // Carried actions nobody updated are now recorded as carried forward.
    changed({ kind: 'meeting', id: input.meetingId }, { kind: 'actions' })
    return detail(ctx, input.meetingId)
  })
}

/**
 * Only the meeting's chair approves; approved minutes never change (the
 * database refuses). Approval freezes the minutes as shown, and next week's
 * meeting is ready at once, its agenda built, unless a later one exists.
 */
export function approve(ctx: ServiceContext, meetingId: string): MeetingDetail {
  // The role now, not the one the meeting was set up with: a chair since
  // made a viewer no longer approves.
  return write(ctx, { access: 'chair', action: 'approve', entity: 'meeting' }, (scope) => {
    const { actor, at, audit, changed } = scope
    const meeting = requireEditable(ctx, meetingId)
    if (meeting.chair_id !== actor)
      throw new DomainError('forbidden', `Only the chair of this meeting (${meeting.chair_name}) can approve its minutes.`)
    if (meeting.status !== 'minutes_draft') throw new DomainError('conflict', 'Finish the meeting before approving its minutes.')
    approveMeeting(ctx.db, meetingId, actor, at)
    const chair = getUser(ctx.db, meeting.chair_id)
    const chairCanChair = chair?.active === true && canChair(chair.role)
    if (chairCanChair && !followingMeeting(ctx.db, meeting)) insertFollowing(ctx, meeting, scope)
    freezeMinutes(ctx.db, meetingId, at, {
      detail: detail(ctx, meetingId),
      full: exportData.minutesData(ctx, meetingId, 'full'),
      forRedaction: exportData.minutesData(ctx, meetingId, 'forRedaction'),
    })
    audit({ entityId: meetingId })
    changed({ kind: 'meeting', id: meetingId })
    return detail(ctx, meetingId)
  })
}

/** A correction to approved minutes: a new linked record, shown in the minutes and the export. */
export function amend(ctx: ServiceContext, input: z.output<typeof amendmentInput>): MeetingDetail {
  return write(ctx, { access: 'chair', action: 'amend', entity: 'meeting' }, ({ actor, at, audit, changed }) => {
    const meeting = getMeeting(ctx.db, input.meetingId)
    if (!meeting) throw notFound('The meeting')
    if (meeting.status !== 'approved')
      throw new DomainError('conflict', 'Draft minutes can still be edited: change them directly. Amendments are for approved minutes.')
    insertAmendment(ctx.db, {
      id: newId(),
      meeting_id: input.meetingId,
      text: input.text,
      added_by: actor,
      added_at: at,
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: input.meetingId })
    changed({ kind: 'meeting', id: input.meetingId })
    return detail(ctx, input.meetingId)
  })
}
