import { exportDocumentLabels, sensitiveCategoryLabels, type ExportReviewOutcome } from '../../../../shared/domain/exports'
import { useApiQuery } from '../../api/client'
import { PlainTable } from '../../components/PlainTable'

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
      <PlainTable
        caption="Export register"
        hiddenCaption
        rows={register.data}
        rowKey={(entry) => entry.id}
        empty="Nothing has been exported yet."
        columns={[
          { header: 'When', cell: (entry) => timeFormat.format(new Date(entry.at)) },
          { header: 'By', cell: (entry) => entry.byName },
          { header: 'Document', cell: (entry) => `${exportDocumentLabels[entry.document]}: ${entry.title}` },
          { header: 'Version', cell: (entry) => entry.version },
          {
            header: 'Full or redacted',
            cell: (entry) =>
              entry.variant === 'full'
                ? 'Full'
                : `Redacted for ${entry.recipientAgency ?? 'unknown'}${entry.receives.length ? ` (receives ${entry.receives.map((c) => sensitiveCategoryLabels[c as keyof typeof sensitiveCategoryLabels] ?? c).join(', ')})` : ' (no sensitive categories)'}`,
          },
          { header: 'Review', cell: (entry) => (entry.review ? reviewSummary(entry.review) : '—') },
          { header: 'Intended recipients', cell: (entry) => entry.recipients || '—' },
          { header: 'File', cell: (entry) => entry.fileName },
        ]}
      />
    </section>
  )
}
