import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/main/db/connection'
import { migrate } from '../../electron/main/db/migrate'
import { isDemo } from '../../electron/main/db/repos/demo'
import { DemoFolderRefused, desktopFolders, prepareDemoFolder } from '../../electron/main/demo/demoFolder'
import { DEMO_COHORT, demoPeriod, loadDemo } from '../../electron/main/demo/loadDemo'
import * as exportsService from '../../electron/main/services/exports'
import * as reports from '../../electron/main/services/reports'
import { folderSaver } from '../../electron/main/export/fileSaver'
import { reportFilters } from '../../shared/domain/outcomes/report'
import { readDocxBytes } from '../helpers/docx'
import { createTestDb, type TestDb } from '../helpers/db'
import { readFileSync } from 'node:fs'

const WEEKS = 10
const opened: TestDb[] = []
const folders: string[] = []
afterEach(() => {
  for (const test of opened.splice(0)) test.cleanup()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** Every row the demo wrote that does not depend on random ids or the real clock. */
function shape(test: TestDb) {
  const q = (sql: string) => test.db.prepare(sql).all()
  return {
    cases: q('SELECT reference, kind, title, status, risk_level, neighbourhood, created_at FROM cases ORDER BY reference'),
    triage: q(
      'SELECT received_at, source, risk_level, decision_category, meeting_reasons, is_repeat FROM triage_entries ORDER BY received_at, source',
    ),
    meetings: q('SELECT date, status FROM meetings ORDER BY date'),
    demand: q('SELECT kind, period_start, period_end, count FROM demand_events ORDER BY period_start, kind, count'),
  }
}

describe('the demo year (npm run demo)', () => {
  // The whole year takes a minute or two (it runs every meeting through the services): the
  // tests load its first weeks, which are the same weeks the full demo starts with.
  it(
    'loads triage, weekly meetings, actions and demand through the services, marked DEMO, the same every time',
    { timeout: 120_000 },
    async () => {
      const first = createTestDb()
      opened.push(first)
      const clocks: string[] = []
      const summary = loadDemo(first.db, (at) => clocks.push(at.toISOString()), { weeks: WEEKS })
      expect(isDemo(first.db)).toBe(true)
      expect(summary.meetings).toBe(WEEKS)
      expect(summary.users).toBe(8)
      expect(summary.cases).toBeGreaterThanOrEqual(WEEKS)
      expect(summary.contacts).toBeGreaterThan(summary.cases)
      expect(summary.cohortCases).toBeGreaterThan(0)
      // The clock only ever moves forward, from the first day of the year.
      expect(clocks.every((at, index) => index === 0 || at >= (clocks[index - 1] ?? ''))).toBe(true)
      expect(clocks[0]?.slice(0, 10)).toBe(demoPeriod.from)

      const counts = first.db
        .prepare<[], { approved: number; closed: number; done: number; open: number; dropped: number; directions: number }>(
          `SELECT (SELECT count(*) FROM meetings WHERE status = 'approved') AS approved, (SELECT count(*) FROM cases WHERE status = 'closed') AS closed,
        (SELECT count(*) FROM actions WHERE status = 'done') AS done, (SELECT count(*) FROM actions WHERE status = 'open') AS open, (SELECT count(*) FROM actions WHERE status = 'dropped') AS dropped,
        (SELECT count(*) FROM agenda_items WHERE direction IS NOT NULL) AS directions`,
        )
        .get()
      expect(counts?.approved).toBe(WEEKS)
      for (const value of Object.values(counts ?? {})) expect(value).toBeGreaterThan(0)

      const second = createTestDb()
      opened.push(second)
      expect(loadDemo(second.db, () => undefined, { weeks: WEEKS })).toEqual(summary)
      expect(shape(second)).toEqual(shape(first))
    },
  )

  it(
    'shows on Reports for the OTR weekend cohort, and every export says DEMO in its header and file name',
    { timeout: 120_000 },
    async () => {
      const test = createTestDb()
      opened.push(test)
      let clock = new Date()
      loadDemo(test.db, (at) => (clock = at), { weeks: WEEKS })
      const admin = test.db.prepare<[], { id: string }>("SELECT id FROM users WHERE role = 'admin'").get()?.id ?? null
      const ctx = { db: test.db, now: () => clock, actorId: () => admin }
      const cohortId = test.db.prepare<[string], { id: string }>('SELECT id FROM cohorts WHERE name = ?').get(DEMO_COHORT)?.id ?? null
      const filters = reportFilters.parse({ ...demoPeriod, cohortId })
      const report = reports.build(ctx, filters)
      expect(report.cohortSize).toBeGreaterThan(0)
      expect(report.direction.casesWithDirection).toBeGreaterThan(0)
      expect(report.demand.changes.find((change) => change.kind === 'police_incident')?.before).toBeGreaterThan(0)
      const result = await exportsService.boardReport(ctx, folderSaver(join(test.dir, 'exports')), {
        filters,
        recipients: 'Partnership board',
      })
      expect(result.fileName).toBe('DEMO Board report 2025-12-01 to 2026-11-30.docx')
      const docx = await readDocxBytes(readFileSync(result.savedTo ?? ''))
      expect(docx.headers.join()).toContain('DEMO DATA: made-up people and cases, for demonstration only')
      const csv = await exportsService.reportCsv(ctx, folderSaver(join(test.dir, 'exports')), { filters, table: 'demand', recipients: '' })
      expect(csv.fileName).toBe('DEMO Demand before and since 2025-12-01 to 2026-11-30.csv')
    },
  )

  it("refuses a folder holding a real database, one it cannot read, and the desktop app's own folder; reloads an earlier demo", () => {
    const folder = mkdtempSync(join(tmpdir(), 'roundtable-demo-'))
    folders.push(folder)
    const key = 'ab'.repeat(32)
    const file = join(folder, 'roundtable.db')
    const real = openDatabase(file, { keyHex: key })
    migrate(real)
    real.close()
    const before = readFileSync(file)
    expect(() => prepareDemoFolder(folder, 'roundtable.db', () => key)).toThrow(DemoFolderRefused)
    expect(() => prepareDemoFolder(folder, 'roundtable.db', () => key)).toThrow(
      /holds a database that is not demo data\. Nothing was changed/,
    )
    expect(() => prepareDemoFolder(folder, 'roundtable.db', () => null)).toThrow(/no key to read it/)
    expect(() => prepareDemoFolder(folder, 'roundtable.db', () => 'cd'.repeat(32))).toThrow(/cannot read/)
    expect(readFileSync(file).equals(before)).toBe(true)

    const desktop = desktopFolders({ XDG_CONFIG_HOME: folder })[2] ?? ''
    expect(() => prepareDemoFolder(desktop, 'roundtable.db', () => key, { XDG_CONFIG_HOME: folder })).toThrow(
      /the desktop app's own data folder/,
    )

    const demo = openDatabase(file, { keyHex: key })
    demo.prepare("INSERT INTO demo_marker (id, loaded_at, seed) VALUES (1, '2026-12-01T00:00:00.000Z', 'x')").run()
    demo.close()
    writeFileSync(join(folder, 'keep.txt'), 'other files stay')
    prepareDemoFolder(folder, 'roundtable.db', () => key)
    expect(() => readFileSync(file)).toThrow(/ENOENT/)
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('other files stay')
    // An empty folder is ready as it is.
    expect(() => prepareDemoFolder(join(folder, 'new'), 'roundtable.db', () => null)).not.toThrow()
  })
})
