import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0120: append-only tables refuse REPLACE and UPSERT on any connection', () => {
  it('upgrades a version-100 database, keeps its audit and consent rows, and refuses rewriting them', () => {
    testDb = createTestDb({ upTo: 100 })
    const { db } = testDb
    // Without recursive triggers (as any other SQLite client would connect), a REPLACE was not refused before 0120.
    db.pragma('recursive_triggers = OFF')
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'admin', 1, ?, ?)",
    ).run(now, now)
    db.prepare("INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id) VALUES (1, ?, 'u1', 'create', 'case', 'c1')").run(now)
    db.prepare(
      "INSERT OR REPLACE INTO audit_log (id, at, actor_id, action, entity, entity_id) VALUES (1, ?, 'u1', 'rewritten', 'case', 'c1')",
    ).run(now)
    expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'rewritten' }])

    migrate(db, { upTo: 120 })

    expect(schemaVersion(db)).toBe(120)
    expect(db.prepare('SELECT id, action, entity_id FROM audit_log').all()).toEqual([{ id: 1, action: 'rewritten', entity_id: 'c1' }])
    expect(() =>
      db
        .prepare(
          "INSERT OR REPLACE INTO audit_log (id, at, actor_id, action, entity, entity_id) VALUES (1, ?, 'u1', 'again', 'case', 'c1')",
        )
        .run(now),
    ).toThrow('audit_log is append-only')
    expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'rewritten' }])
    db.prepare("INSERT INTO audit_log (at, actor_id, action, entity, entity_id) VALUES (?, 'u1', 'update', 'case', 'c1')").run(now)
    expect(db.prepare('SELECT id, action FROM audit_log ORDER BY id').all()).toEqual([
      { id: 1, action: 'rewritten' },
      { id: 2, action: 'update' },
    ])
  })
})
