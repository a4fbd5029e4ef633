/**
 * The team works on UK time; records carry UTC instants (`createdAt`).
 * Meetings are held at a London date and time, and "today" (what is due,
 * overdue, the date on an export) is the London day, British Summer Time
 * included: cutting a UTC string puts 00:30 BST on the day before.
 */
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Minutes London is ahead of UTC at this instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instantMs: number): number {
  const part = (type: string) => Number(londonParts.formatToParts(new Date(instantMs)).find((p) => p.type === type)?.value ?? 0)
  const asIfUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((asIfUtc - Math.floor(instantMs / 1000) * 1000) / 60_000)
}

/** The UTC instant (ISO, `…Z`) of a London wall-clock date `YYYY-MM-DD` and time `HH:MM`. */
export function londonToInstant(date: string, time: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const [hour = 0, minute = 0] = time.split(':').map(Number)
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  // The offset at the guessed instant, then checked again at the result (the day the clocks change).
  let instant = wall - londonOffsetMinutes(wall) * 60_000
  instant = wall - londonOffsetMinutes(instant) * 60_000
  return new Date(instant).toISOString()
}

const londonDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The `YYYY-MM-DD` day a stored UTC timestamp fell on in the UK. */
export function londonDay(isoDateTime: string): string {
  const instant = new Date(isoDateTime)
  if (Number.isNaN(instant.getTime())) return isoDateTime.slice(0, 10)
  return londonDayFormat.format(instant)
}
