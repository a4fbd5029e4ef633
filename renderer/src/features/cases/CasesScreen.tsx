import { useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { CaseSummary } from '../../../../shared/domain/cases'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiQuery } from '../../api/client'
import { DataTable } from '../../components/DataTable'
import { ExportDialog } from '../../components/ExportDialog'
import { caseFilters } from './caseFilters'
import { isTyping } from '../shell/useShortcuts'
import { caseColumns } from './caseColumns'
import { NewCaseDialog } from './NewCaseDialog'
import { can } from '../session/can'

const getRowId = (row: { id: string }) => row.id
const getSearchText = (row: CaseSummary) => row.searchText
/** Stable empty list: a new [] each render would make the table recompute. */
const noCases: CaseSummary[] = []

export function CasesScreen({ session }: { session: SessionState }) {
  const cases = useApiQuery('cases:list', {})
  const [creating, setCreating] = useState(false)
  const [exporting, setExporting] = useState(false)
  const navigate = useNavigate()
  const filters = useMemo(() => caseFilters(cases.data ?? noCases), [cases.data])
  // Viewers read cases; they never open one (the service refuses it too).
  const canCreate = can(session, 'cases:create')

  // "n" opens the new-case form, unless the user is typing.
  useEffect(() => {
    if (!canCreate) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'n' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        setCreating(true)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [canCreate])

  return (
    <>
      <h1 tabIndex={-1}>Cases</h1>
      {cases.isError && <p className="error-message" role="alert">{cases.error.message}</p>}
      {cases.isPending ? (
        <p>Loading cases…</p>
      ) : (
        <DataTable
          tableId="cases"
          defaultHidden={['triageCategory', 'neighbourhood', 'agencies', 'referralCount', 'nonEngagement']}
          caption="Cases"
          data={cases.data ?? noCases}
          columns={caseColumns}
          getRowId={getRowId}
          getSearchText={getSearchText}
          filters={filters}
          onOpenRow={(row) => navigate(`/cases/${row.id}`)}
          initialSorting={[{ id: 'reference', desc: true }]}
          emptyMessage={
            canCreate ? (
              <>
                No cases yet: press <kbd>N</kbd> to add one.
              </>
            ) : (
              'No cases yet.'
            )
          }
          actions={
            <>
              <button type="button" onClick={() => setExporting(true)}>
                Export CSV
              </button>
              {canCreate && (
                <button type="button" className="primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
                  New case
                </button>
              )}
            </>
          }
        />
      )}
      <ExportDialog target={exporting ? { kind: 'csv', table: 'cases' } : null} onClose={() => setExporting(false)} />
      <NewCaseDialog open={creating && canCreate} onClose={() => setCreating(false)} defaultKeyworkerId={session.user?.id ?? ''} defaultAgencyId={session.user?.agencyId ?? ''} />
    </>
  )
}
