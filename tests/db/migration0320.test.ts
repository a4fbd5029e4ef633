import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-03T10:00:00.000Z'

describe('migration 0320: the triage undo record', () => {
  it('adds an empty undo table to a version-251 database, refusing a record that could not be undone', () => {
    testDb = createTestDb({ upTo: 251 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 320 })

    expect(schemaVersion(db)).toBe(320)
    expect(db.prepare('SELECT id FROM agencies').all()).toEqual([{ id: 'a1' }])
    expect(db.prepare('SELECT count(*) AS n FROM triage_undo').get()).toEqual({ n: 0 })
    // A record must belong to a contact.
    expect(() => db.prepare("INSERT INTO triage_undo (triage_id, opened_case, created_at) VALUES ('t1', 1, ?)").run(now)).toThrow(
      /FOREIGN KEY/,
    )
    // A contact on a known case must say what the case was before, or undo could not put it back.
    db.pragma('foreign_keys = OFF')
    expect(() => db.prepare("INSERT INTO triage_undo (triage_id, opened_case, created_at) VALUES ('t1', 0, ?)").run(now)).toThrow(/CHECK/)
  })
})
