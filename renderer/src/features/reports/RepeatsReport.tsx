import { Bar, LabelList } from 'recharts'
import { chartColours, repeatsSummary } from '../../../../shared/domain/outcomes/charts'
import { monthLabel } from '../../../../shared/domain/outcomes/months'
import type { RepeatsEscalations } from '../../../../shared/domain/outcomes/repeatsEscalations'
import { meetingReasonLabels, meetingReasons } from '../../../../shared/domain/record/triage'
import { ChartPanel } from './ChartPanel'
import { CountBarChart } from './CountBarChart'

/** Repeat contacts within 12 months and what brought contacts to the meeting, month by month. */
export function RepeatsReport({ figures }: { figures: RepeatsEscalations }) {
  const data = figures.months.map((month) => ({
    month: monthLabel(month.month),
    contacts: month.contacts,
    repeats: month.repeats,
    escalated: month.escalated,
  }))
  const table = (
    <table className="plain-table">
      <caption>Repeats and escalations by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Contacts</th>
          <th scope="col">Repeats within 12 months</th>
          <th scope="col">Brought to the meeting</th>
          {meetingReasons.map((reason) => (
            <th scope="col" key={reason}>
              {meetingReasonLabels[reason]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{monthLabel(month.month)}</th>
            <td>{month.contacts}</td>
            <td>{month.repeats}</td>
            <td>{month.escalated}</td>
            {meetingReasons.map((reason) => (
              <td key={reason}>{month.byReason[reason]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
  const chart = (
    <CountBarChart data={data} xKey="month">
      <Bar dataKey="contacts" name="Contacts" fill={chartColours.blue}>
        <LabelList dataKey="contacts" position="top" />
      </Bar>
      <Bar dataKey="repeats" name="Repeats within 12 months" fill="url(#pattern-dots)" stroke={chartColours.red}>
        <LabelList dataKey="repeats" position="top" />
      </Bar>
      <Bar dataKey="escalated" name="Brought to the meeting" fill="url(#pattern-hatch)" stroke={chartColours.blue}>
        <LabelList dataKey="escalated" position="top" />
      </Bar>
    </CountBarChart>
  )
  return (
    <section aria-labelledby="report-repeats-heading">
      <h2 id="report-repeats-heading">Repeats and escalations</h2>
      <ul className="direction-latest">
        {meetingReasons.map((reason) => (
          <li key={reason}>
            {meetingReasonLabels[reason]}: <strong>{figures.byReason[reason]}</strong>
          </li>
        ))}
      </ul>
      <ChartPanel title="Repeats and escalations by month" summary={repeatsSummary(figures)} chart={chart} table={table} />
    </section>
  )
}
