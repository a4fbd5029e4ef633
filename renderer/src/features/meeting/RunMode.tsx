import { useCallback, useEffect, useRef, useState } from 'react'
import type { MeetingDetail } from '../../../../shared/domain/meetings/views'
import { addDays } from '../../../../shared/domain/record/dates'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { CaseAtAGlance } from './CaseAtAGlance'
import { ItemRecorder } from './ItemRecorder'
import { usePresenterZoom } from './usePresenterZoom'

/**
 * One case at a time. Ctrl+→ / Ctrl+← save and move; the progress strip
 * shows every item; the current item is remembered so a closed app reopens here.
 */
export function RunMode({ meeting, onExit }: { meeting: MeetingDetail; onExit: () => void }) {
  const items = meeting.items.filter((item) => !item.removed)
  const startIndex = Math.max(0, items.findIndex((item) => item.id === meeting.currentItemId))
  const [index, setIndex] = useState(startIndex)
  const current = items[Math.min(index, items.length - 1)]
  const setCurrent = useApiMutation('meetings:setCurrentItem')
  const finish = useApiMutation('meetings:finish', ['meetings:get', 'meetings:list'])
  const announce = useAnnounce()
  const zoom = usePresenterZoom()
  const saveRef = useRef<() => Promise<boolean>>(async () => true)
  const registerSave = useCallback((save: () => Promise<boolean>) => {
    saveRef.current = save
  }, [])
  const [finishing, setFinishing] = useState(false)
  const [nextDate, setNextDate] = useState(addDays(meeting.date, 7))
  const [finishError, setFinishError] = useState<string | null>(null)

  const go = useCallback(
    async (target: number) => {
      if (target < 0 || target >= items.length || target === index) return
      if (!(await saveRef.current())) return announce('Not saved: check the highlighted fields first')
      const item = items[target]
      if (!item) return
      setIndex(target)
      void setCurrent.mutateAsync({ meetingId: meeting.id, itemId: item.id })
      announce(`Case ${target + 1} of ${items.length}: ${item.displayName}`)
      requestAnimationFrame(() => document.getElementById('run-case-heading')?.focus())
    },
    [items, index, meeting.id, setCurrent, announce],
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return
      if (event.key === 'ArrowRight') {
        event.preventDefault()
        void go(index + 1)
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault()
        void go(index - 1)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [go, index])

  // Save what is on screen if the window is closed mid-meeting.
  useEffect(() => {
    const onHide = () => void saveRef.current()
    window.addEventListener('beforeunload', onHide)
    return () => window.removeEventListener('beforeunload', onHide)
  }, [])

  if (!current) return <p>No cases on the agenda.</p>

  return (
    <div className="run-mode" style={{ fontSize: `${zoom}em` }}>
      <nav aria-label="Agenda progress" className="progress-strip">
        <ol>
          {items.map((item, i) => (
            <li key={item.id}>
              <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => void go(i)}>
                {i + 1}. {item.reference} <span className="progress-state">{i === index ? '(current)' : item.done ? '✓ done' : '(to do)'}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p className="hint">Ctrl+→ next case, Ctrl+← previous (both save). Ctrl+= / Ctrl+- zoom for the screen in the room.</p>
      <div className="run-columns">
        <CaseAtAGlance item={current} />
        <ItemRecorder key={current.id} item={current} editable={meeting.status !== 'approved'} registerSave={registerSave} />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => void go(index - 1)} disabled={index === 0}>Previous case</button>
        <button type="button" onClick={() => void go(index + 1)} disabled={index === items.length - 1}>Next case</button>
        <button type="button" onClick={async () => { await saveRef.current(); onExit() }}>Back to agenda</button>
        <button type="button" className="primary" onClick={async () => { if (await saveRef.current()) setFinishing(true) }}>Finish meeting</button>
      </div>
      {finishing && (
        <form
          className="inline-form"
          aria-label="Finish meeting"
          onSubmit={async (event) => {
            event.preventDefault()
            const result = await finish.mutateAsync({ meetingId: meeting.id, nextMeetingDate: nextDate || null })
            if (!result.ok) return setFinishError(result.error.fields?.nextMeetingDate ?? result.error.message)
            announce('Meeting finished: the minutes are in draft')
            onExit()
          }}
        >
          <label htmlFor="next-meeting-date">Next meeting date</label>
          <DateInput id="next-meeting-date" value={nextDate} onChange={setNextDate} autoFocus aria-invalid={finishError ? true : undefined} />
          {finishError && <p className="error-message" role="alert">{finishError}</p>}
          <button type="submit" className="primary">Finish and draft the minutes</button>
          <button type="button" onClick={() => setFinishing(false)}>Cancel</button>
        </form>
      )}
    </div>
  )
}
