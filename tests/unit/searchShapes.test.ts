import { describe, expect, it } from 'vitest'
import { formatCaseReference, isCaseReferenceQuery } from '../../shared/domain/cases'
import { isNameShaped } from '../../shared/domain/record/matching'

describe('a search text shaped like a case reference', () => {
  it('is a whole reference or its start, in any case', () => {
    for (const text of [
      formatCaseReference(2026, 42),
      'rt-2026-0042',
      ' RT-2026-00 ',
      'RT-2026-',
      'RT-2026',
      'rt-20',
      formatCaseReference(2026, 12345),
    ]) {
      expect(isCaseReferenceQuery(text), text).toBe(true)
    }
  })

  it('is not a name, a bare number or another agency reference', () => {
    for (const text of ['Rt', 'RT', 'RT-', 'Rita', '2026-0042', 'GMP-2026-0042', 'RT-2026-0042 Okafor', 'RT-20261-1']) {
      expect(isCaseReferenceQuery(text), text).toBe(false)
    }
  })
})

describe('a search text that can only be a name', () => {
  it('is letters, spaces, apostrophes and full stops', () => {
    expect(['Grace Okafor', "Siobhán O'Brien", 'J. Smith', 'Zoë', 'O’Neill'].filter(isNameShaped)).toHaveLength(5)
    expect(['GMP-0417', 'RT-2026-0042', 'Smith-Jones', '0417', 'MASH/ABC'].filter(isNameShaped)).toEqual([])
  })
})
