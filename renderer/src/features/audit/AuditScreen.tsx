import { useState, type FormEvent } from 'react'
import type { AuditFilter } from '../../../../shared/domain/audit'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import type { SessionState } from '../../../../shared/domain/session'
import { can } from '../session/can'
import { NotForYou } from '../session/NotForYou'
import { PlainTable } from '../../components/PlainTable'

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' })
const noFilter: AuditFilter = { userId: null, caseReference: null, action: null, from: null, to: null }

/** Its own screen (g then l), for administrators only. */
export function AuditScreen({ session }: { session: SessionState }) {
  if (!can(session, 'audit:list')) return <NotForYou title="Audit log" />
  return <AuditLog />
}

/**
 * The audit log for administrators: filtered and paged by the main process
 * (the log is large), exported as CSV. Each look and export is audited there.
 */
function AuditLog() {
  const [filter, setFilter] = useState<AuditFilter>(noFilter)
  const [page, setPage] = useState(1)
  const log = useApiQuery('audit:list', { filter, page })
  const users = useApiQuery('users:list', {})
  const exportCsv = useApiMutation('audit:export')
  const announce = useAnnounce()
  const totalPages = log.data ? Math.max(1, Math.ceil(log.data.total / log.data.pageSize)) : 1

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
    }
    setFilter({ userId: text('userId'), caseReference: text('caseReference'), action: text('action'), from: text('from'), to: text('to') })
    setPage(1)
  }
  const runExport = async () => {
    const result = await exportCsv.mutateAsync({ filter })
    announce(
      result.ok ? (result.value.savedTo ? `Audit log exported to ${result.value.savedTo}` : 'Export cancelled') : result.error.message,
    )
  }

  return (
    <>
      <h1 tabIndex={-1}>Audit log</h1>
      <p>
        Every change and every view of personal data, with who did it and when. Entries cannot be changed or deleted, and looking at them is
        recorded too.
      </p>
      <form onSubmit={apply} aria-label="Filter the audit log" className="filter-bar">
        <label>
          User
          <select name="userId" defaultValue="">
            <option value="">Anyone</option>
            {users.data?.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Case reference
          <input name="caseReference" placeholder="RT-2026-0001" />
        </label>
        <label>
          Action
          <select name="action" defaultValue="">
            <option value="">Any</option>
            {log.data?.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input name="from" type="date" />
        </label>
        <label>
          To
          <input name="to" type="date" />
        </label>
        <button type="submit" className="primary">
          Filter
        </button>
        <button type="button" onClick={() => void runExport()} disabled={exportCsv.isPending}>
          Export CSV
        </button>
      </form>
      {log.error && (
        <p className="error-message" role="alert">
          {log.error.message}
        </p>
      )}
      {/* Not role="status": the page count is read with the table, and the app's one status line stays unambiguous. */}
      <p>{log.data ? `${log.data.total} entries · page ${log.data.page} of ${totalPages}` : 'Loading…'}</p>
      <PlainTable
        caption="Audit log"
        hiddenCaption
        rows={log.data?.entries}
        rowKey={(entry) => String(entry.id)}
        empty="No entries match."
        columns={[
          { header: 'When', cell: (entry) => timeFormat.format(new Date(entry.at)) },
          { header: 'User', cell: (entry) => entry.userName ?? '—' },
          { header: 'Action', cell: (entry) => entry.action },
          { header: 'Record', cell: (entry) => entry.entity },
          { header: 'Case', cell: (entry) => entry.caseReference ?? '—' },
          { header: 'Detail', cell: (entry) => <code>{entry.detail}</code> },
        ]}
      />
      <nav aria-label="Audit log pages">
        <button type="button" onClick={() => setPage((current) => Math.max(1, current - 1))} disabled={page <= 1}>
          Newer
        </button>{' '}
        <button type="button" onClick={() => setPage((current) => Math.min(totalPages, current + 1))} disabled={page >= totalPages}>
          Older
        </button>
      </nav>
    </>
  )
}
