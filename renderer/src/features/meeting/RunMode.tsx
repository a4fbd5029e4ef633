import { useCallback, useEffect, useRef, useState } from 'react'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/domain/meetings/views'
import { addDays } from '../../../../shared/domain/record/dates'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { CaseAtAGlance } from './CaseAtAGlance'
import { ItemRecorder } from './ItemRecorder'
import type { ItemSave, SavePurpose } from './itemSave'
import { RoomClock, useClockChoice } from './RoomClock'
import { usePresenterZoom } from './usePresenterZoom'
import { focusOnMount } from '../../components/focusOnMount'

const ROOM_VIEW = 'room-view'

/** The room's screen has no app navigation or bars: the body class hides them (app.css) while run mode is on. */
function useRoomView() {
  useEffect(() => {
    document.body.classList.add(ROOM_VIEW)
    return () => document.body.classList.remove(ROOM_VIEW)
  }, [])
}

/** A case review, or a case whose review has come, should leave the room with its next review date. */
const asksForNextReview = (meeting: MeetingDetail, item: AgendaItemView) =>
  meeting.kind === 'case_review' || item.reasons.includes('review_due')

function progressState(item: AgendaItemView, current: boolean): string {
  if (current) return '● current'
  return item.done ? '✓ done' : '○ to do'
}

export type RunModeExit = 'left' | 'finished'

/**
 * One case at a time, full screen. Ctrl+→ / Ctrl+← save and move; Esc saves
 * and goes back to the agenda; the progress strip shows every item; the
 * current item is remembered so a closed app reopens here.
 */
export function RunMode({
  meeting,
  title,
  onExit,
}: {
  meeting: MeetingDetail
  title: string
  onExit: (how: RunModeExit, itemId: string | null) => void
}) {
  useRoomView()
  const items = meeting.items.filter((item) => !item.removed)
  const startIndex = Math.max(
    0,
    items.findIndex((item) => item.id === meeting.currentItemId),
  )
  const [index, setIndex] = useState(startIndex)
  const current = items[Math.min(index, items.length - 1)]
  const setCurrent = useApiMutation('meetings:setCurrentItem')
  const finish = useApiMutation('meetings:finish')
  const announce = useAnnounce()
  const zoom = usePresenterZoom()
  const [clockShown, setClockShown] = useClockChoice()
  const saveRef = useRef<ItemSave>(async () => 'saved')
  const registerSave = useCallback((save: ItemSave) => {
    saveRef.current = save
  }, [])
  const [finishing, setFinishing] = useState(false)
  const [nextDate, setNextDate] = useState(addDays(meeting.date, 7))
  const [finishError, setFinishError] = useState<string | null>(null)
  const editable = meeting.status !== 'approved'

  /** Saves the case on screen; true when the chair may go on. */
  const saveFor = useCallback(
    async (purpose: SavePurpose): Promise<boolean> => {
      const outcome = await saveRef.current(purpose)
      if (outcome === 'invalid') announce('Not saved: check the highlighted fields first')
      return outcome === 'saved'
    },
    [announce],
  )

  const go = useCallback(
    async (target: number, focusSelector = '#run-case-heading') => {
      if (target < 0 || target >= items.length || target === index) return
      if (!(await saveFor('move'))) return
      const item = items[target]
      if (!item) return
      setIndex(target)
      void setCurrent.mutateAsync({ meetingId: meeting.id, itemId: item.id })
      announce(`Case ${target + 1} of ${items.length}: ${item.displayName}`)
      requestAnimationFrame(() => document.querySelector<HTMLElement>(focusSelector)?.focus())
    },
    [items, index, meeting.id, setCurrent, announce, saveFor],
  )

  const leave = useCallback(async () => {
    if (await saveFor('leave')) onExit('left', current?.id ?? null)
  }, [saveFor, onExit, current])

  const startFinishing = async () => {
    if (!(await saveFor('finish'))) return
    setFinishError(null)
    setFinishing(true)
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        // Esc closes the finish form first; otherwise it leaves run mode.
        if (finishing) {
          setFinishing(false)
          requestAnimationFrame(() => document.getElementById('finish-meeting')?.focus())
        } else void leave()
        return
      }
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
  }, [go, index, leave, finishing])

  // Starting (or resuming) lands on the case to discuss, not the top of the page.
  useEffect(() => {
    document.getElementById('run-case-heading')?.focus()
  }, [])

  // Save what is on screen if the window is closed mid-meeting.
  useEffect(() => {
    const onHide = () => void saveRef.current('leave')
    window.addEventListener('beforeunload', onHide)
    return () => window.removeEventListener('beforeunload', onHide)
  }, [])

  // From the finish form back to a case that still needs its next review date.
  const reviewFirst = (item: AgendaItemView) => {
    setFinishing(false)
    const target = items.indexOf(item)
    const field = `#next-review-${item.id} input`
    if (target !== index) void go(target, field)
    else requestAnimationFrame(() => document.querySelector<HTMLInputElement>(field)?.focus())
  }

  const withoutReview = items.filter((item) => asksForNextReview(meeting, item) && item.nextReviewDate === null)

  return (
    <div className="run-mode" style={{ fontSize: `${zoom}em` }}>
      <div className="run-header">
        <h1 tabIndex={-1} className="run-title">
          {title}: run mode
        </h1>
        {clockShown && current && <RoomClock key={current.id} />}
        <label className="choice">
          <input type="checkbox" checked={clockShown} onChange={(e) => setClockShown(e.target.checked)} />
          Clock and timer
        </label>
      </div>
      <nav aria-label="Agenda progress" className="progress-strip">
        <ol>
          {items.map((item, i) => (
            <li key={item.id}>
              <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => void go(i)}>
                {i + 1}. {item.shortName} <span className="progress-state">{progressState(item, i === index)}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p className="hint">
        Ctrl+→ next case, Ctrl+← previous (both save). Esc back to the agenda. Ctrl+= / Ctrl+- zoom for the screen in the room.
      </p>
      {current ? (
        <div className="run-columns">
          <CaseAtAGlance item={current} />
          <ItemRecorder
            key={current.id}
            item={current}
            editable={editable}
            asksForNextReview={asksForNextReview(meeting, current)}
            registerSave={registerSave}
          />
        </div>
      ) : (
        <p>No cases on the agenda.</p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void go(index - 1)} disabled={index === 0}>
          Previous case
        </button>
        <button type="button" onClick={() => void go(index + 1)} disabled={index >= items.length - 1}>
          Next case
        </button>
        <button type="button" onClick={() => void leave()}>
          Back to agenda
        </button>
        <button type="button" id="finish-meeting" className="primary" onClick={() => void startFinishing()}>
          Finish meeting
        </button>
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
            onExit('finished', null)
          }}
        >
          {withoutReview.length > 0 && (
            <div className="notice" role="alert">
              <p>No next review date yet for {withoutReview.length === 1 ? 'this case' : 'these cases'}:</p>
              <ul className="work-list">
                {withoutReview.map((item) => (
                  <li key={item.id}>
                    <button type="button" onClick={() => reviewFirst(item)}>
                      Set the next review for {item.shortName}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <label htmlFor="next-meeting-date">Next meeting date</label>
          <DateInput
            id="next-meeting-date"
            value={nextDate}
            onChange={setNextDate}
            ref={focusOnMount}
            aria-invalid={finishError ? true : undefined}
          />
          {finishError && (
            <p className="error-message" role="alert">
              {finishError}
            </p>
          )}
          <button type="submit" className="primary">
            Finish and draft the minutes
          </button>
          <button type="button" onClick={() => setFinishing(false)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  )
}
