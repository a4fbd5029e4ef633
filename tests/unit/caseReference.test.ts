import { describe, expect, it } from 'vitest'
import { formatCaseReference, isCaseReference, isCaseReferenceQuery } from '../../shared/domain/cases'

describe('the case reference shape has one home', () => {
  it('recognises what formatCaseReference writes, and nothing else', () => {
    expect(isCaseReference(formatCaseReference(2026, 42))).toBe(true)
    expect(isCaseReference(formatCaseReference(2026, 12345))).toBe(true)
    expect(isCaseReference('rt-2026-0042')).toBe(true)
    expect(isCaseReference('RT-2026-42')).toBe(false)
    expect(isCaseReference('RT-2026')).toBe(false)
    expect(isCaseReference('See RT-2026-0042')).toBe(false)
  })

  it('a start of a reference is a query but not a reference', () => {
    expect(isCaseReferenceQuery('RT-2026-00')).toBe(true)
    expect(isCaseReference('RT-2026-00')).toBe(false)
  })
})
