import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-12-02T10:00:00.000Z'

describe('migration 0180: unit costs', () => {
  it('upgrades a version-100 database with demand events, keeps them, and seeds the default unit costs', () => {
    testDb = createTestDb({ upTo: 100 })
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
    db.prepare(
      `INSERT INTO demand_events (id, case_id, person_id, kind, period_start, period_end, count, note, created_by, created_at, updated_at)
       VALUES ('d1', 'c1', NULL, 'ambulance', '2026-01-05', '2026-01-05', 2, '', 'u1', ?, ?)`,
    ).run(now, now)

    migrate(db, { upTo: 180 })

    expect(schemaVersion(db)).toBe(180)
    expect(db.prepare('SELECT id, kind, count FROM demand_events').all()).toEqual([{ id: 'd1', kind: 'ambulance', count: 2 }])
    expect(db.prepare('SELECT kind, cost_pence, price_year, bearer FROM unit_costs ORDER BY kind').all()).toEqual([
      { kind: 'ae_attendance', cost_pence: 11700, price_year: '2013-14', bearer: 'nhs' },
      { kind: 'ambulance', cost_pence: 21600, price_year: '2013-14', bearer: 'nhs' },
      { kind: 'gp_crisis', cost_pence: 4500, price_year: '2013-14', bearer: 'nhs' },
    ])
    const sources = db.prepare<[], { kind: string; source: string }>('SELECT kind, source FROM unit_costs').all()
    expect(sources.find((row) => row.kind === 'ambulance')?.source).toMatch(
      /^Greater Manchester Unit Cost Database .*£216 per incident at 2013-14 prices/,
    )
    expect(sources.filter((row) => row.kind !== 'ambulance').every((row) => row.source.startsWith('Indicative:'))).toBe(true)
  })
  it('refuses a negative cost, an unknown kind and a badly written price year', () => {
    testDb = createTestDb({ upTo: 180 })
    const insert = testDb.db.prepare(
      'INSERT INTO unit_costs (kind, cost_pence, price_year, bearer, source, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    expect(() => insert.run('housing', -1, '2013-14', 'local_authority', 's', now)).toThrow(/CHECK/)
    expect(() => insert.run('parking', 100, '2013-14', 'other', 's', now)).toThrow(/CHECK/)
    expect(() => insert.run('housing', 100, '2013/14', 'local_authority', 's', now)).toThrow(/CHECK/)
  })
})
