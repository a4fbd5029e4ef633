import { Bar, LabelList } from 'recharts'
import { monthLabel } from '../../../../shared/domain/outcomes/months'
import { formatShare, type TriageMonth } from '../../../../shared/domain/outcomes/triageMonths'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { ChartPanel, chartColours } from './ChartPanel'
import { CountBarChart } from './CountBarChart'

export function triageSummary(months: readonly TriageMonth[]): string {
  const total = months.reduce((sum, month) => sum + month.total, 0)
  const earlyHelp = months.reduce((sum, month) => sum + month.counts.early_help, 0)
  if (total === 0) return 'No triage decisions were made in this period.'
  return `${total} triage ${total === 1 ? 'decision was' : 'decisions were'} made in this period; ${earlyHelp} (${formatShare(earlyHelp / total)}) needed early help.`
}

export function TriageReport({ months }: { months: TriageMonth[] }) {
  const data = months.map((month) => ({ month: monthLabel(month.month), total: month.total, earlyHelp: month.counts.early_help }))
  const table = (
    <table className="plain-table">
      <caption>Triage decisions by category per month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {decisionCategories.map((category) => (
            <th scope="col" key={category}>
              {decisionCategoryLabels[category]}
            </th>
          ))}
          <th scope="col">All decisions</th>
          <th scope="col">Share needing early help</th>
        </tr>
      </thead>
      <tbody>
        {months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{monthLabel(month.month)}</th>
            {decisionCategories.map((category) => (
              <td key={category}>{month.counts[category]}</td>
            ))}
            <td>{month.total}</td>
            <td>{formatShare(month.earlyHelpShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  const chart = (
    <CountBarChart data={data} xKey="month">
      <Bar dataKey="total" name="All decisions" fill={chartColours.blue}>
        <LabelList dataKey="total" position="top" />
      </Bar>
      <Bar dataKey="earlyHelp" name="Needed early help" fill="url(#pattern-hatch)" stroke={chartColours.blue}>
        <LabelList dataKey="earlyHelp" position="top" />
      </Bar>
    </CountBarChart>
  )
  return (
    <section aria-labelledby="report-triage-heading">
      <h2 id="report-triage-heading">Triage decisions by month</h2>
      <ChartPanel title="Triage decisions by month" summary={triageSummary(months)} chart={chart} table={table} />
    </section>
  )
}
