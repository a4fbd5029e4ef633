import type { CaseKind, CaseStatus } from '../../../shared/domain/cases'
import type { ConsentStatus } from '../../../shared/domain/record/consent'
import type { DecisionCategory } from '../../../shared/domain/record/triage'
import type { RiskLevel } from '../../../shared/domain/risk'
import type {
  ActionPage,
  ActionPageQuery,
  CasePage,
  CasePageQuery,
  CaseRowView,
  MeetingPage,
  MeetingPageQuery,
  TableFilterOptions,
  TriagePage,
  TriagePageQuery,
} from '../../../shared/domain/tablePages'
import { actionPage, casePage, meetingPage, tableFilterOptions, triagePage, type CaseSummaryTableRow } from '../db/repos/tablePages'
import { getUser } from '../db/repos/users'
import * as appSettings from './appSettings'
import { today } from './caseRecord'
import { requireRole, type ServiceContext } from './context'
import { actionView, meetingSummary } from './meetingViews'
import { triageView } from './triageViews'

/**
 * The tables a page at a time (issue 11): the database filters, sorts and
 * counts; only the window's rows leave it. Each call is one audited read
 * (electron/main/ipc/readAudit.ts), naming the channel, never the search.
 */

const SEP = '\u001f'
const names = (joined: string | null) => (joined ? joined.split(SEP) : []).sort((a, b) => a.localeCompare(b))

const caseRow = (row: CaseSummaryTableRow): CaseRowView => ({
  id: row.id,
  reference: row.reference,
  kind: row.kind as CaseKind,
  title: row.title,
  status: row.status as CaseStatus,
  riskLevel: row.risk_level as RiskLevel,
  triageCategory: row.triage_category as DecisionCategory | null,
  keyworkerName: row.keyworker_name,
  leadAgencyName: row.lead_agency_name,
  neighbourhood: row.neighbourhood,
  agencyNames: names(row.agency_names),
  agencyCount: row.agency_count,
  referralCount: row.referral_count,
  nonEngagement: row.non_engagement === 1,
  nextReviewDate: row.next_review_date,
  subjectConsent: row.subject_consent as ConsentStatus | null,
})

export function cases(ctx: ServiceContext, query: CasePageQuery): CasePage {
  requireRole(ctx, 'signedIn')
  const page = casePage(ctx.db, query)
  return { rows: page.rows.map(caseRow), total: page.total }
}

export function triage(ctx: ServiceContext, query: TriagePageQuery): TriagePage {
  requireRole(ctx, 'signedIn')
  const page = triagePage(ctx.db, query)
  return { rows: page.rows.map(triageView), total: page.total }
}

/** A London day plus whole days, as YYYY-MM-DD. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

export function actions(ctx: ServiceContext, query: ActionPageQuery): ActionPage {
  const actor = requireRole(ctx, 'signedIn')
  // The London day once per call, not once per row.
  const day = today(ctx)
  const escalation = appSettings.read(ctx).escalationMeetings
  const page = actionPage(ctx.db, query, { today: day, weekEnd: addDays(day, 7), myName: getUser(ctx.db, actor)?.name ?? '' })
  return { rows: page.rows.map((row) => actionView(row, day, escalation)), total: page.total, groups: page.groups }
}

export function meetings(ctx: ServiceContext, query: MeetingPageQuery): MeetingPage {
  requireRole(ctx, 'signedIn')
  const page = meetingPage(ctx.db, query)
  return { rows: page.rows.map(meetingSummary), total: page.total }
}

export function filterOptions(ctx: ServiceContext): TableFilterOptions {
  requireRole(ctx, 'signedIn')
  return tableFilterOptions(ctx.db)
}
