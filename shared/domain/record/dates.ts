/** Date-only arithmetic on ISO strings, in UTC so no time zone can shift a day. */
const toUtc = (isoDate: string): Date => {
  const [y = 0, m = 1, d = 1] = isoDate.slice(0, 10).split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}
const toIso = (date: Date): string => date.toISOString().slice(0, 10)

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate)
  date.setUTCDate(date.getUTCDate() + days)
  return toIso(date)
}

/** Same day-of-month N months on; 31 Mar − 1 month is 28/29 Feb. */
export function addMonths(isoDate: string, months: number): string {
  const date = toUtc(isoDate)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return toIso(date)
}

export function daysBetween(fromIso: string, toIsoDate: string): number {
  return Math.round((toUtc(toIsoDate).getTime() - toUtc(fromIso).getTime()) / 86_400_000)
}

/** Whole years from a date of birth to a date; someone born on 29 Feb turns a year older on 1 Mar. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by = 0, bm = 1, bd = 1] = dateOfBirth.split('-').map(Number)
  const [y = 0, m = 1, d = 1] = onDate.slice(0, 10).split('-').map(Number)
  let age = y - by
  if (m < bm || (m === bm && d < bd)) age -= 1
  return age
}
