import type { CaseStatus, CaseSummary } from '../cases'
import type { RiskLevel } from '../risk'
import type { ConsentStatus, LawfulBasis } from './consent'
import type { DemandKind } from './demand'
import type { ClosureReason } from './lifecycle'
import type { Need } from './needs'
import type { PersonRole } from './people'
import type { DecisionCategory, MeetingReason, TriageSource } from './triage'

export interface ConsentView {
  id: string
  personId: string
  status: ConsentStatus
  recordedOn: string | null
  scope: string
  lawfulBasis: LawfulBasis
  recordedByName: string
  createdAt: string
}

export interface PersonView {
  id: string
  caseId: string
  role: PersonRole
  relationship: string
  firstName: string
  lastName: string
  preferredName: string
  dateOfBirth: string | null
  /** Age today, in whole years, or null without a date of birth. */
  age: number | null
  nhsNumber: string | null
  policeReference: string
  address: string
  neighbourhood: string
  consent: ConsentView | null
}

export interface CaseAgencyView {
  id: string
  agencyId: string
  agencyName: string
  contactName: string
  contactDetails: string
  since: string
  endedOn: string | null
}

/** The whole record: everything in the cases table row, and the rest of the story. */
export interface CaseDetail extends CaseSummary {
  summary: string
  aspirations: string
  strengths: string
  needs: Need[]
  closureReason: ClosureReason | null
  closureNote: string
  reopenCount: number
  nonEngagementSince: string | null
  bringToNextMeeting: boolean
  people: PersonView[]
  agencies: CaseAgencyView[]
}

export interface TriageEntryView {
  id: string
  caseId: string
  caseReference: string
  caseTitle: string
  caseStatus: CaseStatus
  keyworkerName: string | null
  /** The lead agency and every agency involved in the case now. */
  agencyNames: string[]
  neighbourhood: string
  /** The case subject's current consent; anything but 'given' shows "No consent to share". */
  subjectConsent: ConsentStatus | null
  personName: string | null
  receivedAt: string
  source: TriageSource
  /** The source's name in Settings now. */
  sourceLabel: string
  sourceReference: string
  summary: string
  riskLevel: RiskLevel
  riskFactors: string[]
  decisionCategory: DecisionCategory
  meetingReasons: MeetingReason[]
  decisionNotes: string
  decidedByName: string
  bringToNextMeeting: boolean
  isRepeat: boolean
  supersedesId: string | null
  /** Set when a later re-triage replaced this assessment (it is kept as history). */
  supersededById: string | null
  createdAt: string
}

export interface DemandEventView {
  id: string
  kind: DemandKind
  personName: string | null
  periodStart: string
  periodEnd: string
  count: number
  note: string
}

export type TimelineKind = 'triage' | 'status' | 'risk' | 'keyworker' | 'non_engagement' | 'consent' | 'created' | 'meeting' | 'action'

export interface TimelineEntry {
  id: string
  /** When it happened (entered, e.g. a consent date, or derived, e.g. the meeting that agreed an action): the order of the story. */
  at: string
  /** Only a date is known for when it happened (shown without a time). */
  dateOnly: boolean
  /** When it was typed into Roundtable, shown on demand: data entered later must not reorder the story. */
  recordedAt: string
  kind: TimelineKind
  title: string
  detail: string
  by: string | null
}

export interface CaseSearchResult {
  caseId: string
  reference: string
  title: string
  status: CaseStatus
  riskLevel: RiskLevel
  keyworkerName: string | null
  subjectConsent: ConsentStatus | null
  /** The person who matched, if the match was on a person. */
  personId: string | null
  personName: string | null
  dateOfBirth: string | null
  lastContactAt: string | null
  /** Why this result is offered: "Reference", "Same date of birth", "Similar name", ... */
  reasons: string[]
  score: number
}

export interface RepeatCheck {
  isRepeat: boolean
  /** 3 or more police incidents in the 12 months to this contact (demand events counted). */
  escalationDue: boolean
  policeIncidents: number
  previous: TriageEntryView[]
  /** Dates of case meetings that discussed the case in the 12 months before. */
  discussedOn: string[]
}
