/**
 * Issue 11: the Cases, Triage log and Actions tables a page at a time at
 * 50,000 cases (150,000 people, 200,000 contacts, 500,000 actions and their
 * updates, 10,000 meetings), through the real dispatch (policy gate, input
 * parsing, the read audit, JSON serialisation) beside the raw prepared SQL
 * for the same answer: the first page, the middle and the end, plain and
 * with a filter and a sort. Each page's payload is printed (target < 100 KB).
 *
 * The database is built once and cached under .bench/ (tests/helpers/cachedApp.ts).
 */
import { afterAll, bench, describe } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import type { InputOf } from '../../shared/ipc'
import { cachedApp } from '../helpers/cachedApp'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'
import { seedTableScale } from '../helpers/tableScale'

const CASES = 50_000
const started = Date.now()
// Filled at schema 181 (before the summaries), then upgraded: migration 0190 fills them for the whole file.
const app = cachedApp('tables-50k', 1, (fresh) => seedTableScale(fresh, { cases: CASES }), { buildAt: 181 })
if (app.built)
  console.log(
    `Built the 50,000-case database in ${((Date.now() - started) / 1000).toFixed(0)} s; migrating it to the summaries took ${((app.migrateMs ?? 0) / 1000).toFixed(1)} s`,
  )
const boundary = boundaryFor(app, appHandlers(app).handlers)
afterAll(() => app.cleanup())

type PageChannel = 'cases:page' | 'triage:page' | 'actions:page'
/** What the renderer receives: dispatched, then serialised as the transport does. */
async function viaDispatch<K extends PageChannel>(channel: K, input: InputOf<K>): Promise<string> {
  const result = await dispatch(boundary, DESKTOP_SESSION, channel, input, silentLogger)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return JSON.stringify(result)
}

const count = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n
const totals = {
  cases: count('SELECT count(*) AS n FROM cases'),
  triage: count('SELECT count(*) AS n FROM triage_entries'),
  actions: count('SELECT count(*) AS n FROM actions'),
}
console.log(`At ${totals.cases} cases, ${totals.triage} contacts, ${totals.actions} actions`)

const LIMIT = 100
const where = (total: number) => ({ first: 0, middle: Math.floor(total / 2), end: Math.max(0, total - LIMIT) })

// The best raw SQL for the same answer, prepared once: the total, the window's keys along the same index (from
// the far end for a window in the back half), then the columns for those keys, on the same summaries.
const prepare = (sql: string) => app.db.prepare<unknown[], unknown>(sql)
type Statement = ReturnType<typeof prepare>
function rawWindow(total: Statement, forward: Statement, backward: Statement, columns: Statement) {
  return (offset: number) => {
    const n = (total.get() as { n: number }).n
    const end = Math.min(n, offset + LIMIT)
    const ids =
      offset + (end - offset) / 2 <= n / 2
        ? (forward.pluck().all(end - offset, offset) as string[])
        : (backward.pluck().all(end - offset, n - end) as string[]).reverse()
    return columns.all(JSON.stringify(ids))
  }
}
const caseColumns =
  prepare(`SELECT case_id, reference, kind, title, status, keyworker_id, keyworker_name, lead_agency_id, lead_agency_name, risk_level, next_review_date,
    neighbourhood, triage_category, subject_consent, subject_name, agency_names, agency_count, referral_count, non_engagement, last_direction, open_action_count, created_at, updated_at
  FROM case_summaries WHERE case_id IN (SELECT value FROM json_each(?))`)
const triageColumns =
  prepare(`SELECT t.*, s.reference, s.title, s.status, s.neighbourhood, s.keyworker_name, s.agency_names, s.subject_consent, p.first_name, p.last_name, u.name,
    (SELECT x.id FROM triage_entries x WHERE x.supersedes_id = t.id) AS superseded_by
  FROM triage_entries t JOIN case_summaries s ON s.case_id = t.case_id JOIN users u ON u.id = t.decided_by LEFT JOIN people p ON p.id = t.person_id
  WHERE t.id IN (SELECT value FROM json_each(?))`)
const actionColumns =
  prepare(`SELECT ac.*, s.reference, s.title, s.subject_name, s.subject_consent, ag.name, m.date, coalesce(st.meetings_carried, 0)
  FROM actions ac JOIN case_summaries s ON s.case_id = ac.case_id JOIN agencies ag ON ag.id = ac.owner_agency_id
  LEFT JOIN meetings m ON m.id = ac.raised_at_meeting_id LEFT JOIN action_summaries st ON st.action_id = ac.id
  WHERE ac.id IN (SELECT value FROM json_each(?))`)
const raw = {
  cases: rawWindow(
    prepare('SELECT count(*) AS n FROM case_summaries'),
    prepare('SELECT case_id FROM case_summaries ORDER BY reference_key DESC, case_id DESC LIMIT ? OFFSET ?'),
    prepare('SELECT case_id FROM case_summaries ORDER BY reference_key, case_id LIMIT ? OFFSET ?'),
    caseColumns,
  ),
  casesOpenByRisk: rawWindow(
    prepare("SELECT count(*) AS n FROM case_summaries WHERE status = 'open'"),
    prepare("SELECT case_id FROM case_summaries WHERE status = 'open' ORDER BY risk_rank, reference_key, case_id LIMIT ? OFFSET ?"),
    prepare(
      "SELECT case_id FROM case_summaries WHERE status = 'open' ORDER BY risk_rank DESC, reference_key DESC, case_id DESC LIMIT ? OFFSET ?",
    ),
    caseColumns,
  ),
  triage: rawWindow(
    prepare('SELECT count(*) AS n FROM triage_entries'),
    prepare('SELECT id FROM triage_entries ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?'),
    prepare('SELECT id FROM triage_entries ORDER BY received_at, id LIMIT ? OFFSET ?'),
    triageColumns,
  ),
  triageHighBySource: rawWindow(
    prepare("SELECT count(*) AS n FROM triage_entries WHERE risk_level = 'high'"),
    prepare(
      "SELECT t.id FROM triage_entries t LEFT JOIN triage_sources src ON src.key = t.source WHERE t.risk_level = 'high' ORDER BY coalesce(src.label, t.source), t.received_at, t.id LIMIT ? OFFSET ?",
    ),
    prepare(
      "SELECT t.id FROM triage_entries t LEFT JOIN triage_sources src ON src.key = t.source WHERE t.risk_level = 'high' ORDER BY coalesce(src.label, t.source) DESC, t.received_at DESC, t.id DESC LIMIT ? OFFSET ?",
    ),
    triageColumns,
  ),
  actions: rawWindow(
    prepare('SELECT count(*) AS n FROM actions'),
    prepare("SELECT id FROM actions ORDER BY (status <> 'open'), due_date, id LIMIT ? OFFSET ?"),
    prepare("SELECT id FROM actions ORDER BY (status <> 'open') DESC, due_date DESC, id DESC LIMIT ? OFFSET ?"),
    actionColumns,
  ),
  actionsOpenByOwner: rawWindow(
    prepare("SELECT count(*) AS n FROM actions WHERE status = 'open'"),
    prepare("SELECT id FROM actions WHERE status = 'open' ORDER BY owner_name COLLATE NOCASE, due_date, id LIMIT ? OFFSET ?"),
    prepare(
      "SELECT id FROM actions WHERE status = 'open' ORDER BY owner_name COLLATE NOCASE DESC, due_date DESC, id DESC LIMIT ? OFFSET ?",
    ),
    actionColumns,
  ),
}
const countOf = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n
const openCases = countOf("SELECT count(*) AS n FROM case_summaries WHERE status = 'open'")
const highTriage = countOf("SELECT count(*) AS n FROM triage_entries WHERE risk_level = 'high'")
const openActions = countOf("SELECT count(*) AS n FROM actions WHERE status = 'open'")

const payloads: string[] = []
async function payloadOf<K extends PageChannel>(label: string, channel: K, input: InputOf<K>) {
  const body = await viaDispatch(channel, input)
  payloads.push(`${label}: ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB`)
}
for (const [at, offset] of Object.entries(where(totals.cases))) await payloadOf(`cases ${at}`, 'cases:page', { offset, limit: LIMIT })
for (const [at, offset] of Object.entries(where(totals.triage))) await payloadOf(`triage ${at}`, 'triage:page', { offset, limit: LIMIT })
for (const [at, offset] of Object.entries(where(totals.actions))) await payloadOf(`actions ${at}`, 'actions:page', { offset, limit: LIMIT })
await payloadOf('cases max (200 rows)', 'cases:page', { offset: 0, limit: 200 })
await payloadOf('actions max (200 rows)', 'actions:page', { offset: 0, limit: 200 })
console.log(`Payload per page of ${LIMIT} (target < 100 KB):\n  ${payloads.join('\n  ')}`)

const options = { time: 300, warmupTime: 100, iterations: 5 }

for (const [at, offset] of Object.entries(where(totals.cases))) {
  describe(`cases, ${at} page (newest reference first)`, () => {
    bench('dispatch cases:page', async () => void (await viaDispatch('cases:page', { offset, limit: LIMIT })), options)
    bench('raw SQL', () => void raw.cases(offset), options)
  })
}
for (const [at, offset] of Object.entries(where(openCases))) {
  describe(`cases, ${at} page, status open, by risk`, () => {
    bench(
      'dispatch cases:page',
      async () =>
        void (await viaDispatch('cases:page', {
          offset,
          limit: LIMIT,
          filter: { status: 'open' },
          sort: { by: 'riskLevel', direction: 'asc' },
        })),
      options,
    )
    bench('raw SQL', () => void raw.casesOpenByRisk(offset), options)
  })
}
for (const [at, offset] of Object.entries(where(totals.triage))) {
  describe(`triage log, ${at} page (newest first)`, () => {
    bench('dispatch triage:page', async () => void (await viaDispatch('triage:page', { offset, limit: LIMIT })), options)
    bench('raw SQL', () => void raw.triage(offset), options)
  })
}
for (const [at, offset] of Object.entries(where(highTriage))) {
  describe(`triage log, ${at} page, high risk, by source`, () => {
    bench(
      'dispatch triage:page',
      async () =>
        void (await viaDispatch('triage:page', {
          offset,
          limit: LIMIT,
          filter: { riskLevel: 'high' },
          sort: { by: 'source', direction: 'asc' },
        })),
      options,
    )
    bench('raw SQL', () => void raw.triageHighBySource(offset), options)
  })
}
for (const [at, offset] of Object.entries(where(totals.actions))) {
  describe(`actions, ${at} page (open first, by due date)`, () => {
    bench('dispatch actions:page', async () => void (await viaDispatch('actions:page', { offset, limit: LIMIT })), options)
    bench('raw SQL', () => void raw.actions(offset), options)
  })
}
for (const [at, offset] of Object.entries(where(openActions))) {
  describe(`actions, ${at} page, open, grouped by owner`, () => {
    bench(
      'dispatch actions:page',
      async () => void (await viaDispatch('actions:page', { offset, limit: LIMIT, filter: { status: 'open' }, groupBy: 'owner' })),
      options,
    )
    bench('raw SQL', () => void raw.actionsOpenByOwner(offset), options)
  })
}
describe('search through the tables', () => {
  bench('dispatch cases:page, a surname', async () => void (await viaDispatch('cases:page', { search: 'Okafor1234' })), options)
  bench('dispatch triage:page, a surname', async () => void (await viaDispatch('triage:page', { search: 'Okafor1234' })), options)
  bench(
    'dispatch actions:page, a case reference',
    async () => void (await viaDispatch('actions:page', { search: 'RT-2020-0042' })),
    options,
  )
})
