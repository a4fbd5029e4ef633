import { describe, expect, it } from 'vitest'
import { cohortDirection, directionTrend, type DirectionRecord } from '../../shared/domain/outcomes/cohortDirection'
import { financialYearOf, isFinancialYear, upratingFactor } from '../../shared/domain/outcomes/deflators'
import { combineDemand, demandChange, formatCount, type DemandEvent } from '../../shared/domain/outcomes/demandChange'
import { fiscalBenefit, type UnitCost } from '../../shared/domain/outcomes/fiscalBenefit'
import { formatPence, roundPence } from '../../shared/domain/outcomes/money'
import { monthLabel, monthsFrom } from '../../shared/domain/outcomes/months'
import { shareInWindow } from '../../shared/domain/outcomes/prorata'
import { formatShare, triageByMonth } from '../../shared/domain/outcomes/triageMonths'
import { beforeAfterWindows, describeMonths, monthsIn } from '../../shared/domain/outcomes/windows'

describe('before/after windows', () => {
  it('a case opened 31 Jan: before runs from 31 Oct, since stops at 30 Apr (no 31 Apr), both exactly 3 months', () => {
    const windows = beforeAfterWindows('2024-01-31', '2024-06-15', 3)
    expect(windows.before).toEqual({ start: '2023-10-31', end: '2024-01-31' })
    expect(windows.after).toEqual({ start: '2024-01-31', end: '2024-04-30' })
    expect(windows.beforeMonths).toBe(3)
    expect(windows.afterMonths).toBe(3)
  })
  it('a partial period since is whole months plus the days of the next month: 31 Jan to 15 Mar 2024 is 1 + 16/31', () => {
    const windows = beforeAfterWindows('2024-01-31', '2024-03-15', 6)
    // 31 Jan → 29 Feb is one month; 29 Feb → 16 Mar (exclusive) is 16 of the 31 days to 31 Mar.
    expect(windows.after).toEqual({ start: '2024-01-31', end: '2024-03-16' })
    expect(windows.afterMonths).toBeCloseTo(1 + 16 / 31, 12)
    expect(describeMonths(windows.afterMonths, 'since')).toBe('1.5 months since')
    expect(windows.before).toEqual({ start: '2023-07-31', end: '2024-01-31' })
    expect(windows.beforeMonths).toBe(6)
  })
  it('a case opened 29 Feb 2024: the 12 months before start 28 Feb 2023 and count as exactly 12', () => {
    const windows = beforeAfterWindows('2024-02-29', '2025-03-10', 12)
    expect(windows.before).toEqual({ start: '2023-02-28', end: '2024-02-29' })
    expect(windows.beforeMonths).toBe(12)
    expect(windows.after).toEqual({ start: '2024-02-29', end: '2025-02-28' })
    expect(windows.afterMonths).toBe(12)
  })
  it('29 Feb to 14 Jul 2024 is 4 months and 16 of 30 days: "4.5 months since"', () => {
    const windows = beforeAfterWindows('2024-02-29', '2024-07-14', 12)
    expect(windows.afterMonths).toBeCloseTo(4 + 16 / 30, 12)
    expect(describeMonths(windows.afterMonths, 'since')).toBe('4.5 months since')
  })
  it('a report dated before the case opened has no time since, and the window must be whole months', () => {
    const windows = beforeAfterWindows('2024-05-01', '2024-04-01', 3)
    expect(windows.after).toEqual({ start: '2024-05-01', end: '2024-05-01' })
    expect(windows.afterMonths).toBe(0)
    expect(() => beforeAfterWindows('2024-05-01', '2024-06-01', 0)).toThrow('whole number of months')
    expect(() => beforeAfterWindows('2024-05-01', '2024-06-01', 1.5)).toThrow('whole number of months')
  })
  it('counts months from the anchor: backwards from 31 Mar, 29 Feb is one month', () => {
    expect(monthsIn({ start: '2024-02-29', end: '2024-03-31' }, 'end')).toBe(1)
    expect(monthsIn({ start: '2024-02-29', end: '2024-03-31' }, 'start')).toBeCloseTo(1 + 2 / 31, 12) // 29 Mar → 31 Mar is 2 of the 31 days to 29 Apr
  })
  it('says months plainly: singular, one decimal, no ".0"', () => {
    expect(describeMonths(1, 'since')).toBe('1 month since')
    expect(describeMonths(12, 'before')).toBe('12 months before')
    expect(describeMonths(0.98, 'since')).toBe('1 month since')
    expect(describeMonths(2.25, 'since')).toBe('2.3 months since')
  })
})

describe('a count over a period split across the window boundary', () => {
  const event = { periodStart: '2024-01-01', periodEnd: '2024-03-31', count: 6 }
  it('spreads the count evenly by day: 45 of the 91 days before 15 Feb 2024, 46 from it', () => {
    const before = shareInWindow(event, { start: '2023-11-15', end: '2024-02-15' })
    const after = shareInWindow(event, { start: '2024-02-15', end: '2024-05-15' })
    expect(before).toBeCloseTo((6 * 45) / 91, 12)
    expect(after).toBeCloseTo((6 * 46) / 91, 12)
    expect(before + after).toBeCloseTo(6, 12)
  })
  it('counts a single event wholly on its day, and not in a window that ends that day', () => {
    const single = { periodStart: '2024-01-31', periodEnd: null, count: 2 }
    expect(shareInWindow(single, { start: '2024-01-31', end: '2024-04-30' })).toBe(2)
    expect(shareInWindow(single, { start: '2023-10-31', end: '2024-01-31' })).toBe(0)
  })
})

// Opened 31 Jan 2024, 3 months before (exactly 3), report 15 Mar 2024: 47/31 months since.
const windows = beforeAfterWindows('2024-01-31', '2024-03-15', 3)
const events: DemandEvent[] = [
  { kind: 'police_incident', periodStart: '2023-11-01', periodEnd: '2023-12-31', count: 6 },
  { kind: 'police_incident', periodStart: '2024-02-10', periodEnd: null, count: 1 },
  { kind: 'ambulance', periodStart: '2023-11-05', periodEnd: null, count: 1 },
  { kind: 'ambulance', periodStart: '2023-12-05', periodEnd: null, count: 1 },
  { kind: 'ambulance', periodStart: '2024-01-30', periodEnd: null, count: 1 },
]

describe('demand before and after', () => {
  it('normalises per month and works out contacts avoided at the before rate', () => {
    const [police, ambulance, ...rest] = demandChange(events, windows)
    expect(rest).toEqual([])
    expect(police?.kind).toBe('police_incident')
    expect(police?.before).toBe(6)
    expect(police?.after).toBe(1)
    expect(police?.beforePerMonth).toBe(2)
    expect(police?.afterPerMonth).toBeCloseTo(31 / 47, 12)
    // 2 a month × 47/31 months − 1 = 63/31
    expect(police?.avoided).toBeCloseTo(63 / 31, 12)
    expect(ambulance?.kind).toBe('ambulance')
    expect(ambulance?.beforePerMonth).toBe(1)
    expect(ambulance?.afterPerMonth).toBe(0)
    expect(ambulance?.avoided).toBeCloseTo(47 / 31, 12)
    expect(formatCount(63 / 31)).toBe('2')
    expect(formatCount(47 / 31)).toBe('1.5')
  })
  it('sums a cohort case by case, each against its own opening date', () => {
    const other = demandChange(
      [{ kind: 'ambulance', periodStart: '2024-05-02', periodEnd: null, count: 1 }],
      beforeAfterWindows('2024-05-01', '2024-07-31', 3),
    )
    const cohort = combineDemand([demandChange(events, windows), other])
    const ambulance = cohort.find((change) => change.kind === 'ambulance')
    expect(ambulance?.before).toBe(3)
    expect(ambulance?.after).toBe(1)
    // 1 a month before (first case) + 0; since: 0 + 1 in 3 months
    expect(ambulance?.beforePerMonth).toBe(1)
    expect(ambulance?.afterPerMonth).toBeCloseTo(1 / 3, 12)
    expect(ambulance?.avoided).toBeCloseTo(47 / 31 - 1, 12)
  })
})

describe('uprating by the GDP deflator', () => {
  it('finds the financial year of a date: April to March', () => {
    expect(financialYearOf('2024-03-31')).toBe('2023-24')
    expect(financialYearOf('2024-04-01')).toBe('2024-25')
    expect(financialYearOf('2000-01-15')).toBe('1999-00')
    expect(isFinancialYear('2013-14')).toBe(true)
    expect(isFinancialYear('2013-15')).toBe(false)
    expect(isFinancialYear('1999-00')).toBe(true)
  })
  it('is the ratio of the two years’ indices, and names a missing year', () => {
    const uprating = upratingFactor('2013-14', '2023-24', { '2013-14': 80, '2023-24': 100 })
    expect(uprating).toEqual({ fromYear: '2013-14', toYear: '2023-24', fromIndex: 80, toIndex: 100, factor: 1.25 })
    expect(() => upratingFactor('1990-91', '2023-24')).toThrow('There is no GDP deflator for 1990-91')
    expect(upratingFactor('2013-14', '2013-14').factor).toBe(1)
  })
})

describe('fiscal benefit', () => {
  const costs: UnitCost[] = [
    { kind: 'ambulance', costPence: 21600, priceYear: '2013-14', bearer: 'nhs', source: 'test' },
    { kind: 'police_incident', costPence: 10000, priceYear: '2013-14', bearer: 'police', source: 'test' },
  ]
  const deflators = { '2013-14': 80, '2023-24': 100 }
  it('multiplies contacts avoided by the uprated cost, applies deadweight and optimism bias, and rounds once', () => {
    const benefit = fiscalBenefit(
      demandChange(events, windows),
      costs,
      '2023-24',
      { deadweightPercent: 20, optimismBiasPercent: 25 },
      deflators,
    )
    const [police, ambulance] = benefit.lines
    // police: 63/31 avoided × £125.00 = 787500/31 = 25403.23p; × 0.8 × 0.75 = 15241.94p
    expect(police?.upratedUnitCost).toBe(12500)
    expect(police?.grossPence).toBe(25403)
    expect(police?.netPence).toBe(15242)
    // ambulance: 47/31 avoided × £270.00 = 1269000/31 = 40935.48p; × 0.6 = 24561.29p
    expect(ambulance?.upratedUnitCost).toBe(27000)
    expect(ambulance?.grossPence).toBe(40935)
    expect(ambulance?.netPence).toBe(24561)
    // Rounded once from 2056500/31 = 66338.71p, not 25403 + 40935 = 66338.
    expect(benefit.totalGrossPence).toBe(66339)
    expect(benefit.totalNetPence).toBe(39803)
    expect(benefit.byBearerPence).toEqual({ police: 15242, nhs: 24561, local_authority: 0, fire: 0, other: 0 })
    expect(benefit.uncosted).toEqual([])
  })
  it('leaves a kind without a unit cost out of the money and says which', () => {
    const benefit = fiscalBenefit(
      demandChange(events, windows),
      costs.slice(0, 1),
      '2023-24',
      { deadweightPercent: 0, optimismBiasPercent: 0 },
      deflators,
    )
    expect(benefit.uncosted).toEqual(['police_incident'])
    expect(benefit.totalNetPence).toBe(40935)
  })
  it('shows a rise in demand as a negative benefit', () => {
    const rise = demandChange([{ kind: 'ambulance', periodStart: '2024-02-01', periodEnd: null, count: 2 }], windows)
    const benefit = fiscalBenefit(rise, costs, '2023-24', { deadweightPercent: 0, optimismBiasPercent: 0 }, deflators)
    expect(benefit.totalNetPence).toBe(-54000)
  })
  it('refuses an adjustment outside 0 to 100 per cent', () => {
    expect(() => fiscalBenefit([], costs, '2023-24', { deadweightPercent: 120, optimismBiasPercent: 0 }, deflators)).toThrow(
      'Enter 0 to 100',
    )
  })
})

describe('pence rounding', () => {
  it('rounds half away from zero', () => {
    expect(roundPence(2.5)).toBe(3)
    expect(roundPence(-2.5)).toBe(-3)
    expect(roundPence(2.4999)).toBe(2)
    expect(roundPence(-2.4999)).toBe(-2)
    expect(roundPence(-0.4)).toBe(0)
  })
  it('is not tipped by floating-point noise', () => {
    // 1.005 × 100 is 100.49999999999999 in binary floating point: it is a true half.
    expect(roundPence(1.005 * 100)).toBe(101)
    expect(roundPence(216 * 1.1)).toBe(238)
  })
  it('formats pence as pounds', () => {
    expect(formatPence(123456)).toBe('£1,234.56')
    expect(formatPence(-300)).toBe('−£3.00')
    expect(formatPence(5)).toBe('£0.05')
    expect(() => formatPence(1.5)).toThrow('whole pence')
  })
})

describe('direction of travel across a cohort', () => {
  const records: DirectionRecord[] = [
    { caseId: 'A', date: '2024-01-10', direction: 'worsening', sequence: 1 },
    { caseId: 'A', date: '2024-02-14', direction: 'improving', sequence: 1 },
    { caseId: 'B', date: '2024-02-14', direction: 'no_change', sequence: 1 },
    { caseId: 'B', date: '2024-02-14', direction: 'worsening', sequence: 2 },
    { caseId: 'C', date: '2024-01-10', direction: 'improving', sequence: 2 },
  ]
  it('counts each case once, by its latest direction', () => {
    expect(cohortDirection(records)).toEqual({ improving: 2, no_change: 0, worsening: 1 })
  })
  it('gives a month-by-month trend, showing a month without reviews as zeros', () => {
    expect(directionTrend(records, '2024-01-01', '2024-03-31')).toEqual([
      { month: '2024-01', counts: { improving: 1, no_change: 0, worsening: 1 } },
      { month: '2024-02', counts: { improving: 1, no_change: 0, worsening: 1 } },
      { month: '2024-03', counts: { improving: 0, no_change: 0, worsening: 0 } },
    ])
  })
})

describe('triage decisions by month', () => {
  it('counts by category with the early-help share, and "none" for an empty month', () => {
    const months = triageByMonth(
      [
        { decidedOn: '2024-01-03', category: 'early_help' },
        { decidedOn: '2024-01-09', category: 'early_help' },
        { decidedOn: '2024-01-31', category: 'early_help' },
        { decidedOn: '2024-01-20', category: 'nfa' },
        { decidedOn: '2024-03-01', category: 'safeguarding' },
      ],
      '2024-01-15',
      '2024-03-02',
    )
    expect(months.map((month) => [month.month, month.total, formatShare(month.earlyHelpShare)])).toEqual([
      ['2024-01', 4, '75%'],
      ['2024-02', 0, 'none'],
      ['2024-03', 1, '0%'],
    ])
    expect(months[0]?.counts).toEqual({ self_help: 0, early_help: 3, complex: 0, safeguarding: 0, nfa: 1 })
  })
  it('lists months across a year end', () => {
    expect(monthsFrom('2023-11-20', '2024-02-01')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(monthLabel('2024-03')).toBe('Mar 2024')
  })
})
