import { z } from 'zod'
import { id, isoDate, optionalText, requiredText } from '../common'
import { addDays } from '../record/dates'
import { sensitiveCategories } from '../redaction'
import { riskLevels } from '../risk'
import { actionInput, actionUpdateInput } from './actions'
import { directions } from './direction'

export const meetingKinds = ['weekly', 'case_review', 'hub'] as const
export type MeetingKind = (typeof meetingKinds)[number]
export const meetingKindLabels: Record<MeetingKind, string> = {
  weekly: 'Weekly case meeting',
  case_review: 'Case review',
  hub: 'Hub / deep dive',
}

export const meetingStatuses = ['planned', 'in_progress', 'minutes_draft', 'approved'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  minutes_draft: 'Minutes in draft',
  approved: 'Minutes approved',
}

export const attendanceKinds = ['expected', 'present', 'observer', 'apologies'] as const
export type Attendance = (typeof attendanceKinds)[number]
export const attendanceLabels: Record<Attendance, string> = {
  expected: 'Not marked',
  present: 'Present',
  observer: 'Observer',
  apologies: 'Apologies',
}

export const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, for example 09:30')

export const meetingCreateInput = z.object({
  kind: z.enum(meetingKinds, { error: 'Choose the kind of meeting' }),
  date: isoDate,
  time,
  location: optionalText('location', 200),
  chairId: z.uuid({ error: 'Choose the chair' }),
})
export type MeetingCreateInput = z.input<typeof meetingCreateInput>

export const attendeeAddInput = z
  .object({
    meetingId: id,
    userId: z.uuid().nullable().default(null),
    guestName: optionalText('guest name', 120),
    agencyId: z.uuid({ error: 'Choose the agency' }),
    role: optionalText('role', 80),
  })
  .refine((value) => value.userId !== null || value.guestName !== '', {
    path: ['guestName'],
    message: 'Choose a user or type a guest’s name',
  })

/** The first meeting: tick who of the team is here, all saved as present at once. */
export const attendeesPresentInput = z.object({
  meetingId: id,
  userIds: z.array(z.uuid()).min(1, 'Tick at least one person who is here'),
})

export const attendanceInput = z.object({
  attendeeId: id,
  attendance: z.enum(attendanceKinds, { error: 'Choose present, observer or apologies' }),
  informationSent: z.boolean().default(false),
})

/** Agreed; or, for someone in the room who did not hear it (joined late, left early), explicitly skipped. */
export const agreeConfidentialityInput = z.object({ attendeeId: id, agreed: z.boolean(), skipped: z.boolean().default(false) })

/** Who in the room has neither agreed the confidentiality statement nor had it skipped: run mode waits for them. */
export function awaitingConfidentiality<
  T extends { attendance: Attendance; agreedConfidentiality: boolean; confidentialitySkipped: boolean },
>(attendees: readonly T[]): T[] {
  return attendees.filter(
    (a) => (a.attendance === 'present' || a.attendance === 'observer') && !a.agreedConfidentiality && !a.confidentialitySkipped,
  )
}

/** What the chair records for one case: saved on every move and every few seconds. */
export const agendaItemRecordInput = z
  .object({
    itemId: id,
    discussion: optionalText('discussion', 10000),
    decisions: optionalText('decisions', 10000),
    riskAfter: z.enum(riskLevels).nullable().default(null),
    direction: z.enum(directions).nullable().default(null),
    directionReason: optionalText('direction reason', 500),
    nextReviewDate: isoDate.nullable().default(null),
    agenciesShared: z.array(id).default([]),
    shareWithoutConsentRationale: optionalText('rationale', 2000),
    shareWithoutConsentBy: optionalText('who decided', 120),
    discussionCategory: z.enum(sensitiveCategories).nullable().default(null),
    done: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (value.direction !== null && value.directionReason === '')
      context.addIssue({ code: 'custom', path: ['directionReason'], message: 'Give a short reason for the direction of travel' })
    const rationale = value.shareWithoutConsentRationale !== ''
    const by = value.shareWithoutConsentBy !== ''
    if (rationale && !by)
      context.addIssue({ code: 'custom', path: ['shareWithoutConsentBy'], message: 'Say who decided to share without consent' })
    if (by && !rationale)
      context.addIssue({
        code: 'custom',
        path: ['shareWithoutConsentRationale'],
        message: 'Record why information is shared without consent',
      })
  })
export type AgendaItemRecordInput = z.input<typeof agendaItemRecordInput>

export const newActionAtMeetingInput = actionInput.extend({ itemId: id })
export const actionUpdateAtMeetingInput = z.object({ itemId: id, update: actionUpdateInput })

export const agendaAddInput = z.object({ meetingId: id, caseId: z.uuid({ error: 'Choose a case' }) })
export const agendaRemoveInput = z.object({ itemId: id, reason: requiredText('why the case is removed from the agenda', 300) })
export const agendaMoveInput = z.object({ itemId: id, direction: z.enum(['up', 'down']) })
export const amendmentInput = z.object({ meetingId: id, text: requiredText('the correction', 4000) })
export const meetingIdInput = z.object({ meetingId: id })
export const currentItemInput = z.object({ meetingId: id, itemId: id })
export const finishMeetingInput = z.object({ meetingId: id, nextMeetingDate: isoDate.nullable().default(null) })

/** A recurring weekly meeting: the next one is a week on. */
export const nextWeeklyDate = (lastDate: string): string => addDays(lastDate, 7)
