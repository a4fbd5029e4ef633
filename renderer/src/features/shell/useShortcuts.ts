import { useEffect, useRef } from 'react'

/** Inputs that take no typed text: a letter pressed on one is free for a shortcut. */
const keylessInputs = new Set(['radio', 'checkbox', 'button', 'submit', 'reset'])

/** True when the key press belongs to a text field (or a select, which takes typed letters), so shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLInputElement) return !keylessInputs.has(target.type)
  const tag = target.tagName
  return tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable
}

/**
 * Global keyboard shortcuts: "g" then a letter to go to a screen, "?" for
 * the list, "/" or Ctrl+K to search, Ctrl+L to lock. Ignored while typing in a field.
 */
export function useGlobalShortcuts(handlers: { go: (key: string) => void; help: () => void; lock: () => void; search: () => void }) {
  const pendingG = useRef<number | null>(null)
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        latest.current.lock()
        return
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        latest.current.search()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (pendingG.current !== null) {
        window.clearTimeout(pendingG.current)
        pendingG.current = null
        latest.current.go(event.key.toLowerCase())
        return
      }
      if (event.key === 'g') {
        pendingG.current = window.setTimeout(() => (pendingG.current = null), 1500)
      } else if (event.key === '?') {
        latest.current.help()
      } else if (event.key === '/' && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        latest.current.search()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
