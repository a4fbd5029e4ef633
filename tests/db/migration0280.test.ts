import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-03T10:00:00.000Z'

// The Meetings list's first page and one meeting's case count, as repos/tablePages.ts and repos/meetings.ts write them.
const newestFirst = 'SELECT m.id FROM meetings m ORDER BY m.date DESC, m.time DESC, m.id DESC LIMIT 100'
const plannedNewestFirst = "SELECT m.id FROM meetings m WHERE m.status = 'planned' ORDER BY m.date DESC, m.time DESC, m.id DESC LIMIT 100"
const itemCount = 'SELECT count(*) FROM agenda_items i WHERE i.meeting_id = ? AND i.removed = 0'

describe('migration 0280: indexes for the Meetings list a page at a time', () => {
  it('keeps the rows, and the list is read along an index: no scan of every meeting, no sort, the case count from the index', () => {
    testDb = createTestDb({ upTo: 251 })
    const { db } = testDb
    const plan = (sql: string) =>
      db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(sql.includes('?') ? ['m1'] : []))
        .map((row) => row.detail)
    expect(plan(newestFirst).join('\n')).toMatch(/TEMP B-TREE|SCAN m\b(?! USING)/)

    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const meeting = db.prepare(
      "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES (?, 'weekly', ?, ?, 'u1', ?, ?, ?)",
    )
    meeting.run('m1', '2026-11-15', '10:00', 'minutes_draft', now, now)
    meeting.run('m2', '2026-11-22', '09:00', 'planned', now, now)
    meeting.run('m3', '2026-11-22', '14:00', 'planned', now, now)

    migrate(db, { upTo: 280 })

    expect(schemaVersion(db)).toBe(280)
    expect(db.prepare(newestFirst).pluck().all()).toEqual(['m3', 'm2', 'm1'])
    expect(db.prepare(plannedNewestFirst).pluck().all()).toEqual(['m3', 'm2'])
    expect(plan(newestFirst)).toEqual([expect.stringMatching(/^SCAN m USING (COVERING )?INDEX meetings_by_date_time$/)])
    expect(plan(plannedNewestFirst)).toEqual([
      expect.stringMatching(/^SEARCH m USING (COVERING )?INDEX meetings_by_status_date \(status=\?\)$/),
    ])
    expect(plan(itemCount)).toEqual([
      expect.stringMatching(/^SEARCH i USING COVERING INDEX agenda_items_by_meeting_removed \(meeting_id=\? AND removed=\?\)$/),
    ])
  })
})
