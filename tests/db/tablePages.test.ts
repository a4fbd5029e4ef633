import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { actionPageSql, casePageSql, triagePageSql } from '../../electron/main/db/repos/tablePages'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import type { CaseSummary } from '../../shared/domain/cases'
import { hasConsentToShare } from '../../shared/domain/record/consent'
import type { ActionView } from '../../shared/domain/meetings/views'
import type { TriageEntryView } from '../../shared/domain/record/views'
import {
  actionPageInput,
  caseRowFields,
  casePageInput,
  DEFAULT_PAGE_ROWS,
  MAX_PAGE_ROWS,
  triagePageInput,
  type ActionPageInput,
  type CasePageInput,
  type TriagePageInput,
} from '../../shared/domain/tablePages'
import type { InputOf } from '../../shared/ipc'
import { createTestApp, makeUser, signInAs, type TestApp } from '../helpers/db'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'
import { scaleCaseId, scaleReference, scaleSubject, seedTableScale, type TableScale } from '../helpers/tableScale'

const CASES = 600
let app: TestApp
let scale: TableScale
let call: ReturnType<typeof appHandlers>['call']
let allCases: CaseSummary[]
let allTriage: TriageEntryView[]
let allActions: ActionView[]

beforeAll(async () => {
  app = createTestApp('2026-11-22T10:00:00.000Z')
  scale = seedTableScale(app, { cases: CASES })
  call = appHandlers(app).call
  // The whole-list channels are the oracle: the pages must agree with them, filtered and sorted in plain code.
  allCases = await call('cases:list', {})
  allTriage = await call('triage:list', {})
  allActions = await call('actions:list', {})
}, 120_000)
afterAll(() => app.cleanup())

const byReferenceDesc = (a: CaseSummary, b: CaseSummary) => b.reference.localeCompare(a.reference)
const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id)

async function casePage(input: CasePageInput) {
  return call('cases:page', input as InputOf<'cases:page'>)
}

describe('cases:page', () => {
  it('pages the whole table newest reference first, with the total, to the last row and past it', async () => {
    const expected = [...allCases].sort(byReferenceDesc)
    const first = await casePage({ limit: 50 })
    expect(first.total).toBe(CASES)
    expect(ids(first.rows)).toEqual(ids(expected.slice(0, 50)))
    const middle = await casePage({ offset: 275, limit: 50 })
    expect(ids(middle.rows)).toEqual(ids(expected.slice(275, 325)))
    const last = await casePage({ offset: CASES - 1, limit: 200 })
    expect(ids(last.rows)).toEqual([expected.at(-1)!.id])
    expect(last.total).toBe(CASES)
    const past = await casePage({ offset: CASES, limit: 10 })
    expect(past).toEqual({ rows: [], total: CASES })
    // The page's row carries exactly the columns the table shows, as the list has them: never the search text
    // behind it, nor the subject's name.
    const row = first.rows[0]!
    const listed = expected[0]!
    expect(row).toEqual(Object.fromEntries(caseRowFields.map((field) => [field, listed[field]])))
    expect(row).not.toHaveProperty('searchText')
    expect(row).not.toHaveProperty('subjectName')
  })

  it('sends a page in under 100 KB: the most rows of Cases, the window the tables ask for of each', async () => {
    const size = (value: unknown) => Buffer.byteLength(JSON.stringify({ ok: true, value }))
    expect(size(await casePage({ limit: MAX_PAGE_ROWS }))).toBeLessThan(100 * 1024)
    expect(size(await call('triage:page', { limit: DEFAULT_PAGE_ROWS }))).toBeLessThan(100 * 1024)
    expect(size(await call('actions:page', { limit: DEFAULT_PAGE_ROWS }))).toBeLessThan(100 * 1024)
  })

  it('filters as the screen does, each filter and together, with the total', async () => {
    const housing = app.agency('Housing')
    const keyworker = scale.keyworkerIds[2]!
    const cases: Array<[CasePageInput['filter'], (c: CaseSummary) => boolean]> = [
      [{ status: 'review' }, (c) => c.status === 'review'],
      [{ riskLevel: 'high' }, (c) => c.riskLevel === 'high'],
      [{ triageCategory: 'complex' }, (c) => c.triageCategory === 'complex'],
      [{ keyworkerId: keyworker }, (c) => c.keyworkerId === keyworker],
      [{ agencyId: housing.id }, (c) => c.agencyNames.includes(housing.name)],
      [{ neighbourhood: 'Sale' }, (c) => c.neighbourhood === 'Sale'],
      [{ consent: 'not_given' }, (c) => !hasConsentToShare(c.subjectConsent)],
      [
        { consent: 'not_given', status: 'open', riskLevel: 'low', agencyId: housing.id },
        (c) => !hasConsentToShare(c.subjectConsent) && c.status === 'open' && c.riskLevel === 'low' && c.agencyNames.includes(housing.name),
      ],
    ]
    for (const [filter, keep] of cases) {
      const expected = allCases.filter(keep).sort(byReferenceDesc)
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const page = await casePage({ filter, limit: 30, offset: 5 })
      expect(page.total, JSON.stringify(filter)).toBe(expected.length)
      expect(ids(page.rows), JSON.stringify(filter)).toEqual(ids(expected.slice(5, 35)))
    }
  })

  it('sorts by each column both ways, ties broken by reference', async () => {
    const keyOf: Record<string, (c: CaseSummary) => string | number> = {
      title: (c) => c.title,
      riskLevel: (c) => ({ high: 0, medium: 1, low: 2 })[c.riskLevel],
      keyworker: (c) => c.keyworkerName ?? '',
      neighbourhood: (c) => c.neighbourhood,
      referralCount: (c) => c.referralCount,
      agencyCount: (c) => c.agencyCount,
    }
    for (const [by, key] of Object.entries(keyOf)) {
      for (const direction of ['asc', 'desc'] as const) {
        const sign = direction === 'asc' ? 1 : -1
        const cmp = (a: CaseSummary, b: CaseSummary) => {
          const x = key(a)
          const y = key(b)
          return sign * (x < y ? -1 : x > y ? 1 : 0) || sign * a.reference.localeCompare(b.reference)
        }
        const expected = [...allCases].sort(cmp)
        const page = await casePage({ sort: { by: by as 'title', direction }, limit: 40, offset: 100 })
        expect(ids(page.rows), `${by} ${direction}`).toEqual(ids(expected.slice(100, 140)))
        // In the back half the window is read from the far end: the same rows, in the same order.
        const late = await casePage({ sort: { by: by as 'title', direction }, limit: 40, offset: 500 })
        expect(ids(late.rows), `${by} ${direction} late`).toEqual(ids(expected.slice(500, 540)))
      }
    }
  })

  it('searches names, references, NHS numbers and police references through the index, and short text too', async () => {
    const n = 123
    const subject = scaleSubject(n)
    expect(ids((await casePage({ search: `${subject.firstName} ${subject.lastName}` })).rows)).toEqual([scaleCaseId(n)])
    expect(ids((await casePage({ search: scaleReference(n) })).rows)).toEqual([scaleCaseId(n)])
    const nhs = app.db
      .prepare<[string], { nhs_number: string }>("SELECT nhs_number FROM people WHERE case_id = ? AND role = 'subject'")
      .get(scaleCaseId(n))!.nhs_number
    expect(ids((await casePage({ search: nhs.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3') })).rows)).toEqual([scaleCaseId(n)])
    expect(ids((await casePage({ search: 'GMP-P-125' })).rows)).toEqual([scaleCaseId(125)])
    expect(ids((await casePage({ search: 'REF-124-2' })).rows)).toEqual([scaleCaseId(124)])
    // A keyworker's name finds their cases; filters still apply.
    const byKeyworker = await casePage({ search: 'Keyworker C', filter: { riskLevel: 'high' }, limit: 200 })
    expect(byKeyworker.total).toBe(allCases.filter((c) => c.keyworkerName === 'Keyworker C' && c.riskLevel === 'high').length)
    // Two letters: the summary's search text.
    const short = await casePage({ search: 'zo', limit: 200 })
    expect(short.total).toBe(allCases.filter((c) => c.searchText.includes('zo')).length)
    expect(await casePage({ search: 'no such person anywhere' })).toEqual({ rows: [], total: 0 })
  })
})

describe('triage:page', () => {
  const newest = (a: TriageEntryView, b: TriageEntryView) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id)
  const assessment = (e: TriageEntryView) => (e.supersededById ? 'reassessed' : e.supersedesId ? 'retriage' : 'current')

  it('pages newest first and filters as the log does', async () => {
    const total = allTriage.length
    const first = await call('triage:page', { limit: 100 })
    expect(first.total).toBe(total)
    expect(first.rows.map((r) => r.id)).toEqual(
      [...allTriage]
        .sort(newest)
        .slice(0, 100)
        .map((r) => r.id),
    )
    const end = await call('triage:page', { offset: total - 3, limit: 100 })
    expect(end.rows).toHaveLength(3)
    const police = app.agency('Police')
    const filters: Array<[TriagePageInput['filter'], (e: TriageEntryView) => boolean]> = [
      [{ riskLevel: 'medium' }, (e) => e.riskLevel === 'medium'],
      [{ decisionCategory: 'nfa' }, (e) => e.decisionCategory === 'nfa'],
      [{ source: 'gp' }, (e) => e.source === 'gp'],
      [{ caseStatus: 'closed' }, (e) => e.caseStatus === 'closed'],
      [{ neighbourhood: 'Hale' }, (e) => e.neighbourhood === 'Hale'],
      [{ assessment: 'retriage' }, (e) => assessment(e) === 'retriage'],
      [{ assessment: 'reassessed' }, (e) => assessment(e) === 'reassessed'],
      [{ assessment: 'current', consent: 'given' }, (e) => assessment(e) === 'current' && hasConsentToShare(e.subjectConsent)],
      [{ agencyId: police.id, riskLevel: 'high' }, (e) => e.agencyNames.includes(police.name) && e.riskLevel === 'high'],
    ]
    for (const [filter, keep] of filters) {
      const expected = allTriage.filter(keep).sort(newest)
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const page = await call('triage:page', { filter, limit: 50, offset: 2 } as InputOf<'triage:page'>)
      expect(page.total, JSON.stringify(filter)).toBe(expected.length)
      expect(
        page.rows.map((r) => r.id),
        JSON.stringify(filter),
      ).toEqual(expected.slice(2, 52).map((r) => r.id))
    }
  })

  it('sorts by case reference and by risk, and searches the case and the contact', async () => {
    const byRef = await call('triage:page', { sort: { by: 'caseReference', direction: 'asc' }, limit: 8 })
    expect(byRef.rows.map((r) => r.caseReference)).toEqual(
      [...allTriage]
        .sort((a, b) => a.caseReference.localeCompare(b.caseReference) || a.receivedAt.localeCompare(b.receivedAt))
        .slice(0, 8)
        .map((r) => r.caseReference),
    )
    const byRisk = await call('triage:page', { sort: { by: 'riskLevel', direction: 'asc' }, limit: 200 })
    expect(byRisk.rows.every((r) => r.riskLevel === 'high')).toBe(true)
    const subject = scaleSubject(77)
    const found = await call('triage:page', { search: subject.lastName })
    expect(found.total).toBe(4)
    expect(new Set(found.rows.map((r) => r.caseId))).toEqual(new Set([scaleCaseId(77)]))
    const bySummary = await call('triage:page', { search: 'Contact 3 about case 77' })
    expect(bySummary.rows.map((r) => r.id)).toEqual(['triage-77-3'])
  })
})

describe('actions:page', () => {
  const dueOrder = (a: ActionView, b: ActionView) =>
    Number(a.status !== 'open') - Number(b.status !== 'open') || a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id)

  it('pages open first by due date (overdue first), with filters, quick toggles and the total', async () => {
    const all = await call('actions:page', { limit: 200, offset: 1000 })
    expect(all.total).toBe(allActions.length)
    expect(all.rows.map((r) => r.id)).toEqual(
      [...allActions]
        .sort(dueOrder)
        .slice(1000, 1200)
        .map((r) => r.id),
    )
    // The row is the list's row: meetings carried, escalation and overdue included.
    const sample = all.rows[17]!
    expect(sample).toEqual(allActions.find((a) => a.id === sample.id))
    const police = app.agency('Police')
    const filters: Array<[ActionPageInput['filter'], (a: ActionView) => boolean]> = [
      [{ status: 'dropped' }, (a) => a.status === 'dropped'],
      [{ ownerName: 'dr rao' }, (a) => a.ownerName === 'Dr Rao'],
      [{ ownerAgencyId: police.id }, (a) => a.ownerAgencyId === police.id],
      [{ overdue: true }, (a) => a.overdue],
      [{ dueThisWeek: true }, (a) => a.status === 'open' && a.dueDate >= '2026-11-22' && a.dueDate <= '2026-11-29'],
      [{ mine: true, status: 'open' }, (a) => a.ownerName === 'Alex Admin' && a.status === 'open'],
    ]
    for (const [filter, keep] of filters) {
      const expected = allActions.filter(keep).sort(dueOrder)
      if (!filter?.mine) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const page = await call('actions:page', { filter, limit: 100 } as InputOf<'actions:page'>)
      expect(page.total, JSON.stringify(filter)).toBe(expected.length)
      expect(
        page.rows.map((r) => r.id),
        JSON.stringify(filter),
      ).toEqual(expected.slice(0, 100).map((r) => r.id))
    }
  })

  it('groups by owner or agency with each group counted, and searches a case, a description and an owner', async () => {
    const grouped = await call('actions:page', { groupBy: 'agency', limit: 200, offset: 0 })
    const agencyNames = [...new Set(allActions.map((a) => a.ownerAgencyName))].sort((a, b) =>
      a.toLowerCase().localeCompare(b.toLowerCase()),
    )
    expect(grouped.groups.map((g) => g.label)).toEqual(agencyNames)
    expect(grouped.groups.map((g) => g.count)).toEqual(
      agencyNames.map((name) => allActions.filter((a) => a.ownerAgencyName === name).length),
    )
    const firstGroup = allActions.filter((a) => a.ownerAgencyName === agencyNames[0]).sort(dueOrder)
    expect(grouped.rows.map((r) => r.id)).toEqual(firstGroup.slice(0, 200).map((r) => r.id))
    // The last window of a grouped table is read from the far end, in the same order.
    const lastGroup = allActions.filter((a) => a.ownerAgencyName === agencyNames.at(-1)).sort(dueOrder)
    const tail = await call('actions:page', { groupBy: 'agency', limit: 150, offset: allActions.length - 150 })
    expect(tail.rows.map((r) => r.id)).toEqual(lastGroup.slice(-150).map((r) => r.id))
    const byOwner = await call('actions:page', { groupBy: 'owner', limit: 5 })
    expect(byOwner.groups.map((g) => g.label)[0]).toBe('Dr Rao')
    expect(byOwner.rows.every((r) => r.ownerName === 'Dr Rao')).toBe(true)

    expect((await call('actions:page', { search: scaleReference(42) })).total).toBe(10)
    expect((await call('actions:page', { search: 'Action 7 for case 42', limit: 200 })).rows.map((r) => r.id).sort()).toEqual(
      allActions
        .filter((a) => a.description.includes('Action 7 for case 42'))
        .map((a) => a.id)
        .sort(),
    )
    expect((await call('actions:page', { search: 'Pat Youth' })).total).toBe(allActions.filter((a) => a.ownerName === 'Pat Youth').length)
  })
})

describe('the page channels at the boundary', () => {
  it('refuses bad input with a specific message and changes nothing', async () => {
    const boundary = boundaryFor(app)
    const bad: Array<[string, unknown, string]> = [
      ['cases:page', { limit: 201 }, 'Ask for at most 200 rows at a time'],
      ['cases:page', { limit: 0 }, 'Ask for at least one row'],
      ['cases:page', { offset: -1 }, 'The first row cannot be negative'],
      ['cases:page', { offset: 1.5 }, 'The first row must be a whole number'],
      ['cases:page', { sort: { by: 'searchText', direction: 'asc' } }, 'Not a column this table sorts by'],
      ['cases:page', { sort: { by: 'reference', direction: 'sideways' } }, 'Sort ascending or descending'],
      ['cases:page', { filter: { riskLevel: 'extreme' } }, 'Choose a risk level from the list'],
      ['cases:page', { filter: { keyworkerId: 'not-an-id' } }, 'Not a valid record id'],
      ['triage:page', { filter: { assessment: 'later' } }, 'Choose a assessment from the list'],
      ['actions:page', { groupBy: 'case' }, 'Group by owner, agency or nothing'],
      ['actions:page', { search: 'x'.repeat(201) }, 'Keep the search to 200 characters'],
    ]
    const auditBefore = app.db.prepare('SELECT count(*) AS n FROM audit_log').get()
    for (const [channel, input, message] of bad) {
      const result = await dispatch(boundary, DESKTOP_SESSION, channel as 'cases:page', input as InputOf<'cases:page'>, silentLogger)
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input')
        expect(
          Object.values(result.error.fields ?? {})
            .concat(result.error.message)
            .join(' | '),
          `${channel} ${JSON.stringify(input)}`,
        ).toContain(message)
      }
    }
    // An unknown filter is refused too, not ignored.
    const unknown = await dispatch(
      boundary,
      DESKTOP_SESSION,
      'cases:page',
      { filter: { name: 'x' } } as unknown as InputOf<'cases:page'>,
      silentLogger,
    )
    expect(unknown.ok).toBe(false)
    expect(app.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditBefore)
  })

  it('audits one row per call naming the channel, never the search or filters', async () => {
    const before = (app.db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id
    const subject = scaleSubject(5)
    await call('cases:page', { search: subject.lastName, filter: { neighbourhood: 'Sale' } })
    await call('triage:page', { search: subject.lastName })
    await call('actions:page', { search: subject.lastName })
    await call('tables:filterOptions', {})
    const rows = app.db.prepare('SELECT action, entity, entity_id, detail FROM audit_log WHERE id > ? ORDER BY id').all(before)
    expect(rows).toEqual([
      { action: 'view', entity: 'case', entity_id: null, detail: JSON.stringify({ channel: 'cases:page' }) },
      { action: 'view', entity: 'triage', entity_id: null, detail: JSON.stringify({ channel: 'triage:page' }) },
      { action: 'view', entity: 'action', entity_id: null, detail: JSON.stringify({ channel: 'actions:page' }) },
    ])
    expect(JSON.stringify(rows)).not.toContain(subject.lastName)
  })

  it('needs a signed-in user; a viewer may read the pages', async () => {
    const viewer = makeUser(app, { name: 'Val Viewer', role: 'viewer' })
    signInAs(app, viewer)
    expect((await call('cases:page', { limit: 1 })).total).toBe(CASES)
    signInAs(app, app.admin)
  })

  it('offers the filter choices in use, from the database', async () => {
    const options = await call('tables:filterOptions', {})
    expect(options.neighbourhoods).toEqual([...new Set(allCases.map((c) => c.neighbourhood).filter(Boolean))].sort())
    expect(options.keyworkers.map((k) => k.id).sort()).toEqual([...new Set(allCases.map((c) => c.keyworkerId).filter(Boolean))].sort())
    expect(options.agencies.map((a) => a.id).sort()).toEqual([...scale.agencyIds].sort())
    expect(options.sources.map((s) => s.key).sort()).toEqual([...new Set(allTriage.map((t) => t.source))].sort())
    expect(options.actionOwners).toEqual(
      [...new Set(allActions.map((a) => a.ownerName))].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    )
  })
})

/** The plan of each default sort and filter: no full scan of a big table, no sort of the whole table. */
describe('query plans', () => {
  const planOf = (sql: string, params: Record<string, unknown>) =>
    (app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 100, offset: 0, ...params }) as Array<{ detail: string }>).map(
      (step) => step.detail,
    )
  // Small tables (agencies, users, sources), the search index and the search's own matches may be read whole.
  const bigScan = /^SCAN (?!(f|ag|ku|src2|mc|agencies|users|triage_sources|matched_cases|matched_entries)( |$))\w+/
  /**
   * Unfiltered, a big table may only be walked along the sort's index (LIMIT
   * stops the walk); filtered, it is only ever searched by key. `sorted`:
   * the index gives the order too (no sort of the rows found).
   */
  const expectIndexed = (label: string, steps: string[], options: { filtered?: boolean; sorted?: boolean } = {}) => {
    const scans = steps.filter((step) => bigScan.test(step) && (options.filtered !== false || !/ USING (COVERING )?INDEX /.test(step)))
    expect(scans, `${label}: ${steps.join(' / ')}`).toEqual([])
    if (options.sorted !== false)
      expect(
        steps.filter((step) => step.includes('TEMP B-TREE')),
        `${label}: ${steps.join(' / ')}`,
      ).toEqual([])
  }
  const when = { today: '2026-11-22', weekEnd: '2026-11-29', myName: 'Alex Admin' }

  it('cases: the default sort and each filter walk an index in order', () => {
    const id = '00000000-0000-4000-8000-000000000000'
    const filters: Array<CasePageInput['filter']> = [
      {},
      { status: 'open' },
      { riskLevel: 'high' },
      { triageCategory: 'nfa' },
      { keyworkerId: id },
      { neighbourhood: 'Sale' },
      { consent: 'given' },
    ]
    for (const filter of filters) {
      const sql = casePageSql(casePageInput.parse({ filter }))
      const filtered = Object.keys(filter ?? {}).length > 0
      expectIndexed(`cases ${JSON.stringify(filter)}`, planOf(sql.keys, sql.params), { filtered })
      expectIndexed(`cases total ${JSON.stringify(filter)}`, planOf(sql.total, sql.params), { filtered })
    }
    // Any agency involved: its cases by index, then sorted (a subset, never the whole table read).
    const byAgency = casePageSql(casePageInput.parse({ filter: { agencyId: id } }))
    expectIndexed('cases agency', planOf(byAgency.keys, byAgency.params), { sorted: false })
    for (const by of [
      'title',
      'riskLevel',
      'keyworker',
      'leadAgency',
      'neighbourhood',
      'nextReviewDate',
      'agencyCount',
      'referralCount',
    ] as const) {
      const sql = casePageSql(casePageInput.parse({ sort: { by, direction: 'asc' } }))
      expectIndexed(`cases sort ${by}`, planOf(sql.keys, sql.params), { filtered: false })
    }
    const search = casePageSql(casePageInput.parse({ search: 'Okafor' }))
    expectIndexed('cases search', planOf(search.keys, search.params), { sorted: false })
  })

  it('triage: newest first and each filter on the entry walk an index; the case filters probe by key', () => {
    const filters: Array<TriagePageInput['filter']> = [{}, { riskLevel: 'high' }, { decisionCategory: 'nfa' }, { source: 'police' }]
    for (const filter of filters) {
      const sql = triagePageSql(triagePageInput.parse({ filter }))
      expectIndexed(`triage ${JSON.stringify(filter)}`, planOf(sql.keys, sql.params), { filtered: Object.keys(filter ?? {}).length > 0 })
    }
    for (const filter of [{ caseStatus: 'open' }, { neighbourhood: 'Sale' }, { assessment: 'reassessed' }, { consent: 'given' }] as Array<
      TriagePageInput['filter']
    >) {
      const sql = triagePageSql(triagePageInput.parse({ filter }))
      expectIndexed(`triage ${JSON.stringify(filter)}`, planOf(sql.keys, sql.params), { sorted: false })
    }
    const search = triagePageSql(triagePageInput.parse({ search: 'Okafor' }))
    expectIndexed('triage search', planOf(search.keys, search.params), { sorted: false })
  })

  it('actions: open first by due date, by status, owner and agency walk an index', () => {
    const id = '00000000-0000-4000-8000-000000000000'
    const inputs: ActionPageInput[] = [
      {},
      { filter: { status: 'open' } },
      { filter: { ownerName: 'PC Jones' } },
      { filter: { ownerAgencyId: id } },
      { groupBy: 'owner' },
    ]
    for (const input of inputs) {
      const sql = actionPageSql(actionPageInput.parse(input), when)
      expectIndexed(`actions ${JSON.stringify(input)}`, planOf(sql.keys, sql.params), { filtered: input.filter !== undefined })
      expectIndexed(`actions total ${JSON.stringify(input)}`, planOf(sql.total, sql.params), { filtered: input.filter !== undefined })
    }
    // Grouped by agency: the agencies in name order, each one's actions by index.
    for (const input of [{ filter: { overdue: true } }, { filter: { dueThisWeek: true } }, { groupBy: 'agency' }] as ActionPageInput[]) {
      const sql = actionPageSql(actionPageInput.parse(input), when)
      expectIndexed(`actions ${JSON.stringify(input)}`, planOf(sql.keys, sql.params), { sorted: input.groupBy === 'agency' })
    }
  })
})
