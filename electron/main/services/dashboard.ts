import { DASHBOARD_PANEL_ROWS, dashboardQueries, reviewsDueBy, type Dashboard } from '../../../shared/domain/dashboard'
import { actionPageInput, casePageInput } from '../../../shared/domain/tablePages'
import { nextMeetingFrom } from '../db/repos/meetings'
import { today } from './caseRecord'
import { requireRole, type ServiceContext } from './context'
import { meetingSummary } from './meetingViews'
import * as tablePages from './tablePages'

/**
 * Today's work at a glance (issue 11): each panel is the first page of a
 * full table's filter (shared/domain/dashboard.ts), so the database counts
 * and sorts, and only the rows shown leave it. One audited read.
 */
export function dashboard(ctx: ServiceContext): Dashboard {
  requireRole(ctx, 'signedIn')
  const day = today(ctx)
  const limit = DASHBOARD_PANEL_ROWS
  const cases = (query: object) => tablePages.cases(ctx, casePageInput.parse({ ...query, limit }))
  const next = nextMeetingFrom(ctx.db, day)
  const overdue = tablePages.actions(ctx, actionPageInput.parse({ ...dashboardQueries.overdueActions(), limit }))
  return {
    today: day,
    reviewsDueBy: reviewsDueBy(day),
    nextMeeting: next ? meetingSummary(next) : null,
    overdueActions: { total: overdue.total, rows: overdue.rows },
    reviewsDue: cases(dashboardQueries.reviewsDue(day)),
    highRisk: cases(dashboardQueries.highRisk()),
    notEngaging: cases(dashboardQueries.notEngaging()),
  }
}
