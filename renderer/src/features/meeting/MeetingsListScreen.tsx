import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { meetingLinkText } from '../../../../shared/domain/meetings/labels'
import {
  meetingKindLabels,
  meetingKinds,
  meetingStatusLabels,
  meetingStatuses,
  type MeetingKind,
} from '../../../../shared/domain/meetings/meetings'
import type { MeetingSummary } from '../../../../shared/domain/meetings/views'
import type { MeetingPageInput, MeetingSortKey } from '../../../../shared/domain/tablePages'
import { useApiMutation, useApiQuery } from '../../api/client'
import { DateInput } from '../../components/DateInput'
import type { TableFilter } from '../../components/DataTable'
import { ErrorSummary, Field } from '../../components/FormField'
import { PagedTable, sortFrom, type PagedState } from '../../components/PagedTable'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'
import { useFormErrors } from '../session/useFormErrors'
import { ResumeMeetings } from './ResumeMeetings'
import { canChair } from '../../../../shared/domain/policy'
import { EnumOptions } from '../../components/EnumOptions'

const column = columnHelperFor<MeetingSummary>()

/** The channel's sort key for each sortable column (meetings:page sorts in the database). */
const meetingSortKeyOf: Readonly<Record<string, MeetingSortKey>> = { date: 'date', kind: 'kind', chairName: 'chair', status: 'status' }

/** Module scope: TanStack Table needs stable column definitions. */
const meetingColumns = column.columns([
  column.accessor('date', {
    header: 'Date',
    enableHiding: false,
    sortFn: 'basic',
    cell: (info) => `${formatDate(info.getValue())} ${info.row.original.time}`,
  }),
  column.accessor('kind', {
    header: 'Meeting',
    enableHiding: false,
    sortFn: 'basic',
    cell: (info) => (
      <>
        {/* Each link names its meeting: a list of "Weekly case meeting" links says nothing to a screen reader. */}
        <Link to={`/meetings/${info.row.original.id}`} tabIndex={-1}>
          {meetingLinkText(info.row.original)}
        </Link>
        {info.row.original.location && `, ${info.row.original.location}`}
      </>
    ),
  }),
  column.accessor('chairName', { header: 'Chair', sortFn: 'text' }),
  column.accessor('itemCount', { header: 'Cases', enableSorting: false }),
  column.accessor('status', { header: 'Status', sortFn: 'basic', cell: (info) => meetingStatusLabels[info.getValue()] }),
])

const meetingFilters: TableFilter[] = [
  { columnId: 'kind', label: 'Kind', options: meetingKinds.map((value) => ({ value, label: meetingKindLabels[value] })) },
  { columnId: 'status', label: 'Status', options: meetingStatuses.map((value) => ({ value, label: meetingStatusLabels[value] })) },
]

const orNull = (value: string | undefined) => value || null

/** The table's state as meetings:page's input. */
function meetingInput(state: PagedState): Omit<MeetingPageInput, 'offset' | 'limit'> {
  return {
    search: state.search,
    sort: sortFrom(state.sorting, meetingSortKeyOf) ?? { by: 'date', direction: 'desc' },
    filter: { kind: orNull(state.filters.kind), status: orNull(state.filters.status) },
  }
}

const getRowId = (row: MeetingSummary) => row.id

const labels = { kind: 'Kind of meeting', date: 'Date', time: 'Time', location: 'Location', chairId: 'Chair' } as const

/** Meetings, newest first, a window at a time from the database (meetings:page), and a new one: its agenda builds itself from the rules. */
export function MeetingsListScreen() {
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
      <ResumeMeetings />
      <PagedTable
        tableId="meetings"
        caption="Meetings"
        channel="meetings:page"
        toInput={meetingInput}
        columns={meetingColumns}
        getRowId={getRowId}
        filters={meetingFilters}
        searchHint="Chair or location…"
        onOpenRow={(row) => navigate(`/meetings/${row.id}`)}
        initialSorting={[{ id: 'date', desc: true }]}
        emptyMessage="No meetings yet: create the first one below."
      />
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
