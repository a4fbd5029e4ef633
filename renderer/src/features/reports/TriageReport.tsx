import { Bar, LabelList } from 'recharts'
import { monthLabel } from '../../../../shared/domain/outcomes/months'
import { triageSummary } from '../../../../shared/domain/outcomes/charts'
import { formatShare, type TriageMonth } from '../../../../shared/domain/outcomes/triageMonths'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { ChartPanel, chartColours } from './ChartPanel'
import { CountBarChart } from './CountBarChart'

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
