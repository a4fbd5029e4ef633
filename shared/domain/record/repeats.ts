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

type PoliceIncidents = ReadonlyArray<{ periodEnd: string; count: number }>

/** Police incidents in the 12 months up to `asOf` (counts for a period included, by the period's end). */
export function policeIncidentsInYear(policeIncidents: PoliceIncidents, asOf: string): number {
  const start = addMonths(asOf.slice(0, 10), -12)
  return policeIncidents.filter((event) => event.periodEnd >= start && event.periodEnd <= asOf.slice(0, 10)).reduce((sum, event) => sum + event.count, 0)
}

/** Three or more police incidents in the 12 months up to `asOf`: the escalation reason for the meeting. */
export function escalationDue(policeIncidents: PoliceIncidents, asOf: string): boolean {
  return policeIncidentsInYear(policeIncidents, asOf) >= 3
}
