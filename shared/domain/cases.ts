import { z } from 'zod'
import { id, isoDate, requiredText } from './common'
import type { ConsentStatus } from './record/consent'
import type { DecisionCategory } from './record/triage'
import { riskLevels, type RiskLevel } from './risk'

export const caseKinds = ['individual', 'family'] as const
export type CaseKind = (typeof caseKinds)[number]
export const caseKindLabels: Record<CaseKind, string> = { individual: 'Individual', family: 'Family' }

export const caseStatuses = ['referred', 'triage', 'open', 'review', 'closed'] as const
export type CaseStatus = (typeof caseStatuses)[number]
export const caseStatusLabels: Record<CaseStatus, string> = {
  referred: 'Referred',
  triage: 'Triage',
  open: 'Open',
  review: 'Review',
  closed: 'Closed',
}

/** One row of the cases table: what a practitioner scans to find a case. */
export interface CaseSummary {
  id: string
  reference: string
  kind: CaseKind
  title: string
  status: CaseStatus
  keyworkerId: string | null
  keyworkerName: string | null
  leadAgencyId: string
  leadAgencyName: string
  riskLevel: RiskLevel
  nextReviewDate: string | null
  neighbourhood: string
  triageCategory: DecisionCategory | null
  /** The subject's current consent to share; anything but 'given' shows "No consent to share". */
  subjectConsent: ConsentStatus | null
  subjectName: string | null
  /** Every agency on the case: the lead agency and each one involved now. */
  agencyNames: string[]
  /**
   * Lower-case text the table's search looks through: reference, title, the
   * names of everyone in the case, their NHS numbers and police references,
   * and the source references of its contacts. Built by the main process.
   */
  searchText: string
  agencyCount: number
  referralCount: number
  nonEngagement: boolean
  createdAt: string
  updatedAt: string
}

export const caseCreateInput = z
  .object({
    kind: z.enum(caseKinds, { error: 'Choose individual or family' }),
    title: requiredText('a case title', 200),
    keyworkerId: z.uuid({ error: 'Choose a keyworker' }),
    leadAgencyId: z.uuid({ error: 'Choose the lead agency' }),
    status: z.enum(caseStatuses, { error: 'Choose a status' }).default('open'),
    riskLevel: z.enum(riskLevels, { error: 'Choose a risk level' }),
    nextReviewDate: isoDate.nullable().default(null),
  })
  // Closing needs a reason, which only the status change on the record asks for.
  .refine((input) => input.status !== 'closed', {
    path: ['status'],
    error: 'A new case cannot start closed: create it, then close it from the record with a reason',
  })
export type CaseCreateInput = z.input<typeof caseCreateInput>

export const caseGetInput = z.object({ id })

/** RT-2026-0042: year of creation and a gap-free number within that year. */
export function formatCaseReference(year: number, sequence: number): string {
  return `RT-${year}-${String(sequence).padStart(4, '0')}`
}

/** The year and number of a whole case reference, or null for anything else. */
export function parseCaseReference(text: string): { year: number; sequence: number } | null {
  const match = /^RT-(\d{4})-(\d{4,})$/i.exec(text)
  return match?.[1] && match[2] ? { year: Number(match[1]), sequence: Number(match[2]) } : null
}

/** A whole case reference ("RT-2026-0042"), as formatCaseReference writes it. */
export function isCaseReference(text: string): boolean {
  return parseCaseReference(text) !== null
}

/**
 * Text shaped like a case reference, whole or its start ("RT-2026-0042",
 * "rt-2026-00", "RT-2026"): search looks it up by reference alone.
 */
export function isCaseReferenceQuery(text: string): boolean {
  return /^RT-(\d{1,4}|\d{4}-\d{0,6})$/i.test(text.trim())
}
