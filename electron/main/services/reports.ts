import { z } from 'zod'
import { caseStatuses } from '../../../shared/domain/cases'
import { directions } from '../../../shared/domain/meetings/direction'
import { nonCompletionReasons } from '../../../shared/domain/meetings/actions'
import { buildCaseDemand, type CaseDemandReport } from '../../../shared/domain/outcomes/caseDemand'
import { defaultAdjustments } from '../../../shared/domain/outcomes/fiscalBenefit'
import { buildReport, type Report, type ReportInputs, type reportFilters } from '../../../shared/domain/outcomes/report'
import { demandKinds } from '../../../shared/domain/record/demand'
import { decisionCategories, meetingReasons } from '../../../shared/domain/record/triage'
import { riskLevels } from '../../../shared/domain/risk'
import type { BoardReportData } from '../export/boardReport'
import { getAgency } from '../db/repos/agencies'
import { getCohort } from '../db/repos/cohorts'
import {
  caseDemand,
  cohortActions,
  cohortCases,
  cohortDemand,
  cohortDirections,
  triageDecisions,
  type ReportScope,
} from '../db/repos/reports'
import { today } from './caseRecord'
import { requireActor, type ServiceContext } from './context'
import { notFound } from './errors'
import * as unitCosts from './unitCosts'

// Rows carry values the schema's CHECK constraints hold; parsing, not casting, keeps a bad one loud.
const status = z.enum(caseStatuses)
const risk = z.enum(riskLevels)
const category = z.enum(decisionCategories)
const direction = z.enum(directions)
const kind = z.enum(demandKinds)
const actionStatus = z.enum(['open', 'done', 'dropped'])
const reason = z.enum(nonCompletionReasons)
const meetingReasonList = z.array(z.enum(meetingReasons))

/**
 * The Reports screen's figures: five set-based queries over the filtered cohort (no
 * per-case queries), then the pure maths in shared/domain/outcomes.
 */
export function build(ctx: ServiceContext, filters: z.output<typeof reportFilters>): Report {
  return gather(ctx, filters).report
}

/** The board report's data: the report, its scope in words and each case's story by reference. */
export function boardData(ctx: ServiceContext, filters: z.output<typeof reportFilters>): BoardReportData {
  const { report, inputs } = gather(ctx, filters)
  const agency = filters.agencyId ? getAgency(ctx.db, filters.agencyId) : undefined
  const cohort = filters.cohortId ? getCohort(ctx.db, filters.cohortId) : undefined
  const scope = `${filters.neighbourhood ? `Neighbourhood: ${filters.neighbourhood}` : 'All neighbourhoods'}; ${agency ? `agency: ${agency.name}` : 'all agencies'}${cohort ? `; cohort: ${cohort.name}` : ''}`
  const stories = inputs.cases.map((item) => ({
    reference: item.reference,
    reviews: inputs.directions
      .filter((record) => record.caseId === item.id)
      .map((record) => ({ date: record.date, direction: record.direction })),
  }))
  return { report, scope, stories }
}

function gather(ctx: ServiceContext, filters: z.output<typeof reportFilters>): { report: Report; inputs: ReportInputs } {
  requireActor(ctx)
  const scope: ReportScope = {
    from: filters.from,
    to: filters.to,
    neighbourhood: filters.neighbourhood,
    agencyId: filters.agencyId,
    cohortId: filters.cohortId,
  }
  // One read transaction, so the sections agree with each other even while others write.
  const rows = ctx.db
    .transaction(() => ({
      cases: cohortCases(ctx.db, scope),
      demand: cohortDemand(ctx.db, scope),
      directions: cohortDirections(ctx.db, scope),
      triage: triageDecisions(ctx.db, scope),
      actions: cohortActions(ctx.db, scope),
      costs: unitCosts.list(ctx),
    }))
    .deferred()
  const inputs: ReportInputs = {
    reportDate: today(ctx),
    from: filters.from,
    to: filters.to,
    months: filters.months,
    adjustments: {
      optimismBiasPercent: filters.optimismBiasPercent ?? defaultAdjustments.optimismBiasPercent,
      deadweightPercent: filters.deadweightPercent ?? defaultAdjustments.deadweightPercent,
    },
    cases: rows.cases.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: status.parse(row.status),
      riskLevel: risk.parse(row.risk_level),
      triageCategory: row.triage_category === null ? null : category.parse(row.triage_category),
      openedOn: row.opened_on,
    })),
    demand: rows.demand.map((row) => ({
      caseId: row.case_id,
      kind: kind.parse(row.kind),
      periodStart: row.period_start,
      periodEnd: row.period_end,
      count: row.count,
    })),
    directions: rows.directions.map((row) => ({
      caseId: row.case_id,
      date: row.date,
      direction: direction.parse(row.direction),
      sequence: row.sequence,
    })),
    triage: rows.triage.map((row) => ({ decidedOn: row.decided_on, category: category.parse(row.decision_category) })),
    contacts: rows.triage.map((row) => ({
      caseId: row.case_id,
      receivedOn: row.decided_on,
      isRepeat: row.is_repeat === 1,
      reasons: meetingReasonList.parse(JSON.parse(row.meeting_reasons)),
    })),
    actions: rows.actions.map((row) => ({
      dueDate: row.due_date,
      status: actionStatus.parse(row.status),
      completedOn: row.completed_on,
      nonCompletionReason: row.non_completion_reason === null ? null : reason.parse(row.non_completion_reason),
    })),
    unitCosts: rows.costs,
  }
  return { report: buildReport(inputs), inputs }
}

/** The case screen's "demand before and after": the same rules as the cohort, for one case. */
export function forCase(ctx: ServiceContext, caseId: string, months: number): CaseDemandReport {
  requireActor(ctx)
  const rows = caseDemand(ctx.db, caseId)
  const first = rows[0]
  if (!first) throw notFound('The case')
  const events = rows.flatMap((row) =>
    row.kind === null || row.period_start === null || row.count === null
      ? []
      : [{ kind: kind.parse(row.kind), periodStart: row.period_start, periodEnd: row.period_end, count: row.count }],
  )
  return buildCaseDemand(first.opened_on, events, unitCosts.list(ctx), today(ctx), months)
}
