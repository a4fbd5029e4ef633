import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0112: the search index merged into one segment', () => {
  it('keeps every indexed row findable and leaves one segment to visit', () => {
    testDb = createTestDb({ upTo: 111 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const insertCase = db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES (?, ?, 'family', ?, 'open', 'u1', 'a1', 'high', ?, ?)",
    )
    // Each statement commits on its own: each leaves a segment of its own in the index.
    for (let n = 1; n <= 5; n++) insertCase.run(`c${n}`, `RT-2026-000${n}`, `The Okafor family ${n}`, now, now)
    const segments = () => db.prepare('SELECT count(DISTINCT segid) FROM search_fts_idx').pluck().get()
    expect(segments()).toBe(5)

    migrate(db, { upTo: 112 })

    expect(schemaVersion(db)).toBe(112)
    expect(segments()).toBe(1)
    const found = db
      .prepare(
        'SELECT d.entity_id FROM search_fts f JOIN search_documents d ON d.id = f.rowid WHERE search_fts MATCH \'{title} : ("okafor")\' ORDER BY d.entity_id',
      )
      .pluck()
      .all()
    expect(found).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'])
    expect(() => db.exec("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")).not.toThrow()
  })
})
