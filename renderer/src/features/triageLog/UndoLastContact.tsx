import { useEffect, useState } from 'react'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'

/** The screen offers undo for this long; the service allows a little more, for a slow click. */
const UNDO_MS = 10_000

/** "Undo" beside the contact just saved, for a few seconds: a slip is taken back, not re-triaged. */
export function UndoLastContact({ entry, onUndone }: { entry: TriageEntryView; onUndone: () => void }) {
  const [open, setOpen] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const undo = useApiMutation('triage:undo', ['triage:list', 'cases:list', 'cases:search', 'triage:checkRepeat'])
  const announce = useAnnounce()
  useEffect(() => {
    const timer = window.setTimeout(() => setOpen(false), UNDO_MS)
    return () => window.clearTimeout(timer)
  }, [])
  if (!open && error === null) return null
  const run = async () => {
    const result = await undo.mutateAsync({ entryId: entry.id })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    announce(result.value.caseRemoved ? `Undone: the contact and the new case ${entry.caseReference} were removed` : `Undone: the contact for ${entry.caseReference} was removed`)
    onUndone()
    document.querySelector<HTMLElement>('form[aria-label="Log a contact"] input')?.focus()
  }
  return (
    <>
      {' '}
      {open && (
        <button type="button" onClick={() => void run()} disabled={undo.isPending}>
          Undo<span className="visually-hidden"> the contact for {entry.caseReference}</span>
        </button>
      )}
      {error && <span className="error-message" role="alert"> {error}</span>}
    </>
  )
}
