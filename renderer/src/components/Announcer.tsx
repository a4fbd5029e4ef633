import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'

type Announce = (message: string) => void
const AnnouncerContext = createContext<Announce>(() => undefined)

/**
 * One polite live region for the whole app: "Case RT-2026-0003 created",
 * "Saved". Screen readers hear it; sighted users see the status line.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const announce = useCallback<Announce>((text) => {
    // Clear first so the same message twice is announced twice.
    setMessage('')
    window.setTimeout(() => setMessage(text), 30)
  }, [])
  // The visible line goes after a while, so an old message never sits over another screen.
  useEffect(() => {
    if (!message) return
    const timer = window.setTimeout(() => setMessage(''), 8000)
    return () => window.clearTimeout(timer)
  }, [message])
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="status-line" role="status" aria-live="polite">
        {message}
      </div>
    </AnnouncerContext.Provider>
  )
}

export const useAnnounce = () => useContext(AnnouncerContext)
