import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { withProtectionLifted } from '../../electron/main/db/repos/erasure'
import { createTestDb, type TestDb } from '../helpers/db'

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const now = '2026-11-22T10:00:00.000Z'

describe('migration 0300: composite indexes, action search and the table counts', () => {
  it('indexes and counts the rows already there, and triggers keep both in step, erasure included', () => {
    testDb = createTestDb({ upTo: 251 })
    const { db } = testDb
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    const addCase = db.prepare(
      "INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, created_at, updated_at) VALUES (?, ?, 'family', 'Okafor', 'open', 'u1', 'a1', 'high', ?, ?)",
    )
    addCase.run('c1', 'RT-2026-0001', now, now)
    addCase.run('c2', 'RT-2026-0002', now, now)
    const addAction = db.prepare(
      "INSERT INTO actions (id, case_id, description, owner_name, owner_agency_id, due_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'a1', ?, ?, ?, ?)",
    )
    addAction.run('ac1', 'c1', 'Visit the flat on Tuesday', 'PC Jones', '2026-12-01', 'open', now, now)
    addAction.run('ac2', 'c1', 'Ring the GP', 'pc jones', '2026-12-15', 'done', now, now)
    const addTriage = db.prepare(
      `INSERT INTO triage_entries (id, case_id, received_at, source, source_reference, summary, risk_level, decision_category, decided_by, created_by, created_at, updated_at)
       VALUES (?, 'c1', ?, 'police', '', 'Found', ?, 'complex', 'u1', 'u1', ?, ?)`,
    )
    addTriage.run('t1', '2026-11-01T09:00:00.000Z', 'high', now, now)

    migrate(db, { upTo: 300 })
    expect(schemaVersion(db)).toBe(300)

    const recount = {
      actions: () =>
        db
          .prepare(
            'SELECT status, owner_name, owner_agency_id, substr(due_date, 1, 7) AS due_month, count(*) AS n FROM actions GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
          )
          .all(),
      triage: () =>
        db
          .prepare(
            'SELECT risk_level, decision_category, source, substr(received_at, 1, 7) AS received_month, count(*) AS n FROM triage_entries GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
          )
          .all(),
    }
    const kept = {
      actions: () => db.prepare('SELECT status, owner_name, owner_agency_id, due_month, n FROM action_counts ORDER BY 1, 2, 3, 4').all(),
      triage: () =>
        db.prepare('SELECT risk_level, decision_category, source, received_month, n FROM triage_counts ORDER BY 1, 2, 3, 4').all(),
    }
    const inStep = () => {
      expect(kept.actions()).toEqual(recount.actions())
      expect(kept.triage()).toEqual(recount.triage())
    }
    const find = (text: string) =>
      db
        .prepare(
          'SELECT d.action_id FROM action_fts f CROSS JOIN action_documents d ON d.id = f.rowid WHERE action_fts MATCH ? ORDER BY d.action_id',
        )
        .pluck()
        .all(`"${text}"`)
    inStep()
    expect(find('FLAT')).toEqual(['ac1'])
    expect(find('jones')).toEqual(['ac1', 'ac2'])

    // Every write keeps them in step: a new row, a changed status, owner, due month and text, a delete.
    addAction.run('ac3', 'c2', 'Check the tenancy', 'Dr Rao', '2027-01-04', 'open', now, now)
    db.prepare("UPDATE actions SET status = 'done', due_date = '2027-02-01', description = 'Visit the house' WHERE id = 'ac1'").run()
    addTriage.run('t2', '2026-12-02T09:00:00.000Z', 'low', now, now)
    db.prepare("UPDATE triage_entries SET risk_level = 'medium' WHERE id = 't1'").run()
    inStep()
    expect(find('flat')).toEqual([])
    expect(find('house')).toEqual(['ac1'])
    db.prepare("DELETE FROM action_updates WHERE action_id = 'ac2'").run()
    db.prepare("DELETE FROM actions WHERE id = 'ac2'").run()
    db.prepare("DELETE FROM triage_entries WHERE id = 't2'").run()
    inStep()

    // Erasure lifts the triggers on actions: the case's own delete takes what its actions left behind.
    withProtectionLifted(db, () => {
      db.prepare("DELETE FROM actions WHERE case_id = 'c1'").run()
      db.prepare("DELETE FROM triage_entries WHERE case_id = 'c1'").run()
      db.prepare("DELETE FROM cases WHERE id = 'c1'").run()
    })
    inStep()
    expect(db.prepare("SELECT count(*) FROM action_documents WHERE case_id = 'c1'").pluck().get()).toBe(0)
    expect(find('house')).toEqual([])
    expect(find('tenancy')).toEqual(['ac3'])
  })

  it('answers the slow filter and sort combinations along one index, in order', () => {
    testDb = createTestDb()
    const plan = (sql: string) =>
      testDb!.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => (row as { detail: string }).detail)
    expect(plan("SELECT case_id FROM case_summaries WHERE status = 'open' ORDER BY risk_rank, reference_key LIMIT 100")).toEqual([
      expect.stringMatching(/^SEARCH case_summaries USING COVERING INDEX case_summaries_by_status_risk \(status=\?\)$/),
    ])
    expect(
      plan("SELECT id FROM triage_entries WHERE risk_level = 'high' AND source = 'police' ORDER BY received_at, id LIMIT 100"),
    ).toEqual([
      expect.stringMatching(/^SEARCH triage_entries USING COVERING INDEX triage_by_risk_source_received \(risk_level=\? AND source=\?\)$/),
    ])
    expect(plan("SELECT id FROM actions WHERE status = 'open' ORDER BY owner_name COLLATE NOCASE, due_date, id LIMIT 100")).toEqual([
      expect.stringMatching(/^SEARCH actions USING COVERING INDEX actions_by_status_owner_due \(status=\?\)$/),
    ])
  })
})
