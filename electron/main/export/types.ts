/**
 * Plain input data for the Word exports.
 *
 * The builders take these shapes and nothing else (no database rows, no
 * clock), so the service layer maps its records into them and the tests can
 * build them by hand. Dates are ISO strings: `YYYY-MM-DD` where only the day
 * matters, full ISO date-times for `generatedAt`.
 */
import type { RiskLevel } from '../../../shared/domain/risk'
import type { ActionStatus, ConsentStatus, DirectionOfTravel } from '../../../shared/domain/minutesData'

export type { RiskLevel }
export type {
  DirectionOfTravel,
  MeetingKind,
  ActionStatus,
  ActionChange,
  ConsentStatus,
  SensitiveCategory,
  Attendee,
  PersonIdentifier,
  CasePerson,
  TaggedText,
  SharedInformation,
  SharingWithoutConsent,
  ActionItem,
  AgendaItem,
  MinutesApproval,
  Amendment,
  NextMeeting,
  RedactionNotice,
  MinutesDocData,
} from '../../../shared/domain/minutesData'

/** House style shared by every export: who issues it, its marking, when. */
export interface HouseStyle {
  organisationName: string
  /** PNG bytes from Settings; drawn at the top of the first page. */
  logoPng?: Uint8Array | null
  /** Government Security Classification; 'OFFICIAL-SENSITIVE' when omitted. */
  protectiveMarking?: string
  /** ISO date-time the export was produced (passed in: builders never read the clock). */
  generatedAt: string
  /** The user producing the export. */
  author: string
  /** Demo data (`npm run demo`): every header says so. */
  demo?: boolean
}

export interface CasePlanMember {
  name: string
  relationship: string
  age: number | null
  consent: ConsentStatus
  consentDate: string | null
  consentScope: string | null
}

export interface CasePlanAgency {
  agency: string
  contactName: string
  contactDetails: string | null
  involvement: string | null
}

export interface DirectionEntry {
  date: string
  direction: DirectionOfTravel
  reason: string
}

export interface PlanNeed {
  /** Short label the outcomes and actions refer to, e.g. 'N1'. */
  id: string
  description: string
}

export interface PlanOutcome {
  description: string
  needIds: string[]
}

export interface PlanAction {
  description: string
  owner: string
  ownerAgency: string
  dueDate: string | null
  status: ActionStatus
  needIds: string[]
}

export interface ContingencyContact {
  who: string
  /** Agency, service or role. */
  service: string
  phone: string
  when: string
}

export interface DissentingView {
  by: string
  agency: string
  view: string
}

export interface CasePlanDocData {
  caseReference: string
  caseTitle: string
  kind: 'individual' | 'family'
  members: CasePlanMember[]
  keyworker: { name: string; agency: string; contactDetails: string | null }
  agencies: CasePlanAgency[]
  aspirations: string[]
  strengths: string[]
  needs: PlanNeed[]
  riskLevel: RiskLevel
  directionHistory: DirectionEntry[]
  personViews: string
  dissentingViews: DissentingView[]
  outcomes: PlanOutcome[]
  actions: PlanAction[]
  contingency: { ifThingsGetWorse: string[]; contacts: ContingencyContact[] }
  reviewDate: string | null
  stepDownCriteria: string[]
  distribution: { name: string; agency: string }[]
  signOff: { name: string; role: string; agency: string }[]
  version: number
}

export interface TrackerAction {
  id: string
  caseReference: string
  /** How the case is named when that is more than its reference: 'RT-2026-0102 GP (subject) – No consent to share'. */
  caseLabel?: string
  description: string
  owner: string
  ownerAgency: string
  dueDate: string | null
  status: ActionStatus
  /** Date of the meeting that raised it, when known. */
  raisedOn: string | null
}

export interface ActionTrackerDocData {
  actions: TrackerAction[]
  groupBy: 'agency' | 'owner'
  /** `YYYY-MM-DD`: the day overdue is measured against. */
  today: string
}
