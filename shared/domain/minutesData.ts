/**
 * Meeting minutes as plain data: what the minutes export renders and what
 * the redaction rules (./redaction.ts) transform.
 *
 * It lives in shared/ because the redaction rules are pure and live here;
 * the Word builders re-export it from electron/main/export/types.ts. Dates
 * are ISO `YYYY-MM-DD` strings.
 */
import type { ActionStatus } from './meetings/actions'
import type { Direction } from './meetings/direction'
import type { MeetingKind } from './meetings/meetings'
import type { ConsentStatus } from './record/consent'
import type { RiskLevel } from './risk'

// The record's own words for these, so a document can never name them differently from the screen.
export type { ActionStatus, ConsentStatus, MeetingKind }
export type DirectionOfTravel = Direction
/** How an action came to be in these minutes. */
export type ActionChange = 'new' | 'updated' | 'carried'
/** Information some recipients must not receive (see RedactionProfile). */
export type SensitiveCategory = 'health' | 'police_intelligence' | 'third_party'

export interface Attendee {
  name: string
  agency: string
  role: string
  attendance: 'present' | 'observer' | 'apologies'
  /** Apologies only: whether the person sent their information in beforehand. */
  informationSent?: boolean
}

export interface PersonIdentifier {
  /** e.g. 'NHS number', 'Police reference' */
  label: string
  value: string
}

/** A member of the case's household. Every name here is scrubbed from redacted exports. */
export interface CasePerson {
  id: string
  firstName: string
  lastName: string
  /** Middle names, aliases, previous surnames, names the person is known by. */
  otherNames: string[]
  /** e.g. 'Subject', 'Partner', 'Son' */
  relationship: string
  dateOfBirth: string | null
  address: string | null
  identifiers: PersonIdentifier[]
  consent: ConsentStatus
  /**
   * Set only by redaction: how the person is shown instead of their name.
   * The name fields are emptied at the same time.
   */
  redactedAs?: { pseudonym: string; initials: string }
}

/** Free text that may carry a sensitivity tag; untagged text is general. */
export interface TaggedText {
  text: string
  category?: SensitiveCategory | null
}

export interface SharedInformation {
  agency: string
  /** What was shared, when recorded; empty when the meeting recorded only which agency shared. */
  summary: string
  category?: SensitiveCategory | null
}

/** A recorded decision to share information without the person's consent. */
export interface SharingWithoutConsent {
  rationale: string
  decidedBy: string
  decidedOn: string | null
}

export interface ActionItem {
  id: string
  description: string
  owner: string
  ownerAgency: string
  dueDate: string | null
  status: ActionStatus
  /** Why it was dropped (or any note on its status). */
  statusReason: string | null
  change: ActionChange
}

export interface AgendaItem {
  caseReference: string
  /** e.g. 'Whitlock family' or the subject's name: personal data. */
  caseTitle: string
  people: CasePerson[]
  /** Whether consent to share covers this discussion; without it the redacted copy keeps almost nothing. */
  consentToShare: boolean
  reasons: string[]
  discussion: TaggedText[]
  /**
   * Set when the item's record as a whole carries a sensitive category (the
   * discussion was tagged): its decisions, direction reason and other
   * agencies' action details are withheld along with the discussion from a
   * recipient that may not receive that category.
   */
  sensitivity?: SensitiveCategory | null
  decisions: string[]
  riskBefore: RiskLevel | null
  riskAfter: RiskLevel
  direction: DirectionOfTravel | null
  directionReason: string
  nextReviewDate: string | null
  informationShared: SharedInformation[]
  sharingWithoutConsent: SharingWithoutConsent[]
  actions: ActionItem[]
  /**
   * Set only by redaction when the case has no consent: the item is reduced to
   * reference, risk level and the reader's own agency's actions.
   */
  restricted?: boolean
}

export type MinutesApproval = { status: 'draft' } | { status: 'approved'; approvedBy: string; approvedOn: string }

export interface Amendment {
  text: string
  by: string
  date: string
}

export interface NextMeeting {
  date: string
  time?: string | null
  location?: string | null
}

/** Present only on redacted minutes: who the copy is for and what it leaves out. */
export interface RedactionNotice {
  recipientAgency: string
  withheldCategories: SensitiveCategory[]
}

export interface MinutesDocData {
  meetingKind: MeetingKind
  date: string
  /** 'HH:MM' */
  time: string | null
  location: string
  chair: string
  confidentiality: { statement: string; agreedBy: string[] }
  attendees: Attendee[]
  /**
   * The all-actions table is derived from these items' actions, so there is
   * one source for every action and redaction cannot miss a second copy.
   */
  agendaItems: AgendaItem[]
  /** Direction of travel recorded across the cases discussed (the summary after attendance). */
  directionCounts?: Record<DirectionOfTravel, number>
  nextMeeting: NextMeeting | null
  approval: MinutesApproval
  version: number
  amendments: Amendment[]
  redaction?: RedactionNotice | null
}
