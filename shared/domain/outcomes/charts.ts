/**
 * What each report chart shows: its title, its one-sentence summary (the screen's
 * text and the Word image's alt text), its categories and its series with their
 * colour and fill pattern. The screen draws these with recharts; the board report
 * draws the same specs as SVG in main, so both show the same figures.
 */
import { directionLabels, directions, type DirectionCounts } from '../meetings/direction'
import { demandKindLabels } from '../record/demand'
import { meetingReasonLabels, meetingReasons } from '../record/triage'
import type { DirectionMonth } from './cohortDirection'
import { formatCount, type DemandChange } from './demandChange'
import { monthLabel } from './months'
import type { RepeatsEscalations } from './repeatsEscalations'
import { formatShare, type TriageMonth } from './triageMonths'

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics). */
export const chartColours = { solid: '#0b0c0c', blue: '#1d4f91', red: '#8a1538', green: '#00703c' } as const

/** A fill by texture as well as colour, so colour is never the only cue. */
export type ChartFill = 'solid' | 'hatch' | 'dots'

export interface ChartSeries {
  name: string
  colour: string
  fill: ChartFill
  values: number[]
}

export interface ChartSpec {
  id: 'triage' | 'direction' | 'demand' | 'repeats'
  title: string
  summary: string
  /** Columns up the page for months; bars across it for long category names. */
  orientation: 'columns' | 'bars'
  /** Decimal places in the value labels (0 for counts). */
  decimals: number
  categories: string[]
  series: ChartSeries[]
}

export function triageSummary(months: readonly TriageMonth[]): string {
  const total = months.reduce((sum, month) => sum + month.total, 0)
  const earlyHelp = months.reduce((sum, month) => sum + month.counts.early_help, 0)
  if (total === 0) return 'No triage decisions were made in this period.'
  return `${total} triage ${total === 1 ? 'decision was' : 'decisions were'} made in this period; ${earlyHelp} (${formatShare(earlyHelp / total)}) needed early help.`
}

export function directionSummary(latest: DirectionCounts, cases: number): string {
  if (cases === 0) return 'No direction of travel has been recorded for this cohort yet.'
  return `Of ${cases} ${cases === 1 ? 'case' : 'cases'} with a direction of travel, ${latest.improving} improving, ${latest.no_change} no change and ${latest.worsening} worsening at their latest review.`
}

export function demandSummary(changes: readonly DemandChange[], months: number): string {
  if (changes.length === 0) return 'No demand on services has been recorded for this cohort.'
  const before = changes.reduce((sum, change) => sum + change.beforePerMonth, 0)
  const after = changes.reduce((sum, change) => sum + change.afterPerMonth, 0)
  return `Across all kinds, service contacts went from ${formatCount(before)} a month in the ${months} months before cases opened to ${formatCount(after)} a month since.`
}

export function triageChart(months: readonly TriageMonth[]): ChartSpec {
  return {
    id: 'triage',
    title: 'Triage decisions by month',
    summary: triageSummary(months),
    orientation: 'columns',
    decimals: 0,
    categories: months.map((month) => monthLabel(month.month)),
    series: [
      { name: 'All decisions', colour: chartColours.blue, fill: 'solid', values: months.map((month) => month.total) },
      { name: 'Needed early help', colour: chartColours.blue, fill: 'hatch', values: months.map((month) => month.counts.early_help) },
    ],
  }
}

const directionFills = { improving: 'solid', no_change: 'dots', worsening: 'hatch' } as const
const directionColours = { improving: chartColours.green, no_change: chartColours.red, worsening: chartColours.blue } as const

export function directionChart(trend: readonly DirectionMonth[], latest: DirectionCounts, cases: number): ChartSpec {
  return {
    id: 'direction',
    title: 'Direction of travel by month',
    summary: directionSummary(latest, cases),
    orientation: 'columns',
    decimals: 0,
    categories: trend.map((month) => monthLabel(month.month)),
    series: directions.map((direction) => ({
      name: directionLabels[direction],
      colour: directionColours[direction],
      fill: directionFills[direction],
      values: trend.map((month) => month.counts[direction]),
    })),
  }
}

/** Per month, to one decimal place, as the screen shows it. */
const oneDecimal = (value: number): number => Math.round(value * 10) / 10

export function demandChart(changes: readonly DemandChange[], months: number): ChartSpec {
  return {
    id: 'demand',
    title: 'Demand before and after',
    summary: demandSummary(changes, months),
    orientation: 'bars',
    decimals: 1,
    categories: changes.map((change) => demandKindLabels[change.kind]),
    series: [
      {
        name: `A month, ${months} months before`,
        colour: chartColours.red,
        fill: 'solid',
        values: changes.map((change) => oneDecimal(change.beforePerMonth)),
      },
      {
        name: 'A month, since',
        colour: chartColours.blue,
        fill: 'hatch',
        values: changes.map((change) => oneDecimal(change.afterPerMonth)),
      },
    ],
  }
}

export function repeatsSummary(figures: RepeatsEscalations): string {
  if (figures.contacts === 0) return 'No contacts were triaged in this period.'
  const reasons = meetingReasons
    .filter((reason) => figures.byReason[reason] > 0)
    .map((reason) => `${meetingReasonLabels[reason].toLowerCase()} ${figures.byReason[reason]}`)
  return `Of ${figures.contacts} ${figures.contacts === 1 ? 'contact' : 'contacts'} triaged, ${figures.repeats} (${formatShare(figures.repeatShare)}) ${figures.repeats === 1 ? 'was a repeat' : 'were repeats'} within 12 months, across ${figures.casesWithRepeat} ${figures.casesWithRepeat === 1 ? 'case' : 'cases'}; ${figures.escalated} ${figures.escalated === 1 ? 'was' : 'were'} brought to the meeting${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}.`
}

export function repeatsChart(figures: RepeatsEscalations): ChartSpec {
  return {
    id: 'repeats',
    title: 'Repeats and escalations by month',
    summary: repeatsSummary(figures),
    orientation: 'columns',
    decimals: 0,
    categories: figures.months.map((month) => monthLabel(month.month)),
    series: [
      { name: 'Contacts', colour: chartColours.blue, fill: 'solid', values: figures.months.map((month) => month.contacts) },
      { name: 'Repeats within 12 months', colour: chartColours.red, fill: 'dots', values: figures.months.map((month) => month.repeats) },
      { name: 'Brought to the meeting', colour: chartColours.blue, fill: 'hatch', values: figures.months.map((month) => month.escalated) },
    ],
  }
}
