/**
 * GDP deflators at market prices by financial year, the index the HM Treasury Green
 * Book (and the Greater Manchester CBA model) uses to bring a unit cost from its
 * price year to the report's year. Rebased so 2023-24 = 100; only ratios matter.
 *
 * Where from: HM Treasury, "GDP deflators at market prices, and money GDP"
 * (gov.uk, updated each quarter from ONS series L8GG, forecasts from the OBR).
 * These figures are INDICATIVE: they follow that series' year-on-year path to about
 * one decimal place but were not copied from a single dated release, and years from
 * 2024-25 on are forecasts. Refresh the whole table from the latest release at least
 * once a year (after the Spring Budget or Autumn Statement) and say which release in
 * `deflatorSource`. Every report shows the two index values it used.
 */
export const deflatorSource =
  'HM Treasury GDP deflators at market prices (financial years, 2023-24 = 100). Indicative figures: check against the latest gov.uk release.'

/**
 * Said wherever a money figure built on a unit cost or a deflator shows (Reports, the
 * case screen, Settings → Unit costs, the board report): the figures are a guide.
 */
export const indicativeLabel = 'Indicative'
export const indicativeNote =
  'Indicative: unit costs are published estimates at their price year, uprated by approximate GDP deflators. A guide to the scale of cost avoided, not audited savings.'

export const gdpDeflators: Readonly<Record<string, number>> = {
  '2010-11': 72.6,
  '2011-12': 73.9,
  '2012-13': 74.6,
  '2013-14': 75.4,
  '2014-15': 76.6,
  '2015-16': 77.2,
  '2016-17': 78.9,
  '2017-18': 80.3,
  '2018-19': 81.9,
  '2019-20': 83.6,
  '2020-21': 88.2,
  '2021-22': 88.9,
  '2022-23': 93.5,
  '2023-24': 100.0,
  '2024-25': 103.6,
  '2025-26': 106.8,
  '2026-27': 109.1,
  '2027-28': 111.3,
}

const financialYearPattern = /^(\d{4})-(\d{2})$/

/** "2013-14": a UK financial year, 1 April to 31 March. */
export function isFinancialYear(value: string): boolean {
  const match = financialYearPattern.exec(value)
  if (!match?.[1] || !match[2]) return false
  return (Number(match[1]) + 1) % 100 === Number(match[2])
}

/** The financial year a date falls in: 31 Mar 2024 is 2023-24, 1 Apr 2024 is 2024-25. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  const startYear = month >= 4 ? year : year - 1
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`
}

export interface Uprating {
  fromYear: string
  toYear: string
  fromIndex: number
  toIndex: number
  /** toIndex ÷ fromIndex, unrounded. */
  factor: number
}

/** The factor that takes prices in `fromYear` to `toYear`; a clear error for a year the table lacks. */
export function upratingFactor(fromYear: string, toYear: string, table: Readonly<Record<string, number>> = gdpDeflators): Uprating {
  const fromIndex = table[fromYear]
  const toIndex = table[toYear]
  if (fromIndex === undefined) throw new RangeError(`There is no GDP deflator for ${fromYear}`)
  if (toIndex === undefined) throw new RangeError(`There is no GDP deflator for ${toYear}`)
  return { fromYear, toYear, fromIndex, toIndex, factor: toIndex / fromIndex }
}
