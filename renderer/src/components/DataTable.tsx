import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import {
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type Row,
  type RowData,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { SortableHeader } from './SortableHeader'
import { appTableFeatures, type AppTableFeatures } from './tableFeatures'
import { groupedDisplay, type GroupOrder } from './tableGrouping'

/** Rows shown under a heading per group (e.g. per agency). Keep the object stable (useMemo): it is a dependency. */
export interface TableGrouping<T> extends GroupOrder<T> {
  /** The heading's text for a group, e.g. "Agency: Housing trust". */
  label: (key: string) => string
}

export interface TableFilter {
  columnId: string
  label: string
  options: ReadonlyArray<{ value: string; label: string }>
}

/** A filter's options from the values in use (people, agencies, places): each once, sorted, blanks left out. */
export const optionsInUse = (values: ReadonlyArray<string | null>): TableFilter['options'] =>
  [...new Set(values.filter((value): value is string => Boolean(value)))]
    .sort((a, b) => a.localeCompare(b))
    .map((value) => ({ value, label: value }))

interface DataTableProps<T extends RowData> {
  /** Stable id: the user's column choice is saved under it. */
  tableId: string
  /**
   * Columns hidden until the user chooses otherwise (Columns), so the table
   * fits a 1366-pixel laptop screen without cutting columns off.
   */
  defaultHidden?: readonly string[]
  caption: string
  data: T[]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column; TanStack's own ColumnDef arrays are typed this way
  columns: ColumnDef<AppTableFeatures, T, any>[]
  getRowId: (row: T) => string
  onOpenRow?: (row: T) => void
  /**
   * Other keys on a focused row (e.g. "r" re-triages): return true when the
   * key was used. Modifier keys are left to the shell.
   */
  onRowKey?: (key: string, row: T) => boolean
  /**
   * What the Search box looks through for a row, when it is more than the
   * columns show (people's names, identifiers). Without it, the search looks
   * through the columns' values.
   */
  getSearchText?: (row: T) => string
  filters?: TableFilter[]
  initialSorting?: SortingState
  emptyMessage: ReactNode
  /** Extra controls at the right of the filter bar (e.g. "New case"). */
  actions?: ReactNode
  grouping?: TableGrouping<T>
}

const ROW_HEIGHT = 40

function loadColumnChoice(tableId: string, defaultHidden: readonly string[]): ColumnVisibilityState {
  const defaults = Object.fromEntries(defaultHidden.map((id) => [id, false]))
  try {
    const saved = localStorage.getItem(`roundtable.columns.${tableId}`)
    return saved ? (JSON.parse(saved) as ColumnVisibilityState) : defaults
  } catch {
    return defaults
  }
}

/**
 * The one table: sticky header, sort by click or Enter on a header, a filter
 * bar (not hidden in menus), text search, saved column choice, virtual rows
 * (smooth at 50,000), and keyboard row navigation (↑/↓, Home/End, Enter opens).
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const {
    tableId,
    defaultHidden = [],
    caption,
    data,
    columns,
    getRowId,
    onOpenRow,
    onRowKey,
    getSearchText,
    filters = [],
    initialSorting = [],
    emptyMessage,
    actions,
    grouping,
  } = props
  const [sorting, setSorting] = useState<SortingState>(initialSorting)
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([])
  const [globalFilter, setGlobalFilter] = useState('')
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => loadColumnChoice(tableId, defaultHidden))

  useEffect(() => {
    localStorage.setItem(`roundtable.columns.${tableId}`, JSON.stringify(columnVisibility))
  }, [tableId, columnVisibility])

  // With a search text per row, searching is one pass over the rows, before the column filters.
  const searched = useMemo(() => {
    const needle = globalFilter.trim().toLowerCase()
    if (!getSearchText || needle === '') return data
    return data.filter((row) => getSearchText(row).toLowerCase().includes(needle))
  }, [data, getSearchText, globalFilter])

  const table = useTable({
    features: appTableFeatures,
    columns,
    data: searched,
    getRowId,
    state: { sorting, columnFilters, globalFilter: getSearchText ? '' : globalFilter, columnVisibility },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: 'includesString',
  })

  const sortedRows = table.getRowModel().rows
  // Grouped: a heading row per group, then its rows; the keyboard moves through the rows only.
  const display = useMemo(
    () =>
      groupedDisplay<Row<AppTableFeatures, T>>(
        sortedRows,
        grouping && {
          groupOf: (row) => grouping.groupOf(row.original),
          compareWithin: grouping.compareWithin && ((a, b) => grouping.compareWithin?.(a.original, b.original) ?? 0),
        },
      ),
    [sortedRows, grouping],
  )
  const rows = display.rows
  const items = display.items
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => {
      const item = items[index]
      return item === undefined ? index : item.kind === 'group' ? `group:${item.key}` : item.row.id
    },
  })
  const [activeIndex, setActiveIndex] = useState(0)
  const clampedActive = Math.min(activeIndex, Math.max(rows.length - 1, 0))

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(index, rows.length - 1))
    setActiveIndex(next)
    virtualizer.scrollToIndex(display.itemIndexOfRow[next] ?? next, { align: 'auto' })
    const rowElement = () => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)
    // A row already drawn takes focus at once, so the next key (↓ ↓ R typed
    // quickly) goes to it; one far away exists only after the virtualizer re-renders.
    const drawn = rowElement()
    if (drawn) drawn.focus()
    else requestAnimationFrame(() => rowElement()?.focus())
  }

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      focusRow(target)
    } else if (event.key === 'Enter' && onOpenRow) {
      event.preventDefault()
      onOpenRow(row)
    } else if (
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

  const virtualItems = virtualizer.getVirtualItems()
  const paddingTop = virtualItems[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0)
  const visibleColumnCount = table.getVisibleLeafColumns().length
  const filterValue = (columnId: string) => (columnFilters.find((f) => f.id === columnId)?.value as string | undefined) ?? ''
  const hideableColumns = useMemo(() => table.getAllLeafColumns().filter((column) => column.getCanHide()), [table])

  return (
    <div className="data-table">
      <div className="filter-bar" role="search" aria-label={`Filter ${caption.toLowerCase()}`}>
        <label className="filter">
          <span>Search</span>
          <input
            type="search"
            value={globalFilter}
            onChange={(event) => setGlobalFilter(event.target.value)}
            placeholder="Name, reference, keyworker…"
          />
        </label>
        {filters.map((filter) => (
          <label className="filter" key={filter.columnId}>
            <span>{filter.label}</span>
            <select
              value={filterValue(filter.columnId)}
              onChange={(event) => table.getColumn(filter.columnId)?.setFilterValue(event.target.value || undefined)}
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
          {rows.length === data.length ? `${data.length} ${data.length === 1 ? 'row' : 'rows'}` : `${rows.length} of ${data.length} rows`}
        </span>
        {actions}
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table aria-rowcount={items.length + 1}>
          <caption className="visually-hidden">{caption}</caption>
          <SortableHeader table={table} />
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumnCount} className="empty">
                  {data.length === 0 ? emptyMessage : 'No rows match these filters.'}
                </td>
              </tr>
            ) : (
              <>
                {paddingTop > 0 && (
                  <tr aria-hidden="true" className="spacer">
                    <td colSpan={visibleColumnCount} style={{ height: paddingTop }} />
                  </tr>
                )}
                {virtualItems.map((virtual) => {
                  const item = items[virtual.index]
                  if (!item) return null
                  if (item.kind === 'group') {
                    return (
                      <tr key={virtual.key} aria-rowindex={virtual.index + 2} className="group-row">
                        <th colSpan={visibleColumnCount} scope="colgroup">
                          {grouping?.label(item.key)} ({item.rows.length})
                        </th>
                      </tr>
                    )
                  }
                  const { row, rowIndex } = item
                  return (
                    <tr
                      key={row.id}
                      data-index={rowIndex}
                      aria-rowindex={virtual.index + 2}
                      tabIndex={rowIndex === clampedActive ? 0 : -1}
                      className={onOpenRow ? 'row-openable' : undefined}
                      onFocus={() => setActiveIndex(rowIndex)}
                      onKeyDown={(event) => onRowKeyDown(event, rowIndex, row.original)}
                      onDoubleClick={onOpenRow ? () => onOpenRow(row.original) : undefined}
                    >
                      {row.getVisibleCells().map((cell) => (
                        <td key={cell.id}>
                          <table.FlexRender cell={cell} />
                        </td>
                      ))}
                    </tr>
                  )
                })}
                {paddingBottom > 0 && (
                  <tr aria-hidden="true" className="spacer">
                    <td colSpan={visibleColumnCount} style={{ height: paddingBottom }} />
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
