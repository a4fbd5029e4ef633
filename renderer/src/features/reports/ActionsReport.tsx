import { nonCompletionReasonLabels, nonCompletionReasons } from '../../../../shared/domain/meetings/actions'
import type { ActionOutcomes } from '../../../../shared/domain/outcomes/actionsOutcome'
import { PlainTable } from '../../components/PlainTable'

export function ActionsReport({ actions }: { actions: ActionOutcomes }) {
  const due = actions.onTime + actions.late + actions.notDone + actions.overdue
  const rows: Array<[string, number]> = [
    ['Completed on time', actions.onTime],
    ['Completed late', actions.late],
    ['Not done (closed)', actions.notDone],
    ['Overdue (still open)', actions.overdue],
    ['Not yet due', actions.notYetDue],
  ]
  const reasons: Array<[string, number]> = [
    ...nonCompletionReasons.map((reason): [string, number] => [nonCompletionReasonLabels[reason], actions.reasons[reason]]),
    ['No reason recorded', actions.reasons.not_recorded],
  ]
  return (
    <section aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading">Actions</h2>
      <p>
        {due === 0 ? 'No actions fell due in this period.' : `${actions.onTime} of ${due} actions that fell due were completed on time.`}
      </p>
      <div className="report-tables">
        <PlainTable
          caption="Actions due in the period"
          rows={rows}
          rowKey={([label]) => label}
          rowHeaders
          columns={[
            { header: 'Outcome', cell: ([label]) => label },
            { header: 'Actions', cell: ([, count]) => count },
          ]}
        />
        <PlainTable
          caption="Why actions were not done"
          rows={reasons}
          rowKey={([label]) => label}
          rowHeaders
          columns={[
            { header: 'Reason', cell: ([label]) => label },
            { header: 'Actions', cell: ([, count]) => count },
          ]}
        />
      </div>
    </section>
  )
}
