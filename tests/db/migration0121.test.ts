import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { migrations, type Migration } from '../../electron/main/db/migrations'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'
/** 0080 as it first shipped (git show efb1701^:electron/main/db/migrations/0080-frozen-minutes.sql). */
const firstShipped0080 = readFileSync(join(__dirname, 'fixtures/0080-frozen-minutes.as-first-shipped.sql'), 'utf8')
const asFirstShipped: readonly Migration[] = migrations.map((migration) =>
  migration.version === 80 ? { version: 80, name: migration.name, sql: firstShipped0080 } : migration,
)

const columns = (db: TestDb['db']) =>
  (db.prepare("SELECT name FROM pragma_table_info('meeting_attendees')").all() as { name: string }[]).map((row) => row.name)

function seed(db: TestDb['db']) {
  db.prepare("INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)").run(
    now,
    now,
  )
  db.prepare(
    "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
  ).run(now, now)
  db.prepare(
    "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES ('m1', 'weekly', '2026-11-05', '10:00', 'u1', 'in_progress', ?, ?)",
  ).run(now, now)
  db.prepare(
    "INSERT INTO meeting_attendees (id, meeting_id, user_id, agency_id, attendance, agreed_confidentiality, created_at, updated_at) VALUES ('at1', 'm1', 'u1', 'a1', 'present', 1, ?, ?)",
  ).run(now, now)
}

describe('migration 0121: confidentiality_skipped shipped again', () => {
  it('the fixture is 0080 exactly as it first shipped, without the column', () => {
    expect(createHash('sha256').update(firstShipped0080).digest('hex')).toBe(
      '126652314a85dd2297d5f5c7b904c07aded3fabae955430808f1fbbd18565be2',
    )
    expect(firstShipped0080).not.toContain('confidentiality_skipped')
  })

  it('adds the column to a version-80 database built with the first 0080, keeping its attendees', () => {
    testDb = createTestDb({ migrateNow: false })
    const { db } = testDb
    migrate(db, { upTo: 80, migrations: asFirstShipped })
    expect(schemaVersion(db)).toBe(80)
    expect(columns(db)).not.toContain('confidentiality_skipped')
    seed(db)

    migrate(db, { upTo: 121 })

    expect(schemaVersion(db)).toBe(121)
    expect(db.prepare('SELECT id, attendance, agreed_confidentiality, confidentiality_skipped FROM meeting_attendees').all()).toEqual([
      { id: 'at1', attendance: 'present', agreed_confidentiality: 1, confidentiality_skipped: 0 },
    ])
    db.prepare("UPDATE meeting_attendees SET confidentiality_skipped = 1 WHERE id = 'at1'").run()
    expect(() => db.prepare("UPDATE meeting_attendees SET confidentiality_skipped = 2 WHERE id = 'at1'").run()).toThrow(/CHECK constraint/)
  })

  it('leaves a version-80 database that already has the column (the edited 0080) as it was', () => {
    testDb = createTestDb({ upTo: 80 })
    const { db } = testDb
    expect(columns(db)).toContain('confidentiality_skipped')
    seed(db)
    db.prepare("UPDATE meeting_attendees SET confidentiality_skipped = 1 WHERE id = 'at1'").run()
    const before = columns(db)

    migrate(db, { upTo: 121 })

    expect(schemaVersion(db)).toBe(121)
    expect(columns(db)).toEqual(before)
    expect(db.prepare('SELECT id, confidentiality_skipped FROM meeting_attendees').all()).toEqual([
      { id: 'at1', confidentiality_skipped: 1 },
    ])
  })

  it('the two histories end with the same meeting_attendees schema', () => {
    testDb = createTestDb({ migrateNow: false })
    migrate(testDb.db, { upTo: 80, migrations: asFirstShipped })
    migrate(testDb.db)
    const other = createTestDb()
    try {
      const info = (db: TestDb['db']) =>
        db.prepare('SELECT name, type, "notnull", dflt_value FROM pragma_table_info(\'meeting_attendees\') ORDER BY name').all()
      expect(info(testDb.db)).toEqual(info(other.db))
    } finally {
      other.cleanup()
    }
  })
})
