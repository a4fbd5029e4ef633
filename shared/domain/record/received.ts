import { isRealDate } from '../common'

/**
 * When a contact was received, as typed in the triage form (a UK date and a
 * 24-hour time), checked here so the form and the service give the same
 * specific message at the same field.
 */
export type ReceivedCheck =
  { ok: true; date: string; time: string } | { ok: false; fields: { receivedDate?: string; receivedTime?: string } }

const ukDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/
const clock = /^(\d{1,2})[:.](\d{2})$/

/** "14/03/2026" or "2026-03-14" → "2026-03-14", or what is wrong with it. */
export function checkReceivedDate(text: string): { ok: true; iso: string } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Enter the date the contact was received' }
  const iso = isoDay.exec(trimmed)
  const uk = ukDate.exec(trimmed)
  const [year = '', month = '', day = ''] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : []
  if (year === '') return { ok: false, message: 'Enter the date as DD/MM/YYYY, e.g. 14/03/2026' }
  if (year.length !== 4) return { ok: false, message: 'Enter the year in full, e.g. 2026' }
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  if (!isRealDate(value)) return { ok: false, message: `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year} is not a real date` }
  return { ok: true, iso: value }
}

/** "14:30" (or "9:05", "14.30") → "14:30", or what is wrong with it. */
export function checkReceivedTime(text: string): { ok: true; time: string } | { ok: false; message: string } {
  const match = clock.exec(text.trim())
  const hours = Number(match?.[1])
  const minutes = Number(match?.[2])
  if (!match || hours > 23 || minutes > 59) return { ok: false, message: 'Enter the time as HH:MM, e.g. 14:30' }
  return { ok: true, time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` }
}

export function checkReceived(date: string, time: string): ReceivedCheck {
  const day = checkReceivedDate(date)
  const at = checkReceivedTime(time)
  if (day.ok && at.ok) return { ok: true, date: day.iso, time: at.time }
  return { ok: false, fields: { ...(day.ok ? {} : { receivedDate: day.message }), ...(at.ok ? {} : { receivedTime: at.message }) } }
}

/**
 * The service's check of the instant it is sent: an ISO date-time whose day
 * and time are real. Returns the same messages the form shows, or null.
 */
export function receivedAtProblem(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(value)
  if (!match) {
    // The form sends what it could not read as "date time", as typed: name what is wrong with it.
    const parts = value.trim().split(/\s+/)
    const typed = parts.length === 2 ? checkReceived(parts[0] ?? '', parts[1] ?? '') : null
    return typed && !typed.ok ? (typed.fields.receivedDate ?? typed.fields.receivedTime ?? null) : 'Enter when the contact was received'
  }
  const [, day = '', time = ''] = match
  const date = checkReceivedDate(day)
  if (!date.ok) return date.message
  const at = checkReceivedTime(time)
  return at.ok ? null : at.message
}
