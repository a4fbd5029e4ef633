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
import { appTableFeatures } from '../../renderer/src/components/tableFeatures'
import type { CaseSummary } from '../../shared/domain/cases'
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
    insert.run(crypto.randomUUID(), `RT-BENCH-${String(n).padStart(6, '0')}`, `Bench case ${n}`, app.admin.id, agencyIds[n % 3], ['high', 'medium', 'low'][n % 3], ['Stretford', 'Old Trafford', 'Partington'][n % 3], at, at)
  }
})()
const rows = cases.list(app.ctx)

const column = createColumnHelper<typeof appTableFeatures, CaseSummary>()
const columns = column.columns([
  column.accessor('reference', { header: 'Reference', sortFn: 'alphanumeric' }),
  column.accessor('title', { header: 'Case', sortFn: 'text' }),
  column.accessor('riskLevel', { header: 'Risk', filterFn: 'equalsString', sortFn: (a, b) => riskRank[a.original.riskLevel] - riskRank[b.original.riskLevel] }),
  column.accessor('neighbourhood', { header: 'Neighbourhood', filterFn: 'equalsString' }),
])

// The same reactivity the React adapter gives useTable, without React.
const reactivity = { coreReactivityFeature: renderPhaseReactivity({ createAtom, batch }) }
const features: typeof appTableFeatures = Object.assign({}, appTableFeatures, reactivity)

function rowModel(state: { sorting: Array<{ id: string; desc: boolean }>; columnFilters: Array<{ id: string; value: unknown }>; globalFilter: string }) {
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

describe(`cases table at ${ROWS.toLocaleString('en-GB')} rows`, () => {
  bench('cases:list from the encrypted database', () => {
    cases.list(app.ctx)
  })
  bench('sort by risk then filter by neighbourhood', () => {
    rowModel({ sorting: [{ id: 'riskLevel', desc: false }], columnFilters: [{ id: 'neighbourhood', value: 'Stretford' }], globalFilter: '' })
  })
  bench('text search across columns', () => {
    rowModel({ sorting: [], columnFilters: [], globalFilter: 'case 4999' })
  })
})
