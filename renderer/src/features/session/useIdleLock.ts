import { useEffect, useRef } from 'react'

const activity = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000

/**
 * Locks after `minutes` without a key press, click or pointer movement (the
 * limit is in Settings). Main refuses calls past the same limit too, so a
 * renderer that stops ticking still cannot be used by the next person.
 */
export function useIdleLock(minutes: number | undefined, onIdle: () => void): void {
  // Held in a ref so a re-render (a refetch, a new callback) never restarts the clock.
  const idle = useRef(onIdle)
  useEffect(() => {
    idle.current = onIdle
  }, [onIdle])
  useEffect(() => {
    if (!minutes) return
    let lastActive = Date.now()
    const seen = () => {
      lastActive = Date.now()
    }
    for (const event of activity) window.addEventListener(event, seen, { passive: true, capture: true })
    const timer = window.setInterval(() => {
      if (Date.now() - lastActive >= minutes * 60_000) idle.current()
    }, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(timer)
      for (const event of activity) window.removeEventListener(event, seen, { capture: true })
    }
  }, [minutes])
}
