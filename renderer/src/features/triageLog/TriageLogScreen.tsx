import { useMemo, useState } from 'react'
import { decisionCategories, decisionCategoryLabels, triageSourceLabels, triageSources } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiQuery } from '../../api/client'
import { DataTable, type TableFilter } from '../../components/DataTable'
import { ExportDialog } from '../../components/ExportDialog'
import { RiskBadge } from '../../components/RiskBadge'
import { localToday } from '../dashboard/dashboardData'
import { RetriageForm } from './RetriageForm'
import { triageColumns } from './triageColumns'
import { TriageForm } from './TriageForm'

const noEntries: TriageEntryView[] = []
const filters: TableFilter[] = [
  { columnId: 'riskLevel', label: 'Risk', options: riskLevels.map((value) => ({ value, label: riskLabels[value] })) },
  { columnId: 'decisionCategory', label: 'Decision', options: decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] })) },
  { columnId: 'source', label: 'Source', options: triageSources.map((value) => ({ value, label: triageSourceLabels[value] })) },
  { columnId: 'assessment', label: 'Assessment', options: ['Current', 'Re-triage', 'Re-assessed later'].map((value) => ({ value, label: value })) },
]
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' })

/** The front door: log a contact at the top, today's contacts below it, then the whole log. */
export function TriageLogScreen({ session }: { session: SessionState }) {
  const log = useApiQuery('triage:list', {})
  const [retriaging, setRetriaging] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  const [lastSaved, setLastSaved] = useState<string | null>(null)
  const today = localToday()
  const entries = log.data ?? noEntries
  const todays = useMemo(() => entries.filter((entry) => new Date(entry.receivedAt).toLocaleDateString('en-CA') === today || entry.id === lastSaved), [entries, today, lastSaved])
  const canEdit = session.user !== null && session.user.role !== 'viewer'

  return (
    <>
      <h1 tabIndex={-1}>Triage</h1>
      {canEdit && <TriageForm session={session} onSaved={setLastSaved} />}
      <section aria-labelledby="today-heading" className="case-section">
        <h2 id="today-heading">Today&apos;s log ({todays.length})</h2>
        {todays.length === 0 ? (
          <p>No contacts logged today: start with the form above.</p>
        ) : (
          <ol className="today-log" aria-label="Today's contacts">
            {todays.map((entry) => (
              <li key={entry.id} className={entry.id === lastSaved ? 'just-saved' : undefined}>
                <strong>{timeFormat.format(new Date(entry.receivedAt))}</strong> {entry.caseReference} {entry.personName ?? entry.caseTitle} · {triageSourceLabels[entry.source]} · <RiskBadge level={entry.riskLevel} /> · {decisionCategoryLabels[entry.decisionCategory]}
                {entry.isRepeat && <strong> · Repeat</strong>}
                {entry.supersededById && ' · re-assessed later'}
                {entry.supersedesId && ' · re-triage'}
                {canEdit && !entry.supersededById && retriaging !== entry.id && (
                  <>
                    {' '}
                    <button type="button" onClick={() => setRetriaging(entry.id)}>Re-triage {entry.caseReference}</button>
                  </>
                )}
                {retriaging === entry.id && <RetriageForm entry={entry} decidedByUserId={session.user?.id ?? ''} onDone={() => setRetriaging(null)} />}
              </li>
            ))}
          </ol>
        )}
      </section>
      <h2>Triage log</h2>
      <DataTable
        tableId="triage"
        caption="Triage log"
        data={entries}
        columns={triageColumns}
        getRowId={(row) => row.id}
        filters={filters}
        initialSorting={[{ id: 'receivedAt', desc: true }]}
        emptyMessage="No contacts logged yet."
        actions={<button type="button" onClick={() => setExporting(true)}>Export CSV</button>}
      />
      <ExportDialog target={exporting ? { kind: 'csv', table: 'triage' } : null} onClose={() => setExporting(false)} />
    </>
  )
}
