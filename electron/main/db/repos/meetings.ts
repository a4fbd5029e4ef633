import type { MeetingKind, MeetingStatus } from '../../../../shared/domain/meetings/meetings'
import { stmt, type Db } from '../connection'

export interface MeetingRow {
  id: string
  kind: MeetingKind
  date: string
  time: string
  location: string
  chair_id: string
  status: MeetingStatus
  previous_meeting_id: string | null
  current_item_id: string | null
  confidentiality_statement: string
  next_meeting_date: string | null
  minutes_version: number
  approved_by: string | null
  approved_at: string | null
  created_at: string
  updated_at: string
}

export interface MeetingJoinedRow extends MeetingRow {
  chair_name: string
  approved_by_name: string | null
  item_count: number
  next_meeting_id: string | null
}

const selectJoined = `
  SELECT m.*, u.name AS chair_name, a.name AS approved_by_name,
         (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id AND i.removed = 0) AS item_count,
         (SELECT n.id FROM meetings n WHERE n.previous_meeting_id = m.id ORDER BY n.date LIMIT 1) AS next_meeting_id
  FROM meetings m JOIN users u ON u.id = m.chair_id LEFT JOIN users a ON a.id = m.approved_by`

/** The list's columns for these meetings (a page's keys), in no particular order. */
export function meetingsByIds(db: Db, ids: readonly string[]): MeetingJoinedRow[] {
  if (ids.length === 0) return []
  return stmt<MeetingJoinedRow>(db, `${selectJoined} WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids))
}

/** The first meeting on or after this day that is not approved (the Dashboard's next meeting), along meetings_by_date_time. */
export function nextMeetingFrom(db: Db, day: string): MeetingJoinedRow | undefined {
  return stmt<MeetingJoinedRow>(
    db,
    `${selectJoined} WHERE m.date >= ? AND m.status <> 'approved' ORDER BY m.date, m.time, m.id LIMIT 1`,
  ).get(day)
}

export function getMeeting(db: Db, id: string): MeetingJoinedRow | undefined {
  return stmt<MeetingJoinedRow>(db, `${selectJoined} WHERE m.id = ?`).get(id)
}

/** The latest meeting held before this date (any status but planned counts as held). */
export function previousMeetingBefore(db: Db, date: string): MeetingRow | undefined {
  return stmt<MeetingRow>(db, "SELECT * FROM meetings WHERE date < ? AND status <> 'planned' ORDER BY date DESC, time DESC LIMIT 1").get(
    date,
  )
}

/** The meeting after this one: the one created from it, else the first held later (by date and time). */
export function followingMeeting(db: Db, meeting: { id: string; date: string; time: string }): MeetingRow | undefined {
  return (
    stmt<MeetingRow>(db, 'SELECT * FROM meetings WHERE previous_meeting_id = ? ORDER BY date, time LIMIT 1').get(meeting.id) ??
    // Later by date, then by time on the same day: a range on meetings_by_date_time (0280), not a scan of every meeting.
    stmt<MeetingRow>(
      db,
      'SELECT * FROM meetings WHERE date >= @date AND (date > @date OR time > @time) AND id <> @id ORDER BY date, time, id LIMIT 1',
    ).get({ id: meeting.id, date: meeting.date, time: meeting.time })
  )
}

export function insertMeeting(db: Db, row: MeetingRow): void {
  stmt(
    db,
    `INSERT INTO meetings (id, kind, date, time, location, chair_id, status, previous_meeting_id, current_item_id, confidentiality_statement,
       next_meeting_date, minutes_version, approved_by, approved_at, created_at, updated_at)
     VALUES (@id, @kind, @date, @time, @location, @chair_id, @status, @previous_meeting_id, @current_item_id, @confidentiality_statement,
       @next_meeting_date, @minutes_version, @approved_by, @approved_at, @created_at, @updated_at)`,
  ).run(row)
}

export function setMeetingStatus(db: Db, id: string, status: MeetingStatus, at: string): void {
  stmt(db, 'UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id)
}

export function setCurrentItem(db: Db, id: string, itemId: string | null, at: string): void {
  stmt(db, 'UPDATE meetings SET current_item_id = ?, updated_at = ? WHERE id = ?').run(itemId, at, id)
}

export function setNextMeetingDate(db: Db, id: string, date: string | null, at: string): void {
  stmt(db, 'UPDATE meetings SET next_meeting_date = ?, updated_at = ? WHERE id = ?').run(date, at, id)
}

export function approveMeeting(db: Db, id: string, approvedBy: string, at: string): void {
  stmt(db, "UPDATE meetings SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?").run(
    approvedBy,
    at,
    at,
    id,
  )
}

export interface AmendmentRow {
  id: string
  meeting_id: string
  text: string
  added_by: string
  added_at: string
  created_at: string
  updated_at: string
}

export function insertAmendment(db: Db, row: AmendmentRow): void {
  stmt(
    db,
    'INSERT INTO minutes_amendments (id, meeting_id, text, added_by, added_at, created_at, updated_at) VALUES (@id, @meeting_id, @text, @added_by, @added_at, @created_at, @updated_at)',
  ).run(row)
}

export function listAmendments(db: Db, meetingId: string): Array<AmendmentRow & { added_by_name: string }> {
  return stmt<AmendmentRow & { added_by_name: string }>(
    db,
    'SELECT am.*, u.name AS added_by_name FROM minutes_amendments am JOIN users u ON u.id = am.added_by WHERE am.meeting_id = ? ORDER BY am.added_at, am.rowid',
  ).all(meetingId)
}
