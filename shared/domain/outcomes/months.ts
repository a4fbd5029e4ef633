/** Calendar months ("2024-01") from the month of `fromDate` to the month of `toDate`, inclusive. */
export function monthsFrom(fromDate: string, toDate: string): string[] {
  const months: string[] = []
  let year = Number(fromDate.slice(0, 4))
  let month = Number(fromDate.slice(5, 7))
  const last = toDate.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > last) break
    months.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2024-03" → "Mar 2024" */
export function monthLabel(month: string): string {
  return `${monthNames[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`
}
