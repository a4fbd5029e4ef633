import { useCallback, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { PagedTable } from '../../components/PagedTable'
import { ExportDialog } from '../../components/ExportDialog'
import { RiskBadge } from '../../components/RiskBadge'
import { localToday } from '../dashboard/dashboardData'
import { RetriageForm } from './RetriageForm'
import { triageColumns } from './triageColumns'
import { triageFilters, triageInput } from './triageFilters'
import { TriageForm } from './TriageForm'
import { UndoLastContact } from './UndoLastContact'
import { can } from '../session/can'

const noEntries: TriageEntryView[] = []
const getRowId = (row: TriageEntryView) => row.id
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' })
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const localDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA')

/** The front door: log a contact at the top, today's contacts below it, then the whole log. */
export function TriageLogScreen({ session }: { session: SessionState }) {
  // Today's contacts are the newest: the first window of the log, newest first (the table below asks for its own windows).
  const log = useApiQuery('triage:page', { limit: 200 })
  const options = useApiQuery('tables:filterOptions', {}, { staleTime: 0 })
  const [retriaging, setRetriaging] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  const [lastSaved, setLastSaved] = useState<string | null>(null)
  const today = localToday()
  const entries = log.data?.rows ?? noEntries
  const todays = useMemo(
    () => entries.filter((entry) => localDay(entry.receivedAt) === today || entry.id === lastSaved),
    [entries, today, lastSaved],
  )
  const canEdit = can(session, 'triage:create')
  const navigate = useNavigate()
  const filters = useMemo(() => triageFilters(options.data), [options.data])
  // Re-triage from the full log: the form opens above the table; focus goes back where it was when it closes.
  const [logRetriage, setLogRetriage] = useState<{ entry: TriageEntryView; back: HTMLElement | null } | null>(null)
  // One re-triage form at a time: the same entry open in today's list and in the log would be two forms for one assessment.
  const openLogRetriage = useCallback((entry: TriageEntryView) => {
    setRetriaging(null)
    setLogRetriage({ entry, back: document.activeElement instanceof HTMLElement ? document.activeElement : null })
  }, [])
  const closeLogRetriage = () => {
    const back = logRetriage?.back
    setLogRetriage(null)
    requestAnimationFrame(() => (back?.isConnected ? back : document.getElementById('triage-log-heading'))?.focus())
  }
  const columns = useMemo(() => triageColumns(canEdit ? openLogRetriage : null), [canEdit, openLogRetriage])
  const onRowKey = useCallback(
    (key: string, row: TriageEntryView) => {
      if (!canEdit || key.toLowerCase() !== 'r' || row.supersededById) return false
      openLogRetriage(row)
      return true
    },
    [canEdit, openLogRetriage],
  )

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
                {/* A contact just logged may have been received on an earlier day: then the day is shown too. */}
                <strong>
                  {localDay(entry.receivedAt) === today ? '' : `${dayFormat.format(new Date(entry.receivedAt))}, `}
                  {timeFormat.format(new Date(entry.receivedAt))}
                </strong>{' '}
                {entry.caseReference} {entry.personName ?? entry.caseTitle} · {entry.sourceLabel} · <RiskBadge level={entry.riskLevel} /> ·{' '}
                {decisionCategoryLabels[entry.decisionCategory]} <ConsentBadge status={entry.subjectConsent} />
                {entry.isRepeat && <strong> · Repeat</strong>}
                {entry.supersededById && ' · re-assessed later'}
                {entry.supersedesId && ' · re-triage'}
                {entry.id === lastSaved && canEdit && <UndoLastContact key={entry.id} entry={entry} onUndone={() => setLastSaved(null)} />}
                {canEdit && !entry.supersededById && retriaging !== entry.id && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => {
                        setLogRetriage(null)
                        setRetriaging(entry.id)
                      }}
                    >
                      Re-triage {entry.caseReference}
                    </button>
                  </>
                )}
                {retriaging === entry.id && (
                  <RetriageForm entry={entry} decidedByUserId={session.user?.id ?? ''} onDone={() => setRetriaging(null)} />
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <h2 id="triage-log-heading" tabIndex={-1}>
        Triage log
      </h2>
      <p className="hint" id="triage-log-keys">
        On a row: <kbd>↑</kbd>/<kbd>↓</kbd> move, <kbd>Enter</kbd> opens the case
        {canEdit && (
          <>
            , <kbd>R</kbd> re-triages
          </>
        )}
        .
      </p>
      {logRetriage && (
        <RetriageForm
          key={logRetriage.entry.id}
          entry={logRetriage.entry}
          decidedByUserId={session.user?.id ?? ''}
          onDone={closeLogRetriage}
        />
      )}
      <PagedTable
        tableId="triage"
        defaultHidden={['caseStatus', 'keyworker', 'agencies', 'neighbourhood', 'decidedByName']}
        caption="Triage log"
        channel="triage:page"
        toInput={triageInput}
        columns={columns}
        getRowId={getRowId}
        onOpenRow={(row) => navigate(`/cases/${row.caseId}`)}
        onRowKey={onRowKey}
        filters={filters}
        initialSorting={[{ id: 'receivedAt', desc: true }]}
        emptyMessage="No contacts logged yet."
        actions={
          <button type="button" onClick={() => setExporting(true)}>
            Export CSV
          </button>
        }
      />
      <ExportDialog target={exporting ? { kind: 'csv', table: 'triage' } : null} onClose={() => setExporting(false)} />
    </>
  )
}
