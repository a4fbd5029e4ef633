import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { isDemo, markDemo } from '../../electron/main/db/repos/demo'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-03T10:00:00.000Z'

describe('migration 0251: the demo marker', () => {
  it('upgrades a version-250 database to one that is not a demo, and holds one marker row at most', () => {
    testDb = createTestDb({ upTo: 250 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 251 })

    expect(schemaVersion(db)).toBe(251)
    expect(db.prepare('SELECT id FROM agencies').all()).toEqual([{ id: 'a1' }])
    expect(isDemo(db)).toBe(false)
    markDemo(db, now, 'roundtable-demo-1')
    expect(isDemo(db)).toBe(true)
    expect(() => db.prepare("INSERT INTO demo_marker (id, loaded_at, seed) VALUES (2, ?, 'x')").run(now)).toThrow(/CHECK/)
    expect(() => markDemo(db, now, 'again')).toThrow(/UNIQUE|PRIMARY/)
  })
})
