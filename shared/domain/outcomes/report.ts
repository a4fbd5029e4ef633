import { z } from 'zod'
import type { CaseStatus } from '../cases'
import { id, isoDate, optionalText } from '../common'
import type { DirectionCounts } from '../meetings/direction'
import type { DecisionCategory } from '../record/triage'
import type { RiskLevel } from '../risk'
import { actionOutcomes, type ActionOutcomes, type ActionRecord } from './actionsOutcome'
import { cohortDirection, directionTrend, type DirectionMonth, type DirectionRecord } from './cohortDirection'
import { financialYearOf } from './deflators'
import { combineDemand, demandChange, type DemandChange, type DemandEvent } from './demandChange'
import { benefitAdjustments, defaultAdjustments, fiscalBenefit, type FiscalBenefit, type UnitCost } from './fiscalBenefit'
import { repeatsAndEscalations, type ContactRecord, type RepeatsEscalations } from './repeatsEscalations'
import { triageByMonth, type TriageDecisionRecord, type TriageMonth } from './triageMonths'
import { beforeAfterWindows } from './windows'

export const reportFilters = z
  .object({
    from: isoDate,
    to: isoDate,
    neighbourhood: z.string().trim().max(120).default(''),
    agencyId: id.nullable().default(null),
    /** A named cohort's members only (Reports → Cohorts); null for every case. */
    cohortId: id.nullable().default(null),
    /** N: the months before the case opened compared with (up to) N months since. */
    months: z
      .number({ error: 'Enter a number of months' })
      .int('Enter a whole number of months')
      .min(1, 'Enter 1 to 36 months')
      .max(36, 'Enter 1 to 36 months')
      .default(12),
  })
  .extend(benefitAdjustments.partial().shape)
  .refine((value) => value.to >= value.from, { path: ['to'], message: 'The end of the range must be on or after its start' })
export type ReportFilters = z.input<typeof reportFilters>

/** The board report in Word: the same filters as the screen, and who it is for (the export register). */
export const boardReportExportInput = z.object({ filters: reportFilters, recipients: optionalText('intended recipients', 500) })

/** Each table of the report, as its own CSV. */
export const reportCsvTables = ['open_cases', 'triage', 'repeats', 'direction', 'actions', 'demand', 'cost'] as const
export type ReportCsvTable = (typeof reportCsvTables)[number]
export const reportCsvTableLabels: Record<ReportCsvTable, string> = {
  open_cases: 'Open cases',
  triage: 'Triage decisions by month',
  repeats: 'Repeats and escalations by month',
  direction: 'Direction of travel by month',
  actions: 'Actions',
  demand: 'Demand before and since',
  cost: 'Cost avoided',
}
export const reportCsvExportInput = boardReportExportInput.extend({ table: z.enum(reportCsvTables, { error: 'Choose a table' }) })

export interface CohortCase {
  id: string
  reference: string
  status: CaseStatus
  riskLevel: RiskLevel
  triageCategory: DecisionCategory | null
  openedOn: string
}

export interface ReportInputs {
  reportDate: string
  months: number
  adjustments: { optimismBiasPercent: number; deadweightPercent: number }
  cases: readonly CohortCase[]
  demand: ReadonlyArray<DemandEvent & { caseId: string }>
  directions: readonly DirectionRecord[]
  triage: readonly TriageDecisionRecord[]
  /** The same current contacts as `triage`, with their repeat flag and reasons for the meeting. */
  contacts: readonly ContactRecord[]
  actions: readonly ActionRecord[]
  unitCosts: readonly UnitCost[]
  from: string
  to: string
}

export interface OpenCases {
  total: number
  byStatus: Record<CaseStatus, number>
  byRisk: Record<RiskLevel, number>
  byTriage: Record<DecisionCategory | 'none', number>
}

export interface Report {
  from: string
  to: string
  reportDate: string
  months: number
  cohortSize: number
  openCases: OpenCases
  triage: TriageMonth[]
  repeats: RepeatsEscalations
  direction: { latest: DirectionCounts; casesWithDirection: number; trend: DirectionMonth[] }
  actions: ActionOutcomes
  demand: { changes: DemandChange[]; casesWithDemand: number }
  benefit: FiscalBenefit
}

/** Open cases (not closed) counted by status, risk and front-door category. */
export function openCases(cases: readonly CohortCase[]): OpenCases {
  const result: OpenCases = {
    total: 0,
    byStatus: { referred: 0, triage: 0, open: 0, review: 0, closed: 0 },
    byRisk: { high: 0, medium: 0, low: 0 },
    byTriage: { self_help: 0, early_help: 0, complex: 0, safeguarding: 0, nfa: 0, none: 0 },
  }
  for (const item of cases) {
    if (item.status === 'closed') continue
    result.total += 1
    result.byStatus[item.status] += 1
    result.byRisk[item.riskLevel] += 1
    result.byTriage[item.triageCategory ?? 'none'] += 1
  }
  return result
}

/** The whole report from rows the database returned: pure, so every figure can be checked by hand. */
export function buildReport(inputs: ReportInputs): Report {
  const perCase = inputs.cases.map((item) =>
    demandChange(
      inputs.demand.filter((event) => event.caseId === item.id),
      beforeAfterWindows(item.openedOn, inputs.reportDate, inputs.months),
    ),
  )
  const changes = combineDemand(perCase)
  const latestCases = new Set(inputs.directions.map((record) => record.caseId))
  return {
    from: inputs.from,
    to: inputs.to,
    reportDate: inputs.reportDate,
    months: inputs.months,
    cohortSize: inputs.cases.length,
    openCases: openCases(inputs.cases),
    triage: triageByMonth(inputs.triage, inputs.from, inputs.to),
    repeats: repeatsAndEscalations(inputs.contacts, inputs.from, inputs.to),
    direction: {
      latest: cohortDirection(inputs.directions),
      casesWithDirection: latestCases.size,
      trend: directionTrend(inputs.directions, inputs.from, inputs.to),
    },
    actions: actionOutcomes(inputs.actions, inputs.reportDate),
    demand: { changes, casesWithDemand: perCase.filter((list) => list.length > 0).length },
    benefit: fiscalBenefit(changes, inputs.unitCosts, financialYearOf(inputs.reportDate), { ...defaultAdjustments, ...inputs.adjustments }),
  }
}
