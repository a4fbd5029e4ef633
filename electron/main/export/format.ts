/**
 * Words and dates as they appear in exported documents. Labels carry the
 * meaning in text (never colour alone), and dates are written the UK way.
 */
import { londonDay } from '../../../shared/domain/londonTime'
import { riskLabels } from '../../../shared/domain/risk'
import { actionStatusLabels } from '../../../shared/domain/meetings/actions'
import type { ActionChange, ActionStatus, RiskLevel } from './types'

// Labels shared with the screens: one wording for each, in shared/domain.
export { actionStatusLabels } from '../../../shared/domain/meetings/actions'
export { directionLabels } from '../../../shared/domain/meetings/direction'
export { meetingKindLabels } from '../../../shared/domain/meetings/meetings'
export { consentStatusLabels as consentLabels } from '../../../shared/domain/record/consent'
export { sensitiveCategoryLabels as categoryLabels } from '../../../shared/domain/exports'

export const actionChangeLabels: Record<ActionChange, string> = {
  new: 'New',
  updated: 'Updated',
  carried: 'Carried forward',
}

/** 'Dropped – family declined': the reason travels with the status. */
export function actionStatusText(status: ActionStatus, reason: string | null): string {
  const label = actionStatusLabels[status]
  return reason ? `${label} – ${reason}` : label
}

export function riskLabel(level: RiskLevel): string {
  return riskLabels[level]
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * '2026-03-12' → '12 March 2026'. A date is read as text, so no time zone can
 * shift it; a full timestamp is shown on the UK day it fell on.
 */
export function formatDate(isoDate: string): string {
  const day = isoDate.length > 10 && isoDate[10] === 'T' ? londonDay(isoDate) : isoDate
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  const month = match ? months[Number(match[2]) - 1] : undefined
  if (!match || month === undefined) return isoDate
  return `${Number(match[3])} ${month} ${match[1]}`
}

export function formatOptionalDate(isoDate: string | null | undefined, none = 'Not set'): string {
  return isoDate ? formatDate(isoDate) : none
}

/** '2026-03-12' → '12 Mar 2026': the same date, narrow enough for a table column. */
export function formatShortDate(isoDate: string | null | undefined, none = 'No date'): string {
  if (!isoDate) return none
  const [day, month, year] = formatDate(isoDate).split(' ')
  return month && year ? `${day} ${month.slice(0, 3)} ${year}` : isoDate
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

/** An ISO instant as UK local time: '12 March 2026 at 14:05'. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime)
  if (Number.isNaN(date.getTime())) return isoDateTime
  const parts = Object.fromEntries(londonDateTime.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`
}

/** Whole days between two dates: the one rule in shared/domain/record/dates.ts. */
export { daysBetween } from '../../../shared/domain/record/dates'

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
