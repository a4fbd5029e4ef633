import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import { actionStatusLabels, actionStatuses } from '../../../../shared/domain/meetings/actions'
import type { ActionView } from '../../../../shared/domain/meetings/views'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ConsentBadge } from '../../components/ConsentBadge'
import { DataTable, optionsInUse, type TableFilter, type TableGrouping } from '../../components/DataTable'
import { ExportDialog, type ExportTarget } from '../../components/ExportDialog'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'
import { localToday } from '../dashboard/dashboardData'
import { dueText, shownActions, type GroupBy } from './actionFilters'
import { can } from '../session/can'

const column = columnHelperFor<ActionView>()
const noActions: ActionView[] = []

/** Every action: filters, overdue first by owner or agency, and several marked done (or dropped) at once. */
export function ActionListScreen({ session }: { session: SessionState }) {
  const actions = useApiQuery('actions:list', {})
  const bulk = useApiMutation('actions:bulkUpdate')
  const announce = useAnnounce()
  const today = localToday()
  const [quick, setQuick] = useState({ overdue: false, dueThisWeek: false, mine: false })
  const [groupBy, setGroupBy] = useState<GroupBy>('none')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [noteError, setNoteError] = useState<string | null>(null)
  const [exporting, setExporting] = useState<ExportTarget | null>(null)
  const all = actions.data ?? noActions
  const data = useMemo(() => shownActions(all, quick, groupBy, today, session.user?.name ?? ''), [all, quick, groupBy, today, session.user?.name])
  const canEdit = can(session, 'actions:bulkUpdate')

  const columns = useMemo(
    () =>
      column.columns([
        column.display({
          id: 'select',
          header: 'Select',
          cell: (info) =>
            info.row.original.status === 'open' && canEdit ? (
              <input
                type="checkbox"
                aria-label={`Select: ${info.row.original.description}`}
                checked={selected.has(info.row.original.id)}
                onChange={(e) => {
                  const next = new Set(selected)
                  if (e.target.checked) next.add(info.row.original.id)
                  else next.delete(info.row.original.id)
                  setSelected(next)
                }}
              />
            ) : null,
          enableSorting: false,
          enableHiding: false,
        }),
        column.accessor('description', { header: 'Action', sortFn: 'text', enableHiding: false }),
        column.accessor('caseDisplayName', { header: 'Case', cell: (info) => <><Link to={`/cases/${info.row.original.caseId}`} tabIndex={-1}>{info.getValue()}</Link> <ConsentBadge status={info.row.original.subjectConsent} /></>, sortFn: 'text' }),
        column.accessor('ownerName', { header: 'Owner', filterFn: 'equalsString', sortFn: 'text' }),
        column.accessor('ownerAgencyName', { header: 'Agency', filterFn: 'equalsString', sortFn: 'text' }),
        column.accessor('dueDate', { header: 'Due', cell: (info) => formatDate(info.getValue()), sortFn: 'basic' }),
        column.accessor('status', { header: 'Status', cell: (info) => dueText(info.row.original, today), filterFn: 'equalsString' }),
        column.accessor((row) => (row.escalated ? 'Escalated' : ''), { id: 'escalated', header: 'Escalated', cell: (info) => info.getValue() || '—' }),
        column.accessor('raisedOn', { header: 'Raised', cell: (info) => (info.row.original.raisedAtMeetingId ? <Link to={`/meetings/${info.row.original.raisedAtMeetingId}`} tabIndex={-1}>{info.getValue() ? formatDate(info.getValue() ?? '') : 'meeting'}</Link> : '—'), sortFn: 'basic' }),
      ]),
    [selected, today, canEdit],
  )
  // Grouped by owner or agency under a heading each, overdue first within a group.
  const grouping = useMemo<TableGrouping<ActionView> | undefined>(
    () =>
      groupBy === 'none'
        ? undefined
        : {
            groupOf: (row) => (groupBy === 'owner' ? row.ownerName : row.ownerAgencyName),
            compareWithin: (a, b) => Number(b.overdue) - Number(a.overdue),
            label: (key) => `${groupBy === 'owner' ? 'Owner' : 'Agency'}: ${key}`,
          },
    [groupBy],
  )
  const filters: TableFilter[] = useMemo(
    () => [
      { columnId: 'ownerName', label: 'Owner', options: optionsInUse(all.map((a) => a.ownerName)) },
      { columnId: 'ownerAgencyName', label: 'Agency', options: optionsInUse(all.map((a) => a.ownerAgencyName)) },
      { columnId: 'status', label: 'Status', options: actionStatuses.map((value) => ({ value, label: actionStatusLabels[value] })) },
    ],
    [all],
  )

  const apply = async (outcome: 'done' | 'dropped') => {
    const result = await bulk.mutateAsync({ actionIds: [...selected], outcome, note })
    if (!result.ok) {
      setNoteError(result.error.fields?.note ?? null)
      if (result.error.fields?.note) requestAnimationFrame(() => document.getElementById('bulk-note')?.focus())
      return setError(result.error.fields?.note ? null : (result.error.fields?.actionIds ?? result.error.message))
    }
    setError(null)
    setNoteError(null)
    announce(`${selected.size} ${selected.size === 1 ? 'action' : 'actions'} marked ${outcome}`)
    setSelected(new Set())
    setNote('')
  }

  return (
    <>
      <h1 tabIndex={-1}>Actions</h1>
      <div className="filter-bar" role="group" aria-label="Quick filters and grouping">
        {(['overdue', 'dueThisWeek', 'mine'] as const).map((key) => (
          <label key={key} className="choice">
            <input type="checkbox" checked={quick[key]} onChange={(e) => setQuick({ ...quick, [key]: e.target.checked })} />
            {key === 'overdue' ? 'Overdue only' : key === 'dueThisWeek' ? 'Due this week' : 'Mine'}
          </label>
        ))}
        <label className="filter">
          <span>Group by</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="none">No grouping</option>
            <option value="owner">Owner</option>
            <option value="agency">Agency</option>
          </select>
        </label>
      </div>
      {canEdit && (
        <div className="bulk-bar" role="group" aria-label="Update selected actions">
          <span>{selected.size} selected</span>
          <span className={noteError ? 'filter field-error' : 'filter'}>
            <label htmlFor="bulk-note">Note</label>
            <input id="bulk-note" value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={noteError ? true : undefined} aria-describedby={noteError ? 'bulk-note-hint bulk-note-error' : 'bulk-note-hint'} />
            <span id="bulk-note-hint" className="hint">Required to drop: say why</span>
            {noteError && <span id="bulk-note-error" className="error-message" role="alert">{noteError}</span>}
          </span>
          <button type="button" className="primary" disabled={selected.size === 0 || bulk.isPending} onClick={() => void apply('done')}>Mark selected done</button>
          <button type="button" disabled={selected.size === 0 || bulk.isPending} onClick={() => void apply('dropped')}>Drop selected</button>
          {error && <p className="error-message" role="alert">{error}</p>}
        </div>
      )}
      <DataTable
        tableId={`actions-${groupBy}`}
        caption="Actions"
        data={data}
        columns={columns}
        getRowId={(row) => row.id}
        filters={filters}
        grouping={grouping}
        emptyMessage={all.length > 0 ? 'No actions match these filters.' : 'No actions yet: actions are raised in case meetings.'}
        actions={
          <>
            <button type="button" onClick={() => setExporting({ kind: 'actionTracker' })}>Export action tracker</button>
            <button type="button" onClick={() => setExporting({ kind: 'csv', table: 'actions' })}>Export CSV</button>
          </>
        }
      />
      <ExportDialog target={exporting} onClose={() => setExporting(null)} />
    </>
  )
}
