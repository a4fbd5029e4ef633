import { useEffect, useRef } from 'react'

/**
 * When an inline form closes (saved or cancelled), focus goes back to the
 * button that opened it, so a keyboard user carries on where they were.
 * The opener may only be drawn again once the form has gone, hence a key
 * looked up after the render, not a ref held from before.
 */
export function useReturnFocus() {
  const pending = useRef<string | null>(null)
  useEffect(() => {
    const key = pending.current
    if (key === null) return
    const target = document.querySelector<HTMLElement>(`[data-return-focus="${CSS.escape(key)}"]`)
    if (target) {
      pending.current = null
      target.focus()
    }
  })
  return {
    opener: (key: string) => ({ 'data-return-focus': key }),
    returnTo: (key: string) => {
      pending.current = key
    },
  }
}
