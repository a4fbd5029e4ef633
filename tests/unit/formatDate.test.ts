import { describe, expect, it } from 'vitest'
import { formatDate as formatExportDate } from '../../electron/main/export/format'
import { formatDate as formatScreenDate } from '../../renderer/src/format'

// A timestamp stored in UTC is shown on the UK day it fell on: 23:30 UTC on
// 30 June is 00:30 BST on 1 July, and a screen or a document that cut the
// string would date an overnight contact a day early.
describe('formatDate on the screen and in documents', () => {
  it('shows a summer timestamp just after midnight on the UK day', () => {
    expect(formatScreenDate('2026-06-30T23:30:00.000Z')).toBe('1 Jul 2026')
    expect(formatExportDate('2026-06-30T23:30:00.000Z')).toBe('1 July 2026')
  })

  it('keeps the UTC day in winter, when London is on GMT', () => {
    expect(formatScreenDate('2026-12-02T23:30:00.000Z')).toBe('2 Dec 2026')
    expect(formatExportDate('2026-12-02T23:30:00.000Z')).toBe('2 December 2026')
  })

  it('reads a plain date as written, with no shift', () => {
    expect(formatScreenDate('2026-07-01')).toBe('1 Jul 2026')
    expect(formatExportDate('2026-03-29')).toBe('29 March 2026')
  })

  it('gives back what it cannot read', () => {
    expect(formatScreenDate('not a date')).toBe('not a date')
    expect(formatExportDate('')).toBe('')
  })
})
