import { z } from 'zod'
import { id, optionalText } from './common'
import type { sensitiveCategories } from './redaction'

export const exportDocuments = ['minutes', 'case_plan', 'action_tracker', 'csv_cases', 'csv_triage', 'csv_actions', 'board_report', 'csv_report'] as const
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
  }),
])
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
}
