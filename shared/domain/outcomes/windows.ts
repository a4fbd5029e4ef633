import { addDays, addMonths, daysBetween } from '../record/dates'

/** A run of days, start included and end excluded, as ISO dates: [start, end). */
export interface DateWindow {
  start: string
  end: string
}

export interface BeforeAfterWindows {
  /** The N months up to (not including) the day the case opened. */
  before: DateWindow
  /** From the day the case opened to the report date (inclusive), at most N months. */
  after: DateWindow
  beforeMonths: number
  afterMonths: number
}

/**
 * Months in a window, counted in whole calendar months from the case's opening date
 * (the window's start for "since", its end for "before") and the rest as a fraction
 * of the next month. Since 31 Jan to 15 Mar 2024 is 1 whole month (to 29 Feb) plus
 * 16 of the 31 days to 31 Mar. Each step is taken from the opening date itself, so a
 * case opened on the 29 Feb or the 31st keeps its day wherever a month has one, and
 * the 12 months before 29 Feb 2024 (from 28 Feb 2023) are exactly 12.
 */
export function monthsIn(window: DateWindow, anchor: 'start' | 'end'): number {
  if (window.end <= window.start) return 0
  let whole = 0
  if (anchor === 'start') {
    while (addMonths(window.start, whole + 1) <= window.end) whole += 1
    const from = addMonths(window.start, whole)
    return whole + daysBetween(from, window.end) / daysBetween(from, addMonths(window.start, whole + 1))
  }
  while (addMonths(window.end, -(whole + 1)) >= window.start) whole += 1
  const to = addMonths(window.end, -whole)
  return whole + daysBetween(window.start, to) / daysBetween(addMonths(window.end, -(whole + 1)), to)
}

/**
 * The before/after windows around a case's opening date. The report date counts as a
 * day "since"; a window never runs past it, so a case opened 6 weeks ago has about
 * 1.4 months since, said plainly rather than passed off as N.
 */
export function beforeAfterWindows(openedOn: string, reportDate: string, months: number): BeforeAfterWindows {
  if (!Number.isInteger(months) || months < 1) throw new RangeError('The window must be a whole number of months, 1 or more')
  const before = { start: addMonths(openedOn, -months), end: openedOn }
  const fullAfterEnd = addMonths(openedOn, months)
  const dayAfterReport = addDays(reportDate, 1)
  const afterEnd = dayAfterReport < fullAfterEnd ? dayAfterReport : fullAfterEnd
  const after = { start: openedOn, end: afterEnd < openedOn ? openedOn : afterEnd }
  return { before, after, beforeMonths: monthsIn(before, 'end'), afterMonths: monthsIn(after, 'start') }
}

/** "4.5 months since", "12 months before", "1 month since": one decimal place, no trailing ".0". */
export function describeMonths(months: number, side: 'before' | 'since'): string {
  const rounded = Math.round(months * 10) / 10
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
  return `${text} ${rounded === 1 ? 'month' : 'months'} ${side}`
}
