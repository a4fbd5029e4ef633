import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, WrongKeyError } from '../../electron/main/db/connection'
import { DatabaseTooNewError, migrate, MigrationError, schemaVersion } from '../../electron/main/db/migrate'
import { migrations } from '../../electron/main/db/migrations'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const tables = (db: TestDb['db']) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name)

const latest = migrations.at(-1)?.version ?? 0
const now = '2026-11-22T10:00:00.000Z'

describe('migrations', () => {
  it('are numbered, unique and in order', () => {
    const versions = migrations.map((migration) => migration.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions.slice(0, 2)).toEqual([10, 20])
  })

  it('build a fresh database to the latest version with the pragmas set', () => {
    testDb = createTestDb()
    const { db } = testDb
    expect(schemaVersion(db)).toBe(latest)
    expect(tables(db)).toEqual(expect.arrayContaining(['agencies', 'audit_log', 'case_reference_counters', 'cases', 'settings', 'users']))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(db.pragma('recursive_triggers', { simple: true })).toBe(1)
  })

  it('are a no-op when the database is current', () => {
    testDb = createTestDb()
    expect(migrate(testDb.db)).toBe(latest)
    expect(schemaVersion(testDb.db)).toBe(latest)
  })

  it('0020 upgrades a version-10 database and keeps its rows', () => {
    testDb = createTestDb({ upTo: 10 })
    const { db } = testDb
    expect(schemaVersion(db)).toBe(10)
    expect(tables(db)).not.toContain('cases')
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 20 })

    expect(schemaVersion(db)).toBe(20)
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: 'Kim' }])
    db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c1', 'RT-2026-0001', 'family', 'Okafor', 'open', 'u1', 'a1', 'high', ?, ?)",
    ).run(now, now)
    expect(() =>
      db
        .prepare(
          "INSERT INTO cases (id, reference, kind, title, status, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c2', 'RT-2026-0002', 'family', 'X', 'open', 'missing', 'high', ?, ?)",
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/)
  })

  it('0030 to 0070 each upgrade a database with rows in it and keep them', () => {
    testDb = createTestDb({ upTo: 20 })
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

    migrate(db, { upTo: 30 })
    expect(db.prepare('SELECT title, neighbourhood, reopen_count, non_engagement, bring_to_next_meeting FROM cases').get()).toEqual({
      title: 'Okafor',
      neighbourhood: '',
      reopen_count: 0,
      non_engagement: 0,
      bring_to_next_meeting: 0,
    })
    // 0030 adds the rule that an open case keeps its keyworker.
    expect(() => db.prepare("UPDATE cases SET keyworker_id = NULL WHERE id = 'c1'").run()).toThrow('An open case must have a keyworker')

    migrate(db, { upTo: 40 })
    db.prepare(
      "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES ('m1', 'weekly', '2026-11-05', '10:00', 'u1', 'planned', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO agenda_items (id, meeting_id, case_id, position, risk_before, discussion, created_at, updated_at) VALUES ('i1', 'm1', 'c1', 1, 'high', 'Arrears', ?, ?)",
    ).run(now, now)

    migrate(db, { upTo: 50 })
    expect(tables(db)).toEqual(expect.arrayContaining(['export_register', 'case_plans']))

    migrate(db, { upTo: 60 })
    expect(db.prepare('SELECT discussion, discussion_category FROM agenda_items').get()).toEqual({
      discussion: 'Arrears',
      discussion_category: null,
    })
    expect(schemaVersion(db)).toBe(60)

    migrate(db, { upTo: 70 })
    expect(db.prepare('SELECT name, receives FROM agencies').get()).toEqual({ name: 'Police', receives: '[]' })
  })

  it('a failed migration leaves the database exactly as it was', () => {
    testDb = createTestDb({ upTo: 10 })
    const { db } = testDb
    const broken = [
      ...migrations.filter((migration) => migration.version <= 10),
      { version: 15, name: 'half-done', sql: 'CREATE TABLE half_done (id TEXT); INSERT INTO no_such_table VALUES (1);' },
    ]
    expect(() => migrate(db, { migrations: broken })).toThrow(MigrationError)
    expect(schemaVersion(db)).toBe(10)
    expect(tables(db)).not.toContain('half_done')
    try {
      migrate(db, { migrations: broken })
    } catch (error) {
      expect((error as Error).message).toBe('Database upgrade 15 (half-done) failed; the database was left at version 10.')
    }
  })

  it('a failure in a later migration also undoes the earlier ones of the same upgrade', () => {
    testDb = createTestDb({ upTo: 10 })
    const { db } = testDb
    const upgrade = [
      ...migrations.filter((migration) => migration.version <= 10),
      { version: 12, name: 'good', sql: 'CREATE TABLE good_step (id TEXT);' },
      { version: 15, name: 'broken', sql: 'INSERT INTO no_such_table VALUES (1);' },
    ]
    expect(() => migrate(db, { migrations: upgrade })).toThrow('Database upgrade 15 (broken) failed; the database was left at version 10.')
    expect(schemaVersion(db)).toBe(10)
    expect(tables(db)).not.toContain('good_step')
  })

  it('refuses a database written by a newer app', () => {
    testDb = createTestDb()
    testDb.db.pragma(`user_version = ${latest + 10}`)
    expect(() => migrate(testDb!.db)).toThrow(DatabaseTooNewError)
  })

  it('keep the audit log append-only', () => {
    testDb = createTestDb()
    const { db } = testDb
    db.prepare("INSERT INTO audit_log (at, action, entity) VALUES (?, 'create', 'case')").run(now)
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow('audit_log is append-only')
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only')
  })
})

describe('encryption at rest', () => {
  it('stores nothing readable and refuses the wrong key', () => {
    testDb = createTestDb()
    testDb.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('probe', 'Okafor-plaintext-marker', ?)").run(now)
    testDb.db.pragma('wal_checkpoint(TRUNCATE)')
    testDb.db.close()
    expect(readFileSync(testDb.file).includes('Okafor-plaintext-marker')).toBe(false)
    expect(readFileSync(testDb.file).subarray(0, 15).toString()).not.toBe('SQLite format 3')
    expect(() => openDatabase(testDb!.file, { keyHex: 'ab'.repeat(32) })).toThrow(WrongKeyError)
    const reopened = testDb.reopen()
    expect(reopened.prepare("SELECT value FROM settings WHERE key = 'probe'").get()).toEqual({ value: 'Okafor-plaintext-marker' })
  })
})
