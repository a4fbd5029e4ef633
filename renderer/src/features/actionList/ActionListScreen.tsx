import { useCallback, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { actionStatusLabels, actionStatuses } from '../../../../shared/domain/meetings/actions'
import type { ActionView } from '../../../../shared/domain/meetings/views'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ConsentBadge } from '../../components/ConsentBadge'
import type { TableFilter } from '../../components/DataTable'
import { PagedTable, sortFrom, type PagedState } from '../../components/PagedTable'
import type { ActionGroupCount, ActionPageInput, ActionSortKey } from '../../../../shared/domain/tablePages'
import { ExportDialog, type ExportTarget } from '../../components/ExportDialog'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'
import { localToday } from '../dashboard/dashboardData'
import { dueText, type GroupBy } from './actionFilters'
import { can } from '../session/can'
import { chosenOrNull } from '../../components/filterDefinitions'

const column = columnHelperFor<ActionView>()

/** The channel's sort key for each sortable column (actions:page sorts in the database). */
const actionSortKeyOf: Readonly<Record<string, ActionSortKey>> = {
  description: 'description',
  caseDisplayName: 'case',
  ownerName: 'owner',
  ownerAgencyName: 'agency',
  dueDate: 'due',
  raisedOn: 'raised',
}

/** Every action: filters, overdue first by owner or agency, and several marked done (or dropped) at once. */
const getRowId = (row: ActionView) => row.id

export function ActionListScreen({ session }: { session: SessionState }) {
  const options = useApiQuery('tables:filterOptions', {}, { staleTime: 0 })
  const bulk = useApiMutation('actions:bulkUpdate')
  const announce = useAnnounce()
  const today = localToday()
  // The Dashboard's "See all overdue actions" opens this screen with ?overdue=1.
  const [params] = useSearchParams()
  const [quick, setQuick] = useState({ overdue: params.get('overdue') === '1', dueThisWeek: false, mine: false })
  const [groupBy, setGroupBy] = useState<GroupBy>('none')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [noteError, setNoteError] = useState<string | null>(null)
  const [exporting, setExporting] = useState<ExportTarget | null>(null)
  // Quick toggles, grouping, the filter bar, sort and search: all answered by the database (actions:page).
  const toInput = useCallback(
    (state: PagedState): Omit<ActionPageInput, 'offset' | 'limit'> => ({
      search: state.search,
      groupBy,
      sort: sortFrom(state.sorting, actionSortKeyOf) ?? { by: 'due', direction: 'asc' },
      filter: {
        status: chosenOrNull(state.filters.status),
        ownerName: chosenOrNull(state.filters.ownerName),
        ownerAgencyId: chosenOrNull(state.filters.ownerAgencyName),
        ...quick,
      },
    }),
    [groupBy, quick],
  )
  const groupLabel = useCallback((group: ActionGroupCount) => `${groupBy === 'owner' ? 'Owner' : 'Agency'}: ${group.label}`, [groupBy])
  const [anyActions, setAnyActions] = useState<boolean | null>(null)
  const onRowsLoaded = useCallback((rows: readonly ActionView[]) => setAnyActions((known) => known || rows.length > 0), [])
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
        column.accessor('caseDisplayName', {
          header: 'Case',
          cell: (info) => (
            <>
              <Link to={`/cases/${info.row.original.caseId}`} tabIndex={-1}>
                {info.getValue()}
              </Link>{' '}
              <ConsentBadge status={info.row.original.subjectConsent} />
            </>
          ),
          sortFn: 'text',
        }),
        column.accessor('ownerName', { header: 'Owner', sortFn: 'text' }),
        column.accessor('ownerAgencyName', { header: 'Agency', sortFn: 'text' }),
        column.accessor('dueDate', { header: 'Due', cell: (info) => formatDate(info.getValue()), sortFn: 'basic' }),
        column.accessor('status', { header: 'Status', cell: (info) => dueText(info.row.original, today), enableSorting: false }),
        column.accessor((row) => (row.escalated ? 'Escalated' : ''), {
          id: 'escalated',
          header: 'Escalated',
          cell: (info) => info.getValue() || '—',
          enableSorting: false,
        }),
        column.accessor('raisedOn', {
          header: 'Raised',
          cell: (info) =>
            info.row.original.raisedAtMeetingId ? (
              <Link to={`/meetings/${info.row.original.raisedAtMeetingId}`} tabIndex={-1}>
                {info.getValue() ? formatDate(info.getValue() ?? '') : 'meeting'}
              </Link>
            ) : (
              '—'
            ),
          sortFn: 'basic',
        }),
      ]),
    [selected, today, canEdit],
  )
  const filters: TableFilter[] = useMemo(
    () => [
      { columnId: 'ownerName', label: 'Owner', options: (options.data?.actionOwners ?? []).map((value) => ({ value, label: value })) },
      {
        columnId: 'ownerAgencyName',
        label: 'Agency',
        options: (options.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
      },
      { columnId: 'status', label: 'Status', options: actionStatuses.map((value) => ({ value, label: actionStatusLabels[value] })) },
    ],
    [options.data],
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
            <input
              id="bulk-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={noteError ? 'bulk-note-hint bulk-note-error' : 'bulk-note-hint'}
            />
            <span id="bulk-note-hint" className="hint">
              Required to drop: say why
            </span>
            {noteError && (
              <span id="bulk-note-error" className="error-message" role="alert">
                {noteError}
              </span>
            )}
          </span>
          <button type="button" className="primary" disabled={selected.size === 0 || bulk.isPending} onClick={() => void apply('done')}>
            Mark selected done
          </button>
          <button type="button" disabled={selected.size === 0 || bulk.isPending} onClick={() => void apply('dropped')}>
            Drop selected
          </button>
          {error && (
            <p className="error-message" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <PagedTable
        tableId={`actions-${groupBy}`}
        caption="Actions"
        channel="actions:page"
        toInput={toInput}
        columns={columns}
        getRowId={getRowId}
        filters={filters}
        groupLabel={groupBy === 'none' ? undefined : groupLabel}
        onRowsLoaded={onRowsLoaded}
        emptyMessage={
          anyActions || Object.values(quick).some(Boolean)
            ? 'No actions match these filters.'
            : 'No actions yet: actions are raised in case meetings.'
        }
        actions={
          <>
            <button type="button" onClick={() => setExporting({ kind: 'actionTracker' })}>
              Export action tracker
            </button>
            <button type="button" onClick={() => setExporting({ kind: 'csv', table: 'actions' })}>
              Export CSV
            </button>
          </>
        }
      />
      <ExportDialog target={exporting} onClose={() => setExporting(null)} />
    </>
  )
}
