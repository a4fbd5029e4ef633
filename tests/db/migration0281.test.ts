import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-03T10:00:00.000Z'

// The Dashboard's case panels as repos/tablePages.ts writes them (first rows; the totals use the same WHERE).
const highRisk =
  "SELECT s.case_id FROM case_summaries s WHERE s.risk_rank = 0 AND s.status <> 'closed' ORDER BY s.reference_key ASC, s.case_id ASC LIMIT 50"
const reviewsDue =
  "SELECT s.case_id FROM case_summaries s WHERE s.status <> 'closed' AND s.next_review_date <= '2026-12-10' ORDER BY s.next_review_date ASC, s.reference_key ASC, s.case_id ASC LIMIT 50"
const notEngaging =
  "SELECT s.case_id FROM case_summaries s WHERE s.status <> 'closed' AND s.non_engagement = 1 ORDER BY s.reference_key ASC, s.case_id ASC LIMIT 50"

describe('migration 0281: partial indexes for the Dashboard panels', () => {
  it('keeps the summaries, and each panel reads only the cases not closed, in order, from its own index', () => {
    testDb = createTestDb({ upTo: 280 })
    const { db } = testDb
    const plan = (sql: string) =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail)
        .join(' / ')
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'practitioner', 1, ?, ?)",
    ).run(now, now)
    const insertCase = db.prepare(
      `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, next_review_date, non_engagement, created_at, updated_at)
       VALUES (?, ?, 'individual', ?, ?, 'u1', 'a1', ?, ?, ?, ?, ?)`,
    )
    insertCase.run('c1', 'RT-2026-0001', 'One', 'open', 'high', '2026-12-05', 1, now, now)
    insertCase.run('c2', 'RT-2026-0002', 'Two', 'closed', 'high', '2026-12-01', 1, now, now)
    insertCase.run('c3', 'RT-2026-0003', 'Three', 'review', 'high', '2026-12-20', 0, now, now)
    insertCase.run('c4', 'RT-2026-0004', 'Four', 'open', 'low', '2026-12-02', 1, now, now)
    expect(plan(highRisk)).not.toMatch(/case_summaries_open_by_risk/)

    migrate(db, { upTo: 281 })

    expect(schemaVersion(db)).toBe(281)
    expect(db.prepare(highRisk).pluck().all()).toEqual(['c1', 'c3'])
    expect(db.prepare(reviewsDue).pluck().all()).toEqual(['c4', 'c1'])
    expect(db.prepare(notEngaging).pluck().all()).toEqual(['c1', 'c4'])
    expect(plan(highRisk)).toMatch(/^SEARCH s USING (COVERING )?INDEX case_summaries_open_by_risk \(risk_rank=\?\)$/)
    expect(plan(reviewsDue)).toMatch(/^SEARCH s USING (COVERING )?INDEX case_summaries_open_by_review \(next_review_date<\?\)$/)
    expect(plan(notEngaging)).toMatch(/^SCAN s USING (COVERING )?INDEX case_summaries_not_engaging$/)
  })
})
