import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0150: audit log indexes', () => {
  it('upgrades a version-100 database, keeps every audit row, and filters by user and action through the indexes', () => {
    testDb = createTestDb({ upTo: 100 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'admin', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES (?, 'u1', 'view', 'case', 'c1', '{\"channel\":\"cases:get\"}'), (?, NULL, 'backup', 'database', NULL, NULL)",
    ).run(now, now)

    migrate(db, { upTo: 150 })

    expect(schemaVersion(db)).toBe(150)
    expect(db.prepare('SELECT actor_id, action, entity, entity_id, detail FROM audit_log ORDER BY id').all()).toEqual([
      { actor_id: 'u1', action: 'view', entity: 'case', entity_id: 'c1', detail: '{"channel":"cases:get"}' },
      { actor_id: null, action: 'backup', entity: 'database', entity_id: null, detail: null },
    ])
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND name LIKE 'audit_log_by_%' ORDER BY name",
      )
      .all()
    expect(indexes).toEqual([
      { name: 'audit_log_by_action' },
      { name: 'audit_log_by_actor' },
      { name: 'audit_log_by_at' },
      { name: 'audit_log_by_entity' },
    ])
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE actor_id = 'u1' ORDER BY id DESC LIMIT 50").all() as Array<{
      detail: string
    }>
    expect(plan.map((step) => step.detail).join(' ')).toContain('audit_log_by_actor')
    // Still append-only after the upgrade.
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow('audit_log is append-only')
  })
})
