import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0100: case plan actions linked to needs', () => {
  it('upgrades a version-80 database with a saved case plan, keeps it, and links no action to a need', () => {
    testDb = createTestDb({ upTo: 80 })
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
      `INSERT INTO case_plans (case_id, person_views, dissenting_views, outcomes, contingency, contingency_contacts, step_down_criteria, distribution, sign_off, version, created_at, updated_at)
       VALUES ('c1', 'One worker please', '[]', '[{"description":"Keep the flat","needs":["housing"]}]', '[]', '[]', '[]', '[]', '[]', 3, ?, ?)`,
    ).run(now, now)

    migrate(db, { upTo: 100 })

    expect(schemaVersion(db)).toBe(100)
    expect(db.prepare('SELECT person_views, outcomes, action_needs, version FROM case_plans').all()).toEqual([
      {
        person_views: 'One worker please',
        outcomes: '[{"description":"Keep the flat","needs":["housing"]}]',
        action_needs: '[]',
        version: 3,
      },
    ])
  })
})
