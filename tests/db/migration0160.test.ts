import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0160: triage sources kept in a table', () => {
  it('upgrades a version-100 database: the fixed sources and fire, probation and DWP are listed, and old entries keep their source', () => {
    testDb = createTestDb({ upTo: 100 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'practitioner', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c1', 'RT-2026-0001', 'individual', 'Reed', 'triage', 'u1', 'a1', 'low', ?, ?)",
    ).run(now, now)
    const entry = db.prepare(
      `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, risk_factors, decision_category, meeting_reasons, decision_notes, decided_by, bring_to_next_meeting, is_repeat, supersedes_id, created_by, created_at, updated_at)
       VALUES (?, 'c1', NULL, ?, ?, '', 'A call', 'low', '[]', 'nfa', '[]', '', 'u1', 0, 0, NULL, 'u1', ?, ?)`,
    )
    entry.run('t1', now, 'gp', now, now)
    // A key no list ever had (e.g. written by hand): kept, and listed as retired so it still reads.
    entry.run('t2', now, 'street_triage', now, now)

    migrate(db, { upTo: 160 })

    expect(schemaVersion(db)).toBe(160)
    expect(db.prepare('SELECT key, label, active FROM triage_sources ORDER BY sort_order, key').all()).toEqual([
      { key: 'police', label: 'Police incident', active: 1 },
      { key: 'ambulance', label: 'Ambulance', active: 1 },
      { key: 'ae', label: 'A&E', active: 1 },
      { key: 'gp', label: 'GP', active: 1 },
      { key: 'housing', label: 'Housing', active: 1 },
      { key: 'fire', label: 'Fire and rescue', active: 1 },
      { key: 'probation', label: 'Probation', active: 1 },
      { key: 'dwp', label: 'DWP (benefits)', active: 1 },
      { key: 'self', label: 'Self-referral', active: 1 },
      { key: 'family', label: 'Family or friend', active: 1 },
      { key: 'other_agency', label: 'Other agency', active: 1 },
      { key: 'other', label: 'Other', active: 1 },
      { key: 'street_triage', label: 'street_triage', active: 0 },
    ])
    expect(db.prepare('SELECT id, source FROM triage_entries ORDER BY id').all()).toEqual([
      { id: 't1', source: 'gp' },
      { id: 't2', source: 'street_triage' },
    ])
    // Two sources may not share a name, whatever the case.
    expect(() =>
      db
        .prepare("INSERT INTO triage_sources (key, label, active, sort_order, created_at, updated_at) VALUES ('gp2', 'gp', 1, 5, ?, ?)")
        .run(now, now),
    ).toThrow(/UNIQUE/)
  })
})
