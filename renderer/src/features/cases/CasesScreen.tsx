import { useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { SessionState } from '../../../../shared/domain/session'
import type { CaseRowView } from '../../../../shared/domain/tablePages'
import { useApiQuery } from '../../api/client'
import { ExportDialog } from '../../components/ExportDialog'
import { PagedTable } from '../../components/PagedTable'
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
      <PagedTable
        tableId="cases"
        defaultHidden={['triageCategory', 'neighbourhood', 'agencies', 'referralCount', 'nonEngagement']}
        caption="Cases"
        channel="cases:page"
        toInput={caseInput}
        columns={caseColumns}
        getRowId={getRowId}
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
