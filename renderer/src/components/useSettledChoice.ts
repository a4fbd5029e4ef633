import { useCallback, useEffect, useRef, useState } from 'react'

/** How long a choice must stand before it is saved: long enough for ↓ ↓ ↓ or typing "Done" in a closed select. */
export const SETTLE_MS = 700

interface Draft<T> {
  value: T
  /** Handed to save; the draft gives way once the stored value catches up. */
  sent: boolean
}

/**
 * A choice (a select or radio group) that saves once the user has settled on
 * it, not on every step on the way. Chromium fires `change` for each arrow key
 * and each typed letter on a closed select; saving each one sent several saves
 * in a race and, because the control snapped back to the stored value while
 * they were in flight, could end on a value the user never chose.
 *
 * The control shows the user's draft until the stored value catches up. The
 * draft is saved when it has stood for SETTLE_MS, when focus leaves the
 * control, on Enter, or when the control goes away (moving to the next case);
 * saves run one after another, so the last choice is the one stored.
 */
export function useSettledChoice<T>(stored: T, save: (value: T) => Promise<boolean>) {
  const [draft, setDraft] = useState<Draft<T> | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const pending = useRef<{ value: T } | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const saveRef = useRef(save)
  const storedRef = useRef(stored)
  useEffect(() => {
    saveRef.current = save
    storedRef.current = stored
  })

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const next = pending.current
    pending.current = null
    if (!next) return
    const isDraft = (current: Draft<T> | null) => current !== null && Object.is(current.value, next.value)
    if (Object.is(next.value, storedRef.current)) {
      setDraft((current) => (isDraft(current) ? null : current))
      return
    }
    setDraft((current) => (isDraft(current) ? { value: next.value, sent: true } : current))
    queue.current = queue.current.then(async () => {
      const saved = await saveRef.current(next.value)
      // Refused: show what is stored again (the caller says why). A later choice keeps its own draft.
      if (!saved) setDraft((current) => (isDraft(current) ? null : current))
    })
  }, [])

  const choose = useCallback(
    (value: T) => {
      pending.current = { value }
      setDraft({ value, sent: false })
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, SETTLE_MS)
    },
    [flush],
  )

  // Leaving the case (Ctrl+→) unmounts the control: what was chosen is still saved.
  useEffect(() => flush, [flush])

  // Saved: the draft gives way once the stored value has caught up, so the control never flickers back.
  if (draft?.sent && Object.is(draft.value, stored)) setDraft(null)

  return { value: draft ? draft.value : stored, choose, commit: flush }
}
