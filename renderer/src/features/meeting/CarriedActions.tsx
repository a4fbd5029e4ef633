import { useEffect, useRef, useState } from 'react'
import { carriedForwardNote, nonCompletionReasonLabels, type NonCompletionReason } from '../../../../shared/domain/meetings/actions'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { useSettledChoice } from '../../components/useSettledChoice'
import { formatDate } from '../../format'
import { focusOnMount } from '../../components/focusOnMount'

type Choice = '' | 'done' | `open:${NonCompletionReason}` | 'dropped'
type CarriedActionView = AgendaItemView['carriedActions'][number]

function storedChoice(action: CarriedActionView): Choice {
  if (!action.update) return ''
  if (action.update.outcome !== 'open') return action.update.outcome
  return action.update.nonCompletionReason ? `open:${action.update.nonCompletionReason}` : ''
}

/** Each carried action's update: done, still open (and why), or dropped (with a reason). */
export function CarriedActions({ item, editable }: { item: AgendaItemView; editable: boolean }) {
  if (item.carriedActions.length === 0) return <p>No actions carried into this meeting.</p>
  return (
    <ul className="carried-actions">
      {item.carriedActions.map((action) => (
        <CarriedActionRow key={action.id} itemId={item.id} action={action} editable={editable} />
      ))}
    </ul>
  )
}

function CarriedActionRow({ itemId, action, editable }: { itemId: string; action: CarriedActionView; editable: boolean }) {
  const update = useApiMutation('actions:updateAtMeeting')
  const announce = useAnnounce()
  const [dropping, setDropping] = useState<string | null>(null)

  const send = async (choice: Choice, note = ''): Promise<boolean> => {
    if (choice === '') return true
    if (choice === 'dropped' && note === '') {
      setDropping('')
      return true
    }
    const body =
      choice === 'done'
        ? { actionId: action.id, outcome: 'done' as const, note }
        : choice === 'dropped'
          ? { actionId: action.id, outcome: 'dropped' as const, note }
          : { actionId: action.id, outcome: 'open' as const, nonCompletionReason: choice.slice(5) as NonCompletionReason, note }
    const result = await update.mutateAsync({ itemId, update: body })
    announce(result.ok ? 'Action updated' : result.error.message)
    if (result.ok) setDropping(null)
    return result.ok
  }
  // Still open takes a note (why, and what next), saved with the update; the automatic "Carried forward" is not the chair's.
  const storedNote = action.update?.outcome === 'open' && action.update.note !== carriedForwardNote ? action.update.note : ''
  const [note, setNote] = useState(storedNote)
  const noteRef = useRef(note)
  useEffect(() => {
    noteRef.current = note
  })
  const choice = useSettledChoice<Choice>(storedChoice(action), (value) =>
    send(value, value.startsWith('open:') ? noteRef.current.trim() : ''),
  )
  const stillOpen = choice.value.startsWith('open:')
  const saveNote = () => {
    if (note.trim() !== storedNote && stillOpen) void send(choice.value, note.trim())
  }
  // Moving to another case (Ctrl+→) or leaving run mode (Esc) from the note field still saves it.
  const saveNoteRef = useRef(saveNote)
  useEffect(() => {
    saveNoteRef.current = saveNote
  })
  useEffect(() => () => saveNoteRef.current(), [])
  const drop = () => void send('dropped', (dropping ?? '').trim() || ' ')

  return (
    <li>
      <span>
        {action.description} · {action.ownerName} ({action.ownerAgencyName}) · due {formatDate(action.dueDate)}
        {action.overdue && <strong> · Overdue</strong>}
        {action.escalated && <strong> · Escalated</strong>}
      </span>
      <label>
        <span className="visually-hidden">Update for “{action.description}”</span>
        <select
          value={choice.value}
          disabled={!editable}
          aria-label={`Update for ${action.description}`}
          onChange={(e) => choice.choose(e.target.value as Choice)}
          onBlur={choice.commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') choice.commit()
          }}
        >
          <option value="">Not updated yet</option>
          <option value="done">Done</option>
          <option value="open:not_possible">Still open: {nonCompletionReasonLabels.not_possible}</option>
          <option value="open:not_undertaken">Still open: {nonCompletionReasonLabels.not_undertaken}</option>
          <option value="dropped">Dropped…</option>
        </select>
      </label>
      {stillOpen && (
        <span>
          <label htmlFor={`open-note-${action.id}`}>Why still open, and what next?</label>
          <input
            id={`open-note-${action.id}`}
            value={note}
            disabled={!editable}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            onBlur={saveNote}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                saveNote()
              }
            }}
          />
        </span>
      )}
      {dropping !== null && (
        <span>
          <label htmlFor={`drop-${action.id}`}>Why is it dropped?</label>
          <input
            id={`drop-${action.id}`}
            value={dropping}
            ref={focusOnMount}
            onChange={(e) => setDropping(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                drop()
              } else if (e.key === 'Escape') {
                // Esc here gives up dropping; it does not leave run mode.
                e.preventDefault()
                setDropping(null)
              }
            }}
          />
          <button type="button" onClick={drop}>
            Drop action
          </button>
        </span>
      )}
    </li>
  )
}
