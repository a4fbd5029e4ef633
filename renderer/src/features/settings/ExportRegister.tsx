import { exportDocumentLabels, sensitiveCategoryLabels } from '../../../../shared/domain/exports'
import { useApiQuery } from '../../api/client'

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** Every document that left Roundtable: the record an information governance lead asks for. */
export function ExportRegister() {
  const register = useApiQuery('exports:register', {})
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Export register</h2>
      <p>Every export is recorded here with who made it, when, which version, and for whom. Entries cannot be changed or deleted.</p>
      <table className="plain-table">
        <caption className="visually-hidden">Export register</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">Document</th>
            <th scope="col">Version</th>
            <th scope="col">Full or redacted</th>
            <th scope="col">Intended recipients</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {register.data?.length === 0 && (
            <tr>
              <td colSpan={7}>Nothing has been exported yet.</td>
            </tr>
          )}
          {register.data?.map((entry) => (
            <tr key={entry.id}>
              <td>{timeFormat.format(new Date(entry.at))}</td>
              <td>{entry.byName}</td>
              <td>
                {exportDocumentLabels[entry.document]}: {entry.title}
              </td>
              <td>{entry.version}</td>
              <td>
                {entry.variant === 'full'
                  ? 'Full'
                  : `Redacted for ${entry.recipientAgency ?? 'unknown'}${entry.receives.length ? ` (receives ${entry.receives.map((c) => sensitiveCategoryLabels[c as keyof typeof sensitiveCategoryLabels] ?? c).join(', ')})` : ' (no sensitive categories)'}`}
              </td>
              <td>{entry.recipients || '—'}</td>
              <td>{entry.fileName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
