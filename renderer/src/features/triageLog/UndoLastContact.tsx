import { useCallback, useEffect, useRef, useState } from 'react'
import { TRIAGE_UNDO_SECONDS } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { isTyping } from '../shell/useShortcuts'
import { hasTriageDraft } from './triageDraft'

/**
 * "Undo" beside the contact just saved, and Ctrl+Z, for as long as the service
 * allows it (the shared rule): a slip is taken back, not re-triaged. Ctrl+Z is
 * the contact's only until the next contact is started; from the first thing
 * typed it is the text field's own undo again.
 */
export function UndoLastContact({ entry, onUndone }: { entry: TriageEntryView; onUndone: () => void }) {
  const [open, setOpen] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const undo = useApiMutation('triage:undo')
  const announce = useAnnounce()
  useEffect(() => {
    const timer = window.setTimeout(() => setOpen(false), TRIAGE_UNDO_SECONDS * 1000)
    return () => window.clearTimeout(timer)
  }, [])
  const pending = useRef(false)
  const run = useCallback(async () => {
    if (pending.current) return
    pending.current = true
    const result = await undo.mutateAsync({ entryId: entry.id })
    pending.current = false
    if (!result.ok) {
      setError(result.error.message)
      setOpen(false)
      return
    }
    announce(
      result.value.caseRemoved
        ? `Undone: the contact and the new case ${entry.caseReference} were removed`
        : `Undone: the contact for ${entry.caseReference} was removed`,
    )
    onUndone()
    document.querySelector<HTMLElement>('form[aria-label="Log a contact"] input')?.focus()
  }, [undo, entry, announce, onUndone])
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      // Text typed anywhere but the (still empty) contact form, e.g. a re-triage, keeps its own undo.
      const inContactForm = event.target instanceof HTMLElement && event.target.closest('form[aria-label="Log a contact"]') !== null
      if (hasTriageDraft() || (isTyping(event.target) && !inContactForm) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      void run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open, run])
  if (!open && error === null) return null
  return (
    <>
      {' '}
      {open && (
        <button type="button" onClick={() => void run()} disabled={undo.isPending} aria-keyshortcuts="Control+Z">
          Undo<span className="visually-hidden"> the contact for {entry.caseReference}</span> (Ctrl+Z)
        </button>
      )}
      {error && (
        <span className="error-message" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  )
}
