import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'
const refused = 'Approved minutes cannot be changed; add an amendment'

describe('migration 0080: frozen minutes and the missing approved-minutes triggers', () => {
  it('upgrades a version-70 database with an approved meeting, keeps its rows and then protects them', () => {
    testDb = createTestDb({ upTo: 70 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c1', 'RT-2026-0001', 'family', 'Okafor', 'open', 'u1', 'a1', 'high', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES ('m1', 'weekly', '2026-11-05', '10:00', 'u1', 'minutes_draft', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO meeting_attendees (id, meeting_id, user_id, agency_id, attendance, created_at, updated_at) VALUES ('at1', 'm1', 'u1', 'a1', 'present', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES ('m2', 'weekly', '2026-11-12', '10:00', 'u1', 'planned', ?, ?)",
    ).run(now, now)
    db.prepare("UPDATE meetings SET status = 'approved', approved_by = 'u1', approved_at = ? WHERE id = 'm1'").run(now)
    // A planned meeting's attendee: the new triggers must leave it alone.
    db.prepare(
      "INSERT INTO meeting_attendees (id, meeting_id, guest_name, agency_id, attendance, created_at, updated_at) VALUES ('at9', 'm2', 'Guest', 'a1', 'expected', ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 80 })

    expect(schemaVersion(db)).toBe(80)
    expect(db.prepare('SELECT id, attendance, confidentiality_skipped FROM meeting_attendees ORDER BY id').all()).toEqual([
      { id: 'at1', attendance: 'present', confidentiality_skipped: 0 },
      { id: 'at9', attendance: 'expected', confidentiality_skipped: 0 },
    ])
    expect(db.prepare('SELECT count(*) AS n FROM minutes_snapshots').get()).toEqual({ n: 0 })
    // Attendance of approved minutes can no longer be deleted or moved; that of a planned meeting still can.
    expect(() => db.prepare("DELETE FROM meeting_attendees WHERE id = 'at1'").run()).toThrow(refused)
    expect(() => db.prepare("UPDATE meeting_attendees SET meeting_id = 'm1' WHERE id = 'at9'").run()).toThrow(refused)
    db.prepare("DELETE FROM meeting_attendees WHERE id = 'at9'").run()
    // Nothing new is raised at, or moved into, approved minutes.
    const insertAction = (id: string, meetingId: string) =>
      db
        .prepare(
          "INSERT INTO actions (id, case_id, raised_at_meeting_id, description, owner_name, owner_agency_id, due_date, status, created_at, updated_at) VALUES (?, 'c1', ?, 'Visit', 'Kim', 'a1', '2026-12-01', 'open', ?, ?)",
        )
        .run(id, meetingId, now, now)
    expect(() => insertAction('x1', 'm1')).toThrow(refused)
    insertAction('x2', 'm2')
    expect(() => db.prepare("UPDATE actions SET raised_at_meeting_id = 'm1' WHERE id = 'x2'").run()).toThrow(refused)
    db.prepare(
      "INSERT INTO agenda_items (id, meeting_id, case_id, position, risk_before, created_at, updated_at) VALUES ('i2', 'm2', 'c1', 1, 'high', ?, ?)",
    ).run(now, now)
    expect(() => db.prepare("UPDATE agenda_items SET meeting_id = 'm1' WHERE id = 'i2'").run()).toThrow(refused)
    // Snapshots: only of approved minutes, and never changed or removed.
    const snapshot = (meetingId: string) =>
      db
        .prepare(
          "INSERT INTO minutes_snapshots (meeting_id, detail, minutes_full, minutes_for_redaction, created_at) VALUES (?, '{}', '{}', '{}', ?)",
        )
        .run(meetingId, now)
    expect(() => snapshot('m2')).toThrow('Minutes are frozen only when they are approved')
    snapshot('m1')
    expect(() => db.prepare("UPDATE minutes_snapshots SET minutes_full = '[]'").run()).toThrow(refused)
    expect(() => db.prepare('DELETE FROM minutes_snapshots').run()).toThrow(refused)
    // Amendments are for approved minutes only.
    expect(() =>
      db
        .prepare(
          "INSERT INTO minutes_amendments (id, meeting_id, text, added_by, added_at, created_at, updated_at) VALUES ('am1', 'm2', 'x', 'u1', ?, ?, ?)",
        )
        .run(now, now, now),
    ).toThrow('amendments are for approved minutes')
    db.prepare(
      "INSERT INTO minutes_amendments (id, meeting_id, text, added_by, added_at, created_at, updated_at) VALUES ('am2', 'm1', 'x', 'u1', ?, ?, ?)",
    ).run(now, now, now)
  })
})
