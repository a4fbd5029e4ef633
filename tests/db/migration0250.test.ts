import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-03T10:00:00.000Z'

describe('migration 0250: named cohorts', () => {
  it('upgrades a version-181 database: cases kept, cohorts with unique names, membership going with the case', () => {
    testDb = createTestDb({ upTo: 181 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const kase = db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES (?, ?, 'individual', 'Reed', 'open', 'u1', 'a1', 'low', ?, ?)",
    )
    kase.run('c1', 'RT-2026-0001', now, now)
    kase.run('c2', 'RT-2026-0002', now, now)

    migrate(db, { upTo: 250 })

    expect(schemaVersion(db)).toBe(250)
    expect(db.prepare('SELECT id FROM cases ORDER BY id').all()).toEqual([{ id: 'c1' }, { id: 'c2' }])
    const cohort = db.prepare("INSERT INTO cohorts (id, name, created_by, created_at, updated_at) VALUES (?, ?, 'u1', ?, ?)")
    cohort.run('k1', 'OTR weekend', now, now)
    expect(() => cohort.run('k2', 'otr WEEKEND', now, now)).toThrow(/UNIQUE/)
    expect(db.prepare("SELECT description, active FROM cohorts WHERE id = 'k1'").get()).toEqual({ description: '', active: 1 })
    expect(() => db.prepare("UPDATE cohorts SET active = 2 WHERE id = 'k1'").run()).toThrow(/CHECK/)
    const member = db.prepare("INSERT INTO cohort_cases (cohort_id, case_id, added_by, added_at) VALUES ('k1', ?, 'u1', ?)")
    member.run('c1', now)
    member.run('c2', now)
    expect(() => member.run('c1', now)).toThrow(/UNIQUE|PRIMARY/)
    expect(() => member.run('c9', now)).toThrow(/FOREIGN KEY/)
    // Erasing a case takes it out of every cohort.
    db.prepare("DELETE FROM case_changes WHERE case_id = 'c1'").run()
    db.prepare("DELETE FROM cases WHERE id = 'c1'").run()
    expect(db.prepare('SELECT case_id FROM cohort_cases').all()).toEqual([{ case_id: 'c2' }])
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})
