import { useEffect, useRef, useState, type FormEvent } from 'react'
import { attendanceLabels, awaitingConfidentiality, type Attendance } from '../../../../shared/domain/meetings/meetings'
import type { AttendeeView, MeetingDetail } from '../../../../shared/domain/meetings/views'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { AgencySelect } from '../../components/AgencySelect'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

const marks: Attendance[] = ['present', 'observer', 'apologies']

/** Who is here: tick present, observer or apologies (with "information sent"); agree the confidentiality statement. */
export function AttendancePanel({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const mark = useApiMutation('attendance:mark')
  const agree = useApiMutation('attendance:agree')
  const add = useApiMutation('attendance:add')
  const addPresent = useApiMutation('attendance:addPresent')
  const users = useApiQuery('users:list', {})
  const announce = useAnnounce()
  const [ticked, setTicked] = useState<string[]>([])
  const [teamError, setTeamError] = useState<string | null>(null)
  // After adding someone, focus goes to their row: the next thing to do is mark them (or have them agree).
  const focusAfter = useRef<string | null>(null)
  useEffect(() => {
    const target = focusAfter.current ? document.getElementById(focusAfter.current) : null
    if (!target) return
    target.focus()
    focusAfter.current = null
  })
  // The first meeting has no attendance to start from: the team's active users, to tick who is here.
  const team =
    meeting.previousMeetingId === null
      ? (users.data ?? []).filter((u) => u.active && !meeting.attendees.some((a) => a.userId === u.id))
      : []
  const markTicked = async () => {
    const result = await addPresent.mutateAsync({ meetingId: meeting.id, userIds: ticked })
    if (!result.ok) return setTeamError(result.error.fields?.userIds ?? result.error.message)
    setTeamError(null)
    const added = result.value.attendees.filter((a) => ticked.includes(a.userId ?? ''))
    setTicked([])
    announce(`${added.length} marked present: ${added.map((a) => a.name).join(', ')}`)
    const first = added[0]
    if (first) focusAfter.current = `agree-${first.id}`
  }
  const { errors, summaryRef, show, clear } = useFormErrors()
  const [guest, setGuest] = useState({ userId: '', guestName: '', agencyId: '', role: '' })
  const [adding, setAdding] = useState(false)
  const waiting = awaitingConfidentiality(meeting.attendees)
  // The tick shows at once while it is saved; if the save fails it goes back and says why.
  const [pending, setPending] = useState<Record<string, { agreed: boolean; skipped: boolean }>>({})
  const [statementError, setStatementError] = useState<string | null>(null)
  const shown = (a: AttendeeView) => pending[a.id] ?? { agreed: a.agreedConfidentiality, skipped: a.confidentialitySkipped }
  const setStatement = async (attendeeId: string, value: { agreed: boolean; skipped: boolean }) => {
    setPending((current) => ({ ...current, [attendeeId]: value }))
    const result = await agree.mutateAsync({ attendeeId, ...value })
    setStatementError(result.ok ? null : result.error.message)
    setPending(({ [attendeeId]: _done, ...rest }) => rest)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const user = users.data?.find((u) => u.id === guest.userId)
    const result = await add.mutateAsync({
      meetingId: meeting.id,
      userId: guest.userId || null,
      guestName: guest.guestName,
      agencyId: user?.agencyId ?? guest.agencyId,
      role: guest.role,
    })
    if (!result.ok) return show(result.error)
    clear()
    setGuest({ userId: '', guestName: '', agencyId: '', role: '' })
    const added = result.value.attendees.find((a) => !meeting.attendees.some((b) => b.id === a.id))
    if (added) {
      announce(`${added.name} added to the attendance list`)
      focusAfter.current = `attendance-${added.id}-present`
    }
  }

  return (
    <section aria-labelledby="attendance-heading" className="case-section">
      <h2 id="attendance-heading">Attendance</h2>
      <details open>
        <summary>Confidentiality statement</summary>
        <p className="statement">{meeting.confidentialityStatement}</p>
      </details>
      <table className="plain-table">
        <caption className="visually-hidden">Attendance</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Agency</th>
            <th scope="col">Attendance</th>
            <th scope="col">Information sent</th>
            <th scope="col">Agreed confidentiality</th>
          </tr>
        </thead>
        <tbody>
          {meeting.attendees.map((a) => (
            <tr key={a.id}>
              <td>
                {a.name}
                {a.role && ` (${a.role})`}
              </td>
              <td>{a.agencyName}</td>
              <td>
                <fieldset className="inline-choices">
                  <legend className="visually-hidden">Attendance for {a.name}</legend>
                  {marks.map((value) => (
                    <label key={value} className="choice">
                      {/* Unmarked, Tab lands on Present (forwards or back), so Space records present, not apologies. */}
                      <input
                        type="radio"
                        id={`attendance-${a.id}-${value}`}
                        name={`attendance-${a.id}`}
                        tabIndex={a.attendance === 'expected' && value !== 'present' ? -1 : undefined}
                        checked={a.attendance === value}
                        disabled={!editable}
                        onChange={() => void mark.mutateAsync({ attendeeId: a.id, attendance: value, informationSent: a.informationSent })}
                      />
                      {attendanceLabels[value]}
                    </label>
                  ))}
                </fieldset>
              </td>
              <td>
                {a.attendance === 'apologies' ? (
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={a.informationSent}
                      disabled={!editable}
                      onChange={(e) =>
                        void mark.mutateAsync({ attendeeId: a.id, attendance: 'apologies', informationSent: e.target.checked })
                      }
                    />
                    <span className="visually-hidden">Information sent by {a.name}</span> Sent
                  </label>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {a.attendance === 'present' || a.attendance === 'observer' ? (
                  <span className="inline-choices">
                    <label className="choice">
                      <input
                        type="checkbox"
                        id={`agree-${a.id}`}
                        checked={shown(a).agreed}
                        disabled={!editable}
                        onChange={(e) => void setStatement(a.id, { agreed: e.target.checked, skipped: false })}
                      />
                      <span className="visually-hidden">{a.name} agrees</span> Agreed
                    </label>
                    {!shown(a).agreed && (
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={shown(a).skipped}
                          disabled={!editable}
                          onChange={(e) => void setStatement(a.id, { agreed: false, skipped: e.target.checked })}
                        />
                        <span className="visually-hidden">Skip the statement for {a.name}</span> Skip (joined late or left)
                      </label>
                    )}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {statementError && (
        <p className="error-message" role="alert">
          {statementError}
        </p>
      )}
      {editable && waiting.length > 0 && (
        <p className="hint" id="confidentiality-waiting">
          Before the meeting starts, each person in the room agrees the statement (or skip it for them). Still to agree:{' '}
          {waiting.map((a) => a.name).join(', ')}.
        </p>
      )}
      {editable && team.length > 0 && (
        <fieldset className="field team-present">
          <legend>Who from the team is here? Tick everyone present</legend>
          <div className="choices">
            {team.map((u) => (
              <label key={u.id} className="choice">
                <input
                  type="checkbox"
                  checked={ticked.includes(u.id)}
                  onChange={(e) => setTicked(e.target.checked ? [...ticked, u.id] : ticked.filter((id) => id !== u.id))}
                />
                {u.name} ({u.agencyName})
              </label>
            ))}
          </div>
          {teamError && (
            <p className="error-message" role="alert">
              {teamError}
            </p>
          )}
          <button type="button" disabled={addPresent.isPending} onClick={() => void markTicked()}>
            Mark ticked people present
          </button>
        </fieldset>
      )}
      {editable && !adding && (
        <button type="button" onClick={() => setAdding(true)}>
          Add someone to the list
        </button>
      )}
      {editable && adding && (
        <form
          onSubmit={submit}
          noValidate
          aria-label="Add attendee"
          className="inline-form"
          onKeyDown={(e) => e.key === 'Escape' && setAdding(false)}
        >
          <ErrorSummary errors={errors} labels={{ guestName: 'Guest name', agencyId: 'Agency', userId: 'User' }} summaryRef={summaryRef} />
          <Field label="User" hint="Or type a guest below" error={errors.userId}>
            {(p) => (
              <select {...p} value={guest.userId} onChange={(e) => setGuest({ ...guest, userId: e.target.value })}>
                <option value="">A guest (not a user)</option>
                {users.data
                  ?.filter((u) => u.active && !meeting.attendees.some((a) => a.userId === u.id))
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name} ({u.agencyName})
                    </option>
                  ))}
              </select>
            )}
          </Field>
          {guest.userId === '' && (
            <>
              <Field label="Guest name" error={errors.guestName}>
                {(p) => <input {...p} value={guest.guestName} onChange={(e) => setGuest({ ...guest, guestName: e.target.value })} />}
              </Field>
              <Field label="Guest's agency" error={errors.agencyId}>
                {(p) => <AgencySelect {...p} value={guest.agencyId} onChange={(agencyId) => setGuest({ ...guest, agencyId })} />}
              </Field>
            </>
          )}
          <Field label="Role" hint="Optional, e.g. Housing officer">
            {(p) => <input {...p} value={guest.role} onChange={(e) => setGuest({ ...guest, role: e.target.value })} />}
          </Field>
          <div className="form-actions">
            <button type="submit" disabled={add.isPending}>
              Add attendee
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              Close
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
