import type { z } from 'zod'
import type {
  agreeConfidentialityInput,
  attendanceInput,
  attendeeAddInput,
  attendeesPresentInput,
} from '../../../shared/domain/meetings/meetings'
import type { AttendeeView, MeetingDetail } from '../../../shared/domain/meetings/views'
import { getAgency } from '../db/repos/agencies'
import { deleteAttendee, getAttendee, insertAttendee, listAttendees, setAgreed, setAttendance } from '../db/repos/attendees'
import { getUser } from '../db/repos/users'
import { newId, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'
import { loadAttendeeView, loadMeetingDetail as detail, requireEditable } from './meetingViews'

export function add(ctx: ServiceContext, input: z.output<typeof attendeeAddInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'attendance-add', entity: 'meeting' }, ({ at, audit, changed }) => {
    requireEditable(ctx, input.meetingId)
    if (!getAgency(ctx.db, input.agencyId)) throw fieldError('agencyId', 'Choose the agency')
    if (input.userId) {
      if (!getUser(ctx.db, input.userId)) throw fieldError('userId', 'Choose a user')
      if (listAttendees(ctx.db, input.meetingId).some((attendee) => attendee.user_id === input.userId))
        throw fieldError('userId', 'This person is already on the attendance list')
    }
    const id = newId()
    insertAttendee(ctx.db, {
      id,
      meeting_id: input.meetingId,
      user_id: input.userId,
      guest_name: input.userId ? '' : input.guestName,
      agency_id: input.agencyId,
      role: input.role,
      attendance: 'expected',
      information_sent: 0,
      agreed_confidentiality: 0,
      agreed_at: null,
      confidentiality_skipped: 0,
      created_at: at,
      updated_at: at,
    })
    // A guest's name is personal data: the row says only that one was added.
    audit({ entityId: input.meetingId, detail: { attendeeId: id, userId: input.userId, guest: input.userId === null } })
    changed({ kind: 'meeting', id: input.meetingId })
    return detail(ctx, input.meetingId)
  })
}

/**
 * The first meeting has no attendance to start from: the chair ticks who of
 * the team is here and they are all added as present, in one transaction
 * (one unknown, inactive or already listed person and nobody is added).
 */
export function addPresent(ctx: ServiceContext, input: z.output<typeof attendeesPresentInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'attendance-add', entity: 'meeting' }, ({ at, audit, changed }) => {
    requireEditable(ctx, input.meetingId)
    const listed = new Set(listAttendees(ctx.db, input.meetingId).map((attendee) => attendee.user_id))
    for (const userId of new Set(input.userIds)) {
      const user = getUser(ctx.db, userId)
      if (!user?.active) throw fieldError('userIds', 'Tick only active members of the team')
      if (listed.has(userId)) throw fieldError('userIds', `${user.name} is already on the attendance list`)
      const id = newId()
      insertAttendee(ctx.db, {
        id,
        meeting_id: input.meetingId,
        user_id: userId,
        guest_name: '',
        agency_id: user.agencyId,
        role: '',
        attendance: 'present',
        information_sent: 0,
        agreed_confidentiality: 0,
        agreed_at: null,
        confidentiality_skipped: 0,
        created_at: at,
        updated_at: at,
      })
      audit({ entityId: input.meetingId, detail: { attendeeId: id, userId, guest: false, attendance: 'present' } })
    }
    changed({ kind: 'meeting', id: input.meetingId })
    return detail(ctx, input.meetingId)
  })
}

export function remove(ctx: ServiceContext, attendeeId: string): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'attendance-remove', entity: 'meeting' }, ({ audit, changed }) => {
    const attendee = getAttendee(ctx.db, attendeeId)
    if (!attendee) throw notFound('The attendee')
    requireEditable(ctx, attendee.meeting_id)
    deleteAttendee(ctx.db, attendeeId)
    audit({ entityId: attendee.meeting_id, detail: { attendeeId } })
    changed({ kind: 'meeting', id: attendee.meeting_id })
    return detail(ctx, attendee.meeting_id)
  })
}

/** Present, observer or apologies; apologies record whether the agency sent information in advance. */
export function mark(ctx: ServiceContext, input: z.output<typeof attendanceInput>): AttendeeView {
  return write(ctx, { access: 'writeCases', action: 'attendance-mark', entity: 'meeting' }, ({ at, audit, changed }) => {
    const attendee = getAttendee(ctx.db, input.attendeeId)
    if (!attendee) throw notFound('The attendee')
    requireEditable(ctx, attendee.meeting_id)
    const informationSent = input.attendance === 'apologies' && input.informationSent
    setAttendance(ctx.db, attendee.id, input.attendance, informationSent, at)
    if (input.attendance === 'apologies' || input.attendance === 'expected') setAgreed(ctx.db, attendee.id, false, at)
    audit({ entityId: attendee.meeting_id, detail: { attendeeId: attendee.id, attendance: input.attendance, informationSent } })
    changed({ kind: 'meeting', id: attendee.meeting_id })
    // This attendee only, not the whole meeting: the window that wrote patches it in (renderer/src/api/meetingPatch.ts).
    return loadAttendeeView(ctx, attendee.meeting_id, attendee.id)
  })
}

/** The confidentiality statement is read at the start and agreed by each person in the room. */
/** `skipped` is optional for callers inside main; the contract defaults it to false. */
export function agree(ctx: ServiceContext, input: z.input<typeof agreeConfidentialityInput>): AttendeeView {
  return write(ctx, { access: 'writeCases', action: 'attendance-agree', entity: 'meeting' }, ({ at, audit, changed }) => {
    const attendee = getAttendee(ctx.db, input.attendeeId)
    if (!attendee) throw notFound('The attendee')
    requireEditable(ctx, attendee.meeting_id)
    if (input.agreed && attendee.attendance !== 'present' && attendee.attendance !== 'observer') {
      throw new DomainError('invalid_input', 'Mark this person present or observer before recording their agreement', {
        agreed: 'Mark this person present or observer first',
      })
    }
    const skipped = input.skipped ?? false
    if (skipped && attendee.attendance !== 'present' && attendee.attendance !== 'observer') {
      throw new DomainError('invalid_input', 'Only someone marked present or observer can have the statement skipped', {
        skipped: 'Mark this person present or observer first',
      })
    }
    setAgreed(ctx.db, attendee.id, input.agreed, at, skipped)
    audit({ entityId: attendee.meeting_id, detail: { attendeeId: attendee.id, agreed: input.agreed, skipped } })
    changed({ kind: 'meeting', id: attendee.meeting_id })
    return loadAttendeeView(ctx, attendee.meeting_id, attendee.id)
  })
}
