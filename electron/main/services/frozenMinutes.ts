/**
 * Approved minutes, frozen. At approval the minutes exactly as the preview
 * and the Word export show them are stored (migration 0080, protected by
 * triggers); from then on both read the stored copy, so later changes to
 * the case, its people and consent, its actions or other meetings cannot
 * change what was approved. Amendments stay linked records, added on top.
 */
import type { MeetingDetail } from '../../../shared/domain/meetings/views'
import { londonDay } from '../../../shared/domain/londonTime'
import type { MinutesDocData } from '../../../shared/domain/minutesData'
import type { Db } from '../db/connection'
import { getMeeting, listAmendments } from '../db/repos/meetings'
import { getSnapshot, insertSnapshot } from '../db/repos/minutesSnapshots'

export function freezeMinutes(
  db: Db,
  meetingId: string,
  at: string,
  content: { detail: MeetingDetail; full: MinutesDocData; forRedaction: MinutesDocData },
): void {
  insertSnapshot(db, {
    meeting_id: meetingId,
    detail: JSON.stringify(content.detail),
    minutes_full: JSON.stringify(content.full),
    minutes_for_redaction: JSON.stringify(content.forRedaction),
    created_at: at,
  })
}

/** The preview's content as approved (amendments and the next-meeting link are added by the caller). */
export function frozenDetail(db: Db, meetingId: string): MeetingDetail | null {
  const row = getSnapshot(db, meetingId)
  return row ? (JSON.parse(row.detail) as MeetingDetail) : null
}

/** The Word minutes as approved, with the amendments made since and the version they bring. */
export function frozenMinutesData(db: Db, meetingId: string, purpose: 'full' | 'forRedaction'): MinutesDocData | null {
  const row = getSnapshot(db, meetingId)
  const meeting = getMeeting(db, meetingId)
  if (!row || !meeting) return null
  const data = JSON.parse(purpose === 'full' ? row.minutes_full : row.minutes_for_redaction) as MinutesDocData
  const amendments = listAmendments(db, meetingId).map((amendment) => ({
    text: amendment.text,
    by: amendment.added_by_name,
    date: londonDay(amendment.added_at),
  }))
  return { ...data, amendments, version: meeting.minutes_version + amendments.length }
}
