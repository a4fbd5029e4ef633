import { londonDay, londonToInstant } from '../londonTime'
import { addMonths } from './dates'

/**
 * A contact is a repeat when the same person or family was triaged or
 * discussed in the 12 months before it (the day a year ago counts).
 */
export function repeatWindowStart(receivedAt: string): string {
  // London midnight of the London day a year before (00:30 BST on 1 May is 1 May, not 30 April).
  return londonToInstant(addMonths(londonDay(receivedAt), -12), '00:00')
}

export function isRepeat(previousContactDates: readonly string[], receivedAt: string): boolean {
  const start = repeatWindowStart(receivedAt)
  return previousContactDates.some((date) => date >= start && date < receivedAt)
}

type PoliceDemand = ReadonlyArray<{ periodStart: string; periodEnd: string; count: number }>

/**
 * Police incidents in the 12 months up to `asOf`: demand recorded on the case
 * (counts for a period included, by the period's end) plus contacts triaged
 * from the police (the dates they were received). A police contact on a day
 * that already has a single police incident recorded as demand is taken to be
 * that incident, so one call logged in both places counts once.
 */
export function policeIncidentsInYear(demand: PoliceDemand, policeContactDates: readonly string[], asOf: string): number {
  const end = asOf.length > 10 ? londonDay(asOf) : asOf
  const start = addMonths(end, -12)
  const inYear = (day: string) => day >= start && day <= end
  const recorded = demand.filter((event) => inYear(event.periodEnd))
  // Each single-day incident recorded as demand stands for one police contact received that day.
  const unmatched = new Map<string, number>()
  for (const event of recorded)
    if (event.periodStart === event.periodEnd && event.count === 1)
      unmatched.set(event.periodEnd, (unmatched.get(event.periodEnd) ?? 0) + 1)
  let contacts = 0
  for (const day of policeContactDates.map((date) => (date.length > 10 ? londonDay(date) : date)).filter(inYear)) {
    const left = unmatched.get(day) ?? 0
    if (left > 0) unmatched.set(day, left - 1)
    else contacts += 1
  }
  return recorded.reduce((sum, event) => sum + event.count, 0) + contacts
}

/** Three or more police incidents in the 12 months up to `asOf`: the escalation reason for the meeting. */
export function escalationDue(demand: PoliceDemand, policeContactDates: readonly string[], asOf: string): boolean {
  return policeIncidentsInYear(demand, policeContactDates, asOf) >= 3
}
