import type { CaseStatus } from '../cases'
import type { SensitiveCategory } from '../minutesData'
import type { RiskLevel } from '../risk'
import type { ConsentStatus } from '../record/consent'
import type { ActionStatus, NonCompletionReason } from './actions'
import type { AgendaReason } from './agenda'
import type { Direction } from './direction'
import type { Attendance, MeetingKind, MeetingStatus } from './meetings'

export interface MeetingSummary {
  id: string
  kind: MeetingKind
  date: string
  time: string
  location: string
  chairId: string
  chairName: string
  status: MeetingStatus
  itemCount: number
  approvedAt: string | null
}

export interface AttendeeView {
  id: string
  userId: string | null
  name: string
  agencyId: string
  agencyName: string
  role: string
  attendance: Attendance
  informationSent: boolean
  agreedConfidentiality: boolean
  /** The statement was explicitly skipped for this person (joined late, left early). */
  confidentialitySkipped: boolean
}

export interface ActionView {
  id: string
  caseId: string
  caseReference: string
  caseDisplayName: string
  /** The case subject's current consent: the Actions list marks "No consent to share". */
  subjectConsent: ConsentStatus | null
  raisedAtMeetingId: string | null
  raisedOn: string | null
  description: string
  ownerName: string
  ownerAgencyId: string
  ownerAgencyName: string
  dueDate: string
  status: ActionStatus
  completedOn: string | null
  statusNote: string
  /** Meetings this action has been carried through while open. */
  meetingsCarried: number
  overdue: boolean
  escalated: boolean
}

export interface ActionUpdateView {
  actionId: string
  outcome: ActionStatus
  nonCompletionReason: NonCompletionReason | null
  note: string
}

export interface AgendaItemView {
  id: string
  position: number
  caseId: string
  reference: string
  /** Reference and initials only when the subject has not consented. */
  displayName: string
  /** Reference and initials, whatever the consent: the run-mode progress strip. */
  shortName: string
  subjectConsent: ConsentStatus | null
  reasons: AgendaReason[]
  removed: boolean
  removedReason: string
  done: boolean
  riskBefore: RiskLevel
  riskAfter: RiskLevel | null
  direction: Direction | null
  directionReason: string
  lastDirection: Direction | null
  nextReviewDate: string | null
  discussion: string
  decisions: string
  agenciesShared: string[]
  shareWithoutConsentRationale: string
  shareWithoutConsentBy: string
  /** Set when the discussion carries health, police intelligence or third-party information. */
  discussionCategory: SensitiveCategory | null
  /** The case at a glance for run mode. */
  caseSummary: string
  /** The case's status now, and its keyworker: a case still in triage opens when first discussed (if it has a keyworker). */
  caseStatus: CaseStatus
  keyworkerName: string | null
  /** The latest triage assessment's summary and risk factors (empty when the case never came through triage). */
  triageSummary: string
  riskFactors: string[]
  people: Array<{ name: string; role: string; age: number | null }>
  /** Open actions carried into this meeting, with what was recorded for each here. */
  carriedActions: Array<ActionView & { update: ActionUpdateView | null }>
  /** Actions raised at this meeting for this case. */
  newActions: ActionView[]
}

export interface AmendmentView {
  id: string
  text: string
  addedByName: string
  addedAt: string
}

export interface MeetingDetail extends MeetingSummary {
  previousMeetingId: string | null
  currentItemId: string | null
  confidentialityStatement: string
  nextMeetingDate: string | null
  minutesVersion: number
  approvedByName: string | null
  attendees: AttendeeView[]
  items: AgendaItemView[]
  amendments: AmendmentView[]
  directionCounts: Record<Direction, number>
  /** The meeting that follows this one, once created. */
  nextMeetingId: string | null
  /** The next meeting's own date, time and place (only the date until it is created). */
  nextMeeting: NextMeetingView | null
}

export interface NextMeetingView {
  id: string | null
  date: string
  time: string | null
  location: string | null
}

export interface DirectionPoint {
  date: string
  direction: Direction
  reason: string
}
