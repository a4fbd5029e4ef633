import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useQueries, useQuery, keepPreviousData } from '@tanstack/react-query'
import { useTable, type ColumnDef, type ColumnVisibilityState, type Row, type RowData, type SortingState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ActionGroupCount } from '../../../shared/domain/tablePages'
import type { InputOf, OutputOf } from '../../../shared/ipc'
import { callOrThrow, type ApiError } from '../api/client'
import { SortableHeader } from './SortableHeader'
import { appTableFeatures, type AppTableFeatures } from './tableFeatures'
import type { TableFilter } from './DataTable'

export type PageChannel = 'cases:page' | 'triage:page' | 'actions:page' | 'meetings:page'

/** What the table's controls say now; the screen turns it into its channel's input. */
export interface PagedState {
  sorting: SortingState
  /** Filter bar choices by column id ('' or absent: all). */
  filters: Readonly<Record<string, string>>
  search: string
}

type WindowedInput<K extends PageChannel> = Omit<InputOf<K>, 'offset' | 'limit'>
/** What every page channel returns (OutputOf each is this, with its own row). */
interface WindowResult<T> {
  rows: T[]
  total: number
  groups?: ActionGroupCount[]
}

interface PagedTableProps<K extends PageChannel, T extends RowData> {
  /** Stable id: the user's column choice is saved under it. */
  tableId: string
  defaultHidden?: readonly string[]
  caption: string
  channel: K
  /** The channel's input for the table's state (sort, filters, search), without the window. */
  toInput: (state: PagedState) => WindowedInput<K>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column; TanStack's own ColumnDef arrays are typed this way
  columns: ColumnDef<AppTableFeatures, T, any>[]
  getRowId: (row: T) => string
  onOpenRow?: (row: T) => void
  /** Other keys on a focused row (e.g. "r" re-triages): return true when the key was used. */
  onRowKey?: (key: string, row: T) => boolean
  filters?: TableFilter[]
  initialSorting?: SortingState
  /** Filter bar choices to start from (e.g. a Dashboard link's filter), by column id. */
  initialFilters?: Readonly<Record<string, string>>
  /** The search box's placeholder. */
  searchHint?: string
  emptyMessage: ReactNode
  actions?: ReactNode
  /** Headings per group, when the channel returns groups (Actions by owner or agency). */
  groupLabel?: (group: ActionGroupCount) => string
  /** Told the rows loaded now (e.g. for "select all shown"). */
  onRowsLoaded?: (rows: readonly T[]) => void
}

const ROW_HEIGHT = 40
/** Rows per request: a window of the table, fetched as it scrolls into view. */
export const PAGE_ROWS = 100
const SEARCH_SETTLE_MS = 250

function loadColumnChoice(tableId: string, defaultHidden: readonly string[]): ColumnVisibilityState {
  const defaults = Object.fromEntries(defaultHidden.map((id) => [id, false]))
  try {
    const saved = localStorage.getItem(`roundtable.columns.${tableId}`)
    return saved ? (JSON.parse(saved) as ColumnVisibilityState) : defaults
  } catch {
    return defaults
  }
}

/** The last value, once it has stopped changing for a moment (typing in Search). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** Where each item of the body sits: group headings before their rows, from the groups' counts. */
function layout(total: number, groups: readonly ActionGroupCount[]) {
  if (groups.length === 0)
    return { items: total, itemOf: (row: number) => row, at: (item: number) => ({ kind: 'row' as const, row: item }) }
  const rowsBefore: number[] = []
  let sum = 0
  for (const group of groups) {
    rowsBefore.push(sum)
    sum += group.count
  }
  const groupOfRow = (row: number) => {
    let lo = 0
    let hi = groups.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((rowsBefore[mid] ?? 0) <= row) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return {
    items: sum + groups.length,
    itemOf: (row: number) => row + groupOfRow(row) + 1,
    at: (item: number): { kind: 'group'; group: ActionGroupCount } | { kind: 'row'; row: number } => {
      // The group whose heading is at or before this item: heading g sits at rowsBefore[g] + g.
      let lo = 0
      let hi = groups.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((rowsBefore[mid] ?? 0) + mid <= item) lo = mid
        else hi = mid - 1
      }
      const heading = (rowsBefore[lo] ?? 0) + lo
      const group = groups[lo]
      if (item === heading && group) return { kind: 'group', group }
      return { kind: 'row', row: (rowsBefore[lo] ?? 0) + (item - heading - 1) }
    },
  }
}

/**
 * A table answered by the database a window at a time: the row count is
 * known up front (End reaches the last row), the rows in view are fetched
 * as the user scrolls (TanStack Query, 100 at a time), sorting and filters
 * are the channel's input (TanStack Table in manual mode), and only the
 * rows on screen are drawn (TanStack Virtual). Keyboard: ↑/↓, PageUp/Down,
 * Home/End and Enter, as in DataTable.
 */
export function PagedTable<K extends PageChannel, T extends RowData>(props: PagedTableProps<K, T>) {
  const {
    tableId,
    defaultHidden = [],
    caption,
    channel,
    toInput,
    columns,
    getRowId,
    onOpenRow,
    onRowKey,
    filters = [],
    initialSorting = [],
    initialFilters = {},
    searchHint = 'Name, reference, keyworker…',
    emptyMessage,
    actions,
    groupLabel,
    onRowsLoaded,
  } = props
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [filterValues, setFilterValues] = useState<Record<string, string>>(() => ({ ...initialFilters }))
  const [searchText, setSearchText] = useState('')
  const search = useSettled(searchText.trim(), SEARCH_SETTLE_MS)
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => loadColumnChoice(tableId, defaultHidden))
  useEffect(() => {
    localStorage.setItem(`roundtable.columns.${tableId}`, JSON.stringify(columnVisibility))
  }, [tableId, columnVisibility])

  const input = useMemo(() => toInput({ sorting, filters: filterValues, search }), [toInput, sorting, filterValues, search])
  const filtered = search !== '' || Object.values(filterValues).some(Boolean)
  const fetchWindow = (offset: number, limit: number, asked: WindowedInput<K> = input) =>
    callOrThrow(channel, { ...asked, offset, limit } as InputOf<K>) as Promise<OutputOf<K>> as unknown as Promise<WindowResult<T>>

  // The first window always: it carries the total (and the groups).
  const first = useQuery<WindowResult<T>, ApiError>({
    queryKey: [channel, input, 0],
    queryFn: () => fetchWindow(0, PAGE_ROWS),
    placeholderData: keepPreviousData,
  })
  // Without filters or search, for "n of m rows".
  const unfiltered = useMemo(() => toInput({ sorting: [], filters: {}, search: '' }), [toInput])
  const everything = useQuery<WindowResult<T>, ApiError>({
    queryKey: [channel, unfiltered, 'total'],
    queryFn: () => fetchWindow(0, 1, unfiltered),
    enabled: filtered,
  })
  const total = first.data?.total ?? 0
  const groups = useMemo(() => first.data?.groups ?? [], [first.data])
  const shape = useMemo(() => layout(total, groupLabel ? groups : []), [total, groups, groupLabel])

  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const virtualizer = useVirtualizer({
    count: shape.items,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const virtualItems = virtualizer.getVirtualItems()

  // Back to the top when the question changes.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
    setActiveIndex(0)
  }, [input])

  // The windows the rows in view fall in.
  const wanted = useMemo(() => {
    const pages = new Set<number>()
    for (const item of virtualItems) {
      const at = shape.at(item.index)
      if (at.kind === 'row') pages.add(Math.floor(at.row / PAGE_ROWS))
    }
    pages.delete(0)
    return [...pages].sort((a, b) => a - b)
  }, [virtualItems, shape])
  const windows = useQueries({
    queries: wanted.map((page) => ({
      queryKey: [channel, input, page],
      queryFn: () => fetchWindow(page * PAGE_ROWS, PAGE_ROWS),
      staleTime: 30_000,
    })),
  })

  // Loaded rows by their position in the whole table.
  const { data, positions } = useMemo(() => {
    const rows: T[] = []
    const at: number[] = []
    const add = (page: number, result: WindowResult<T> | undefined) => {
      if (!result) return
      result.rows.forEach((row, index) => {
        rows.push(row)
        at.push(page * PAGE_ROWS + index)
      })
    }
    add(0, first.isPlaceholderData ? undefined : first.data)
    wanted.forEach((page, index) => add(page, windows[index]?.data))
    return { data: rows, positions: at }
    // windows is a new array each render; its data are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first.data, first.isPlaceholderData, wanted, ...windows.map((w) => w.data)])

  useEffect(() => onRowsLoaded?.(data), [data, onRowsLoaded])

  const table = useTable({
    features: appTableFeatures,
    columns,
    data,
    getRowId: (row, index) => `${getRowId(row)}@${positions[index] ?? index}`,
    manualSorting: true,
    // A click on the sorted column turns it round; it never falls back to an order the header does not show.
    enableSortingRemoval: false,
    manualFiltering: true,
    state: { sorting, columnVisibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
  })
  const modelRows = table.getRowModel().rows
  const rowAt = useMemo(() => {
    const map = new Map<number, Row<AppTableFeatures, T>>()
    modelRows.forEach((row, index) => map.set(positions[index] ?? index, row))
    return map
  }, [modelRows, positions])

  const clampedActive = Math.min(activeIndex, Math.max(total - 1, 0))

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(index, total - 1))
    setActiveIndex(next)
    virtualizer.scrollToIndex(shape.itemOf(next), { align: 'auto' })
    const rowElement = () => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)
    const drawn = rowElement()
    if (drawn) drawn.focus()
    else requestAnimationFrame(() => requestAnimationFrame(() => rowElement()?.focus()))
  }

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T | undefined) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      focusRow(target)
    } else if (event.key === 'Enter' && onOpenRow && row) {
      event.preventDefault()
      onOpenRow(row)
    } else if (
      row &&
      onRowKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      event.target === event.currentTarget &&
      onRowKey(event.key, row)
    ) {
      event.preventDefault()
    }
  }

  const paddingTop = virtualItems[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0)
  const visibleColumns = table.getVisibleLeafColumns()
  const hideableColumns = useMemo(() => table.getAllLeafColumns().filter((column) => column.getCanHide()), [table])
  const unfilteredTotal = everything.data?.total
  const count =
    filtered && unfilteredTotal !== undefined ? `${total} of ${unfilteredTotal} rows` : `${total} ${total === 1 ? 'row' : 'rows'}`
  const loadingFirst = first.isPending

  return (
    <div className="data-table">
      <div className="filter-bar" role="search" aria-label={`Filter ${caption.toLowerCase()}`}>
        <label className="filter">
          <span>Search</span>
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} placeholder={searchHint} />
        </label>
        {filters.map((filter) => (
          <label className="filter" key={filter.columnId}>
            <span>{filter.label}</span>
            <select
              value={filterValues[filter.columnId] ?? ''}
              onChange={(event) => setFilterValues((current) => ({ ...current, [filter.columnId]: event.target.value }))}
            >
              <option value="">All</option>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <details className="column-chooser">
          <summary>Columns</summary>
          <fieldset>
            <legend className="visually-hidden">Columns to show</legend>
            {hideableColumns.map((column) => (
              <label key={column.id} className="choice">
                <input type="checkbox" checked={column.getIsVisible()} onChange={() => column.toggleVisibility()} />
                {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
              </label>
            ))}
          </fieldset>
        </details>
        <span className="row-count" aria-live="polite">
          {loadingFirst ? 'Loading…' : count}
        </span>
        {actions}
      </div>
      {first.isError && (
        <p className="error-message" role="alert">
          {first.error.message}
        </p>
      )}
      <div className="table-scroll" ref={scrollRef}>
        <table aria-rowcount={shape.items + 1} aria-busy={first.isFetching || windows.some((w) => w.isFetching) ? true : undefined}>
          <caption className="visually-hidden">{caption}</caption>
          <SortableHeader table={table} />
          <tbody>
            {total === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="empty">
                  {loadingFirst ? 'Loading…' : filtered ? 'No rows match these filters.' : emptyMessage}
                </td>
              </tr>
            ) : (
              <>
                {paddingTop > 0 && (
                  <tr aria-hidden="true" className="spacer">
                    <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
                  </tr>
                )}
                {virtualItems.map((virtual) => {
                  const at = shape.at(virtual.index)
                  if (at.kind === 'group') {
                    return (
                      <tr key={`group:${at.group.key}`} aria-rowindex={virtual.index + 2} className="group-row">
                        <th colSpan={visibleColumns.length} scope="colgroup">
                          {groupLabel?.(at.group)} ({at.group.count})
                        </th>
                      </tr>
                    )
                  }
                  const rowIndex = at.row
                  const row = rowAt.get(rowIndex)
                  // Keyed by position: a row that arrives replaces its placeholder in the same element, so focus stays.
                  return (
                    <tr
                      key={`row:${rowIndex}`}
                      data-index={rowIndex}
                      aria-rowindex={virtual.index + 2}
                      tabIndex={rowIndex === clampedActive ? 0 : -1}
                      className={onOpenRow && row ? 'row-openable' : undefined}
                      aria-busy={row ? undefined : true}
                      onFocus={() => setActiveIndex(rowIndex)}
                      onKeyDown={(event) => onRowKeyDown(event, rowIndex, row?.original)}
                      onDoubleClick={onOpenRow && row ? () => onOpenRow(row.original) : undefined}
                    >
                      {row ? (
                        row.getVisibleCells().map((cell) => (
                          <td key={cell.id}>
                            <table.FlexRender cell={cell} />
                          </td>
                        ))
                      ) : (
                        <td colSpan={visibleColumns.length} className="loading-row">
                          Loading row {rowIndex + 1}…
                        </td>
                      )}
                    </tr>
                  )
                })}
                {paddingBottom > 0 && (
                  <tr aria-hidden="true" className="spacer">
                    <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
                  </tr>
                )}
              </>
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** The sort a table's state asks for, as a channel's sort: the first column sorted, mapped to the channel's key. */
export function sortFrom<S extends string>(
  sorting: SortingState,
  keyOf: Readonly<Record<string, S>>,
): { by: S; direction: 'asc' | 'desc' } | undefined {
  const first = sorting[0]
  const by = first ? keyOf[first.id] : undefined
  return first && by ? { by, direction: first.desc ? 'desc' : 'asc' } : undefined
}
