import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-02T10:00:00.000Z'

describe('migration 0220: the export register keeps a redacted copy’s review', () => {
  it('keeps earlier rows, requires a review for redacted minutes and stays append-only', () => {
    testDb = createTestDb({ upTo: 181 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const old = db.prepare(
      "INSERT INTO export_register (id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at) VALUES (?, ?, 'u1', 'minutes', NULL, 'Minutes', '1', 'redacted', NULL, 'Board', 'm.docx', ?, ?)",
    )
    old.run('e1', now, now, now)

    migrate(db, { upTo: 220 })

    expect(schemaVersion(db)).toBe(220)
    expect(db.prepare('SELECT id, review, reviewed_by FROM export_register').all()).toEqual([{ id: 'e1', review: null, reviewed_by: null }])
    const insert = db.prepare(
      "INSERT INTO export_register (id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at, review, reviewed_by) VALUES (?, ?, 'u1', ?, NULL, 'Minutes', '1', ?, NULL, 'Board', 'm.docx', ?, ?, ?, ?)",
    )
    expect(() => insert.run('e2', now, 'minutes', 'redacted', now, now, null, null)).toThrow('a redacted copy is recorded with its review')
    expect(() => insert.run('e2', now, 'minutes', 'redacted', now, now, '{"replacements":1}', null)).toThrow(
      'a redacted copy is recorded with its review',
    )
    expect(() => insert.run('e2', now, 'minutes', 'redacted', now, now, 'not json', 'u1')).toThrow(/CHECK/)
    expect(() => insert.run('e2', now, 'minutes', 'redacted', now, now, '{}', 'nobody')).toThrow(/FOREIGN KEY/)
    insert.run('e2', now, 'minutes', 'redacted', now, now, '{"replacements":3,"acceptedAsSafe":["Oakfield"]}', 'u1')
    insert.run('e3', now, 'minutes', 'full', now, now, null, null)
    expect(() => db.prepare("UPDATE export_register SET review = NULL WHERE id = 'e2'").run()).toThrow('the export register is append-only')
    expect(() => db.prepare("DELETE FROM export_register WHERE id = 'e2'").run()).toThrow('the export register is append-only')
    expect(() =>
      db
        .prepare(
          "INSERT OR REPLACE INTO export_register (id, at, actor_id, document, title, variant, file_name, created_at, updated_at) VALUES ('e3', ?, 'u1', 'minutes', 'x', 'full', 'x', ?, ?)",
        )
        .run(now, now, now),
    ).toThrow('the export register is append-only')
  })
})
