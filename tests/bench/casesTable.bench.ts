/**
 * Issue 3: the cases and triage tables stay smooth at 50,000 rows. The
 * screen renders only the visible rows (TanStack Virtual), so what must stay
 * fast is (1) loading the rows from the encrypted database and (2) sorting
 * and filtering them in the table model. Both are measured here at 50,000.
 */
import { batch, createAtom } from '@tanstack/react-store'
import { constructTable, createColumnHelper } from '@tanstack/table-core'
import { renderPhaseReactivity } from '@tanstack/table-core/reactivity'
import { bench, describe } from 'vitest'
import * as cases from '../../electron/main/services/cases'
import * as triage from '../../electron/main/services/triage'
import { appTableFeatures } from '../../renderer/src/components/tableFeatures'
import { triageSearchText } from '../../renderer/src/features/triageLog/triageSearch'
import type { CaseSummary } from '../../shared/domain/cases'
import type { TriageEntryView } from '../../shared/domain/record/views'
import { riskRank } from '../../shared/domain/risk'
import { createTestApp } from '../helpers/db'

const ROWS = 50_000
const app = createTestApp('2026-11-22T10:00:00.000Z')
const agencyIds = [app.agency('Housing').id, app.agency('Police').id, app.agency('GP').id]
const insert = app.db.prepare(
  `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, next_review_date, neighbourhood, created_at, updated_at)
   VALUES (?, ?, 'individual', ?, 'open', ?, ?, ?, NULL, ?, ?, ?)`,
)
app.db.transaction(() => {
  for (let n = 1; n <= ROWS; n++) {
    const at = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString()
    insert.run(
      crypto.randomUUID(),
      `RT-BENCH-${String(n).padStart(6, '0')}`,
      `Bench case ${n}`,
      app.admin.id,
      agencyIds[n % 3],
      ['high', 'medium', 'low'][n % 3],
      ['Stretford', 'Old Trafford', 'Partington'][n % 3],
      at,
      at,
    )
  }
})()
const rows = cases.list(app.ctx)

// One contact per case: the triage log at 50,000 entries.
const caseIds = app.db.prepare('SELECT id FROM cases').pluck().all() as string[]
const insertTriage = app.db.prepare(
  `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, risk_factors,
     decision_category, meeting_reasons, decision_notes, decided_by, bring_to_next_meeting, is_repeat, supersedes_id, created_by, created_at, updated_at)
   VALUES (?, ?, NULL, ?, 'police', ?, 'Welfare check', ?, '[]', 'early_help', '[]', '', ?, 0, 0, NULL, ?, ?, ?)`,
)
app.db.transaction(() => {
  caseIds.forEach((caseId, index) => {
    const at = new Date(Date.UTC(2021, 0, 1) + index * 60_000).toISOString()
    insertTriage.run(
      crypto.randomUUID(),
      caseId,
      at,
      `GMP-${index}`,
      ['high', 'medium', 'low'][index % 3],
      app.admin.id,
      app.admin.id,
      at,
      at,
    )
  })
})()
const entries = triage.list(app.ctx)
if (entries.length !== ROWS) throw new Error(`Expected ${ROWS} triage entries, got ${entries.length}`)
// The log's sorted and filtered columns, defined as the screen defines them.
const logColumn = createColumnHelper<typeof appTableFeatures, TriageEntryView>()
const logColumns = logColumn.columns([
  logColumn.accessor('receivedAt', { header: 'Received', sortFn: 'basic' }),
  logColumn.accessor('riskLevel', {
    header: 'Risk',
    filterFn: 'equalsString',
    sortFn: (a, b) => riskRank[a.original.riskLevel] - riskRank[b.original.riskLevel],
  }),
  logColumn.accessor('neighbourhood', { header: 'Neighbourhood', filterFn: 'equalsString' }),
  logColumn.accessor('agencyNames', { id: 'agencies', header: 'Agencies involved', filterFn: 'listHas' }),
  logColumn.accessor((row) => row.keyworkerName ?? '', { id: 'keyworker', header: 'Keyworker', filterFn: 'equalsString' }),
])

const column = createColumnHelper<typeof appTableFeatures, CaseSummary>()
const columns = column.columns([
  column.accessor('reference', { header: 'Reference', sortFn: 'alphanumeric' }),
  column.accessor('title', { header: 'Case', sortFn: 'text' }),
  column.accessor('riskLevel', {
    header: 'Risk',
    filterFn: 'equalsString',
    sortFn: (a, b) => riskRank[a.original.riskLevel] - riskRank[b.original.riskLevel],
  }),
  column.accessor('neighbourhood', { header: 'Neighbourhood', filterFn: 'equalsString' }),
])

// The same reactivity the React adapter gives useTable, without React.
const reactivity = { coreReactivityFeature: renderPhaseReactivity({ createAtom, batch }) }
const features: typeof appTableFeatures = Object.assign({}, appTableFeatures, reactivity)

function rowModel(state: {
  sorting: Array<{ id: string; desc: boolean }>
  columnFilters: Array<{ id: string; value: unknown }>
  globalFilter: string
}) {
  const table = constructTable({
    features,
    columns,
    data: rows,
    getRowId: (row: CaseSummary) => row.id,
    globalFilterFn: 'includesString',
    initialState: { ...state, columnVisibility: {} },
  })
  return table.getRowModel().rows.length
}

function logModel(
  state: { sorting: Array<{ id: string; desc: boolean }>; columnFilters: Array<{ id: string; value: unknown }> },
  search = '',
) {
  const needle = search.toLowerCase()
  // As DataTable does: the search text first, then the column filters and sort.
  const data: TriageEntryView[] = needle ? entries.filter((entry) => triageSearchText(entry).toLowerCase().includes(needle)) : entries
  const table = constructTable({
    features,
    columns: logColumns,
    data,
    getRowId: (row: TriageEntryView) => row.id,
    initialState: { ...state, globalFilter: '', columnVisibility: {} },
  })
  return table.getRowModel().rows.length
}

describe(`triage log at ${ROWS.toLocaleString('en-GB')} rows`, () => {
  bench('triage:list from the encrypted database', () => {
    triage.list(app.ctx)
  })
  bench('sort by risk, filter by neighbourhood and agency involved', () => {
    logModel({
      sorting: [{ id: 'riskLevel', desc: false }],
      columnFilters: [
        { id: 'neighbourhood', value: 'Stretford' },
        { id: 'agencies', value: 'Housing trust' },
      ],
    })
  })
  bench('text search on names and references', () => {
    logModel({ sorting: [{ id: 'receivedAt', desc: true }], columnFilters: [] }, 'gmp-4999')
  })
})

describe(`cases table at ${ROWS.toLocaleString('en-GB')} rows`, () => {
  bench('cases:list from the encrypted database', () => {
    cases.list(app.ctx)
  })
  bench('sort by risk then filter by neighbourhood', () => {
    rowModel({
      sorting: [{ id: 'riskLevel', desc: false }],
      columnFilters: [{ id: 'neighbourhood', value: 'Stretford' }],
      globalFilter: '',
    })
  })
  bench('text search across columns', () => {
    rowModel({ sorting: [], columnFilters: [], globalFilter: 'case 4999' })
  })
  bench('search text (names, identifiers) as the screen does', () => {
    const found = rows.filter((row) => row.searchText.includes('case 4999'))
    if (found.length === 0) throw new Error('The search found nothing')
  })
})
