/** Where a Dashboard panel's "See all" goes: the full paged table with the panel's own filter. */
export type DashboardLink = '/actions?overdue=1' | `/cases?panel=${CasePanel}`

/** The Dashboard's case panels, as the Cases screen takes them from its address. */
export const casePanels = ['reviewsDue', 'highRisk', 'notEngaging'] as const
export type CasePanel = (typeof casePanels)[number]
export const isCasePanel = (value: string | null): value is CasePanel => casePanels.some((panel) => panel === value)

/** What the Cases screen says it is showing when opened from a panel. */
export const casePanelLabels: Record<CasePanel, string> = {
  reviewsDue: 'cases not closed with a review due in the next week, soonest first',
  highRisk: 'high-risk cases not closed',
  notEngaging: 'cases not closed that are flagged as not engaging',
}

/** The local calendar day, as the user sees it on the wall. */
export const localToday = (): string => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
