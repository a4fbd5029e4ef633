import { checkReceived, type ReceivedCheck } from '../../../../shared/domain/record/received'
import type { DecisionCategory, MeetingReason, TriageInput, TriageSource } from '../../../../shared/domain/record/triage'
import type { RiskLevel } from '../../../../shared/domain/risk'
import type { AppError } from '../../../../shared/result'
import type { Subject, SubjectQuery } from './SubjectPicker'

export interface TriageFormState {
  receivedDate: string
  receivedTime: string
  /** False while "received" still shows the time the form was opened, which then follows the clock. */
  receivedEdited: boolean
  source: TriageSource | ''
  sourceReference: string
  summary: string
  riskLevel: RiskLevel | ''
  riskFactors: string[]
  decisionCategory: DecisionCategory | ''
  meetingReasons: MeetingReason[]
  bringToNextMeeting: boolean
  decisionNotes: string
  decidedByUserId: string
  /** The lead agency for a new person's case; '' follows the agency of whoever decided. */
  leadAgencyId: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "Received" as the form shows it by default: now, local time. */
export function receivedNow(now: Date): Pick<TriageFormState, 'receivedDate' | 'receivedTime'> {
  return {
    receivedDate: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    receivedTime: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  }
}

/** A fresh form: received now; source and decider kept from the last entry for the next one. */
export function freshForm(decidedByUserId: string, source: TriageSource | '', now: Date): TriageFormState {
  return {
    ...receivedNow(now),
    receivedEdited: false,
    source,
    sourceReference: '',
    summary: '',
    riskLevel: '',
    riskFactors: [],
    decisionCategory: '',
    meetingReasons: [],
    bringToNextMeeting: false,
    decisionNotes: '',
    decidedByUserId,
    leadAgencyId: '',
  }
}

/**
 * Nothing typed yet for this contact (what is carried over from the last one,
 * and a received time nobody changed, do not count): no draft to keep.
 */
export function isBlank(form: TriageFormState, query: SubjectQuery, subject: Subject): boolean {
  return (
    !form.receivedEdited &&
    form.sourceReference === '' &&
    form.summary.trim() === '' &&
    form.riskLevel === '' &&
    form.riskFactors.length === 0 &&
    form.decisionCategory === '' &&
    form.meetingReasons.length === 0 &&
    !form.bringToNextMeeting &&
    form.decisionNotes.trim() === '' &&
    query.name.trim() === '' &&
    query.dateOfBirth.trim() === '' &&
    subject === null
  )
}

/** Local date and time as typed → the ISO instant the service stores; anything unreadable is sent as typed for the service to name. */
export function receivedAt(date: string, time: string): string {
  const checked = checkReceived(date, time)
  if (!checked.ok) return `${date.trim() || '-'} ${time.trim() || '-'}`
  return new Date(`${checked.date}T${checked.time}:00`).toISOString()
}

/** The form as the contract wants it. Missing choices are sent empty so the service names them at the fields. */
export function toTriageInput(form: TriageFormState, subject: Subject): TriageInput {
  const base = {
    receivedAt: receivedAt(form.receivedDate, form.receivedTime),
    source: form.source as TriageSource,
    sourceReference: form.sourceReference,
    summary: form.summary,
    riskLevel: form.riskLevel as RiskLevel,
    riskFactors: form.riskFactors,
    decisionCategory: form.decisionCategory as DecisionCategory,
    meetingReasons: form.meetingReasons,
    decisionNotes: form.decisionNotes,
    decidedByUserId: form.decidedByUserId,
    bringToNextMeeting: form.bringToNextMeeting,
  }
  if (subject?.mode === 'existing')
    return { ...base, subject: { mode: 'existing', caseId: subject.match.caseId, personId: subject.match.personId } }
  if (subject?.mode === 'new') {
    return {
      ...base,
      subject: {
        mode: 'new',
        kind: subject.kind,
        title: '',
        person: {
          role: 'subject',
          firstName: subject.firstName,
          lastName: subject.lastName,
          dateOfBirth: subject.dateOfBirth || null,
          nhsNumber: subject.nhsNumber || null,
        },
        leadAgencyId: form.leadAgencyId || null,
      },
    }
  }
  // Nobody chosen yet: the service answers "Choose the case this contact is about" at subject.caseId.
  return { ...base, subject: { mode: 'existing', caseId: '', personId: null } }
}

/** The form's fields top to bottom: the error summary lists problems in the order the user meets them. */
const fieldOrder = [
  'receivedDate',
  'receivedTime',
  'source',
  'sourceReference',
  'subject',
  'subject.person.dateOfBirth',
  'subject.person.firstName',
  'subject.person.lastName',
  'subject.person.nhsNumber',
  'subject.kind',
  'summary',
  'riskLevel',
  'decisionCategory',
  'decidedByUserId',
  'subject.leadAgencyId',
]
const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length)

/**
 * The service's field errors placed at the form's fields: "received" is two
 * fields here, checked with the same shared rule, so the date or the time is
 * named; a time in the future is the time's fault when the date is today.
 */
export function placeErrors(error: AppError, received: ReceivedCheck, today: string): AppError {
  const { receivedAt: atReceived, 'subject.caseId': atSubject, ...rest } = error.fields ?? {}
  const receivedFields = received.ok
    ? atReceived
      ? { [received.date === today ? 'receivedTime' : 'receivedDate']: atReceived }
      : {}
    : received.fields
  const fields: Record<string, string> = { ...receivedFields, ...(atSubject ? { subject: atSubject } : {}), ...rest }
  const ordered = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)))
  return { ...error, fields: ordered }
}
