/**
 * The board report: a cohort's outcomes with their tables, the demand and cost
 * figures with their method and assumptions, and case stories told by reference
 * and direction of travel only. It carries no person's name: the data it is built
 * from holds none (case references, counts and money only).
 */
import { ImageRun, type Document, type Paragraph, type Table } from 'docx'
import { caseStatuses, caseStatusLabels } from '../../../shared/domain/cases'
import { nonCompletionReasonLabels, nonCompletionReasons } from '../../../shared/domain/meetings/actions'
import { directionLabels, directions, type Direction } from '../../../shared/domain/meetings/direction'
import {
  demandChart,
  directionChart,
  repeatsChart,
  repeatsSummary,
  triageChart,
  type ChartSpec,
} from '../../../shared/domain/outcomes/charts'
import { costBearerLabels, costBearers } from '../../../shared/domain/outcomes/costBearers'
import { deflatorSource, indicativeLabel, indicativeNote } from '../../../shared/domain/outcomes/deflators'
import { formatCount, type DemandChange } from '../../../shared/domain/outcomes/demandChange'
import type { BenefitLine } from '../../../shared/domain/outcomes/fiscalBenefit'
import { formatPence, roundPence } from '../../../shared/domain/outcomes/money'
import { monthLabel } from '../../../shared/domain/outcomes/months'
import type { Report } from '../../../shared/domain/outcomes/report'
import { formatShare, type TriageMonth } from '../../../shared/domain/outcomes/triageMonths'
import { demandKindLabels } from '../../../shared/domain/record/demand'
import { decisionCategories, decisionCategoryLabels, meetingReasonLabels, meetingReasons } from '../../../shared/domain/record/triage'
import type { RepeatsMonth } from '../../../shared/domain/outcomes/repeatsEscalations'
import { riskLabels, riskLevels } from '../../../shared/domain/risk'
import { chartImage } from './chartImage'
import { formatDate, plural } from './format'
import { bullets, buildDocument, heading, imageParagraph, markingOf, organisationBlock, paragraph, versionStamp } from './houseStyle'
import { dataTable, type Column } from './tables'
import type { HouseStyle } from './types'

type Block = Paragraph | Table

export interface CaseStory {
  reference: string
  /** Oldest first. */
  reviews: ReadonlyArray<{ date: string; direction: Direction }>
}

export interface BoardReportData {
  report: Report
  /** "All neighbourhoods, all agencies" or the filters in words. */
  scope: string
  stories: readonly CaseStory[]
}

type Count = [string, string, number]

/**
 * A chart as an image with its alt text (title and the one-sentence summary), then
 * the summary as text: the table that follows carries every figure. Nothing to
 * draw (no months, no kinds of contact) draws nothing.
 */
export function chartFigure(spec: ChartSpec): Paragraph[] {
  if (spec.categories.length === 0) return []
  const image = chartImage(spec)
  return [
    imageParagraph(
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: image.width, height: image.height },
        altText: {
          name: spec.title,
          title: spec.title,
          description: `Chart: ${spec.title}. ${spec.summary} The table below gives every figure.`,
        },
      }),
      image.height,
      { keepNext: true },
    ),
    paragraph(spec.summary, { italics: true }),
  ]
}

export function buildBoardReportDoc(data: BoardReportData, style: HouseStyle): Document {
  const { report } = data
  const period = `${formatDate(report.from)} to ${formatDate(report.to)}`
  const benefit = report.benefit
  const countColumns: Column<Count>[] = [
    { header: 'By', weight: 1.5, value: (row) => row[0] },
    { header: 'Group', weight: 3, value: (row) => row[1] },
    { header: 'Open cases', weight: 1.5, value: (row) => String(row[2]) },
  ]
  const openRows: Count[] = [
    ...caseStatuses
      .filter((status) => status !== 'closed')
      .map((status): Count => ['Status', caseStatusLabels[status], report.openCases.byStatus[status]]),
    ...riskLevels.map((level): Count => ['Risk', riskLabels[level], report.openCases.byRisk[level]]),
    ...decisionCategories.map((category): Count => [
      'Triage category',
      decisionCategoryLabels[category],
      report.openCases.byTriage[category],
    ]),
    ['Triage category', 'Not triaged', report.openCases.byTriage.none],
  ]
  const triageColumns: Column<TriageMonth>[] = [
    { header: 'Month', weight: 1.4, value: (month) => monthLabel(month.month) },
    ...decisionCategories.map((category): Column<TriageMonth> => ({
      header: decisionCategoryLabels[category],
      weight: 1.2,
      value: (month) => String(month.counts[category]),
    })),
    { header: 'All', weight: 0.8, value: (month) => String(month.total) },
    { header: 'Early help share', weight: 1.1, value: (month) => formatShare(month.earlyHelpShare) },
  ]
  const repeatColumns: Column<RepeatsMonth>[] = [
    { header: 'Month', weight: 1.3, value: (month) => monthLabel(month.month) },
    { header: 'Contacts', weight: 1, value: (month) => String(month.contacts) },
    { header: 'Repeats within 12 months', weight: 1.2, value: (month) => String(month.repeats) },
    { header: 'Brought to the meeting', weight: 1.2, value: (month) => String(month.escalated) },
    ...meetingReasons.map((reason): Column<RepeatsMonth> => ({
      header: meetingReasonLabels[reason],
      weight: 1.3,
      value: (month) => String(month.byReason[reason]),
    })),
  ]
  const demandColumns: Column<DemandChange>[] = [
    { header: 'Kind of contact', weight: 2.4, value: (change) => demandKindLabels[change.kind] },
    { header: 'Before', weight: 1, value: (change) => formatCount(change.before) },
    { header: 'Before, a month', weight: 1.2, value: (change) => formatCount(change.beforePerMonth) },
    { header: 'Since', weight: 1, value: (change) => formatCount(change.after) },
    { header: 'Since, a month', weight: 1.2, value: (change) => formatCount(change.afterPerMonth) },
    { header: 'Avoided', weight: 1, value: (change) => formatCount(change.avoided) },
  ]
  const costColumns: Column<BenefitLine>[] = [
    { header: 'Kind of contact', weight: 2, value: (line) => demandKindLabels[line.kind] },
    {
      header: 'Unit cost (price year)',
      weight: 1.8,
      value: (line) => `${formatPence(line.unitCost.costPence)} (${line.unitCost.priceYear})`,
    },
    {
      header: `Uprated to ${benefit.reportYear}`,
      weight: 1.6,
      value: (line) => `${formatPence(roundPence(line.upratedUnitCost))} (× ${line.uprating.toIndex} ÷ ${line.uprating.fromIndex})`,
    },
    { header: 'Avoided', weight: 1, value: (line) => formatCount(line.avoided) },
    { header: 'Gross', weight: 1.3, value: (line) => formatPence(line.grossPence) },
    { header: 'Net', weight: 1.3, value: (line) => formatPence(line.netPence) },
    { header: 'Borne by', weight: 1.3, value: (line) => costBearerLabels[line.bearer] },
  ]
  const latest = report.direction.latest

  const children: Block[] = [
    ...organisationBlock(style),
    heading('Board report: outcomes for the cohort', 1),
    paragraph(`Cases opened ${period}. ${data.scope}.`, { bold: true }),
    versionStamp(style, 'Board report', style.author),
    heading('Summary', 2),
    ...bullets([
      `${plural(report.cohortSize, 'case')} in the cohort; ${report.openCases.total} still open, ${report.openCases.byRisk.high} at high risk.`,
      `Direction of travel at the latest review: ${latest.improving} improving, ${latest.no_change} no change, ${latest.worsening} worsening (${plural(report.direction.casesWithDirection, 'case')} reviewed).`,
      repeatsSummary(report.repeats),
      `Actions due: ${report.actions.onTime} on time, ${report.actions.late} late, ${report.actions.notDone} not done, ${report.actions.overdue} overdue.`,
      `Cost avoided (${indicativeLabel.toLowerCase()} fiscal benefit, ${benefit.reportYear} prices, after adjustments): ${formatPence(benefit.totalNetPence)}.`,
    ]),
    heading('Open cases', 2),
    dataTable(countColumns, openRows),
    heading('Triage decisions by month', 2),
    ...chartFigure(triageChart(report.triage)),
    dataTable(triageColumns, report.triage, { emptyText: 'No triage decisions in this period.' }),
    heading('Repeats and escalations by month', 2),
    // Kept with the chart that follows, so the explanation never ends a page alone.
    paragraph(
      'A repeat is a contact about a person or family triaged or discussed in the 12 months before, as flagged at triage. A contact brought to the meeting for several reasons counts once as brought, and once under each reason.',
      { keepNext: true },
    ),
    ...chartFigure(repeatsChart(report.repeats)),
    dataTable(repeatColumns, report.repeats.months, { emptyText: 'No contacts in this period.' }),
    heading('Direction of travel by month', 2),
    ...chartFigure(directionChart(report.direction.trend, latest, report.direction.casesWithDirection)),
    dataTable(
      [
        { header: 'Month', weight: 1.5, value: (month: Report['direction']['trend'][number]) => monthLabel(month.month) },
        ...directions.map((direction): Column<Report['direction']['trend'][number]> => ({
          header: directionLabels[direction],
          weight: 1.5,
          value: (month) => String(month.counts[direction]),
        })),
      ],
      report.direction.trend,
    ),
    heading('Actions', 2),
    dataTable(
      [
        { header: 'Outcome', weight: 3, value: (row: [string, number]) => row[0] },
        { header: 'Actions', weight: 1, value: (row: [string, number]) => String(row[1]) },
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
    ),
    heading('Demand on services before and since', 2),
    paragraph(
      `Each case is compared with itself: the ${report.months} months before it opened against up to ${report.months} months since (fewer for a recent case).`,
    ),
    ...chartFigure(demandChart(report.demand.changes, report.months)),
    dataTable(demandColumns, report.demand.changes, { emptyText: 'No demand on services recorded for this cohort.' }),
    heading(`Cost avoided (${indicativeLabel.toLowerCase()})`, 2),
    paragraph(indicativeNote, { bold: true }),
    dataTable(costColumns, benefit.lines, { emptyText: 'No costed change in demand.' }),
    paragraph(
      `Total: ${formatPence(benefit.totalNetPence)} net (${formatPence(benefit.totalGrossPence)} gross). By who bears the cost: ${
        costBearers
          .filter((bearer) => benefit.byBearerPence[bearer] !== 0)
          .map((bearer) => `${costBearerLabels[bearer]} ${formatPence(benefit.byBearerPence[bearer])}`)
          .join('; ') || 'none'
      }.`,
    ),
    heading('Method and assumptions', 2),
    ...bullets([
      'Greater Manchester cost-benefit analysis method (HM Treasury Green Book supplementary guidance): fiscal benefit = contacts avoided × unit cost.',
      'Contacts avoided = the monthly rate before the case opened × the months since, less the contacts since. A count recorded over a period is split by days across the opening date.',
      `${indicativeNote} Unit costs are uprated from their price year to ${benefit.reportYear} by the GDP deflator. ${deflatorSource}`,
      `Deadweight ${benefit.adjustments.deadweightPercent}% (what would have happened anyway) and optimism bias ${benefit.adjustments.optimismBiasPercent}% are taken off the gross figure.`,
      'Money is held in whole pence and rounded once, at the end, half away from zero; a total can differ by a penny from adding rounded lines.',
      ...(benefit.uncosted.length > 0
        ? [`Not costed (no unit cost set): ${benefit.uncosted.map((kind) => demandKindLabels[kind]).join(', ')}.`]
        : []),
      ...benefit.lines.map((line) => `${demandKindLabels[line.kind]}: ${line.unitCost.source}`),
    ]),
    heading('Case stories', 2),
    paragraph('By case reference only; direction of travel at each review, oldest first.', { italics: true }),
    ...bullets(
      data.stories.map(
        (story) =>
          `${story.reference}: ${story.reviews.length === 0 ? 'not yet reviewed' : story.reviews.map((review) => `${formatDate(review.date)} ${directionLabels[review.direction]}`).join(' → ')}`,
      ),
      'No cases in this cohort.',
    ),
  ]

  return buildDocument({
    style,
    title: `Board report – cases opened ${period}`,
    description: `${plural(report.cohortSize, 'case')}; cost avoided ${formatPence(benefit.totalNetPence)}.`,
    keywords: ['Roundtable', 'board report', markingOf(style)].join('; '),
    creator: style.author,
    footerLabel: `Board report · cases opened ${period}`,
    children,
  })
}
