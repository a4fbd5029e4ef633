import { countDirections, type Direction, type DirectionCounts } from '../meetings/direction'
import { monthsFrom } from './months'

/** A direction of travel recorded for a case at a meeting. */
export interface DirectionRecord {
  caseId: string
  /** The meeting's date. */
  date: string
  direction: Direction
  /** Breaks a tie between two records on the same day: the higher is later. */
  sequence: number
}

const later = (a: DirectionRecord, b: DirectionRecord): boolean => a.date > b.date || (a.date === b.date && a.sequence > b.sequence)

/** Each case's most recent direction of travel. */
export function latestPerCase(records: readonly DirectionRecord[]): Map<string, DirectionRecord> {
  const latest = new Map<string, DirectionRecord>()
  for (const record of records) {
    const current = latest.get(record.caseId)
    if (!current || later(record, current)) latest.set(record.caseId, record)
  }
  return latest
}

/** How many cases are improving, unchanged or worsening now: one vote per case, its latest. */
export function cohortDirection(records: readonly DirectionRecord[]): DirectionCounts {
  return countDirections([...latestPerCase(records).values()].map((record) => record.direction))
}

export interface DirectionMonth {
  /** "2024-03" */
  month: string
  counts: DirectionCounts
}

/**
 * Month by month from `fromDate` to `toDate`: for each month, each case reviewed in it
 * counts once, by its last direction that month. A month with no reviews shows zeros
 * rather than vanishing, so a gap in reviews is visible.
 */
export function directionTrend(records: readonly DirectionRecord[], fromDate: string, toDate: string): DirectionMonth[] {
  return monthsFrom(fromDate, toDate).map((month) => ({
    month,
    counts: cohortDirection(records.filter((record) => record.date.slice(0, 7) === month)),
  }))
}
