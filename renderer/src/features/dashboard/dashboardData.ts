import type { CaseSummary } from '../../../../shared/domain/cases'
import type { ActionView, MeetingSummary } from '../../../../shared/domain/meetings/views'
import { addDays } from '../../../../shared/domain/record/dates'
import { riskRank } from '../../../../shared/domain/risk'

export interface TodaysWork {
  overdueActions: ActionView[]
  reviewsDue: CaseSummary[]
  highRisk: CaseSummary[]
  notEngaging: CaseSummary[]
  nextMeeting: MeetingSummary | null
}

/** Today's work, worked out from the lists the other screens already load. */
export function todaysWork(
  cases: readonly CaseSummary[],
  actions: readonly ActionView[],
  meetings: readonly MeetingSummary[],
  today: string,
): TodaysWork {
  const open = cases.filter((c) => c.status !== 'closed')
  const weekAhead = addDays(today, 7)
  return {
    overdueActions: actions.filter((a) => a.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    reviewsDue: open
      .filter((c) => c.nextReviewDate !== null && c.nextReviewDate <= weekAhead)
      .sort((a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '')),
    highRisk: open
      .filter((c) => c.riskLevel === 'high')
      .sort((a, b) => riskRank[a.riskLevel] - riskRank[b.riskLevel] || a.reference.localeCompare(b.reference)),
    notEngaging: open.filter((c) => c.nonEngagement),
    nextMeeting:
      [...meetings]
        .filter((m) => m.date >= today && m.status !== 'approved')
        .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))[0] ?? null,
  }
}

/** The local calendar day, as the user sees it on the wall. */
export const localToday = (): string => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
