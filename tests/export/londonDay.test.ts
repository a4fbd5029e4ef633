import { describe, expect, it } from 'vitest'
import { londonDay } from '../../shared/domain/londonTime'

describe('londonDay', () => {
  it('gives the UK day of a UTC timestamp, in summer time and in winter', () => {
    expect(londonDay('2026-06-10T23:30:00.000Z')).toBe('2026-06-11')
    expect(londonDay('2026-06-10T22:59:59.000Z')).toBe('2026-06-10')
    expect(londonDay('2026-12-10T23:30:00.000Z')).toBe('2026-12-10')
    expect(londonDay('2026-03-29T00:30:00.000Z')).toBe('2026-03-29')
  })
})
