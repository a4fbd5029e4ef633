import { z } from 'zod'
import { id } from './common'
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
