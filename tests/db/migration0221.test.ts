import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-02T10:00:00.000Z'

describe('migration 0221: terms added to a case’s known names at review', () => {
  it('keeps one of each term per case, refuses an empty one and goes with the case', () => {
    testDb = createTestDb({ upTo: 220 })
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

    migrate(db, { upTo: 221 })

    expect(schemaVersion(db)).toBe(221)
    const insert = db.prepare("INSERT INTO case_redaction_terms (id, case_id, term, added_by, added_at) VALUES (?, ?, ?, 'u1', ?)")
    insert.run('t1', 'c1', 'Oakfield Primary', now)
    expect(() => insert.run('t2', 'c1', 'oakfield primary', now)).toThrow(/UNIQUE/)
    expect(() => insert.run('t3', 'c1', ' x ', now)).toThrow(/CHECK/)
    expect(() => insert.run('t4', 'nope', 'Shiv', now)).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM cases WHERE id = 'c1'").run()
    expect(db.prepare('SELECT COUNT(*) AS n FROM case_redaction_terms').get()).toEqual({ n: 0 })
  })
})
