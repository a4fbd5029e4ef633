import { addDays } from './record/dates'
import type { ActionView, MeetingSummary } from './meetings/views'
import type { CaseRowView } from './tablePages'

/**
 * The Dashboard asks the database for what it shows (issue 11): for each
 * panel the number that match and the first rows, never the whole list.
 * Each panel is the same question as a filter of a full table (Cases or
 * Actions), which its "showing n of m" link opens.
 */

/** The most rows one Dashboard panel shows; the rest are one link away, in the paged table. */
export const DASHBOARD_PANEL_ROWS = 50

/** "Reviews due": on or before this many days ahead. */
export const REVIEWS_DUE_DAYS = 7

export const reviewsDueBy = (today: string): string => addDays(today, REVIEWS_DUE_DAYS)

export interface DashboardPanel<T> {
  /** How many match: the panel's heading and its link say it. */
  total: number
  /** The first DASHBOARD_PANEL_ROWS of them, in the panel's order. */
  rows: T[]
}

export interface Dashboard {
  /** The London day the panels were worked out for. */
  today: string
  /** The last day "reviews due" reaches. */
  reviewsDueBy: string
  /** The first meeting on or after today that is not approved. */
  nextMeeting: MeetingSummary | null
  /** Open and past their due date, the longest overdue first. */
  overdueActions: DashboardPanel<ActionView>
  /** Not closed, reviewed on or before reviewsDueBy, soonest first. */
  reviewsDue: DashboardPanel<CaseRowView>
  /** Not closed and at high risk, by reference. */
  highRisk: DashboardPanel<CaseRowView>
  /** Not closed and flagged as not engaging, by reference. */
  notEngaging: DashboardPanel<CaseRowView>
}

/** "Showing 50 of 1,234", or nothing when the panel shows them all. */
export function panelShowing(panel: DashboardPanel<unknown>): string | null {
  if (panel.total <= panel.rows.length) return null
  return `Showing ${panel.rows.length.toLocaleString('en-GB')} of ${panel.total.toLocaleString('en-GB')}`
}

/** What each panel asks, as the full tables' inputs: the Dashboard's service and its links use these alone. */
export const dashboardQueries = {
  overdueActions: () => ({ sort: { by: 'due', direction: 'asc' }, filter: { overdue: true } }) as const,
  reviewsDue: (today: string) =>
    ({ sort: { by: 'nextReviewDate', direction: 'asc' }, filter: { notClosed: true, reviewDueBy: reviewsDueBy(today) } }) as const,
  highRisk: () => ({ sort: { by: 'reference', direction: 'asc' }, filter: { notClosed: true, riskLevel: 'high' } }) as const,
  notEngaging: () => ({ sort: { by: 'reference', direction: 'asc' }, filter: { notClosed: true, nonEngagement: true } }) as const,
}
