import type { ReactTable, RowData } from '@tanstack/react-table'
import type { AppTableFeatures } from './tableFeatures'

/**
 * The header row of every Roundtable data table (DataTable in memory,
 * PagedTable from the database): each sortable column is a button that says
 * its order to screen readers through aria-sort, and shows it with an arrow.
 */
export function SortableHeader<T extends RowData>({ table }: { table: ReactTable<AppTableFeatures, T> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted()
            return (
              <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {header.isPlaceholder ? null : header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className="sort-indicator">
                      {sorted === 'asc' ? ' ↑' : sorted === 'desc' ? ' ↓' : ' ↕'}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}
