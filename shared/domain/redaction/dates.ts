/**
 * Every way a known date of birth is likely to be typed in a note:
 * 1990-03-04, 04/03/1990, 4.3.90, 4 Mar 90, 4th March 1990, 9 Sept 1979,
 * March 4th, 1990, 4-Mar-1990, '90.
 */

/** The months as notes write them, in lower case; 'sept' is as common as 'sep' in British notes. */
export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const

/** Every short form a note uses for a month: the first three letters, and 'sept'. */
export const monthShortNames: readonly string[] = [...monthNames.map((name) => name.slice(0, 3)), 'sept']

/** Regular-expression sources (no boundaries, no flags) for one ISO date. */
export function dateOfBirthSources(isoDate: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(isoDate)
  const monthName = match ? monthNames[Number(match[2]) - 1] : undefined
  if (!match || monthName === undefined) return []
  const [, year = '', month = '', day = ''] = match
  const d = `0?${Number(day)}`
  const m = `0?${Number(month)}`
  const yearPart = `(?:${year}|'?${year.slice(2)})`
  // 'Sept' is as common as 'Sep' in British notes.
  const short = monthName === 'september' ? '(?:sept|sep)' : monthName.slice(0, 3)
  const monthWord = `(?:${monthName}|${short}\\.?)`
  const ordinal = '(?:st|nd|rd|th)?'
  const gap = String.raw`[\s\-/.,]+`
  return [
    `${year}\\s*[-/.]\\s*${month}\\s*[-/.]\\s*${day}`,
    `${d}\\s*[/.\\-]\\s*${m}\\s*[/.\\-]\\s*${yearPart}`,
    `${d}${ordinal}(?:\\s+of)?${gap}${monthWord}${gap}${yearPart}`,
    `${monthWord}${gap}${d}${ordinal}${gap}${yearPart}`,
  ]
}
