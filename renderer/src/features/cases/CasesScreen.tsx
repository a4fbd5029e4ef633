import { useCallback, useEffect, useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { dashboardQueries } from '../../../../shared/domain/dashboard'
import { casePanelLabels, isCasePanel, localToday } from '../dashboard/dashboardData'
import type { SessionState } from '../../../../shared/domain/session'
import type { CaseRowView } from '../../../../shared/domain/tablePages'
import { useApiQuery } from '../../api/client'
import { ExportDialog } from '../../components/ExportDialog'
import { PagedTable, type PagedState } from '../../components/PagedTable'
import { caseFilters, caseInput } from './caseFilters'
import { isTyping } from '../shell/useShortcuts'
import { caseColumns } from './caseColumns'
import { NewCaseDialog } from './NewCaseDialog'
import { can } from '../session/can'

const getRowId = (row: CaseRowView) => row.id

/** Every case, a window at a time from the database (cases:page): sorted, filtered and searched there. */
export function CasesScreen({ session }: { session: SessionState }) {
  // The choices in use change with every write elsewhere: asked again each time the screen opens (a small query).
  const options = useApiQuery('tables:filterOptions', {}, { staleTime: 0 })
  const [creating, setCreating] = useState(false)
  const [exporting, setExporting] = useState(false)
  const navigate = useNavigate()
  const filters = useMemo(() => caseFilters(options.data), [options.data])
  // Viewers read cases; they never open one (the service refuses it too).
  const canCreate = can(session, 'cases:create')
  // Opened from a Dashboard panel (?panel=highRisk): that panel's own filter and order, said on screen, one button from all cases.
  const [params] = useSearchParams()
  const asked = params.get('panel')
  const panel = isCasePanel(asked) ? asked : null
  const panelQuery = useMemo(() => {
    if (panel === 'reviewsDue') return dashboardQueries.reviewsDue(localToday())
    if (panel === 'highRisk') return dashboardQueries.highRisk()
    if (panel === 'notEngaging') return dashboardQueries.notEngaging()
    return null
  }, [panel])
  const toInput = useCallback(
    (state: PagedState) => {
      const base = caseInput(state)
      // The bar's own choices (risk, for high risk) stay the user's to change; the rest of the panel's filter holds.
      return panelQuery ? { ...base, filter: { ...panelQuery.filter, ...base.filter } } : base
    },
    [panelQuery],
  )
  const panelSort: { by: string; direction: string } | null = panelQuery?.sort ?? null
  const panelSorting = panelSort ? [{ id: panelSort.by, desc: panelSort.direction === 'desc' }] : null

  // "n" opens the new-case form, unless the user is typing.
  useEffect(() => {
    if (!canCreate) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key === 'n' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTyping(event.target) &&
        !document.querySelector('dialog[open]')
      ) {
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
      {panel && (
        <p className="notice" role="status">
          Showing {casePanelLabels[panel]}, as on the Dashboard.{' '}
          <button type="button" onClick={() => void navigate('/cases')}>
            Show all cases
          </button>
        </p>
      )}
      <PagedTable
        key={panel ?? 'all'}
        tableId="cases"
        defaultHidden={['triageCategory', 'neighbourhood', 'agencies', 'referralCount', 'nonEngagement']}
        caption="Cases"
        channel="cases:page"
        toInput={toInput}
        columns={caseColumns}
        getRowId={getRowId}
        filters={filters}
        onOpenRow={(row) => navigate(`/cases/${row.id}`)}
        initialSorting={panelSorting ?? [{ id: 'reference', desc: true }]}
        initialFilters={panel === 'highRisk' ? { riskLevel: 'high' } : undefined}
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
      <ExportDialog target={exporting ? { kind: 'csv', table: 'cases' } : null} onClose={() => setExporting(false)} />
      <NewCaseDialog
        open={creating && canCreate}
        onClose={() => setCreating(false)}
        defaultKeyworkerId={session.user?.id ?? ''}
        defaultAgencyId={session.user?.agencyId ?? ''}
      />
    </>
  )
}
