import { londonDay } from '../../shared/domain/londonTime'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/**
 * "3 Dec 2026" from "2026-12-03": unambiguous for UK readers, and no time-zone
 * shift. A full timestamp is shown on the UK day it fell on (00:30 BST is that
 * day, not the UTC day before).
 */
export function formatDate(isoDate: string): string {
  const day = isoDate.length > 10 && isoDate[10] === 'T' ? londonDay(isoDate) : isoDate.slice(0, 10)
  const [y, m, d] = day.split('-').map(Number)
  if (!y || !m || !d) return isoDate
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)))
}
