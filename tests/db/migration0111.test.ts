import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

// The subqueries as repos/meetings.ts and repos/actions.ts write them, for one row.
const nextMeeting = 'SELECT n.id FROM meetings n WHERE n.previous_meeting_id = ? ORDER BY n.date LIMIT 1'
const followingMeeting = 'SELECT * FROM meetings WHERE previous_meeting_id = ? ORDER BY date, time LIMIT 1'
const carriedCount = "SELECT count(*) FROM action_updates u WHERE u.action_id = ? AND u.outcome = 'open'"

describe('migration 0111: indexes for the next meeting and the carried-action count', () => {
  it('keeps the rows, and the next-meeting and carried-count look-ups use an index (the count without reading the table)', () => {
    testDb = createTestDb({ upTo: 110 })
    const { db } = testDb
    const plan = (sql: string) =>
      db
        .prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all('x')
        .map((row) => row.detail)
    expect(plan(nextMeeting)).toEqual([expect.stringMatching(/^SCAN n/), expect.stringMatching(/TEMP B-TREE/)])

    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c1', 'RT-2026-0001', 'family', 'Okafor', 'open', 'u1', 'a1', 'high', ?, ?)",
    ).run(now, now)
    const meeting = db.prepare(
      "INSERT INTO meetings (id, kind, date, time, chair_id, status, previous_meeting_id, created_at, updated_at) VALUES (?, 'weekly', ?, '10:00', 'u1', ?, ?, ?, ?)",
    )
    meeting.run('m1', '2026-11-15', 'minutes_draft', null, now, now)
    meeting.run('m3', '2026-11-29', 'planned', 'm1', now, now)
    meeting.run('m2', '2026-11-22', 'planned', 'm1', now, now)
    db.prepare(
      "INSERT INTO actions (id, case_id, raised_at_meeting_id, description, owner_name, owner_agency_id, due_date, status, created_at, updated_at) VALUES ('ac1', 'c1', 'm1', 'Visit', 'Kim', 'a1', '2026-12-01', 'open', ?, ?)",
    ).run(now, now)
    const update = db.prepare(
      "INSERT INTO action_updates (id, action_id, meeting_id, outcome, recorded_by, created_at, updated_at) VALUES (?, 'ac1', ?, ?, 'u1', ?, ?)",
    )
    update.run('up1', 'm1', 'open', now, now)
    update.run('up2', null, 'open', now, now)
    update.run('up3', 'm2', 'done', now, now)

    migrate(db, { upTo: 111 })

    expect(schemaVersion(db)).toBe(111)
    expect(db.prepare(nextMeeting).pluck().get('m1')).toBe('m2')
    expect(db.prepare<[string], { id: string }>(followingMeeting).get('m1')?.id).toBe('m2')
    expect(db.prepare(carriedCount).pluck().get('ac1')).toBe(2)
    expect(plan(nextMeeting)).toEqual([
      expect.stringMatching(/^SEARCH n USING (COVERING )?INDEX meetings_previous \(previous_meeting_id=\?\)/),
    ])
    expect(plan(followingMeeting)).toEqual([
      expect.stringMatching(/^SEARCH meetings USING INDEX meetings_previous \(previous_meeting_id=\?\)/),
    ])
    expect(plan(carriedCount)).toEqual([
      expect.stringMatching(/^SEARCH u USING COVERING INDEX action_updates_outcome \(action_id=\? AND outcome=\?\)/),
    ])
  })
})
