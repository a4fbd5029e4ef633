import { countDirections } from './direction'
import type { AgendaItemView, AttendeeView, MeetingDetail } from './views'

/**
 * Run-mode writes (recording an item, raising, withdrawing or updating an
 * action, marking attendance, agreeing to the statement) answer with the
 * one item or attendee they changed, not the whole meeting (48 ms to read
 * at ten years' scale, on every autosave). The window that wrote puts that
 * answer into the meeting it already shows with these, and so need not
 * read the meeting again; tests/db/runModePatch.test.ts checks that the
 * patched meeting equals a fresh read after every such write.
 */

/** The direction-of-travel summary: what was recorded on the items still on the agenda. */
export function directionCountsOf(items: readonly AgendaItemView[]): MeetingDetail['directionCounts'] {
  return countDirections(items.filter((item) => !item.removed).map((item) => item.direction))
}

/** The meeting with one of its items as a write left it; null if the item is not on this meeting. */
export function withItem(meeting: MeetingDetail, item: AgendaItemView): MeetingDetail | null {
  if (!meeting.items.some((each) => each.id === item.id)) return null
  const items = meeting.items.map((each) => (each.id === item.id ? item : each))
  return { ...meeting, items, directionCounts: directionCountsOf(items) }
}

/** The meeting with one of its attendees as a write left them; null if they are not at this meeting. */
export function withAttendee(meeting: MeetingDetail, attendee: AttendeeView): MeetingDetail | null {
  if (!meeting.attendees.some((each) => each.id === attendee.id)) return null
  return { ...meeting, attendees: meeting.attendees.map((each) => (each.id === attendee.id ? attendee : each)) }
}
