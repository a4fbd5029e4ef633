import { useEffect, useState } from 'react'
import { formatElapsed } from './elapsed'

const KEY = 'roundtable.runModeClock'
const clockFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

/** Whether the chair wants the clock and timer on the room's screen; remembered on this computer. */
export function useClockChoice(): [boolean, (shown: boolean) => void] {
  const [shown, setShown] = useState(() => localStorage.getItem(KEY) === 'on')
  useEffect(() => {
    localStorage.setItem(KEY, shown ? 'on' : 'off')
  }, [shown])
  return [shown, setShown]
}

/** The time now and how long the room has spent on this case; keyed by the item, so it restarts on each case. */
export function RoomClock() {
  const [startedAt] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  return (
    <p className="room-clock" role="timer" aria-live="off">
      <span>Time {clockFormat.format(now)}</span> · <span>On this case {formatElapsed((now - startedAt) / 1000)}</span>
    </p>
  )
}
