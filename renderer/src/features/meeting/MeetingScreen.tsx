import { useEffect, useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { meetingLinkText } from '../../../../shared/domain/meetings/labels'
import { meetingStatusLabels } from '../../../../shared/domain/meetings/meetings'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ExportDialog } from '../../components/ExportDialog'
import { formatDate } from '../../format'
import { AgencySheets } from './AgencySheets'
import { ApproveDialog } from './ApproveDialog'
import { AgendaPanel } from './AgendaPanel'
import { AttendancePanel } from './AttendancePanel'
import { MinutesPreview } from './MinutesPreview'
import { RunMode, type RunModeExit } from './RunMode'
import { can } from '../session/can'

/** Before (attendance, agenda, sheets) → run mode → after (minutes, approve, export, next meeting). */
export function MeetingScreen({ session }: { session: SessionState }) {
  const { meetingId = '' } = useParams()
  const meeting = useApiQuery('meetings:get', { meetingId })
  const settings = useApiQuery('settings:get', {})
  const start = useApiMutation('meetings:start')
  const approve = useApiMutation('meetings:approve')
  const amend = useApiMutation('meetings:amend')
  const createNext = useApiMutation('meetings:createNext')
  const announce = useAnnounce()
  const navigate = useNavigate()
  const [running, setRunning] = useState<boolean | null>(null)
  const [exporting, setExporting] = useState(false)
  const [amendment, setAmendment] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [confirmingApproval, setConfirmingApproval] = useState(false)
  // After a change, focus goes to what changed or what to do next (GOV.UK), once it is on screen.
  const focusAfter = useRef<string | null>(null)
  const setFocusAfter = (selector: string) => {
    focusAfter.current = selector
  }
  // Runs after every render: the target may appear only once the meeting is fetched again.
  useEffect(() => {
    const target = focusAfter.current ? document.querySelector<HTMLElement>(focusAfter.current) : null
    if (!target) return
    target.focus()
    focusAfter.current = null
  })

  if (meeting.isError)
    return (
      <>
        <h1 tabIndex={-1}>Meeting not found</h1>
        <p role="alert">{meeting.error.message}</p>
      </>
    )
  if (!meeting.data) return <p>Loading the meeting…</p>
  const m = meeting.data
  const editable = m.status !== 'approved' && can(session, 'meetings:start')
  // A meeting in progress reopens in run mode (e.g. after the app was closed).
  const inRunMode = running ?? m.status === 'in_progress'

  const title = `${meetingLinkText(m)} ${m.time}`
  if (inRunMode && (m.status === 'in_progress' || m.status === 'planned')) {
    const exitRunMode = (how: RunModeExit, itemId: string | null) => {
      setRunning(false)
      // Finished: the draft minutes to read and approve. Left: the agenda, at the case the chair was on.
      setFocusAfter(how === 'finished' ? '#minutes-heading' : itemId ? `#agenda-${itemId}` : '#agenda-heading')
    }
    return <RunMode meeting={m} title={title} onExit={exitRunMode} />
  }

  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>
        {m.location && `${m.location} · `}Chair: {m.chairName} · <strong>{meetingStatusLabels[m.status]}</strong>
      </p>
      {message && (
        <p className="notice" role="alert" id="meeting-message" tabIndex={-1}>
          {message}
        </p>
      )}
      <div className="form-actions">
        {(m.status === 'planned' || m.status === 'in_progress') && editable && (
          <button
            type="button"
            className="primary"
            onClick={async () => {
              const r = await start.mutateAsync({ meetingId: m.id })
              if (r.ok) {
                setMessage(null)
                setRunning(true)
              } else {
                setMessage(r.error.message)
                setFocusAfter('#meeting-message')
              }
            }}
          >
            {m.status === 'planned' ? 'Start meeting' : 'Continue run mode'}
          </button>
        )}
        {m.status === 'minutes_draft' && can(session, 'meetings:approve') && (
          <button type="button" id="approve-minutes" className="primary" onClick={() => setConfirmingApproval(true)}>
            Approve minutes
          </button>
        )}
        {m.status === 'approved' && !m.nextMeetingId && can(session, 'meetings:createNext') && (
          <button
            type="button"
            className="primary"
            onClick={async () => {
              const r = await createNext.mutateAsync({ meetingId: m.id })
              if (r.ok) void navigate(`/meetings/${r.value.id}`)
              else setMessage(r.error.message)
            }}
          >
            Create next meeting
          </button>
        )}
        {m.nextMeetingId && (
          <button
            type="button"
            className={m.status === 'approved' ? 'primary' : undefined}
            onClick={() => navigate(`/meetings/${m.nextMeetingId}`)}
          >
            Go to the next meeting{m.nextMeeting ? ` (${formatDate(m.nextMeeting.date)})` : ''}
          </button>
        )}
        {(m.status === 'minutes_draft' || m.status === 'approved') && (
          <button type="button" onClick={() => setExporting(true)}>
            Export minutes
          </button>
        )}
      </div>
      {(m.status === 'planned' || m.status === 'in_progress') && (
        <>
          <AttendancePanel meeting={m} editable={editable} />
          <AgendaPanel meeting={m} editable={editable} />
          <AgencySheets meeting={m} dueSoonDays={settings.data?.dueSoonDays ?? 7} />
        </>
      )}
      {(m.status === 'minutes_draft' || m.status === 'approved') && <MinutesPreview meeting={m} />}
      {m.status === 'approved' && can(session, 'meetings:amend') && (
        <form
          className="inline-form"
          aria-label="Add amendment"
          onSubmit={async (event) => {
            event.preventDefault()
            const r = await amend.mutateAsync({ meetingId: m.id, text: amendment })
            if (r.ok) {
              setAmendment('')
              announce('Amendment added')
            } else setMessage(r.error.fields?.text ?? r.error.message)
          }}
        >
          <label htmlFor="amendment">Correction to the approved minutes</label>
          <textarea id="amendment" rows={2} value={amendment} onChange={(e) => setAmendment(e.target.value)} />
          <button type="submit">Add amendment</button>
        </form>
      )}
      <ApproveDialog
        open={confirmingApproval}
        pending={approve.isPending}
        onConfirm={async () => {
          const r = await approve.mutateAsync({ meetingId: m.id })
          setConfirmingApproval(false)
          setMessage(r.ok ? null : r.error.message)
          if (!r.ok) return setFocusAfter('#meeting-message')
          setFocusAfter('#approved-note')
          announce(
            r.value.nextMeetingId && r.value.nextMeeting
              ? `Minutes approved. The next meeting, ${formatDate(r.value.nextMeeting.date)}, is ready with its agenda`
              : 'Minutes approved',
          )
        }}
        onCancel={() => {
          if (!confirmingApproval) return
          setConfirmingApproval(false)
          setFocusAfter('#approve-minutes')
        }}
      />
      <ExportDialog
        target={exporting ? { kind: 'minutes', meetingId: m.id, approved: m.status === 'approved' } : null}
        onClose={() => setExporting(false)}
      />
    </>
  )
}
