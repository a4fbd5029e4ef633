import { z } from 'zod'
import { id, optionalText, requiredText } from './common'
import type { sensitiveCategories } from './redaction'

export const exportDocuments = [
  'minutes',
  'case_plan',
  'action_tracker',
  'csv_cases',
  'csv_triage',
  'csv_actions',
  'board_report',
  'csv_report',
] as const
export type ExportDocument = (typeof exportDocuments)[number]
export const exportDocumentLabels: Record<ExportDocument, string> = {
  minutes: 'Meeting minutes',
  case_plan: 'Case plan',
  action_tracker: 'Action tracker',
  csv_cases: 'Cases (CSV)',
  csv_triage: 'Triage log (CSV)',
  csv_actions: 'Actions (CSV)',
  board_report: 'Board report',
  csv_report: 'Report table (CSV)',
}
export const sensitiveCategoryLabels: Record<(typeof sensitiveCategories)[number], string> = {
  health: 'Health information',
  police_intelligence: 'Police intelligence',
  third_party: 'Third-party information',
}

const recipients = optionalText('intended recipients', 500)

export const minutesExportInput = z.discriminatedUnion('variant', [
  z.object({ variant: z.literal('full'), meetingId: id, recipients }),
  z.object({
    variant: z.literal('redacted'),
    meetingId: id,
    recipientAgencyId: z.uuid({ error: 'Choose the agency this copy is for' }),
    recipients,
    /** The review the sender saw (exports:redactionReview): the copy saved is exactly that one. */
    reviewId: z.uuid({ error: 'Review the redacted copy before saving it' }),
    /** The flags the sender accepted as safe, by key. */
    accepted: z.array(z.string().max(200)).max(5000).default([]),
  }),
])

/** A term to redact: for this document only (caseReference null) or kept with the case's known names. */
export const redactionTermInput = z.object({
  text: requiredText('term to redact', 100).refine((text) => text.trim().length >= 2, {
    error: 'A term to redact needs at least two characters',
  }),
  caseReference: z.string().max(40).nullable().default(null),
})

/**
 * Starts a review of a redacted copy (no reviewId), or reviews it again with
 * the terms added so far (reviewId of the earlier review: the same minutes,
 * never reloaded, so what is saved is what was reviewed).
 */
export const redactionReviewInput = z.object({
  meetingId: id,
  recipientAgencyId: z.uuid({ error: 'Choose the agency this copy is for' }),
  reviewId: z.uuid({ error: 'Not a valid review' }).optional(),
  terms: z.array(redactionTermInput).max(200, { error: 'At most 200 terms can be added to one copy' }).default([]),
})
export const casePlanExportInput = z.object({ caseId: id, recipients })
export const actionTrackerExportInput = z.object({ groupBy: z.enum(['agency', 'owner']).default('agency'), recipients })
export const csvExportInput = z.object({ table: z.enum(['cases', 'triage', 'actions']), recipients })

export interface ExportResult {
  /** Where the file was written; null when the user cancelled the Save dialog (nothing is recorded then). */
  savedTo: string | null
  fileName: string
}

export interface ExportRegisterEntry {
  id: string
  at: string
  byName: string
  document: ExportDocument
  title: string
  version: string
  variant: 'full' | 'redacted'
  recipientAgency: string | null
  receives: string[]
  recipients: string
  fileName: string
  /** A redacted copy's review: what the sender saw and decided before it was saved. */
  review: ExportReviewOutcome | null
}

export interface ExportReviewOutcome {
  replacements: number
  /** The flagged words the sender accepted as safe (they are in the copy). */
  acceptedAsSafe: string[]
  /** How many terms the sender added (the terms themselves are identifiers, so they are not kept here). */
  termsAdded: { document: number; caseKnownNames: number }
  reviewedBy: string
}
