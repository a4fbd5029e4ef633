import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import { reportFilters } from '../../shared/domain/outcomes/report'
import * as reports from '../../electron/main/services/reports'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const auditRows = (test: TestApp) =>
  test.db
    .prepare<[], { action: string; entity: string; entity_id: string | null; detail: string | null }>(
      "SELECT action, entity, entity_id, detail FROM audit_log WHERE entity IN ('cohort', 'case') AND action <> 'create' OR entity = 'cohort' ORDER BY id",
    )
    .all()

/** Three cases: two in Harpurhey opened in March 2026, one in Moston opened in April. */
function scene() {
  const test = createTestApp('2026-03-10T10:00:00.000Z')
  const a = makeCase(test, { title: 'Case A' })
  const b = makeCase(test, { title: 'Case B' })
  test.setNow('2026-04-02T10:00:00.000Z')
  const c = makeCase(test, { title: 'Case C' })
  test.db.prepare("UPDATE cases SET neighbourhood = 'Harpurhey' WHERE id IN (?, ?)").run(a.id, b.id)
  test.db.prepare("UPDATE cases SET neighbourhood = 'Moston' WHERE id = ?").run(c.id)
  test.setNow('2026-04-20T10:00:00.000Z')
  // The clock jumped past the idle lock: sign in again, as a person would.
  signInAs(test, test.admin)
  return { test, a, b, c }
}

describe('named cohorts', () => {
  it('creates, renames, retires and brings back a cohort; names are unique whatever the case', async () => {
    const { test } = scene()
    app = test
    const { call, handlers } = appHandlers(test)
    const otr = await call('cohorts:create', { name: 'OTR weekend', description: 'Operation Talla weekend cases' })
    expect(otr).toEqual({ id: otr.id, name: 'OTR weekend', description: 'Operation Talla weekend cases', active: true, caseCount: 0 })
    const duplicate = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:create',
      { name: '  otr Weekend ' },
      silentLogger,
    )
    expect(duplicate).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'A cohort called "OTR weekend" already exists',
        fields: { name: 'A cohort called "OTR weekend" already exists' },
      },
    })
    const blank = await dispatch(boundaryFor(test, handlers), DESKTOP_SESSION, 'cohorts:create', { name: '   ' }, silentLogger)
    expect(blank.ok ? null : blank.error.fields).toEqual({ name: 'Enter the name of the cohort' })
    expect(await call('cohorts:rename', { id: otr.id, name: 'OTR weekends', description: '' })).toMatchObject({
      name: 'OTR weekends',
      description: '',
    })
    expect(await call('cohorts:setActive', { id: otr.id, active: false })).toMatchObject({ active: false })
    expect(await call('cohorts:list', {})).toEqual([])
    expect((await call('cohorts:list', { includeRetired: true })).map((cohort) => [cohort.name, cohort.active])).toEqual([
      ['OTR weekends', false],
    ])
    const retiredDuplicate = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:create',
      { name: 'OTR WEEKENDS' },
      silentLogger,
    )
    expect(retiredDuplicate.ok ? null : retiredDuplicate.error.message).toBe(
      'A cohort called "OTR weekends" already exists (retired: bring it back instead)',
    )
    expect(await call('cohorts:setActive', { id: otr.id, active: true })).toMatchObject({ active: true })
    expect(auditRows(test).map((row) => [row.action, row.entity, row.entity_id])).toEqual([
      ['create', 'cohort', otr.id],
      ['update', 'cohort', otr.id],
      ['retire', 'cohort', otr.id],
      ['reactivate', 'cohort', otr.id],
    ])
  })

  it('adds and removes one case, audited against the case, and refuses a retired cohort or a second add', async () => {
    const { test, a } = scene()
    app = test
    const { call, handlers } = appHandlers(test)
    const otr = await call('cohorts:create', { name: 'OTR weekend' })
    const pilot = await call('cohorts:create', { name: 'Pilot' })
    expect((await call('cohorts:addCase', { cohortId: otr.id, caseId: a.id })).map((row) => row.name)).toEqual(['OTR weekend'])
    expect((await call('cohorts:addCase', { cohortId: pilot.id, caseId: a.id })).map((row) => row.name)).toEqual(['OTR weekend', 'Pilot'])
    const again = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:addCase',
      { cohortId: otr.id, caseId: a.id },
      silentLogger,
    )
    expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'This case is already in that cohort.' } })
    expect((await call('cohorts:removeCase', { cohortId: pilot.id, caseId: a.id })).map((row) => row.name)).toEqual(['OTR weekend'])
    await call('cohorts:setActive', { id: pilot.id, active: false })
    const before = test.db.prepare('SELECT * FROM cohort_cases').all()
    const retired = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:addCase',
      { cohortId: pilot.id, caseId: a.id },
      silentLogger,
    )
    expect(retired.ok ? null : retired.error.fields).toEqual({ cohortId: '"Pilot" has been retired: bring it back before adding cases' })
    const noCase = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:addCase',
      { cohortId: otr.id, caseId: crypto.randomUUID() },
      silentLogger,
    )
    expect(noCase.ok ? null : noCase.error.code).toBe('not_found')
    expect(test.db.prepare('SELECT * FROM cohort_cases').all()).toEqual(before)
    expect((await call('cohorts:forCase', { caseId: a.id })).map((row) => [row.name, row.active])).toEqual([['OTR weekend', true]])
    expect((await call('cohorts:list', {})).map((row) => [row.name, row.caseCount])).toEqual([['OTR weekend', 1]])
    const caseRows = auditRows(test).filter((row) => row.entity === 'case')
    expect(caseRows).toEqual([
      { action: 'update', entity: 'case', entity_id: a.id, detail: JSON.stringify({ cohortAdded: otr.id }) },
      { action: 'update', entity: 'case', entity_id: a.id, detail: JSON.stringify({ cohortAdded: pilot.id }) },
      { action: 'update', entity: 'case', entity_id: a.id, detail: JSON.stringify({ cohortRemoved: pilot.id }) },
      { action: 'view', entity: 'case', entity_id: a.id, detail: JSON.stringify({ channel: 'cohorts:forCase' }) },
    ])
  })

  it('adds every case a filter finds in one go, counting only the new ones, and Reports then filters by the cohort', async () => {
    const { test, a, b, c } = scene()
    app = test
    const { call } = appHandlers(test)
    const otr = await call('cohorts:create', { name: 'OTR weekend' })
    await call('cohorts:addCase', { cohortId: otr.id, caseId: a.id })
    const result = await call('cohorts:addByFilter', { cohortId: otr.id, from: '2026-03-01', to: '2026-03-31', neighbourhood: 'Harpurhey' })
    expect(result).toEqual({ added: 1, cohort: { ...otr, caseCount: 2 } })
    expect(
      test.db
        .prepare('SELECT case_id FROM cohort_cases ORDER BY case_id')
        .all()
        .map((row) => (row as { case_id: string }).case_id),
    ).toEqual([a.id, b.id].sort())

    const all = reports.build(test.ctx, reportFilters.parse({ from: '2026-01-01', to: '2026-04-30' }))
    const cohort = reports.build(test.ctx, reportFilters.parse({ from: '2026-01-01', to: '2026-04-30', cohortId: otr.id }))
    expect([all.cohortSize, cohort.cohortSize]).toEqual([3, 2])
    await call('cohorts:addCase', { cohortId: otr.id, caseId: c.id })
    expect(reports.build(test.ctx, reportFilters.parse({ from: '2026-01-01', to: '2026-04-30', cohortId: otr.id })).cohortSize).toBe(3)
    // The date range still applies inside a cohort.
    expect(reports.build(test.ctx, reportFilters.parse({ from: '2026-04-01', to: '2026-04-30', cohortId: otr.id })).cohortSize).toBe(1)
    expect(reports.boardData(test.ctx, reportFilters.parse({ from: '2026-01-01', to: '2026-04-30', cohortId: otr.id })).scope).toBe(
      'All neighbourhoods; all agencies; cohort: OTR weekend',
    )
  })

  it('lets a viewer see cohorts but not change them', async () => {
    const { test, a } = scene()
    app = test
    const { call, handlers } = appHandlers(test)
    const otr = await call('cohorts:create', { name: 'OTR weekend' })
    const viewer = makeUser(test, { name: 'Vic Viewer', role: 'viewer' })
    signInAs(test, viewer)
    expect((await call('cohorts:list', {})).map((row) => row.name)).toEqual(['OTR weekend'])
    const refused = await dispatch(
      boundaryFor(test, handlers),
      DESKTOP_SESSION,
      'cohorts:addCase',
      { cohortId: otr.id, caseId: a.id },
      silentLogger,
    )
    expect(refused.ok ? null : refused.error.code).toBe('forbidden')
    expect(test.db.prepare('SELECT count(*) AS n FROM cohort_cases').get()).toEqual({ n: 0 })
  })
})
