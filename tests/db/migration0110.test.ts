import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0110: the full-text search index', () => {
  it('indexes the people, cases and contacts already there, and triggers keep it in step', () => {
    testDb = createTestDb({ upTo: 100 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES ('c1', 'RT-2026-0001', 'family', 'The Okafor family', 'open', 'u1', 'a1', 'high', ?, ?)",
    ).run(now, now)
    db.prepare(
      `INSERT INTO people (id, case_id, role, first_name, last_name, date_of_birth, nhs_number, police_reference, created_at, updated_at)
       VALUES ('p1', 'c1', 'subject', 'Siobhán', 'O''Brien-Okafor', '1990-06-01', '9434765919', 'GMP-77-1234', ?, ?)`,
    ).run(now, now)
    db.prepare(
      `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, decision_category, decided_by, created_by, created_at, updated_at)
       VALUES ('t1', 'c1', 'p1', ?, 'police', 'NWAS-0417', 'Found on the bridge', 'high', 'complex', 'u1', 'u1', ?, ?)`,
    ).run(now, now, now)

    migrate(db, { upTo: 110 })
    expect(schemaVersion(db)).toBe(110)

    const find = (match: string) =>
      db
        .prepare(
          'SELECT d.kind, d.entity_id FROM search_fts f JOIN search_documents d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY d.kind, d.entity_id',
        )
        .all(match)
    expect(db.prepare('SELECT kind, entity_id FROM search_documents ORDER BY kind').all()).toEqual([
      { kind: 'case', entity_id: 'c1' },
      { kind: 'person', entity_id: 'p1' },
      { kind: 'triage', entity_id: 't1' },
    ])
    // Punctuation dropped as normaliseName drops it; accents and case folded; whole words between spaces.
    expect(find('{name} : (" siobhan " AND "obrienokafor")')).toEqual([{ kind: 'person', entity_id: 'p1' }])
    expect(find('{police_reference} : ("77-12")')).toEqual([{ kind: 'person', entity_id: 'p1' }])
    expect(find('{reference title} : ("okafor")')).toEqual([{ kind: 'case', entity_id: 'c1' }])
    expect(find('{source_reference} : ("0417")')).toEqual([{ kind: 'triage', entity_id: 't1' }])
    expect(find('{summary} : ("BRIDGE")')).toEqual([{ kind: 'triage', entity_id: 't1' }])
    expect(db.prepare("SELECT id FROM people WHERE nhs_number = '9434765919'").pluck().all()).toEqual(['p1'])

    // A rename replaces the old name in the index; a new row is indexed; a delete leaves nothing behind.
    db.prepare("UPDATE people SET first_name = 'Grace' WHERE id = 'p1'").run()
    expect(find('{name} : ("siobhan")')).toEqual([])
    expect(find('{name} : (" grace ")')).toEqual([{ kind: 'person', entity_id: 'p1' }])
    db.prepare("UPDATE cases SET title = 'Whitaker' WHERE id = 'c1'").run()
    expect(find('{title} : ("okafor")')).toEqual([])
    expect(find('{title} : ("whitaker")')).toEqual([{ kind: 'case', entity_id: 'c1' }])
    db.prepare(
      "INSERT INTO people (id, case_id, role, first_name, last_name, created_at, updated_at) VALUES ('p2', 'c1', 'child', 'Jo', 'Okafor', ?, ?)",
    ).run(now, now)
    expect(find('{name} : (" jo ")')).toEqual([{ kind: 'person', entity_id: 'p2' }])
    db.prepare("DELETE FROM triage_entries WHERE id = 't1'").run()
    db.prepare("DELETE FROM people WHERE id = 'p2'").run()
    expect(find('{summary} : ("bridge")')).toEqual([])
    expect(find('{name} : (" jo ")')).toEqual([])
    expect(db.prepare('SELECT kind, entity_id FROM search_documents ORDER BY kind').all()).toEqual([
      { kind: 'case', entity_id: 'c1' },
      { kind: 'person', entity_id: 'p1' },
    ])
  })
})
