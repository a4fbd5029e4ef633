import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0130: sign-in credentials', () => {
  it('upgrades a version-100 database, keeps its users, and gives nobody a credential yet', () => {
    testDb = createTestDb({ upTo: 100 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'admin', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u2', 'Lee', 'a1', 'practitioner', 1, ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 130 })

    expect(schemaVersion(db)).toBe(130)
    expect(db.prepare('SELECT id, name, role FROM users ORDER BY id').all()).toEqual([
      { id: 'u1', name: 'Kim', role: 'admin' },
      { id: 'u2', name: 'Lee', role: 'practitioner' },
    ])
    expect(db.prepare('SELECT count(*) AS n FROM user_credentials').get()).toEqual({ n: 0 })
  })

  it('stores a hash with its parameters, for known users only, and refuses weak parameters', () => {
    testDb = createTestDb({ upTo: 130 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'admin', 1, ?, ?)",
    ).run(now, now)
    const insert = db.prepare(
      `INSERT INTO user_credentials (user_id, kind, algorithm, cost, block_size, parallelism, salt, hash, created_at, updated_at)
       VALUES (?, 'passphrase', 'scrypt', ?, 8, 1, ?, ?, ?, ?)`,
    )
    const salt = 'ab'.repeat(16)
    const hash = 'cd'.repeat(32)
    insert.run('u1', 32768, salt, hash, now, now)
    expect(db.prepare('SELECT user_id, cost, block_size, parallelism, failed_attempts, locked_until FROM user_credentials').all()).toEqual([
      { user_id: 'u1', cost: 32768, block_size: 8, parallelism: 1, failed_attempts: 0, locked_until: null },
    ])
    expect(() => insert.run('nobody', 32768, salt, hash, now, now)).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM user_credentials').run()
    expect(() => insert.run('u1', 1024, salt, hash, now, now)).toThrow(/CHECK/)
  })
})
