import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { meetingLinkText } from '../../../../shared/domain/meetings/labels'
import { meetingKindLabels, meetingKinds, meetingStatusLabels, type MeetingKind } from '../../../../shared/domain/meetings/meetings'
import { useApiMutation, useApiQuery } from '../../api/client'
import { DateInput } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { useFormErrors } from '../session/useFormErrors'
import { ResumeMeetings } from './ResumeMeetings'
import { canChair } from '../../../../shared/domain/policy'
import { EnumOptions } from '../../components/EnumOptions'

const labels = { kind: 'Kind of meeting', date: 'Date', time: 'Time', location: 'Location', chairId: 'Chair' } as const

/** Meetings, newest first, and a new one: its agenda builds itself from the rules. */
export function MeetingsListScreen() {
  const meetings = useApiQuery('meetings:list', {})
  const users = useApiQuery('users:list', {})
  const create = useApiMutation('meetings:create')
  const navigate = useNavigate()
  const { errors, summaryRef, show } = useFormErrors()
  const [form, setForm] = useState({ kind: 'weekly' as MeetingKind, date: '', time: '10:00', location: '', chairId: '' })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await create.mutateAsync(form)
    if (!result.ok) return show(result.error)
    void navigate(`/meetings/${result.value.id}`)
  }

  return (
    <>
      <h1 tabIndex={-1}>Meetings</h1>
      <ResumeMeetings meetings={meetings.data ?? []} />
      <table className="plain-table">
        <caption className="visually-hidden">Meetings</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Meeting</th>
            <th scope="col">Chair</th>
            <th scope="col">Cases</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {meetings.data?.length === 0 && (
            <tr>
              <td colSpan={5}>No meetings yet: create the first one below.</td>
            </tr>
          )}
          {meetings.data?.map((m) => (
            <tr key={m.id}>
              <td>
                {formatDate(m.date)} {m.time}
              </td>
              {/* Each link names its meeting: a list of "Weekly case meeting" links says nothing to a screen reader. */}
              <td>
                <Link to={`/meetings/${m.id}`}>{meetingLinkText(m)}</Link>
                {m.location && `, ${m.location}`}
              </td>
              <td>{m.chairName}</td>
              <td>{m.itemCount}</td>
              <td>{meetingStatusLabels[m.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} noValidate aria-label="New meeting" className="inline-form">
        <h2>New meeting</h2>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.kind} error={errors.kind}>
          {(p) => (
            <select {...p} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as MeetingKind })}>
              <EnumOptions values={meetingKinds} labels={meetingKindLabels} />
            </select>
          )}
        </Field>
        <Field label={labels.date} hint="For example, 26/11/2026" error={errors.date}>
          {(p) => <DateInput {...p} value={form.date} onChange={(date) => setForm({ ...form, date })} />}
        </Field>
        <Field label={labels.time} hint="HH:MM" error={errors.time}>
          {(p) => <input {...p} value={form.time} onChange={(e) => setForm({ ...form, time: e.target.value })} />}
        </Field>
        <Field label={labels.location} error={errors.location}>
          {(p) => <input {...p} value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />}
        </Field>
        <Field label={labels.chairId} error={errors.chairId}>
          {(p) => (
            <select {...p} value={form.chairId} onChange={(e) => setForm({ ...form, chairId: e.target.value })}>
              <option value="">Choose…</option>
              {users.data
                ?.filter((u) => u.active && canChair(u.role))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.agencyName})
                  </option>
                ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" disabled={create.isPending}>
          Create meeting
        </button>
      </form>
    </>
  )
}
