import { exportDocumentLabels, sensitiveCategoryLabels, type ExportReviewOutcome } from '../../../../shared/domain/exports'
import { useApiQuery } from '../../api/client'

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** 'Reviewed by Priya Shah: 12 replacements; accepted as safe: Stretford; 1 term added (this document)'. */
function reviewSummary(review: ExportReviewOutcome): string {
  const { document, caseKnownNames } = review.termsAdded
  const added =
    document + caseKnownNames === 0
      ? 'no terms added'
      : `${count(document + caseKnownNames, 'term')} added (${document} for this document, ${caseKnownNames} to case known names)`
  const safe = review.acceptedAsSafe.length === 0 ? 'none accepted as safe' : `accepted as safe: ${review.acceptedAsSafe.join(', ')}`
  return `Reviewed by ${review.reviewedBy}: ${count(review.replacements, 'replacement')}; ${safe}; ${added}`
}

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
            <th scope="col">Review</th>
            <th scope="col">Intended recipients</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {register.data?.length === 0 && (
            <tr>
              <td colSpan={8}>Nothing has been exported yet.</td>
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
              <td>{entry.review ? reviewSummary(entry.review) : '—'}</td>
              <td>{entry.recipients || '—'}</td>
              <td>{entry.fileName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
