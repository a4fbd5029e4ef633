import { useEffect, useState } from 'react'

const KEY = 'roundtable.presenterZoom'
const clamp = (value: number) => Math.min(2, Math.max(0.8, Math.round(value * 10) / 10))

/** Ctrl + / Ctrl - / Ctrl 0 scale run mode for a wall display; the choice persists. */
export function usePresenterZoom(): number {
  const [zoom, setZoom] = useState(() => clamp(Number(localStorage.getItem(KEY)) || 1))
  useEffect(() => {
    localStorage.setItem(KEY, String(zoom))
  }, [zoom])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return
      if (event.key === '=' || event.key === '+') setZoom((z) => clamp(z + 0.1))
      else if (event.key === '-') setZoom((z) => clamp(z - 0.1))
      else if (event.key === '0') setZoom(1)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return zoom
}
