import { z } from 'zod'
import { isoDate } from './common'

/** Rows per page on the audit screen; the query pages in SQL (the log only grows). */
export const AUDIT_PAGE_SIZE = 50

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value)

export const auditFilterInput = z
  .object({
    userId: z.preprocess(emptyToNull, z.uuid({ error: 'Choose a user' }).nullable()).default(null),
    caseReference: z
      .preprocess(emptyToNull, z.string().trim().toUpperCase().max(20, 'A case reference is at most 20 characters').nullable())
      .default(null),
    action: z.preprocess(emptyToNull, z.string().trim().max(60).nullable()).default(null),
    from: z.preprocess(emptyToNull, isoDate.nullable()).default(null),
    to: z.preprocess(emptyToNull, isoDate.nullable()).default(null),
  })
  .refine((value) => value.from === null || value.to === null || value.from <= value.to, {
    path: ['to'],
    message: 'The end date must be on or after the start date',
  })
export type AuditFilter = z.output<typeof auditFilterInput>

export const auditListInput = z.object({ filter: auditFilterInput, page: z.number().int().min(1).max(1_000_000).default(1) })
export const auditExportInput = z.object({ filter: auditFilterInput })

export interface AuditEntryView {
  id: number
  at: string
  /** The user's name; null for the app itself (the daily backup) or a user since erased. */
  userName: string | null
  action: string
  entity: string
  entityId: string | null
  /** The case the row is about, when it names one (also after the case was erased). */
  caseReference: string | null
  /** Ids, field names and channel: the log never holds personal data. */
  detail: string
}

export interface AuditPage {
  entries: AuditEntryView[]
  total: number
  page: number
  pageSize: number
  /** Every action the log holds, for the filter. */
  actions: string[]
}
