import { addMonths } from './dates'

/**
 * A contact is a repeat when the same person or family was triaged or
 * discussed in the 12 months before it (the day a year ago counts).
 */
export function repeatWindowStart(receivedAt: string): string {
  return `${addMonths(receivedAt.slice(0, 10), -12)}T00:00:00.000Z`
}

export function isRepeat(previousContactDates: readonly string[], receivedAt: string): boolean {
  const start = repeatWindowStart(receivedAt)
  return previousContactDates.some((date) => date >= start && date < receivedAt)
}

/** Three or more police incidents in the 12 months up to `asOf` (counts for a period included). */
export function escalationDue(policeIncidents: ReadonlyArray<{ periodEnd: string; count: number }>, asOf: string): boolean {
  const start = addMonths(asOf.slice(0, 10), -12)
  const total = policeIncidents.filter((event) => event.periodEnd >= start && event.periodEnd <= asOf.slice(0, 10)).reduce((sum, event) => sum + event.count, 0)
  return total >= 3
}
