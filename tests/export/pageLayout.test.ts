/**
 * The page-count estimator's rules on hand-worked cases (pageLayout.ts); its
 * agreement with a real layout is in pageCount.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  breakLines,
  estimatePageCount,
  lineHeight,
  textWidth,
  type ParagraphLayout,
  type TableLayout,
} from '../../electron/main/export/pageLayout'

const para = (text: string, options: Partial<ParagraphLayout> = {}): ParagraphLayout => ({
  kind: 'paragraph',
  runs: [{ text, size: 22 }],
  markSize: 22,
  before: 0,
  after: 0,
  line: 240,
  indent: 0,
  keepNext: false,
  keepLines: false,
  borderTop: 0,
  borderBottom: 0,
  ...options,
})

describe('page-count estimator', () => {
  it('measures Arial: "Hello" at 11 pt is 2.278 em = 501.16 twips', () => {
    // H 722 + e 556 + l 222 + l 222 + o 556 = 2278 thousandths; 11 pt = 220 twips an em.
    expect(textWidth('Hello', 22)).toBeCloseTo(501.16, 2)
    expect(textWidth('Hello', 22, true)).toBeGreaterThan(textWidth('Hello', 22))
  })

  it('breaks lines at spaces, hanging the space past the margin, and after hyphens', () => {
    const both = textWidth('Hello Hello', 22)
    expect(breakLines([{ text: 'Hello Hello', size: 22 }], both)).toHaveLength(1)
    expect(breakLines([{ text: 'Hello Hello', size: 22 }], both - 1)).toHaveLength(2)
    // The space at the end of a line does not need room.
    expect(breakLines([{ text: 'Hello Hello', size: 22 }], textWidth('Hello', 22))).toHaveLength(2)
    // 'out-of-hours' can break after 'out-'.
    expect(breakLines([{ text: 'out-of-hours', size: 22 }], textWidth('out-of-', 22))).toHaveLength(2)
    // A word longer than the line is cut where the line ends.
    expect(breakLines([{ text: 'x'.repeat(30), size: 22 }], textWidth('x'.repeat(10), 22))).toHaveLength(3)
  })

  it('starts a new page when the next line does not fit, and moves a heading with what follows it', () => {
    const line = lineHeight(22, 240)
    const area = { height: line * 10, width: 5000 }
    const ten = Array.from({ length: 10 }, () => para('line'))
    expect(estimatePageCount(ten, area)).toBe(1)
    expect(estimatePageCount([...ten, para('one more')], area)).toBe(2)
    // Nine lines, then a heading kept with the next line: both go to page 2.
    const pages: number[] = []
    estimatePageCount([...ten.slice(0, 9), para('Heading', { keepNext: true }), para('text')], area, (_block, page) => pages.push(page))
    expect(pages.slice(-2)).toEqual([2, 2])
  })

  it('keeps the larger of space after and space before, and none at the top of a page', () => {
    const line = lineHeight(22, 240)
    const area = { height: line * 3 + 200, width: 5000 }
    // 3 lines + max(200, 100) fits exactly; the sum (300) would not.
    expect(estimatePageCount([para('a', { after: 200 }), para('b', { before: 100 }), para('c')], area)).toBe(1)
    expect(estimatePageCount([para('a', { after: 201 }), para('b', { before: 100 }), para('c')], area)).toBe(2)
  })

  it('repeats a table header row on each page it continues on and never splits a row', () => {
    const row = (text: string) => ({ cells: [{ lines: [text], bold: false }], minHeight: 1000 })
    const table: TableLayout = {
      kind: 'table',
      columnWidths: [5000],
      rows: [row('Header'), row('1'), row('2'), row('3'), row('4')],
      size: 19,
      line: 240,
      marginTop: 40,
      marginBottom: 40,
      marginSide: 80,
      border: 10,
    }
    // Rows are 1010 twips: a 3100-twip page holds the header and two rows; the second page repeats the header.
    expect(estimatePageCount([table], { height: 3100, width: 5000 })).toBe(2)
    expect(estimatePageCount([table], { height: 3000, width: 5000 })).toBe(4)
  })
})
