import type { DecisionCategory, MeetingReason, TriageInput, TriageSource } from '../../../../shared/domain/record/triage'
import type { RiskLevel } from '../../../../shared/domain/risk'
import { toIsoDate } from '../../components/DateInput'
import type { Subject } from './SubjectPicker'

export interface TriageFormState {
  receivedDate: string
  receivedTime: string
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
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A fresh form: received now; source and decider kept from the last entry for the next one. */
export function freshForm(decidedByUserId: string, source: TriageSource | '' = ''): TriageFormState {
  const now = new Date()
  return {
    receivedDate: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    receivedTime: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
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
  }
}

/** Local date and time as typed → the ISO instant the service stores; anything unreadable is sent as typed for the service to reject. */
export function receivedAt(date: string, time: string): string {
  const iso = toIsoDate(date)
  const parsed = new Date(`${iso}T${time}:00`)
  return Number.isNaN(parsed.getTime()) ? `${date} ${time}` : parsed.toISOString()
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
  if (subject?.mode === 'existing') return { ...base, subject: { mode: 'existing', caseId: subject.match.caseId, personId: subject.match.personId } }
  if (subject?.mode === 'new') {
    return {
      ...base,
      subject: { mode: 'new', kind: subject.kind, title: '', person: { role: 'subject', firstName: subject.firstName, lastName: subject.lastName, dateOfBirth: subject.dateOfBirth || null, nhsNumber: subject.nhsNumber || null } },
    }
  }
  // Nobody chosen yet: the service answers "Choose the case this contact is about" at subject.caseId.
  return { ...base, subject: { mode: 'existing', caseId: '', personId: null } }
}
