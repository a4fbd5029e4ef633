import { useState, type KeyboardEvent } from 'react'
import { agendaDisplayName } from '../../../../shared/domain/meetings/consentDisplay'
import type { MeetingDetail } from '../../../../shared/domain/meetings/views'
import { hasConsentToShare } from '../../../../shared/domain/record/consent'
import type { CaseSearchResult } from '../../../../shared/domain/record/views'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { ReasonChips } from './ReasonChips'
import { focusOnMount } from '../../components/focusOnMount'

const noResults: CaseSearchResult[] = []

/**
 * The agenda: built by the rules, each item with its reasons. Move up, Move
 * down and Remove buttons on each item (pointer and keyboard alike, WCAG 2.5.7),
 * and the same by Alt+↑/↓ and Delete on a focused item; removing asks why.
 */
export function AgendaPanel({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const move = useApiMutation('agenda:move')
  const remove = useApiMutation('agenda:remove')
  const add = useApiMutation('agenda:add')
  const refresh = useApiMutation('meetings:refreshAgenda')
  const announce = useAnnounce()
  const [removing, setRemoving] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [search, setSearch] = useState('')
  const found = useApiQuery(
    'cases:search',
    { text: search.trim(), dateOfBirth: null },
    { enabled: search.trim().length >= 2, staleTime: 0 },
  )
  const active = meeting.items.filter((item) => !item.removed)

  /**
   * Moves an item and keeps focus with it: on the item itself after Alt+arrow,
   * on the same button after a click (or the other one at the top or bottom).
   */
  const moveItem = async (itemId: string, reference: string, direction: 'up' | 'down', focus: 'item' | 'button') => {
    const result = await move.mutateAsync({ itemId, direction })
    if (!result.ok) {
      announce(result.error.message)
      return
    }
    const moved = result.value.items.filter((item) => !item.removed)
    const index = moved.findIndex((item) => item.id === itemId)
    announce(`${reference} moved to position ${moved[index]?.position ?? ''}`)
    const atEnd = direction === 'up' ? index === 0 : index === moved.length - 1
    const other = direction === 'up' ? 'down' : 'up'
    const target = focus === 'item' ? `agenda-${itemId}` : `agenda-${atEnd ? other : direction}-${itemId}`
    requestAnimationFrame(() => document.getElementById(target)?.focus())
  }

  const onKeyDown = async (event: KeyboardEvent<HTMLLIElement>, itemId: string, reference: string) => {
    // Only keys pressed on the item itself: Delete and Alt+arrows typed in the remove-reason box are the box's.
    if (!editable || event.target !== event.currentTarget) return
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      await moveItem(itemId, reference, event.key === 'ArrowUp' ? 'up' : 'down', 'item')
    } else if (event.key === 'Delete') {
      event.preventDefault()
      setRemoving(itemId)
    }
  }

  return (
    <section aria-labelledby="agenda-heading" className="case-section">
      <h2 id="agenda-heading">
        Agenda ({active.length} {active.length === 1 ? 'case' : 'cases'})
      </h2>
      {editable && (
        <p className="hint">Use the buttons on an item, or focus it and press Alt+↑ or Alt+↓ to move it, Delete to remove it.</p>
      )}
      {active.length === 0 && <p>No cases on the agenda. Add one below, or refresh after triage.</p>}
      <ol className="agenda" aria-label="Agenda">
        {active.map((item, index) => (
          <li
            key={item.id}
            id={`agenda-${item.id}`}
            tabIndex={0}
            aria-label={`${item.position}. ${item.displayName}`}
            onKeyDown={(e) => void onKeyDown(e, item.id, item.reference)}
          >
            <strong>{item.displayName}</strong> <RiskBadge level={item.riskBefore} /> <ConsentBadge status={item.subjectConsent} />{' '}
            <ReasonChips reasons={item.reasons} />
            {item.carriedActions.length > 0 && (
              <span className="hint">
                {' '}
                · {item.carriedActions.length} carried {item.carriedActions.length === 1 ? 'action' : 'actions'}
              </span>
            )}
            {editable && (
              // Visible labels begin the accessible names ('Move up RT-…'), so speech users can say what they see.
              <span className="row-actions agenda-actions">
                <button
                  type="button"
                  id={`agenda-up-${item.id}`}
                  disabled={index === 0}
                  onClick={() => void moveItem(item.id, item.reference, 'up', 'button')}
                >
                  Move up<span className="visually-hidden"> {item.reference}</span>
                </button>
                <button
                  type="button"
                  id={`agenda-down-${item.id}`}
                  disabled={index === active.length - 1}
                  onClick={() => void moveItem(item.id, item.reference, 'down', 'button')}
                >
                  Move down<span className="visually-hidden"> {item.reference}</span>
                </button>
                <button type="button" aria-expanded={removing === item.id} onClick={() => setRemoving(item.id)}>
                  Remove<span className="visually-hidden"> {item.reference}</span>
                </button>
              </span>
            )}
            {removing === item.id && (
              <form
                className="inline-form"
                aria-label={`Remove ${item.reference}`}
                onSubmit={async (event) => {
                  event.preventDefault()
                  const result = await remove.mutateAsync({ itemId: item.id, reason })
                  if (result.ok) {
                    setRemoving(null)
                    setReason('')
                    announce(`${item.reference} removed from the agenda`)
                  } else announce(result.error.fields?.reason ?? result.error.message)
                }}
              >
                <label htmlFor={`remove-${item.id}`}>Why remove {item.reference}?</label>
                <input
                  id={`remove-${item.id}`}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  ref={focusOnMount}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRemoving(null)
                  }}
                />
                <button type="submit">Remove</button>
              </form>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <div className="inline-form">
          <label htmlFor="agenda-add">Add a case (name or reference)</label>
          <input id="agenda-add" value={search} onChange={(e) => setSearch(e.target.value)} />
          <ul className="work-list" aria-label="Matching cases">
            {(found.data ?? noResults).map((result) => (
              <li key={`${result.caseId}:${result.personId ?? ''}`}>
                {/* The room's screen: without consent, reference and initials only (DOMAIN.md). */}
                {hasConsentToShare(result.subjectConsent)
                  ? `${result.reference} ${result.personName ?? result.title}`
                  : agendaDisplayName({
                      reference: result.reference,
                      title: result.title,
                      subjectName: result.personName,
                      subjectConsent: result.subjectConsent,
                    })}{' '}
                <ConsentBadge status={result.subjectConsent} />{' '}
                <button
                  type="button"
                  onClick={async () => {
                    const r = await add.mutateAsync({ meetingId: meeting.id, caseId: result.caseId })
                    announce(r.ok ? `${result.reference} added to the agenda` : (r.error.fields?.caseId ?? r.error.message))
                    setSearch('')
                  }}
                >
                  Add {result.reference}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={async () => {
              const r = await refresh.mutateAsync({ meetingId: meeting.id })
              announce(r.ok ? 'Agenda refreshed: reasons and risk are up to date' : r.error.message)
            }}
          >
            Refresh agenda
          </button>
        </div>
      )}
    </section>
  )
}
