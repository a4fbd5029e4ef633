import { addDays, daysBetween } from '../record/dates'
import type { DateWindow } from './windows'

/** A demand event as recorded: one on a day, or a count over a period (both ends inclusive). */
export interface DemandSpan {
  periodStart: string
  periodEnd: string | null
  count: number
}

/**
 * How much of an event falls in a window. A single event counts wholly where its day
 * falls. A count over a period is spread evenly over its days, so "6 incidents,
 * 1 Jan to 31 Mar" straddling a window boundary is split by days either side: the
 * result may be fractional and is only rounded for display.
 */
export function shareInWindow(event: DemandSpan, window: DateWindow): number {
  const lastDay = event.periodEnd ?? event.periodStart
  const spanEnd = addDays(lastDay, 1)
  const start = event.periodStart > window.start ? event.periodStart : window.start
  const end = spanEnd < window.end ? spanEnd : window.end
  if (end <= start) return 0
  return (event.count * daysBetween(start, end)) / daysBetween(event.periodStart, spanEnd)
}
