const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "3 Dec 2026" from "2026-12-03": unambiguous for UK readers, and no time-zone shift. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number)
  if (!y || !m || !d) return isoDate
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)))
}
