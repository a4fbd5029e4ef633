import { Link } from 'react-router-dom'
import { useApiQuery } from '../../api/client'
import { formatDate } from '../../format'

/** The case's open actions, with owner and due date; overdue said in words. */
export function OpenActionsSection({ caseId }: { caseId: string }) {
  const actions = useApiQuery('actions:listForCase', { id: caseId })
  const open = (actions.data ?? []).filter((action) => action.status === 'open')
  return (
    <section id="actions" aria-labelledby="actions-heading" className="case-section">
      <h2 id="actions-heading">Open actions ({open.length})</h2>
      {open.length === 0 ? (
        <p>No open actions. Actions are agreed in case meetings.</p>
      ) : (
        <ul className="work-list">
          {open.map((action) => (
            <li key={action.id}>
              {action.description} · {action.ownerName} ({action.ownerAgencyName}) · due {formatDate(action.dueDate)}
              {action.overdue && <strong> · Overdue</strong>}
              {action.escalated && <strong> · Escalated</strong>}
              {action.raisedAtMeetingId && (
                <>
                  {' '}
                  ·{' '}
                  <Link to={`/meetings/${action.raisedAtMeetingId}`}>
                    raised {action.raisedOn ? formatDate(action.raisedOn) : 'at a meeting'}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
