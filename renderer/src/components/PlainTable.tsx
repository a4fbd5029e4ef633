import type { ReactNode } from 'react'

export interface PlainColumn<T> {
  header: string
  cell: (row: T) => ReactNode
}

interface PlainTableProps<T> {
  caption: string
  /** For screen readers only, where a heading above already names the table. */
  hiddenCaption?: boolean
  columns: readonly PlainColumn<T>[]
  /** Undefined while loading: the table shows its header and no rows. */
  rows: readonly T[] | undefined
  rowKey: (row: T, index: number) => string
  /** The first column names the row (a report's category, a record's date): a row header for screen readers. */
  rowHeaders?: boolean
  /** Said in one row when there are no rows. */
  empty?: string
}

/**
 * The one small table: a few dozen rows read in full, no sorting or
 * filtering (DataTable and PagedTable do that). Columns have scoped headers,
 * and an empty table says so in words rather than showing nothing.
 */
export function PlainTable<T>({ caption, hiddenCaption = false, columns, rows, rowKey, rowHeaders = false, empty }: PlainTableProps<T>) {
  return (
    <table className="plain-table">
      <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows?.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {rows?.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, columnIndex) =>
              rowHeaders && columnIndex === 0 ? (
                <th key={column.header} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
