import type {
  ActionPageQuery,
  CasePageQuery,
  CaseSortKey,
  TriagePageQuery,
  TriageSortKey,
  ActionSortKey,
  MeetingPageQuery,
  MeetingSortKey,
  SortDirection,
} from '../../../../shared/domain/tablePages'
import { riskRank } from '../../../../shared/domain/risk'
import { stmt, type Db } from '../connection'
import type { ActionJoinedRow } from './actions'
import { meetingsByIds, type MeetingJoinedRow } from './meetings'
import type { TriageJoinedRow } from './triage'

/**
 * The Cases, Triage log and Actions tables a page at a time (issue 11),
 * from the summaries migration 0190 keeps. Each page is two steps: the keys
 * of the window (filtered and sorted on indexes, reading only index
 * entries), then the columns for those keys alone. Every fragment of SQL
 * below is chosen from a fixed table by an enum the contract has already
 * checked; user values only ever travel as bound parameters.
 */

type Params = Record<string, string | number>
interface Built {
  /** WITH … (the search's matches), or ''. */
  with: string
  where: string[]
  params: Params
}

const dir = (direction: SortDirection) => (direction === 'asc' ? 'ASC' : 'DESC')
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`
/** As migration 0110 indexes a name: the punctuation dropped, so "O'Brien" finds OBrien. */
const asName = (text: string) => text.replace(/['’\-.,]/g, '')
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Ten digits, spaces allowed: looked up as an NHS number, whole (its check digit makes a fragment meaningless). */
export const nhsDigits = (search: string): string | null => {
  const digits = search.replace(/\s+/g, '')
  return /^\d{10}$/.test(digits) ? digits : null
}

/**
 * The cases a table's search finds, as a CTE `matched_cases (case_id)`:
 * through the trigram index (names, police, case and source references,
 * titles) for three characters or more, an exact NHS number, and keyworker
 * and agency names (small tables, then an index); for one or two characters
 * the summary's search text (names, references, keyworker, agencies,
 * neighbourhood), read whole. A neighbourhood has its own filter.
 */
function caseSearch(search: string, params: Params): string {
  params.like = likeOf(search)
  const parts: string[] = []
  if (search.length >= 3) {
    const name = asName(search)
    params.match =
      name.length >= 3
        ? `{name} : ${phrase(name)} OR {police_reference reference title source_reference} : ${phrase(search)}`
        : `{police_reference reference title source_reference} : ${phrase(search)}`
    parts.push(`SELECT CASE d.kind WHEN 'case' THEN d.entity_id WHEN 'person' THEN p.case_id ELSE t.case_id END
      FROM search_fts f CROSS JOIN search_documents d ON d.id = f.rowid
        LEFT JOIN people p ON d.kind = 'person' AND p.id = d.entity_id
        LEFT JOIN triage_entries t ON d.kind = 'triage' AND t.id = d.entity_id
      WHERE search_fts MATCH @match`)
    parts.push(
      `SELECT ks.case_id FROM case_summaries ks WHERE ks.keyworker_id IN (SELECT ku.id FROM users ku WHERE ku.name LIKE @like ESCAPE '\\')`,
    )
    parts.push(
      `SELECT ia.case_id FROM case_involved_agencies ia WHERE ia.agency_id IN (SELECT ag.id FROM agencies ag WHERE ag.name LIKE @like ESCAPE '\\')`,
    )
  } else {
    parts.push(`SELECT ts.case_id FROM case_summaries ts WHERE ts.search_text LIKE @like ESCAPE '\\'`)
  }
  const nhs = nhsDigits(search)
  if (nhs) {
    params.nhs = nhs
    parts.push('SELECT np.case_id FROM people np WHERE np.nhs_number = @nhs')
  }
  return `matched_cases (case_id) AS MATERIALIZED (${parts.join('\n UNION ')})`
}

// ---------------------------------------------------------------- cases

const caseSortColumn: Record<CaseSortKey, string | null> = {
  reference: null,
  title: 's.title',
  status: 's.status',
  riskLevel: 's.risk_rank',
  triageCategory: 's.triage_category',
  keyworker: 's.keyworker_name',
  leadAgency: 's.lead_agency_name',
  neighbourhood: 's.neighbourhood',
  agencyCount: 's.agency_count',
  referralCount: 's.referral_count',
  nextReviewDate: 's.next_review_date',
}

function caseWhere(query: CasePageQuery): Built {
  const params: Params = {}
  const where: string[] = []
  const add = adder(where, params)
  const f = query.filter
  if (f.status) add('s.status = @status', { status: f.status })
  if (f.riskLevel) add('s.risk_rank = @riskRank', { riskRank: riskRank[f.riskLevel] })
  if (f.triageCategory) add('s.triage_category = @triageCategory', { triageCategory: f.triageCategory })
  if (f.keyworkerId) add('s.keyworker_id = @keyworkerId', { keyworkerId: f.keyworkerId })
  if (f.agencyId) add('s.case_id IN (SELECT case_id FROM case_involved_agencies WHERE agency_id = @agencyId)', { agencyId: f.agencyId })
  if (f.neighbourhood !== null) add('s.neighbourhood = @neighbourhood', { neighbourhood: f.neighbourhood })
  if (f.consent) add('s.consent_given = @consentGiven', { consentGiven: f.consent === 'given' ? 1 : 0 })
  // Written exactly as the partial indexes of migration 0281 say it, so the planner can use them.
  if (f.notClosed) where.push("s.status <> 'closed'")
  if (f.reviewDueBy) add('s.next_review_date <= @reviewDueBy', { reviewDueBy: f.reviewDueBy })
  if (f.nonEngagement) where.push('s.non_engagement = 1')
  let cte = ''
  if (query.search) {
    cte = `WITH ${caseSearch(query.search, params)}`
    where.push('s.case_id IN (SELECT case_id FROM matched_cases)')
  }
  return { with: cte, where, params }
}

/** A clause and the values it binds. */
const adder =
  (where: string[], params: Params) =>
  (clause: string, values: Params = {}) => {
    where.push(clause)
    Object.assign(params, values)
  }

const whereSql = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '')

/** The statements for a query, without running them: tests read their plans. */
export function casePageSql(query: CasePageQuery): { keys: string; total: string; params: Params } {
  const built = caseWhere(query)
  const column = caseSortColumn[query.sort.by]
  const d = dir(query.sort.direction)
  const order = column ? `${column} ${d}, s.reference_key ${d}, s.case_id ${d}` : `s.reference_key ${d}, s.case_id ${d}`
  return {
    keys: `${built.with} SELECT s.case_id AS id FROM case_summaries s ${whereSql(built.where)} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    total: `${built.with} SELECT count(*) AS n FROM case_summaries s ${whereSql(built.where)}`,
    params: built.params,
  }
}

/** The columns the Cases table shows (shared/domain/tablePages.ts caseRowFields), and no more. */
export interface CaseSummaryTableRow {
  id: string
  reference: string
  kind: string
  title: string
  status: string
  risk_level: string
  triage_category: string | null
  keyworker_name: string | null
  lead_agency_name: string
  neighbourhood: string
  agency_names: string | null
  agency_count: number
  referral_count: number
  non_engagement: number
  next_review_date: string | null
  subject_consent: string | null
}

const caseColumns = `SELECT s.case_id AS id, s.reference, s.kind, s.title, s.status, s.risk_level, s.triage_category, s.keyworker_name,
    s.lead_agency_name, s.neighbourhood, s.agency_names, s.agency_count, s.referral_count, s.non_engagement, s.next_review_date, s.subject_consent
  FROM case_summaries s WHERE s.case_id IN (SELECT value FROM json_each(@ids))`

function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.map((key) => byId.get(key)).filter((row): row is T => row !== undefined)
}

type PageSql = { keys: string; total: string; params: Params }

/**
 * The window's keys and the total. A window in the back half of the table
 * is read from the other end (the same order reversed, so the index walk
 * skips at most half the rows): End costs what Home costs.
 */
function keysAndTotal(
  db: Db,
  sqlFor: (reverse: boolean) => PageSql,
  offset: number,
  limit: number,
  knownTotal?: number,
): { ids: string[]; total: number } {
  const keys = (sql: PageSql, from: number, count: number) =>
    stmt<{ id: string }>(db, sql.keys)
      .all({ ...sql.params, offset: from, limit: count })
      .map((row) => row.id)
  const forward = sqlFor(false)
  const countOf = () => knownTotal ?? stmt<{ n: number }>(db, forward.total).get(forward.params)?.n ?? 0
  if (offset === 0) {
    const ids = keys(forward, 0, limit)
    // A short first window is the whole answer: its length is the total.
    return { ids, total: ids.length < limit ? ids.length : countOf() }
  }
  const total = countOf()
  if (offset >= total) return { ids: [], total }
  const end = Math.min(total, offset + limit)
  if (offset + (end - offset) / 2 <= total / 2) return { ids: keys(forward, offset, end - offset), total }
  return { ids: keys(sqlFor(true), total - end, end - offset).reverse(), total }
}

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc')

interface Segment {
  count: number
  /** What the segment's statements bind to select it. */
  params: Params
}

/**
 * A window across segments in table order (the months of a table, the
 * sources of the triage log in their names' order, an owner's or agency's
 * rows), each one read along its own index range: the segments' counts say
 * where the window starts, so no walk skips the rows of the segments before
 * it, and a window in the back half of a segment is read from its far end.
 * `forward` and `backward` select one segment, in the table's order and
 * reversed, with @limit and @offset.
 */
function segmentWindow(db: Db, segments: Segment[], offset: number, limit: number, forward: string, backward: string, base: Params) {
  const keys = (sql: string, params: Params, from: number, count: number) =>
    stmt<{ id: string }>(db, sql)
      .all({ ...params, offset: from, limit: count })
      .map((row) => row.id)
  const ids: string[] = []
  let start = 0
  for (const segment of segments) {
    if (ids.length >= limit) break
    const end = start + segment.count
    if (end > offset && segment.count > 0) {
      const from = Math.max(0, offset - start)
      const count = Math.min(limit - ids.length, segment.count - from)
      const params = { ...base, ...segment.params }
      if (from + count / 2 <= segment.count / 2) ids.push(...keys(forward, params, from, count))
      else ids.push(...keys(backward, params, segment.count - from - count, count).reverse())
    }
    start = end
  }
  return ids
}

/** A month key (YYYY-MM) as a range on an ISO date or time: [month, month~). */
const MONTH = /^\d{4}-\d{2}$/
const monthRange = (month: string): Params => ({ month, monthEnd: `${month}~` })

export function casePage(db: Db, query: CasePageQuery): { rows: CaseSummaryTableRow[]; total: number } {
  const { ids, total } = keysAndTotal(
    db,
    (reverse) => casePageSql(reverse ? { ...query, sort: { ...query.sort, direction: flip(query.sort.direction) } } : query),
    query.offset,
    query.limit,
  )
  const rows = ids.length ? stmt<CaseSummaryTableRow>(db, caseColumns).all({ ids: JSON.stringify(ids) }) : []
  return { rows: inOrder(ids, rows), total }
}

// ---------------------------------------------------------------- triage log

const triageSortColumn: Record<TriageSortKey, string | null> = {
  receivedAt: null,
  caseReference: 's.reference_key',
  person: "coalesce(nullif(trim(p.first_name || ' ' || p.last_name), ''), s.title)",
  riskLevel: "CASE t.risk_level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
  source: 'coalesce(src.label, t.source)',
  decisionCategory: 't.decision_category',
  caseStatus: 's.status',
  keyworker: 's.keyworker_name',
  neighbourhood: 's.neighbourhood',
  decidedBy: 'du.name',
}
const triageSortJoin: Partial<Record<TriageSortKey, string>> = {
  person: 'LEFT JOIN people p ON p.id = t.person_id',
  source: 'LEFT JOIN triage_sources src ON src.key = t.source',
  decidedBy: 'JOIN users du ON du.id = t.decided_by',
}
const reassessed = 't.id IN (SELECT later.supersedes_id FROM triage_entries later WHERE later.supersedes_id IS NOT NULL)'

export function triagePageSql(query: TriagePageQuery) {
  const params: Params = {}
  const where: string[] = []
  const add = adder(where, params)
  const f = query.filter
  if (f.riskLevel) add('t.risk_level = @riskLevel', { riskLevel: f.riskLevel })
  if (f.decisionCategory) add('t.decision_category = @decisionCategory', { decisionCategory: f.decisionCategory })
  if (f.source) add('t.source = @source', { source: f.source })
  if (f.caseStatus) add('s.status = @caseStatus', { caseStatus: f.caseStatus })
  if (f.keyworkerId) add('s.keyworker_id = @keyworkerId', { keyworkerId: f.keyworkerId })
  if (f.agencyId) add('t.case_id IN (SELECT case_id FROM case_involved_agencies WHERE agency_id = @agencyId)', { agencyId: f.agencyId })
  if (f.neighbourhood !== null) add('s.neighbourhood = @neighbourhood', { neighbourhood: f.neighbourhood })
  if (f.consent) add('s.consent_given = @consentGiven', { consentGiven: f.consent === 'given' ? 1 : 0 })
  if (f.assessment === 'current') where.push(`t.supersedes_id IS NULL AND NOT ${reassessed}`)
  if (f.assessment === 'retriage') where.push(`t.supersedes_id IS NOT NULL AND NOT ${reassessed}`)
  if (f.assessment === 'reassessed') where.push(reassessed)
  let cte = ''
  if (query.search) {
    // The entry's case is found, or the entry itself: its summary, its source reference, its source's name.
    cte = `WITH ${caseSearch(query.search, params)}, matched_entries (id) AS MATERIALIZED (
      SELECT me.id FROM matched_cases mc JOIN triage_entries me ON me.case_id = mc.case_id
      UNION SELECT ms.id FROM triage_entries ms WHERE ms.source IN (SELECT src2.key FROM triage_sources src2 WHERE src2.label LIKE @like ESCAPE '\\')
      ${query.search.length >= 3 ? "UNION SELECT d.entity_id FROM search_fts f CROSS JOIN search_documents d ON d.id = f.rowid WHERE search_fts MATCH @words AND d.kind = 'triage'" : ''})`
    if (query.search.length >= 3) params.words = `{summary source_reference} : ${phrase(query.search)}`
    where.push('t.id IN (SELECT id FROM matched_entries)')
  }
  const usesCase =
    where.some((clause) => clause.includes('s.')) ||
    query.sort.by in { caseReference: 1, person: 1, caseStatus: 1, keyworker: 1, neighbourhood: 1 }
  const caseJoin = usesCase ? 'JOIN case_summaries s ON s.case_id = t.case_id' : ''
  const column = triageSortColumn[query.sort.by]
  const d = dir(query.sort.direction)
  const order = column ? `${column} ${d}, t.received_at ${d}, t.id ${d}` : `t.received_at ${d}, t.id ${d}`
  const from = `FROM triage_entries t ${caseJoin} ${triageSortJoin[query.sort.by] ?? ''}`
  const inSource = whereSql([...where, 't.source = @segment'])
  const inMonth = (bySource: boolean, direction: string) =>
    `SELECT t.id FROM triage_entries t ${whereSql([...where, ...(bySource ? ['t.source = @segment'] : []), 't.received_at >= @month AND t.received_at < @monthEnd'])}
     ORDER BY t.received_at ${direction}, t.id ${direction} LIMIT @limit OFFSET @offset`
  // The filters on the entry alone are counted in triage_counts (migration 0300): the total and the segments come from there.
  const counted = !query.search && !f.assessment && !f.caseStatus && !f.keyworkerId && !f.agencyId && f.neighbourhood === null && !f.consent
  const countWhere = [
    f.riskLevel ? 'c.risk_level = @riskLevel' : '',
    f.decisionCategory ? 'c.decision_category = @decisionCategory' : '',
    f.source ? 'c.source = @source' : '',
  ].filter(Boolean)
  const bySource = query.sort.by === 'source'
  return {
    keys: `${cte} SELECT t.id ${from} ${whereSql(where)} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    total: `${cte} SELECT count(*) AS n FROM triage_entries t ${caseJoin} ${whereSql(where)}`,
    bySource: `${cte} SELECT t.source AS key, count(*) AS count FROM triage_entries t ${caseJoin} ${whereSql(where)} GROUP BY t.source`,
    inSource: `${cte} SELECT t.id FROM triage_entries t ${caseJoin} ${inSource} ORDER BY t.received_at ${d}, t.id ${d} LIMIT @limit OFFSET @offset`,
    counts: counted
      ? `SELECT c.source, c.received_month AS month, sum(c.n) AS count FROM triage_counts c ${whereSql(countWhere)} GROUP BY c.source, c.received_month`
      : null,
    inMonth: { forward: inMonth(bySource, d), backward: inMonth(bySource, d === 'ASC' ? 'DESC' : 'ASC') },
    params,
  }
}

/**
 * Newest first or by source, with only the filters on the entry itself:
 * from triage_counts, the total and each month's (or each source's month's)
 * count, then the window read month by month along the (filter, source,
 * received) indexes. Null when not so answered.
 */
function triageKeysByCounts(db: Db, query: TriagePageQuery): { ids: string[]; total: number } | null {
  const sql = triagePageSql(query)
  if (!sql.counts || (query.sort.by !== 'receivedAt' && query.sort.by !== 'source')) return null
  const rows = stmt<{ source: string; month: string; count: number }>(db, sql.counts).all(sql.params)
  if (rows.some((row) => !MONTH.test(row.month))) return null
  const asc = query.sort.direction === 'asc'
  const byMonth = (a: { month: string }, b: { month: string }) => (asc ? a.month.localeCompare(b.month) : b.month.localeCompare(a.month))
  let segments: Segment[]
  if (query.sort.by === 'source') {
    const rank = new Map(
      stmt<{ key: string }>(db, 'SELECT key FROM triage_sources ORDER BY label, key')
        .all()
        .map((row, index) => [row.key, index]),
    )
    if (rows.some((row) => !rank.has(row.source))) return null
    const order = (key: string) => (rank.get(key) ?? 0) * (asc ? 1 : -1)
    segments = rows
      .sort((a, b) => order(a.source) - order(b.source) || byMonth(a, b))
      .map((row) => ({ count: row.count, params: { segment: row.source, ...monthRange(row.month) } }))
  } else {
    const months = new Map<string, number>()
    for (const row of rows) months.set(row.month, (months.get(row.month) ?? 0) + row.count)
    segments = [...months]
      .map(([month, count]) => ({ month, count }))
      .sort(byMonth)
      .map((row) => ({ count: row.count, params: monthRange(row.month) }))
  }
  const total = segments.reduce((sum, segment) => sum + segment.count, 0)
  return { ids: segmentWindow(db, segments, query.offset, query.limit, sql.inMonth.forward, sql.inMonth.backward, sql.params), total }
}

/**
 * Sorted by source, the order is the sources' names (another table), so no
 * index gives it: the sources are walked one at a time in their names'
 * order, each along the (filter, source, received) index. Null when an
 * entry's source is not in the list (never expected): the plain query then.
 */
function triageKeysBySource(db: Db, query: TriagePageQuery): { ids: string[]; total: number } | null {
  const sql = triagePageSql(query)
  const counts = new Map(
    stmt<{ key: string; count: number }>(db, sql.bySource)
      .all(sql.params)
      .map((row) => [row.key, row.count]),
  )
  const labels = stmt<{ key: string }>(db, 'SELECT key FROM triage_sources ORDER BY label, key').all()
  const segments = labels
    .filter((row) => counts.has(row.key))
    .map((row) => ({ count: counts.get(row.key) ?? 0, params: { segment: row.key } }))
  if (segments.length !== counts.size) return null
  if (query.sort.direction === 'desc') segments.reverse()
  const total = segments.reduce((sum, segment) => sum + segment.count, 0)
  const reversed = triagePageSql({ ...query, sort: { ...query.sort, direction: flip(query.sort.direction) } })
  return { ids: segmentWindow(db, segments, query.offset, query.limit, sql.inSource, reversed.inSource, sql.params), total }
}

const triageColumns = `
  SELECT t.*, COALESCE(ts.label, t.source) AS source_label, s.reference AS case_reference, s.title AS case_title, u.name AS decided_by_name,
         p.first_name AS person_first_name, p.last_name AS person_last_name,
         (SELECT x.id FROM triage_entries x WHERE x.supersedes_id = t.id) AS superseded_by_id,
         s.status AS case_status, s.neighbourhood AS case_neighbourhood, s.keyworker_name, s.lead_agency_name, s.agency_names, s.subject_consent
  FROM triage_entries t
  JOIN case_summaries s ON s.case_id = t.case_id
  JOIN users u ON u.id = t.decided_by
  LEFT JOIN people p ON p.id = t.person_id
  LEFT JOIN triage_sources ts ON ts.key = t.source
  WHERE t.id IN (SELECT value FROM json_each(@ids))`

export function triagePage(db: Db, query: TriagePageQuery): { rows: TriageJoinedRow[]; total: number } {
  const { ids, total } =
    triageKeysByCounts(db, query) ??
    (query.sort.by === 'source' && !query.search ? triageKeysBySource(db, query) : null) ??
    keysAndTotal(
      db,
      (reverse) => triagePageSql(reverse ? { ...query, sort: { ...query.sort, direction: flip(query.sort.direction) } } : query),
      query.offset,
      query.limit,
    )
  const rows = ids.length ? stmt<TriageJoinedRow>(db, triageColumns).all({ ids: JSON.stringify(ids) }) : []
  return { rows: inOrder(ids, rows), total }
}

// ---------------------------------------------------------------- actions

const actionSortColumn: Record<ActionSortKey, string | null> = {
  due: null,
  description: 'ac.description',
  case: 'cs.reference_key',
  owner: 'ac.owner_name COLLATE NOCASE',
  agency: 'ag.name COLLATE NOCASE',
  raised: "coalesce(rm.date || 'T' || rm.time, '')",
}

export interface ActionWindow {
  today: string
  /** The last day "due this week" reaches. */
  weekEnd: string
  /** The signed-in user's name, for "Mine". */
  myName: string
}

/** `reverse`: the same order backwards (groups too), for a window read from the end. */
export function actionPageSql(query: ActionPageQuery, when: ActionWindow, reverse = false) {
  const params: Params = {}
  const where: string[] = []
  const add = adder(where, params)
  const f = query.filter
  if (f.status) add('ac.status = @status', { status: f.status })
  if (f.ownerName) add('ac.owner_name = @ownerName COLLATE NOCASE', { ownerName: f.ownerName })
  if (f.ownerAgencyId) add('ac.owner_agency_id = @ownerAgencyId', { ownerAgencyId: f.ownerAgencyId })
  if (f.overdue) add("ac.status = 'open' AND ac.due_date < @today", { today: when.today })
  if (f.dueThisWeek)
    add("ac.status = 'open' AND ac.due_date >= @today AND ac.due_date <= @weekEnd", { today: when.today, weekEnd: when.weekEnd })
  if (f.mine) add('ac.owner_name = @myName COLLATE NOCASE', { myName: when.myName.trim() })
  let cte = ''
  if (query.search) {
    // The actions of the cases found, those whose description or owner has the text (the action_fts trigram
    // index, migration 0300; one or two characters read whole), and those of an agency so named.
    const words = query.search.length >= 3
    if (words) params.actionMatch = phrase(query.search)
    cte = `WITH ${caseSearch(query.search, params)}, matched_actions (id) AS MATERIALIZED (
      SELECT ma.id FROM matched_cases mc JOIN actions ma ON ma.case_id = mc.case_id
      UNION SELECT mg.id FROM actions mg WHERE mg.owner_agency_id IN (SELECT mag.id FROM agencies mag WHERE mag.name LIKE @like ESCAPE '\\')
      UNION ${
        words
          ? 'SELECT fd.action_id FROM action_fts af CROSS JOIN action_documents fd ON fd.id = af.rowid WHERE action_fts MATCH @actionMatch'
          : "SELECT ml.id FROM actions ml WHERE ml.description LIKE @like ESCAPE '\\' OR ml.owner_name LIKE @like ESCAPE '\\'"
      })`
    where.push('ac.id IN (SELECT id FROM matched_actions)')
  }
  const d = dir(reverse ? flip(query.sort.direction) : query.sort.direction)
  const g = reverse ? 'DESC' : 'ASC'
  const column = actionSortColumn[query.sort.by]
  // With one status chosen, open-first is the same for every row: left out, so the status index gives the order.
  const openFirst = f.status || f.overdue || f.dueThisWeek ? '' : `(ac.status <> 'open') ${d}, `
  const within = column ? `${column} ${d}, ac.due_date ${d}, ac.id ${d}` : `${openFirst}ac.due_date ${d}, ac.id ${d}`
  const group =
    query.groupBy === 'owner'
      ? `ac.owner_name COLLATE NOCASE ${g}, `
      : query.groupBy === 'agency'
        ? `ag.name COLLATE NOCASE ${g}, ac.owner_agency_id ${g}, `
        : ''
  const needsAgency = query.groupBy === 'agency' || query.sort.by === 'agency'
  const joins = [
    needsAgency ? 'JOIN agencies ag ON ag.id = ac.owner_agency_id' : '',
    query.sort.by === 'case' ? 'JOIN case_summaries cs ON cs.case_id = ac.case_id' : '',
    query.sort.by === 'raised' ? 'LEFT JOIN meetings rm ON rm.id = ac.raised_at_meeting_id' : '',
  ].join(' ')
  const groups =
    query.groupBy === 'owner'
      ? `${cte} SELECT min(ac.owner_name) AS key, min(ac.owner_name) AS label, count(*) AS count FROM actions ac ${whereSql(where)} GROUP BY ac.owner_name COLLATE NOCASE ORDER BY ac.owner_name COLLATE NOCASE`
      : query.groupBy === 'agency'
        ? `${cte} SELECT ag.id AS key, ag.name AS label, count(*) AS count FROM actions ac JOIN agencies ag ON ag.id = ac.owner_agency_id ${whereSql(where)} GROUP BY ag.id ORDER BY ag.name COLLATE NOCASE, ag.id`
        : null
  const inGroup =
    query.groupBy === 'owner'
      ? 'ac.owner_name = @segment COLLATE NOCASE'
      : query.groupBy === 'agency'
        ? 'ac.owner_agency_id = @segment'
        : null
  // The filters counted in action_counts (migration 0300): the total, the groups and where a window starts come from there.
  const counted = !query.search && !f.overdue && !f.dueThisWeek && !f.mine
  const countWhere = [
    f.status ? 'c.status = @status' : '',
    f.ownerName ? 'c.owner_name = @ownerName COLLATE NOCASE' : '',
    f.ownerAgencyId ? 'c.owner_agency_id = @ownerAgencyId' : '',
  ].filter(Boolean)
  const countGroup =
    query.groupBy === 'owner'
      ? {
          gk: 'lower(min(c.owner_name))',
          key: 'min(c.owner_name)',
          label: 'min(c.owner_name)',
          by: 'c.owner_name COLLATE NOCASE',
          order: 'c.owner_name COLLATE NOCASE',
          join: '',
        }
      : query.groupBy === 'agency'
        ? {
            gk: 'ag.id',
            key: 'ag.id',
            label: 'min(ag.name)',
            by: 'ag.id',
            order: 'min(ag.name) COLLATE NOCASE, ag.id',
            join: 'JOIN agencies ag ON ag.id = c.owner_agency_id',
          }
        : { gk: "''", key: "''", label: "''", by: "''", order: "''", join: '' }
  // One segment per group, open or not (unless one status is chosen) and due month, in the table's order.
  const inMonth = (direction: string) =>
    `SELECT ac.id FROM actions ac ${whereSql([
      ...where,
      ...(inGroup ? [inGroup] : []),
      ...(openFirst ? ["(ac.status <> 'open') = @closed"] : []),
      'ac.due_date >= @month AND ac.due_date < @monthEnd',
    ])} ORDER BY ${openFirst ? `(ac.status <> 'open') ${direction}, ` : ''}ac.due_date ${direction}, ac.id ${direction} LIMIT @limit OFFSET @offset`
  const flipped = d === 'ASC' ? 'DESC' : 'ASC'
  const sortJoins = [
    query.sort.by === 'agency' ? 'JOIN agencies ag ON ag.id = ac.owner_agency_id' : '',
    query.sort.by === 'case' ? 'JOIN case_summaries cs ON cs.case_id = ac.case_id' : '',
    query.sort.by === 'raised' ? 'LEFT JOIN meetings rm ON rm.id = ac.raised_at_meeting_id' : '',
  ].join(' ')
  return {
    keys: `${cte} SELECT ac.id FROM actions ac ${joins} ${whereSql(where)} ORDER BY ${group}${within} LIMIT @limit OFFSET @offset`,
    total: `${cte} SELECT count(*) AS n FROM actions ac ${whereSql(where)}`,
    groups,
    inGroup: inGroup
      ? `${cte} SELECT ac.id FROM actions ac ${sortJoins} ${whereSql([...where, inGroup])} ORDER BY ${within} LIMIT @limit OFFSET @offset`
      : null,
    counts: counted
      ? `SELECT ${countGroup.gk} AS gk, ${countGroup.key} AS key, ${countGroup.label} AS label, (c.status <> 'open') AS closed, c.due_month AS month, sum(c.n) AS count
         FROM action_counts c ${countGroup.join} ${whereSql(countWhere)}
         GROUP BY ${countGroup.by}, (c.status <> 'open'), c.due_month ORDER BY ${countGroup.order}`
      : null,
    inMonth: { forward: inMonth(d), backward: inMonth(flipped) },
    /** Open first by due date (the default sort), or within each group. */
    byDue: query.sort.by === 'due',
    openFirst: openFirst !== '',
    params,
  }
}

const actionColumns = `
  SELECT ac.*, s.reference AS case_reference, s.title AS case_title, ag.name AS owner_agency_name, rm.date AS raised_on, rm.time AS raised_time,
         s.subject_name, s.subject_consent, coalesce(st.meetings_carried, 0) AS meetings_carried
  FROM actions ac
  JOIN case_summaries s ON s.case_id = ac.case_id
  JOIN agencies ag ON ag.id = ac.owner_agency_id
  LEFT JOIN meetings rm ON rm.id = ac.raised_at_meeting_id
  LEFT JOIN action_summaries st ON st.action_id = ac.id
  WHERE ac.id IN (SELECT value FROM json_each(@ids))`

/**
 * With only the counted filters, from action_counts: the groups, the total
 * and each segment's count (group, open or not, due month), then, for the
 * default order, the window read segment by segment along the table's
 * indexes; for another sort, group by group.
 */
function actionsByCounts(db: Db, query: ActionPageQuery, sql: ReturnType<typeof actionPageSql>) {
  if (!sql.counts) return null
  const rows = stmt<{ gk: string; key: string; label: string; closed: number; month: string; count: number }>(db, sql.counts).all(
    sql.params,
  )
  if (rows.some((row) => !MONTH.test(row.month))) return null
  // A group's rows come together (ordered by the group); its key and label are the least of its spellings.
  const byGroup = new Map<string, { key: string; label: string; count: number }>()
  for (const row of rows) {
    const group = byGroup.get(row.gk)
    if (!group) byGroup.set(row.gk, { key: row.key, label: row.label, count: row.count })
    else {
      group.count += row.count
      if (row.key < group.key) group.key = row.key
      if (row.label < group.label) group.label = row.label
    }
  }
  const groups = [...byGroup.values()]
  const total = groups.reduce((sum, group) => sum + group.count, 0)
  if (!sql.byDue) return { groups: query.groupBy === 'none' ? [] : groups, total, ids: null }
  const rank = new Map([...byGroup.keys()].map((gk, index) => [gk, index]))
  const asc = query.sort.direction === 'asc' ? 1 : -1
  const segments = rows
    .sort((a, b) => (rank.get(a.gk) ?? 0) - (rank.get(b.gk) ?? 0) || (a.closed - b.closed) * asc || a.month.localeCompare(b.month) * asc)
    .map((row) => ({
      count: row.count,
      params: { segment: byGroup.get(row.gk)?.key ?? row.key, closed: row.closed, ...monthRange(row.month) },
    }))
  const ids = segmentWindow(db, segments, query.offset, query.limit, sql.inMonth.forward, sql.inMonth.backward, sql.params)
  return { groups: query.groupBy === 'none' ? [] : groups, total, ids }
}

export function actionPage(
  db: Db,
  query: ActionPageQuery,
  when: ActionWindow,
): { rows: ActionJoinedRow[]; total: number; groups: Array<{ key: string; label: string; count: number }> } {
  const sql = actionPageSql(query, when)
  const backward = actionPageSql(query, when, true)
  const counted = actionsByCounts(db, query, sql)
  const groups = counted
    ? counted.groups
    : sql.groups
      ? stmt<{ key: string; label: string; count: number }>(db, sql.groups).all(sql.params)
      : []
  let ids: string[]
  let total: number
  if (counted?.ids) {
    ids = counted.ids
    total = counted.total
  } else if (sql.inGroup && backward.inGroup) {
    // Grouped: each group walked along its own index from the groups' counts (the total is their sum).
    total = groups.reduce((sum, group) => sum + group.count, 0)
    const segments = groups.map((group) => ({ count: group.count, params: { segment: group.key } }))
    ids = segmentWindow(db, segments, query.offset, query.limit, sql.inGroup, backward.inGroup, sql.params)
  } else {
    ;({ ids, total } = keysAndTotal(db, (reverse) => (reverse ? backward : sql), query.offset, query.limit, counted?.total))
  }
  const rows = ids.length ? stmt<ActionJoinedRow>(db, actionColumns).all({ ids: JSON.stringify(ids) }) : []
  return { rows: inOrder(ids, rows), total, groups }
}

// ---------------------------------------------------------------- meetings

const meetingSortColumn: Record<MeetingSortKey, string | null> = {
  date: null,
  kind: 'm.kind',
  status: 'm.status',
  chair: 'cu.name COLLATE NOCASE',
}

/** The Meetings list: along meetings_by_date_time (0280), or the kind or status index when one is chosen. */
export function meetingPageSql(query: MeetingPageQuery, reverse = false): PageSql {
  const params: Params = {}
  const where: string[] = []
  const add = adder(where, params)
  const f = query.filter
  if (f.kind) add('m.kind = @kind', { kind: f.kind })
  if (f.status) add('m.status = @status', { status: f.status })
  if (query.search) {
    add("(m.location LIKE @like ESCAPE '\\' OR m.chair_id IN (SELECT su.id FROM users su WHERE su.name LIKE @like ESCAPE '\\'))", {
      like: likeOf(query.search),
    })
  }
  const d = dir(reverse ? flip(query.sort.direction) : query.sort.direction)
  const column = meetingSortColumn[query.sort.by]
  const order = column ? `${column} ${d}, m.date ${d}, m.time ${d}, m.id ${d}` : `m.date ${d}, m.time ${d}, m.id ${d}`
  const join = query.sort.by === 'chair' ? 'JOIN users cu ON cu.id = m.chair_id' : ''
  return {
    keys: `SELECT m.id FROM meetings m ${join} ${whereSql(where)} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    total: `SELECT count(*) AS n FROM meetings m ${whereSql(where)}`,
    params,
  }
}

export function meetingPage(db: Db, query: MeetingPageQuery): { rows: MeetingJoinedRow[]; total: number } {
  const { ids, total } = keysAndTotal(db, (reverse) => meetingPageSql(query, reverse), query.offset, query.limit)
  return { rows: inOrder(ids, meetingsByIds(db, ids)), total }
}

// ---------------------------------------------------------------- filter options

export function tableFilterOptions(db: Db) {
  return {
    keyworkers: stmt<{ id: string; name: string }>(
      db,
      'SELECT u.id, u.name FROM users u WHERE EXISTS (SELECT 1 FROM case_summaries s WHERE s.keyworker_id = u.id) ORDER BY u.name COLLATE NOCASE',
    ).all(),
    agencies: stmt<{ id: string; name: string }>(
      db,
      'SELECT a.id, a.name FROM agencies a WHERE EXISTS (SELECT 1 FROM case_involved_agencies i WHERE i.agency_id = a.id) OR EXISTS (SELECT 1 FROM actions ac WHERE ac.owner_agency_id = a.id) ORDER BY a.name COLLATE NOCASE',
    ).all(),
    neighbourhoods: stmt<{ n: string }>(
      db,
      "SELECT DISTINCT neighbourhood AS n FROM case_summaries WHERE neighbourhood <> '' ORDER BY neighbourhood",
    )
      .all()
      .map((row) => row.n),
    sources: stmt<{ key: string; label: string }>(
      db,
      'SELECT ts.key, ts.label FROM triage_sources ts WHERE EXISTS (SELECT 1 FROM triage_entries t WHERE t.source = ts.key) ORDER BY ts.label COLLATE NOCASE',
    ).all(),
    actionOwners: stmt<{ n: string }>(
      db,
      'SELECT min(owner_name) AS n FROM actions GROUP BY owner_name COLLATE NOCASE ORDER BY owner_name COLLATE NOCASE',
    )
      .all()
      .map((row) => row.n),
  }
}
