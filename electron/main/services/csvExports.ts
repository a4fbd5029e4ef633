import { caseKindLabels, caseStatuses, caseStatusLabels } from '../../../shared/domain/cases'
import { actionStatusLabels, nonCompletionReasonLabels, nonCompletionReasons } from '../../../shared/domain/meetings/actions'
import { directionLabels, directions } from '../../../shared/domain/meetings/direction'
import type { DirectionMonth } from '../../../shared/domain/outcomes/cohortDirection'
import { costBearerLabels } from '../../../shared/domain/outcomes/costBearers'
import type { DemandChange } from '../../../shared/domain/outcomes/demandChange'
import type { BenefitLine } from '../../../shared/domain/outcomes/fiscalBenefit'
import { formatPence } from '../../../shared/domain/outcomes/money'
import type { Report, ReportCsvTable } from '../../../shared/domain/outcomes/report'
import type { RepeatsMonth } from '../../../shared/domain/outcomes/repeatsEscalations'
import type { TriageMonth } from '../../../shared/domain/outcomes/triageMonths'
import { demandKindLabels } from '../../../shared/domain/record/demand'
import { consentStatusLabels, hasConsentToShare } from '../../../shared/domain/record/consent'
import { initials, noConsentCaseLabel } from '../../../shared/domain/redaction'
import { decisionCategories, decisionCategoryLabels, meetingReasonLabels, meetingReasons } from '../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../shared/domain/risk'
import { toCsv } from '../export/csv'
import * as actions from './actions'
import * as cases from './cases'
import type { ServiceContext } from './context'
import { actionCaseRef, casePeople } from './exportData'
import { noConsentNaming, subjectInitials } from './noConsentNaming'
import * as triage from './triage'

/**
 * The three tables as CSV: UTF-8 with a BOM, formula-injection safe (see
 * export/csv.ts). A case without consent to share is named by reference
 * and initials and marked, and its household's names are taken out of
 * action text, as in the full minutes.
 */
export function tableCsv(ctx: ServiceContext, table: 'cases' | 'triage' | 'actions'): string {
  const naming = noConsentNaming(ctx.db, (caseId) => casePeople(ctx.db, caseId))
  if (table === 'cases') {
    return toCsv(
      [
        { header: 'Reference', value: (c) => c.reference },
        {
          header: 'Case',
          value: (c) =>
            hasConsentToShare(c.subjectConsent)
              ? c.title
              : noConsentCaseLabel(
                  '',
                  subjectInitials({ reference: '', displayName: initials(c.subjectName ?? c.title) }, naming.reserved),
                ).trim(),
        },
        { header: 'Type', value: (c) => caseKindLabels[c.kind] },
        { header: 'Status', value: (c) => caseStatusLabels[c.status] },
        { header: 'Risk', value: (c) => riskLabels[c.riskLevel] },
        { header: 'Consent to share', value: (c) => (c.subjectConsent ? consentStatusLabels[c.subjectConsent] : 'Not recorded') },
        { header: 'Triage decision', value: (c) => (c.triageCategory ? decisionCategoryLabels[c.triageCategory] : '') },
        { header: 'Keyworker', value: (c) => c.keyworkerName ?? '' },
        { header: 'Lead agency', value: (c) => c.leadAgencyName },
        { header: 'Neighbourhood', value: (c) => c.neighbourhood },
        { header: 'Agencies involved', value: (c) => c.agencyCount },
        { header: 'Referrals', value: (c) => c.referralCount },
        { header: 'Next review', value: (c) => c.nextReviewDate ?? '' },
      ],
      cases.list(ctx),
    )
  }
  if (table === 'triage') {
    return toCsv(
      [
        { header: 'Received', value: (t) => t.receivedAt },
        { header: 'Case', value: (t) => t.caseReference },
        { header: 'Source', value: (t) => t.sourceLabel },
        { header: 'Source reference', value: (t) => t.sourceReference },
        { header: 'Risk', value: (t) => riskLabels[t.riskLevel] },
        { header: 'Decision', value: (t) => decisionCategoryLabels[t.decisionCategory] },
        { header: 'Reasons for meeting', value: (t) => t.meetingReasons.map((reason) => meetingReasonLabels[reason]).join('; ') },
        { header: 'Repeat', value: (t) => (t.isRepeat ? 'Yes' : 'No') },
        { header: 'Bring to next meeting', value: (t) => (t.bringToNextMeeting ? 'Yes' : 'No') },
        { header: 'Decided by', value: (t) => t.decidedByName },
        { header: 'Re-assessed later', value: (t) => (t.supersededById ? 'Yes' : 'No') },
      ],
      triage.list(ctx),
    )
  }
  return toCsv(
    [
      { header: 'Case', value: (a) => naming.label(actionCaseRef(a)) },
      { header: 'Action', value: (a) => naming.text(actionCaseRef(a), a.description, [a.ownerName, a.ownerAgencyName]) },
      { header: 'Owner', value: (a) => a.ownerName },
      { header: 'Agency', value: (a) => a.ownerAgencyName },
      { header: 'Due', value: (a) => a.dueDate },
      { header: 'Status', value: (a) => actionStatusLabels[a.status] },
      { header: 'Overdue', value: (a) => (a.overdue ? 'Yes' : 'No') },
      { header: 'Raised at meeting on', value: (a) => a.raisedOn ?? '' },
    ],
    actions.list(ctx),
  )
}

/**
 * One table of a report as CSV. Counts keep their full precision (a pro-rata share
 * is rarely whole) and money is given in whole pence and in pounds, so a
 * spreadsheet can add them up without rounding surprises.
 */
export function reportTableCsv(report: Report, table: ReportCsvTable): string {
  switch (table) {
    case 'open_cases':
      return toCsv<[string, string, number]>(
        [
          { header: 'By', value: (row) => row[0] },
          { header: 'Group', value: (row) => row[1] },
          { header: 'Open cases', value: (row) => row[2] },
        ],
        [
          ...caseStatuses
            .filter((status) => status !== 'closed')
            .map((status): [string, string, number] => ['Status', caseStatusLabels[status], report.openCases.byStatus[status]]),
          ...riskLevels.map((level): [string, string, number] => ['Risk', riskLabels[level], report.openCases.byRisk[level]]),
          ...decisionCategories.map((category): [string, string, number] => [
            'Triage category',
            decisionCategoryLabels[category],
            report.openCases.byTriage[category],
          ]),
          ['Triage category', 'Not triaged', report.openCases.byTriage.none],
        ],
      )
    case 'triage':
      return toCsv<TriageMonth>(
        [
          { header: 'Month', value: (month) => month.month },
          ...decisionCategories.map((category) => ({
            header: decisionCategoryLabels[category],
            value: (month: TriageMonth) => month.counts[category],
          })),
          { header: 'All decisions', value: (month) => month.total },
          { header: 'Early help share', value: (month) => (month.earlyHelpShare === null ? '' : month.earlyHelpShare) },
        ],
        report.triage,
      )
    case 'repeats':
      return toCsv<RepeatsMonth>(
        [
          { header: 'Month', value: (month) => month.month },
          { header: 'Contacts', value: (month) => month.contacts },
          { header: 'Repeats within 12 months', value: (month) => month.repeats },
          { header: 'Brought to the meeting', value: (month) => month.escalated },
          ...meetingReasons.map((reason) => ({
            header: `Reason: ${meetingReasonLabels[reason]}`,
            value: (month: RepeatsMonth) => month.byReason[reason],
          })),
        ],
        report.repeats.months,
      )
    case 'direction':
      return toCsv<DirectionMonth>(
        [
          { header: 'Month', value: (month) => month.month },
          ...directions.map((direction) => ({
            header: directionLabels[direction],
            value: (month: DirectionMonth) => month.counts[direction],
          })),
        ],
        report.direction.trend,
      )
    case 'actions':
      return toCsv<[string, number]>(
        [
          { header: 'Outcome', value: (row) => row[0] },
          { header: 'Actions', value: (row) => row[1] },
        ],
        [
          ['Completed on time', report.actions.onTime],
          ['Completed late', report.actions.late],
          ['Not done (closed)', report.actions.notDone],
          ['Overdue (still open)', report.actions.overdue],
          ['Not yet due', report.actions.notYetDue],
          ...nonCompletionReasons.map((reason): [string, number] => [
            `Reason not done: ${nonCompletionReasonLabels[reason]}`,
            report.actions.reasons[reason],
          ]),
          ['Reason not done: none recorded', report.actions.reasons.not_recorded],
        ],
      )
    case 'demand':
      return toCsv<DemandChange>(
        [
          { header: 'Kind of contact', value: (change) => demandKindLabels[change.kind] },
          { header: 'Before', value: (change) => change.before },
          { header: 'Before per month', value: (change) => change.beforePerMonth },
          { header: 'Since', value: (change) => change.after },
          { header: 'Since per month', value: (change) => change.afterPerMonth },
          { header: 'Avoided', value: (change) => change.avoided },
        ],
        report.demand.changes,
      )
    case 'cost':
      return toCsv<BenefitLine>(
        [
          { header: 'Kind of contact', value: (line) => demandKindLabels[line.kind] },
          { header: 'Unit cost (pence)', value: (line) => line.unitCost.costPence },
          { header: 'Price year', value: (line) => line.unitCost.priceYear },
          { header: 'Deflator from', value: (line) => line.uprating.fromIndex },
          { header: `Deflator ${report.benefit.reportYear}`, value: (line) => line.uprating.toIndex },
          { header: 'Avoided', value: (line) => line.avoided },
          { header: 'Gross (pence)', value: (line) => line.grossPence },
          { header: 'Deadweight %', value: () => report.benefit.adjustments.deadweightPercent },
          { header: 'Optimism bias %', value: () => report.benefit.adjustments.optimismBiasPercent },
          { header: 'Net (pence)', value: (line) => line.netPence },
          { header: 'Net', value: (line) => formatPence(line.netPence) },
          { header: 'Borne by', value: (line) => costBearerLabels[line.bearer] },
          { header: 'Source', value: (line) => line.unitCost.source },
        ],
        report.benefit.lines,
      )
  }
}
