import { z } from 'zod'
import { id, isoDate } from './common'
import { isCaseReference } from './cases'
import { londonDay } from './londonTime'
import { addMonths, daysBetween } from './record/dates'
import { closureReasons, type ClosureReason } from './record/lifecycle'

/**
 * How long a closed case is kept, by the reason it closed (a case only
 * reaches the end of its retention once closed, so "per status" is per
 * kind of closure). Six years after closure unless an administrator says
 * otherwise in Settings.
 */
export const DEFAULT_RETENTION_YEARS = 6
export type RetentionPolicy = Record<ClosureReason, number>

export const defaultRetentionPolicy = {
  outcomes_achieved: DEFAULT_RETENTION_YEARS,
  disengaged: DEFAULT_RETENTION_YEARS,
  moved_away: DEFAULT_RETENTION_YEARS,
  transferred: DEFAULT_RETENTION_YEARS,
  other: DEFAULT_RETENTION_YEARS,
} satisfies RetentionPolicy

const years = z
  .number({ error: 'Enter a number of years' })
  .int('Years must be a whole number')
  .min(1, 'Keep closed cases at least 1 year')
  .max(100, 'Years must be 100 or fewer')
export const retentionPolicyInput = z.object({
  outcomes_achieved: years,
  disengaged: years,
  moved_away: years,
  transferred: years,
  other: years,
}) satisfies z.ZodType<RetentionPolicy>

/** Closure reasons in the order Settings lists them. */
export const retentionReasons = closureReasons

/** The years that apply to a case closed for this reason; one closed before reasons were recorded keeps the longest period. */
export function retentionYears(policy: RetentionPolicy, closureReason: string | null): number {
  const reason = closureReasons.find((candidate) => candidate === closureReason)
  return reason ? policy[reason] : Math.max(...Object.values(policy))
}

/** The day a case closed on `closedAt` (UTC instant) passes its retention. */
export function retentionEndsOn(closedAt: string, years: number): string {
  return addMonths(londonDay(closedAt), years * 12)
}

/** Days past the end of retention on `today` (negative: not yet due). */
export function daysPastRetention(closedAt: string, years: number, today: string): number {
  return daysBetween(retentionEndsOn(closedAt, years), today)
}

/** "3 days", "2 months", "1 year 4 months": how long `today` is past `endsOn`, for the Retention screen. */
export function howLongPast(endsOn: string, today: string): string {
  const days = daysBetween(endsOn, today)
  const [fy = 0, fm = 1, fd = 1] = endsOn.split('-').map(Number)
  const [ty = 0, tm = 1, td = 1] = today.split('-').map(Number)
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0)
  if (months < 1) return days === 1 ? '1 day' : `${days} days`
  const wholeYears = Math.floor(months / 12)
  months -= wholeYears * 12
  const parts = [
    wholeYears ? `${wholeYears} year${wholeYears === 1 ? '' : 's'}` : '',
    months ? `${months} month${months === 1 ? '' : 's'}` : '',
  ]
  return parts.filter(Boolean).join(' ')
}

export interface RetentionDueCase {
  caseId: string
  reference: string
  closedAt: string
  closureReason: ClosureReason | null
  endsOn: string
  daysPast: number
  /** "1 year 2 months" */
  howLongPast: string
  /** Discussed in approved minutes: erasing removes its item from them (see services/erasure.ts). */
  inApprovedMinutes: boolean
}

/**
 * Erasure asks the administrator to confirm who they are. Until sign-in has
 * credentials the confirmation is re-typing the case reference (a
 * deliberate act on the right case); the field name stays when it becomes a
 * passphrase.
 */
/** `confirmation` is the administrator's own passphrase, typed again (services/confirmIdentity.ts). */
export const eraseCaseInput = z.object({ caseId: id, confirmation: z.string().max(200).default('') })

/**
 * Why a case is erased. At the end of its retention period, from the
 * Retention list; or earlier, at the data subject's request (their right to
 * erasure, UK GDPR Art. 17), given the request's own reference and the day
 * it was received, never free text about the person. Both run through the
 * same erasure (services/erasure.ts); the audit row, the minutes' amendment
 * and the export register say which it was.
 */
export type ErasureBasis = { kind: 'end-of-retention' } | { kind: 'data-subject-request'; requestReference: string; receivedOn: string }

/** The audit row's action: the Audit log lists and filters the two apart. */
export function erasureAuditAction(basis: ErasureBasis): string {
  return basis.kind === 'end-of-retention' ? 'erase' : 'erase-on-request'
}

/** The amendment approved minutes gain when a case they discussed is erased. */
export function erasedFromMinutesAmendment(on: string, basis: ErasureBasis): string {
  const why = basis.kind === 'end-of-retention' ? 'at the end of its retention period' : 'at the data subject’s request'
  return `One case discussed at this meeting was erased on ${on} ${why}; its item has been removed from these minutes.`
}

/** What an erased case's export register rows say in place of its title and file name. */
export function erasedExportTitle(basis: ErasureBasis): string {
  return basis.kind === 'end-of-retention' ? 'Erased case' : 'Erased case (data subject’s request)'
}

/**
 * A request's reference as the organisation files it ("SAR-2026-014",
 * "DSR/118"): letters, digits and - / . _ with at least one digit, so a
 * name or a sentence about the person cannot be typed in its place.
 */
export const erasureRequestReference = z
  .string({ error: 'Enter the request’s reference' })
  .trim()
  .min(1, 'Enter the request’s reference, for example SAR-2026-014')
  .max(40, 'A request reference is at most 40 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9/._ -]*$/, 'Use the request’s reference only: letters, digits and - / . _')
  .regex(/\d/, 'A request reference has at least one digit, for example SAR-2026-014')

/** Early erasure at the data subject's request: which case, the request's reference and date, and the administrator's passphrase. */
export const eraseOnRequestInput = z.object({
  reference: z
    .string({ error: 'Enter the case reference' })
    .trim()
    .max(40)
    .refine((text) => isCaseReference(text), 'Enter a case reference, for example RT-2026-0042')
    .transform((text) => text.toUpperCase()),
  requestReference: erasureRequestReference,
  receivedOn: isoDate,
  confirmation: z.string().max(200).default(''),
})
