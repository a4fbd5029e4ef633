import { useEffect, useRef } from 'react'

const activity = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000
/** How often, while someone is using the screen, main is told so (typing a long note makes no other call). */
const REPORT_ACTIVITY_EVERY_MS = 60_000

/**
 * Locks after `minutes` without a key press, click or pointer movement (the
 * limit is in Settings). Main refuses calls past the same limit too, so a
 * renderer that stops ticking still cannot be used by the next person.
 * While the user is active, `onActive` reports it to main at most once a
 * minute, so someone typing a long note is not signed out by main's limit.
 */
export function useIdleLock(minutes: number | undefined, onIdle: () => void, onActive: () => void): void {
  // Held in refs so a re-render (a refetch, a new callback) never restarts the clock.
  const idle = useRef(onIdle)
  const active = useRef(onActive)
  useEffect(() => {
    idle.current = onIdle
    active.current = onActive
  }, [onIdle, onActive])
  useEffect(() => {
    if (!minutes) return
    let lastActive = Date.now()
    let lastReported = lastActive
    const seen = () => {
      lastActive = Date.now()
    }
    for (const event of activity) window.addEventListener(event, seen, { passive: true, capture: true })
    const timer = window.setInterval(() => {
      const now = Date.now()
      if (now - lastActive >= minutes * 60_000) idle.current()
      else if (lastActive > lastReported && now - lastReported >= REPORT_ACTIVITY_EVERY_MS) {
        lastReported = now
        active.current()
      }
    }, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      for (const event of activity) window.removeEventListener(event, seen, { capture: true })
    }
  }, [minutes])
}
