import { useEffect, useRef } from 'react'

/**
 * Approving freezes the minutes (only amendments after), so it is confirmed
 * first. A modal dialog: focus starts on Cancel, the less drastic choice, so
 * a second Enter never approves by accident; Esc cancels.
 */
export function ApproveDialog({
  open,
  pending,
  onConfirm,
  onCancel,
}: {
  open: boolean
  pending: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      cancel.current?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="approve-title" aria-describedby="approve-text" onClose={onCancel}>
      <h2 id="approve-title">Approve these minutes?</h2>
      <p id="approve-text">
        Approved minutes are frozen: they cannot be edited afterwards, only corrected by an amendment. The next meeting is then made ready
        with its agenda.
      </p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={pending} onClick={onConfirm}>
          Approve and freeze the minutes
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
