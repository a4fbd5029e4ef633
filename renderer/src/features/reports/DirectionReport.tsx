import { Bar, LabelList } from 'recharts'
import { directionLabels, directions, type DirectionCounts } from '../../../../shared/domain/meetings/direction'
import { directionSummary } from '../../../../shared/domain/outcomes/charts'
import type { DirectionMonth } from '../../../../shared/domain/outcomes/cohortDirection'
import { monthLabel } from '../../../../shared/domain/outcomes/months'
import { ChartPanel, chartColours } from './ChartPanel'
import { CountBarChart } from './CountBarChart'

const fills = { improving: chartColours.green, no_change: 'url(#pattern-dots)', worsening: 'url(#pattern-hatch)' } as const

export function DirectionReport({
  latest,
  casesWithDirection,
  trend,
}: {
  latest: DirectionCounts
  casesWithDirection: number
  trend: DirectionMonth[]
}) {
  const data = trend.map((month) => ({ month: monthLabel(month.month), ...month.counts }))
  const table = (
    <table className="plain-table">
      <caption>Direction of travel by month (latest per case in each month)</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {directions.map((direction) => (
            <th scope="col" key={direction}>
              {directionLabels[direction]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trend.map((month) => (
          <tr key={month.month}>
            <th scope="row">{monthLabel(month.month)}</th>
            {directions.map((direction) => (
              <td key={direction}>{month.counts[direction]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
  const chart = (
    <CountBarChart data={data} xKey="month">
      {directions.map((direction) => (
        <Bar key={direction} dataKey={direction} name={directionLabels[direction]} fill={fills[direction]} stroke={chartColours.solid}>
          <LabelList dataKey={direction} position="top" />
        </Bar>
      ))}
    </CountBarChart>
  )
  return (
    <section aria-labelledby="report-direction-heading">
      <h2 id="report-direction-heading">Direction of travel</h2>
      <ul className="direction-latest">
        {directions.map((direction) => (
          <li key={direction}>
            {directionLabels[direction]}: <strong>{latest[direction]}</strong>
          </li>
        ))}
      </ul>
      <ChartPanel title="Direction of travel by month" summary={directionSummary(latest, casesWithDirection)} chart={chart} table={table} />
    </section>
  )
}
