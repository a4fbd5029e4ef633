import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-02T10:00:00.000Z'

describe('migration 0181: the export register accepts the board report and report CSVs', () => {
  it('keeps every register row, accepts a board report and stays append-only', () => {
    testDb = createTestDb({ upTo: 180 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const insert = db.prepare(
      "INSERT INTO export_register (id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at) VALUES (?, ?, 'u1', ?, NULL, ?, '1', 'full', NULL, 'Board', ?, ?, ?)",
    )
    insert.run('e1', now, 'action_tracker', 'Action tracker', 'Action tracker.docx', now, now)
    expect(() => insert.run('e0', now, 'board_report', 'Board report', 'Board.docx', now, now)).toThrow(/CHECK/)

    migrate(db, { upTo: 181 })

    expect(schemaVersion(db)).toBe(181)
    expect(db.prepare('SELECT id, document, title, recipients, file_name FROM export_register').all()).toEqual([
      { id: 'e1', document: 'action_tracker', title: 'Action tracker', recipients: 'Board', file_name: 'Action tracker.docx' },
    ])
    insert.run('e2', now, 'board_report', 'Board report', 'Board.docx', now, now)
    insert.run('e4', now, 'csv_report', 'Cost avoided', 'Cost avoided.csv', now, now)
    expect(() => db.prepare("UPDATE export_register SET title = 'x' WHERE id = 'e1'").run()).toThrow('the export register is append-only')
    expect(() => db.prepare("DELETE FROM export_register WHERE id = 'e2'").run()).toThrow('the export register is append-only')
    expect(() => insert.run('e3', now, 'leaflet', 'Leaflet', 'L.docx', now, now)).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          "INSERT OR REPLACE INTO export_register (id, at, actor_id, document, title, variant, file_name, created_at, updated_at) VALUES ('e1', ?, 'u1', 'minutes', 'x', 'full', 'x', ?, ?)",
        )
        .run(now, now, now),
    ).toThrow('the export register is append-only')
    expect(
      db
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'export_register' ORDER BY name",
        )
        .all()
        .map((row) => row.name),
    ).toEqual(['export_register_no_delete', 'export_register_no_replace', 'export_register_no_update'])
  })
})
