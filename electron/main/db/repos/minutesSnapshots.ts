import { stmt, type Db } from '../connection'

/** Approved minutes, frozen at approval (migration 0080; the database refuses changes). */
export interface MinutesSnapshotRow {
  meeting_id: string
  /** MeetingDetail as JSON. */
  detail: string
  /** MinutesDocData as JSON, the members' copy. */
  minutes_full: string
  /** MinutesDocData as JSON, with every name, for the redaction rules. */
  minutes_for_redaction: string
  created_at: string
}

export function getSnapshot(db: Db, meetingId: string): MinutesSnapshotRow | undefined {
  return stmt<MinutesSnapshotRow>(db, 'SELECT * FROM minutes_snapshots WHERE meeting_id = ?').get(meetingId)
}

export function insertSnapshot(db: Db, row: MinutesSnapshotRow): void {
  stmt(
    db,
    `INSERT INTO minutes_snapshots (meeting_id, detail, minutes_full, minutes_for_redaction, created_at)
     VALUES (@meeting_id, @detail, @minutes_full, @minutes_for_redaction, @created_at)`,
  ).run(row)
}
