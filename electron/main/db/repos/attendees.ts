import type { Attendance } from '../../../../shared/domain/meetings/meetings'
import { stmt, type Db } from '../connection'

export interface AttendeeRow {
  id: string
  meeting_id: string
  user_id: string | null
  guest_name: string
  agency_id: string
  role: string
  attendance: Attendance
  information_sent: 0 | 1
  agreed_confidentiality: 0 | 1
  agreed_at: string | null
  confidentiality_skipped: 0 | 1
  created_at: string
  updated_at: string
}

export interface AttendeeJoinedRow extends AttendeeRow {
  user_name: string | null
  agency_name: string
}

export function listAttendees(db: Db, meetingId: string): AttendeeJoinedRow[] {
  return stmt<AttendeeJoinedRow>(
    db,
    `SELECT at.*, u.name AS user_name, a.name AS agency_name FROM meeting_attendees at
     LEFT JOIN users u ON u.id = at.user_id JOIN agencies a ON a.id = at.agency_id
     WHERE at.meeting_id = ? ORDER BY coalesce(u.name, at.guest_name) COLLATE NOCASE`,
  ).all(meetingId)
}

export function getAttendee(db: Db, id: string): AttendeeRow | undefined {
  return stmt<AttendeeRow>(db, 'SELECT * FROM meeting_attendees WHERE id = ?').get(id)
}

export function insertAttendee(db: Db, row: AttendeeRow): void {
  stmt(
    db,
    `INSERT INTO meeting_attendees (id, meeting_id, user_id, guest_name, agency_id, role, attendance, information_sent, agreed_confidentiality, agreed_at, confidentiality_skipped, created_at, updated_at)
     VALUES (@id, @meeting_id, @user_id, @guest_name, @agency_id, @role, @attendance, @information_sent, @agreed_confidentiality, @agreed_at, @confidentiality_skipped, @created_at, @updated_at)`,
  ).run(row)
}

export function setAttendance(db: Db, id: string, attendance: Attendance, informationSent: boolean, at: string): void {
  stmt(db, 'UPDATE meeting_attendees SET attendance = ?, information_sent = ?, updated_at = ? WHERE id = ?').run(
    attendance,
    informationSent ? 1 : 0,
    at,
    id,
  )
}

/** Agreed, explicitly skipped (never both), or neither yet. */
export function setAgreed(db: Db, id: string, agreed: boolean, at: string, skipped = false): void {
  stmt(
    db,
    'UPDATE meeting_attendees SET agreed_confidentiality = ?, agreed_at = ?, confidentiality_skipped = ?, updated_at = ? WHERE id = ?',
  ).run(agreed ? 1 : 0, agreed ? at : null, !agreed && skipped ? 1 : 0, at, id)
}

export function deleteAttendee(db: Db, id: string): void {
  stmt(db, 'DELETE FROM meeting_attendees WHERE id = ?').run(id)
}
