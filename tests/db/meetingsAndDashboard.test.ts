import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { casePageSql, meetingPageSql } from '../../electron/main/db/repos/tablePages'
import { DASHBOARD_PANEL_ROWS, dashboardQueries, reviewsDueBy } from '../../shared/domain/dashboard'
import type { CaseSummary } from '../../shared/domain/cases'
import type { ActionView, MeetingSummary } from '../../shared/domain/meetings/views'
import { casePageInput, meetingPageInput, type MeetingPageInput } from '../../shared/domain/tablePages'
import type { InputOf } from '../../shared/ipc'
import { createTestApp, type TestApp } from '../helpers/db'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'
import { seedTableScale } from '../helpers/tableScale'

const CASES = 600
const MEETINGS = CASES / 5
const TODAY = '2026-11-22'
let app: TestApp
let call: ReturnType<typeof appHandlers>['call']
let allCases: CaseSummary[]
let allActions: ActionView[]

interface MeetingFact {
  id: string
  kind: string
  date: string
  time: string
  status: string
  location: string
  chair: string
  items: number
}
let allMeetings: MeetingFact[]

beforeAll(async () => {
  app = createTestApp(`${TODAY}T10:00:00.000Z`)
  seedTableScale(app, { cases: CASES })
  // Variety the generator does not give: kinds, statuses, times on the same day, places, a second chair, a removed item.
  app.db.exec(`
    INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at)
      SELECT '00000000-0000-4000-8000-0000000000c2', 'Bea Chair', agency_id, 'chair', 1, created_at, updated_at FROM users LIMIT 1;
    UPDATE meetings SET kind = 'hub' WHERE CAST(substr(id, 9) AS INTEGER) % 4 = 1;
    UPDATE meetings SET kind = 'case_review' WHERE CAST(substr(id, 9) AS INTEGER) % 4 = 2;
    UPDATE meetings SET status = 'minutes_draft' WHERE CAST(substr(id, 9) AS INTEGER) % 3 = 0;
    UPDATE meetings SET time = '14:00', chair_id = '00000000-0000-4000-8000-0000000000c2' WHERE CAST(substr(id, 9) AS INTEGER) % 5 = 0;
    UPDATE meetings SET location = 'Stretford Library' WHERE CAST(substr(id, 9) AS INTEGER) % 7 = 0;
    UPDATE meetings SET date = (SELECT date FROM meetings WHERE id = 'meeting-10') WHERE id = 'meeting-11';
    UPDATE agenda_items SET removed = 1 WHERE id = 'item-50';
    UPDATE meetings SET status = 'approved' WHERE CAST(substr(id, 9) AS INTEGER) % 3 = 1;
  `)
  call = appHandlers(app).call
  // The whole lists and the tables themselves are the oracle.
  allCases = await call('cases:list', {})
  allActions = await call('actions:list', {})
  allMeetings = app.db
    .prepare(
      `SELECT m.id, m.kind, m.date, m.time, m.status, m.location, u.name AS chair,
        (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id AND i.removed = 0) AS items
       FROM meetings m JOIN users u ON u.id = m.chair_id`,
    )
    .all() as MeetingFact[]
}, 120_000)
afterAll(() => app.cleanup())

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id)
const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0)
const newestFirst = (a: MeetingFact, b: MeetingFact) => cmp(b.date, a.date) || cmp(b.time, a.time) || cmp(b.id, a.id)
const meetingPage = (input: MeetingPageInput) => call('meetings:page', input as InputOf<'meetings:page'>)

describe('meetings:page', () => {
  it('pages every meeting newest first (date, then time), with the total, to the last row and past it', async () => {
    expect(allMeetings).toHaveLength(MEETINGS)
    const expected = [...allMeetings].sort(newestFirst)
    const first = await meetingPage({ limit: 50 })
    expect(first.total).toBe(MEETINGS)
    expect(ids(first.rows)).toEqual(ids(expected.slice(0, 50)))
    // Two meetings on one day: the later time first.
    const sameDay = expected.findIndex((m) => m.id === 'meeting-10' || m.id === 'meeting-11')
    expect([expected[sameDay]?.time, expected[sameDay + 1]?.time]).toEqual(['14:00', '10:00'])
    expect(ids((await meetingPage({ offset: 50, limit: 50 })).rows)).toEqual(ids(expected.slice(50, 100)))
    const tail = await meetingPage({ offset: 100, limit: 50 })
    expect(ids(tail.rows)).toEqual(ids(expected.slice(100)))
    expect(tail.rows).toHaveLength(MEETINGS - 100)
    const last = await meetingPage({ offset: MEETINGS - 1, limit: 200 })
    expect(ids(last.rows)).toEqual([expected.at(-1)!.id])
    expect(await meetingPage({ offset: MEETINGS, limit: 10 })).toEqual({ rows: [], total: MEETINGS })
  })

  it('shows each meeting as the list did: kind, date, time, place, chair, status and its number of cases (removed items not counted)', async () => {
    const page = await meetingPage({ limit: 200 })
    const byId = new Map(allMeetings.map((m) => [m.id, m]))
    for (const row of page.rows) {
      const fact = byId.get(row.id)!
      expect(row).toEqual<MeetingSummary>({
        id: fact.id,
        kind: fact.kind as MeetingSummary['kind'],
        date: fact.date,
        time: fact.time,
        location: fact.location,
        chairId: expect.any(String) as string,
        chairName: fact.chair,
        status: fact.status as MeetingSummary['status'],
        itemCount: fact.items,
        approvedAt: null,
      })
    }
    expect(page.rows.find((row) => row.id === 'meeting-10')?.itemCount).toBe(4)
    expect(page.rows.find((row) => row.id === 'meeting-9')?.itemCount).toBe(5)
  })

  it('filters by kind and status, searches chair and place, each with its total and in order', async () => {
    const cases: Array<[MeetingPageInput, (m: MeetingFact) => boolean]> = [
      [{ filter: { kind: 'hub' } }, (m) => m.kind === 'hub'],
      [{ filter: { status: 'minutes_draft' } }, (m) => m.status === 'minutes_draft'],
      [{ filter: { kind: 'case_review', status: 'approved' } }, (m) => m.kind === 'case_review' && m.status === 'approved'],
      [{ search: 'stretford' }, (m) => m.location === 'Stretford Library'],
      [{ search: 'Bea', filter: { kind: 'weekly' } }, (m) => m.chair === 'Bea Chair' && m.kind === 'weekly'],
    ]
    for (const [input, keep] of cases) {
      const expected = allMeetings.filter(keep).sort(newestFirst)
      expect(expected.length, JSON.stringify(input)).toBeGreaterThan(1)
      const page = await meetingPage({ ...input, offset: 1, limit: 20 })
      expect(page.total, JSON.stringify(input)).toBe(expected.length)
      expect(ids(page.rows), JSON.stringify(input)).toEqual(ids(expected.slice(1, 21)))
    }
  })

  it('sorts by kind, status, chair and date both ways, ties newest first the same way round', async () => {
    const keyOf: Record<'kind' | 'status' | 'chair' | 'date', (m: MeetingFact) => string> = {
      kind: (m) => m.kind,
      status: (m) => m.status,
      chair: (m) => m.chair.toLowerCase(),
      date: () => '',
    }
    for (const [by, key] of Object.entries(keyOf) as Array<[keyof typeof keyOf, (m: MeetingFact) => string]>) {
      for (const direction of ['asc', 'desc'] as const) {
        const sign = direction === 'asc' ? 1 : -1
        const expected = [...allMeetings].sort((a, b) => sign * cmp(key(a), key(b)) || sign * -newestFirst(a, b))
        const early = await meetingPage({ sort: { by, direction }, offset: 10, limit: 30 })
        expect(ids(early.rows), `${by} ${direction}`).toEqual(ids(expected.slice(10, 40)))
        // In the back half the window is read from the far end: the same rows, in the same order.
        const late = await meetingPage({ sort: { by, direction }, offset: 90, limit: 30 })
        expect(ids(late.rows), `${by} ${direction} late`).toEqual(ids(expected.slice(90, 120)))
      }
    }
  })

  it('refuses a sort or filter the contract does not know, with a specific message, and changes nothing', async () => {
    const boundary = boundaryFor(app)
    const bad: Array<[unknown, string]> = [
      [{ sort: { by: 'location', direction: 'asc' } }, 'Not a column this table sorts by'],
      [{ filter: { status: 'cancelled' } }, 'Choose a meeting status from the list'],
      [{ filter: { kind: 'monthly' } }, 'Choose a kind of meeting from the list'],
      [{ filter: { chairId: 'x' } }, 'Unrecognized key'],
      [{ limit: 500 }, 'Ask for at most 200 rows at a time'],
    ]
    const auditBefore = app.db.prepare('SELECT count(*) AS n FROM audit_log').get()
    for (const [input, message] of bad) {
      const result = await dispatch(boundary, DESKTOP_SESSION, 'meetings:page', input as InputOf<'meetings:page'>, silentLogger)
      expect(result.ok, JSON.stringify(input)).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input')
        expect(
          Object.values(result.error.fields ?? {})
            .concat(result.error.message)
            .join(' | '),
          JSON.stringify(input),
        ).toContain(message)
      }
    }
    expect(app.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditBefore)
  })

  it('reads the default view along an index: no scan of every meeting, no sort; a filter searches its own index', () => {
    const planOf = (sql: string, params: Record<string, unknown>) =>
      (app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 100, offset: 0, ...params }) as Array<{ detail: string }>).map(
        (step) => step.detail,
      )
    const fullScan = (steps: string[]) => steps.filter((step) => /^SCAN m\b/.test(step) && !/USING (COVERING )?INDEX/.test(step))
    const sorts = (steps: string[]) => steps.filter((step) => step.includes('TEMP B-TREE'))
    for (const reverse of [false, true]) {
      const sql = meetingPageSql(meetingPageInput.parse({}), reverse)
      const keys = planOf(sql.keys, sql.params)
      expect(fullScan(keys), keys.join(' / ')).toEqual([])
      expect(sorts(keys), keys.join(' / ')).toEqual([])
      expect(keys.join(' / ')).toMatch(/meetings_by_date_time/)
    }
    for (const filter of [{ status: 'planned' }, { kind: 'hub' }] as const) {
      const sql = meetingPageSql(meetingPageInput.parse({ filter }))
      const keys = planOf(sql.keys, sql.params)
      expect(keys.join(' / ')).toMatch(/^SEARCH m USING (COVERING )?INDEX meetings_by_(status|kind)_date/)
      expect(sorts(keys), keys.join(' / ')).toEqual([])
    }
    // A page's columns: each meeting by key, its case count and next meeting from an index.
    const columns = app.db
      .prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM agenda_items i WHERE i.meeting_id = ? AND i.removed = 0')
      .all('meeting-1') as Array<{ detail: string }>
    expect(columns.map((step) => step.detail)).toEqual([expect.stringMatching(/COVERING INDEX agenda_items_by_meeting_removed/)])
  })
})

describe('dashboard:get', () => {
  const byReference = (a: CaseSummary, b: CaseSummary) => a.reference.localeCompare(b.reference)
  const notClosed = (c: CaseSummary) => c.status !== 'closed'

  it('counts each panel and sends its first rows in the panel order, never the whole list', async () => {
    const dashboard = await call('dashboard:get', {})
    expect(dashboard.today).toBe(TODAY)
    expect(dashboard.reviewsDueBy).toBe('2026-11-29')

    const overdue = allActions.filter((a) => a.overdue).sort((a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.id, b.id))
    expect(overdue.length).toBeGreaterThan(DASHBOARD_PANEL_ROWS)
    expect(dashboard.overdueActions.total).toBe(overdue.length)
    expect(ids(dashboard.overdueActions.rows)).toEqual(ids(overdue.slice(0, DASHBOARD_PANEL_ROWS)))

    const reviews = allCases
      .filter((c) => notClosed(c) && c.nextReviewDate !== null && c.nextReviewDate <= '2026-11-29')
      .sort((a, b) => cmp(a.nextReviewDate!, b.nextReviewDate!) || byReference(a, b))
    expect(reviews.length).toBeGreaterThan(DASHBOARD_PANEL_ROWS)
    expect(dashboard.reviewsDue.total).toBe(reviews.length)
    expect(ids(dashboard.reviewsDue.rows)).toEqual(ids(reviews.slice(0, DASHBOARD_PANEL_ROWS)))

    const high = allCases.filter((c) => notClosed(c) && c.riskLevel === 'high').sort(byReference)
    expect(dashboard.highRisk.total).toBe(high.length)
    expect(ids(dashboard.highRisk.rows)).toEqual(ids(high.slice(0, DASHBOARD_PANEL_ROWS)))

    const notEngaging = allCases.filter((c) => notClosed(c) && c.nonEngagement).sort(byReference)
    expect(notEngaging.length).toBeLessThan(DASHBOARD_PANEL_ROWS)
    expect(dashboard.notEngaging.total).toBe(notEngaging.length)
    expect(ids(dashboard.notEngaging.rows)).toEqual(ids(notEngaging))
    // Every meeting in the seed is in the past.
    expect(dashboard.nextMeeting).toBeNull()
    // Rows as the tables show them: never the search text behind a case.
    expect(dashboard.highRisk.rows[0]).not.toHaveProperty('searchText')
  })

  it('each panel is the first page of its full table with the same filter', async () => {
    const dashboard = await call('dashboard:get', {})
    const actions = await call('actions:page', { ...dashboardQueries.overdueActions(), limit: DASHBOARD_PANEL_ROWS })
    expect(dashboard.overdueActions).toEqual({ total: actions.total, rows: actions.rows })
    for (const [panel, query] of [
      ['reviewsDue', dashboardQueries.reviewsDue(TODAY)],
      ['highRisk', dashboardQueries.highRisk()],
      ['notEngaging', dashboardQueries.notEngaging()],
    ] as const) {
      const page = await call('cases:page', { ...query, limit: DASHBOARD_PANEL_ROWS } as InputOf<'cases:page'>)
      expect(dashboard[panel], panel).toEqual(page)
    }
  })

  it('the next meeting is the first on or after today that is not approved, by date then time', async () => {
    app.db.exec(`
      UPDATE meetings SET date = '2026-11-22', time = '09:00', status = 'planned' WHERE id = 'meeting-9';
      UPDATE meetings SET date = '2026-11-23', time = '08:00', status = 'planned' WHERE id = 'meeting-8';
      UPDATE meetings SET date = '2026-11-22', time = '08:00', status = 'planned' WHERE id = 'meeting-20';
    `)
    expect((await call('dashboard:get', {})).nextMeeting?.id).toBe('meeting-20')
    app.db.exec("UPDATE meetings SET status = 'approved' WHERE id = 'meeting-20'")
    const next = (await call('dashboard:get', {})).nextMeeting
    expect(next?.id).toBe('meeting-9')
    expect(next?.itemCount).toBe(5)
  })

  it('reads each case panel along a partial index of the cases not closed: no scan, no sort', () => {
    const planOf = (sql: string, params: Record<string, unknown>) =>
      (app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 50, offset: 0, ...params }) as Array<{ detail: string }>).map(
        (step) => step.detail,
      )
    const expected = {
      reviewsDue: /case_summaries_open_by_review/,
      highRisk: /case_summaries_open_by_risk/,
      notEngaging: /case_summaries_not_engaging/,
    }
    for (const [panel, query] of [
      ['reviewsDue', dashboardQueries.reviewsDue(TODAY)],
      ['highRisk', dashboardQueries.highRisk()],
      ['notEngaging', dashboardQueries.notEngaging()],
    ] as const) {
      const sql = casePageSql(casePageInput.parse(query))
      for (const statement of [sql.keys, sql.total]) {
        const steps = planOf(statement, sql.params)
        expect(steps.join(' / '), panel).toMatch(expected[panel])
        expect(
          steps.filter((step) => /^SCAN s\b/.test(step) && !/INDEX/.test(step)),
          panel,
        ).toEqual([])
        expect(
          steps.filter((step) => step.includes('TEMP B-TREE')),
          panel,
        ).toEqual([])
      }
    }
    expect(reviewsDueBy(TODAY)).toBe('2026-11-29')
  })
})
