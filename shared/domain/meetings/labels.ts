import { meetingKindLabels, type MeetingKind } from './meetings'

const weekdayDate = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "Wed 2 Dec 2026" from "2026-12-02": the weekday helps a chair tell weekly meetings apart. */
export function meetingDayLabel(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number)
  if (!y || !m || !d) return isoDate
  return weekdayDate.format(new Date(Date.UTC(y, m - 1, d))).replace(',', '')
}

/** What a link to a meeting says, distinct for each meeting: "Weekly case meeting, Wed 2 Dec 2026". */
export const meetingLinkText = (meeting: { kind: MeetingKind; date: string }): string =>
  `${meetingKindLabels[meeting.kind]}, ${meetingDayLabel(meeting.date)}`
