import { Link } from 'react-router-dom'
import { caseStatusLabels } from '../../../../shared/domain/cases'
import { hasConsentToShare, NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { columnHelperFor } from '../../components/tableFeatures'

const column = columnHelperFor<TriageEntryView>()
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** Whether the entry is the current assessment, a re-triage, or was replaced by a later one. */
export const assessmentOf = (row: TriageEntryView) =>
  row.supersededById ? 'Re-assessed later' : row.supersedesId ? 'Re-triage' : 'Current'

/** Re-triage is offered on the current assessment only; the button opens the form above the table. */
export function triageColumns(onRetriage: ((row: TriageEntryView) => void) | null) {
  return column.columns([
    column.accessor('receivedAt', {
      header: 'Received',
      cell: (info) => timeFormat.format(new Date(info.getValue())),
      sortFn: 'basic',
      enableGlobalFilter: false,
    }),
    // Not in the tab order: rows are reached with the arrow keys and opened with Enter.
    column.accessor('caseReference', {
      header: 'Case',
      enableHiding: false,
      cell: (info) => (
        <Link to={`/cases/${info.row.original.caseId}`} tabIndex={-1}>
          {info.getValue()}
        </Link>
      ),
      sortFn: 'alphanumeric',
    }),
    column.accessor((row) => row.personName ?? row.caseTitle, { id: 'person', header: 'Person', sortFn: 'text' }),
    column.accessor((row) => (hasConsentToShare(row.subjectConsent) ? 'Consent given' : NO_CONSENT_BADGE), {
      id: 'consent',
      header: 'Consent',
      cell: (info) =>
        hasConsentToShare(info.row.original.subjectConsent) ? 'Given' : <ConsentBadge status={info.row.original.subjectConsent} />,
      enableSorting: false,
    }),
    column.accessor('source', { header: 'Source', cell: (info) => info.row.original.sourceLabel }),
    column.accessor('riskLevel', { header: 'Risk', cell: (info) => <RiskBadge level={info.getValue()} /> }),
    column.accessor('decisionCategory', { header: 'Decision', cell: (info) => decisionCategoryLabels[info.getValue()] }),
    column.accessor('caseStatus', { header: 'Case status', cell: (info) => caseStatusLabels[info.getValue()] }),
    column.accessor((row) => row.keyworkerName ?? '', {
      id: 'keyworker',
      header: 'Keyworker',
      cell: (info) => info.getValue() || '—',
      sortFn: 'text',
    }),
    column.accessor('agencyNames', {
      id: 'agencies',
      header: 'Agencies involved',
      cell: (info) => info.getValue().join(', '),
      enableSorting: false,
    }),
    column.accessor('neighbourhood', { header: 'Neighbourhood', cell: (info) => info.getValue() || '—', sortFn: 'text' }),
    column.accessor((row) => (row.isRepeat ? 'Repeat' : ''), {
      id: 'repeat',
      header: 'Repeat',
      cell: (info) => info.getValue() || '—',
      enableSorting: false,
    }),
    column.accessor((row) => (row.bringToNextMeeting ? 'Yes' : ''), {
      id: 'bring',
      header: 'To meeting',
      cell: (info) => info.getValue() || '—',
      enableSorting: false,
    }),
    column.accessor(assessmentOf, { id: 'assessment', header: 'Assessment', enableSorting: false }),
    column.accessor('decidedByName', { header: 'Decided by', sortFn: 'text' }),
    ...(onRetriage
      ? [
          column.display({
            id: 'retriage',
            header: 'Re-triage',
            enableHiding: false,
            cell: (info) =>
              info.row.original.supersededById ? null : (
                // Out of the tab order like the case link: on a focused row the R key does the same.
                <button type="button" tabIndex={-1} aria-keyshortcuts="r" onClick={() => onRetriage(info.row.original)}>
                  Re-triage<span className="visually-hidden"> {info.row.original.caseReference}</span>
                </button>
              ),
          }),
        ]
      : []),
  ])
}
