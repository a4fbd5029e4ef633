import { useState } from 'react'
import { nonCompletionReasonLabels, type NonCompletionReason } from '../../../../shared/domain/meetings/actions'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { formatDate } from '../../format'

type Choice = '' | 'done' | `open:${NonCompletionReason}` | 'dropped'

/** Each carried action's update: done, still open (and why), or dropped (with a reason). */
export function CarriedActions({ item, editable }: { item: AgendaItemView; editable: boolean }) {
  const update = useApiMutation('actions:updateAtMeeting', ['meetings:get', 'actions:list'])
  const announce = useAnnounce()
  const [dropping, setDropping] = useState<{ actionId: string; reason: string } | null>(null)
  const send = async (actionId: string, choice: Choice, note = '') => {
    if (choice === '') return
    if (choice === 'dropped' && note === '') return setDropping({ actionId, reason: '' })
    const body = choice === 'done' ? { actionId, outcome: 'done' as const, note } : choice === 'dropped' ? { actionId, outcome: 'dropped' as const, note } : { actionId, outcome: 'open' as const, nonCompletionReason: choice.slice(5) as NonCompletionReason, note }
    const result = await update.mutateAsync({ itemId: item.id, update: body })
    announce(result.ok ? 'Action updated' : result.error.message)
    if (result.ok) setDropping(null)
  }
  if (item.carriedActions.length === 0) return <p>No actions carried into this meeting.</p>
  return (
    <ul className="carried-actions">
      {item.carriedActions.map((action) => {
        const current: Choice = action.update ? (action.update.outcome === 'open' ? (action.update.nonCompletionReason ? `open:${action.update.nonCompletionReason}` : '') : action.update.outcome) : ''
        return (
          <li key={action.id}>
            <span>
              {action.description} · {action.ownerName} ({action.ownerAgencyName}) · due {formatDate(action.dueDate)}
              {action.overdue && <strong> · Overdue</strong>}
              {action.escalated && <strong> · Escalated</strong>}
            </span>
            <label>
              <span className="visually-hidden">Update for “{action.description}”</span>
              <select value={current} disabled={!editable} onChange={(e) => void send(action.id, e.target.value as Choice)} aria-label={`Update for ${action.description}`}>
                <option value="">Not updated yet</option>
                <option value="done">Done</option>
                <option value="open:not_possible">Still open: {nonCompletionReasonLabels.not_possible}</option>
                <option value="open:not_undertaken">Still open: {nonCompletionReasonLabels.not_undertaken}</option>
                <option value="dropped">Dropped…</option>
              </select>
            </label>
            {dropping?.actionId === action.id && (
              <span>
                <label htmlFor={`drop-${action.id}`}>Why is it dropped?</label>
                <input id={`drop-${action.id}`} value={dropping.reason} autoFocus onChange={(e) => setDropping({ actionId: action.id, reason: e.target.value })} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void send(action.id, 'dropped', dropping.reason.trim() || ' ') } }} />
                <button type="button" onClick={() => void send(action.id, 'dropped', dropping.reason.trim() || ' ')}>Drop action</button>
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
