import { nonCompletionReasonLabels, nonCompletionReasons } from '../../../../shared/domain/meetings/actions'
import type { ActionOutcomes } from '../../../../shared/domain/outcomes/actionsOutcome'

export function ActionsReport({ actions }: { actions: ActionOutcomes }) {
  const due = actions.onTime + actions.late + actions.notDone + actions.overdue
  const rows: Array<[string, number]> = [
    ['Completed on time', actions.onTime],
    ['Completed late', actions.late],
    ['Not done (closed)', actions.notDone],
    ['Overdue (still open)', actions.overdue],
    ['Not yet due', actions.notYetDue],
  ]
  return (
    <section aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading">Actions</h2>
      <p>
        {due === 0 ? 'No actions fell due in this period.' : `${actions.onTime} of ${due} actions that fell due were completed on time.`}
      </p>
      <div className="report-tables">
        <table className="plain-table">
          <caption>Actions due in the period</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, count]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="plain-table">
          <caption>Why actions were not done</caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {nonCompletionReasons.map((reason) => (
              <tr key={reason}>
                <th scope="row">{nonCompletionReasonLabels[reason]}</th>
                <td>{actions.reasons[reason]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">No reason recorded</th>
              <td>{actions.reasons.not_recorded}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  )
}
