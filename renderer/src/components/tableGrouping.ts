/**
 * Row grouping for the DataTable, kept pure so it can be tested without a
 * browser. The table's own sort still decides the order inside a group
 * (the sort below is stable), unless `compareWithin` says otherwise first,
 * e.g. "overdue first" on the Actions screen.
 */
export interface GroupOrder<R> {
  groupOf: (row: R) => string
  /** Applied before the table's column sort, inside each group. */
  compareWithin?: (a: R, b: R) => number
}

/** What the table body shows, in order: a heading row per group, then that group's rows. */
export type DisplayItem<R> = { kind: 'group'; key: string; rows: R[] } | { kind: 'row'; row: R; rowIndex: number }

export interface GroupedDisplay<R> {
  /** The rows in display order: keyboard navigation moves through these. */
  rows: R[]
  items: DisplayItem<R>[]
  /** For each entry of `rows`, its position in `items` (for scrolling to it). */
  itemIndexOfRow: number[]
}

export function groupedDisplay<R>(sortedRows: readonly R[], order?: GroupOrder<R>): GroupedDisplay<R> {
  if (!order) {
    return {
      rows: [...sortedRows],
      items: sortedRows.map((row, rowIndex) => ({ kind: 'row', row, rowIndex })),
      itemIndexOfRow: sortedRows.map((_, index) => index),
    }
  }
  const { groupOf, compareWithin } = order
  // Array.prototype.sort is stable: rows that tie keep the column sort's order.
  const rows = [...sortedRows].sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || (compareWithin ? compareWithin(a, b) : 0))
  const items: DisplayItem<R>[] = []
  const itemIndexOfRow: number[] = []
  let current: { kind: 'group'; key: string; rows: R[] } | null = null
  rows.forEach((row, rowIndex) => {
    const key = groupOf(row)
    if (!current || current.key !== key) {
      current = { kind: 'group', key, rows: [] }
      items.push(current)
    }
    current.rows.push(row)
    itemIndexOfRow.push(items.length)
    items.push({ kind: 'row', row, rowIndex })
  })
  return { rows, items, itemIndexOfRow }
}
