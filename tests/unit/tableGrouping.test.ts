import { describe, expect, it } from 'vitest'
import { groupedDisplay } from '../../renderer/src/components/tableGrouping'

interface Action {
  id: string
  agency: string
  overdue: boolean
}

const rows: Action[] = [
  { id: 'a', agency: 'Police', overdue: false },
  { id: 'b', agency: 'GP practice', overdue: false },
  { id: 'c', agency: 'Police', overdue: true },
  { id: 'd', agency: 'GP practice', overdue: false },
]

describe('table grouping', () => {
  it('puts a heading before each group, overdue first within it, and keeps the column sort otherwise', () => {
    const display = groupedDisplay(rows, { groupOf: (row) => row.agency, compareWithin: (x, y) => Number(y.overdue) - Number(x.overdue) })
    expect(display.items.map((item) => (item.kind === 'group' ? `# ${item.key} (${item.rows.length})` : item.row.id))).toEqual([
      '# GP practice (2)',
      'b',
      'd',
      '# Police (2)',
      'c',
      'a',
    ])
    expect(display.rows.map((row) => row.id)).toEqual(['b', 'd', 'c', 'a'])
    // Keyboard row n lives at this position among the drawn items (headings included).
    expect(display.itemIndexOfRow).toEqual([1, 2, 4, 5])
  })

  it('without grouping shows the rows as sorted, with no headings', () => {
    const display = groupedDisplay(rows)
    expect(display.items.every((item) => item.kind === 'row')).toBe(true)
    expect(display.rows.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd'])
  })
})
