import { Link } from 'react-router-dom'
import { caseKindLabels, caseStatusLabels } from '../../../../shared/domain/cases'
import { hasConsentToShare, NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import type { CaseRowView, CaseSortKey } from '../../../../shared/domain/tablePages'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'

const column = columnHelperFor<CaseRowView>()

/** The channel's sort key for each sortable column (cases:page sorts in the database). */
export const caseSortKeyOf: Readonly<Record<string, CaseSortKey>> = {
  reference: 'reference',
  title: 'title',
  status: 'status',
  riskLevel: 'riskLevel',
  triageCategory: 'triageCategory',
  keyworker: 'keyworker',
  leadAgencyName: 'leadAgency',
  neighbourhood: 'neighbourhood',
  agencyCount: 'agencyCount',
  referralCount: 'referralCount',
  nextReviewDate: 'nextReviewDate',
}

/** Module scope: TanStack Table needs stable column definitions. The database sorts and filters (manual mode). */
export const caseColumns = column.columns([
  column.accessor('reference', {
    header: 'Reference',
    enableHiding: false,
    sortFn: 'alphanumeric',
    cell: (info) => (
      // Not in the tab order: rows are reached with the arrow keys and opened with Enter.
      <Link to={`/cases/${info.row.original.id}`} tabIndex={-1}>
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor('title', { header: 'Case', enableHiding: false, sortFn: 'text' }),
  column.accessor((row) => (hasConsentToShare(row.subjectConsent) ? 'Consent given' : NO_CONSENT_BADGE), {
    id: 'consent',
    header: 'Consent',
    cell: (info) =>
      hasConsentToShare(info.row.original.subjectConsent) ? 'Given' : <ConsentBadge status={info.row.original.subjectConsent} />,
    enableSorting: false,
  }),
  column.accessor('kind', { header: 'Type', cell: (info) => caseKindLabels[info.getValue()], enableSorting: false }),
  // Non-engagement is a status to act on: shown beside the status even with its own column hidden.
  column.accessor('status', {
    header: 'Status',
    cell: (info) => `${caseStatusLabels[info.getValue()]}${info.row.original.nonEngagement ? ' · Not engaging' : ''}`,
  }),
  column.accessor('riskLevel', {
    header: 'Risk',
    cell: (info) => <RiskBadge level={info.getValue()} />,
    // High first when sorted ascending: the database sorts by rank, not the word.
  }),
  column.accessor((row) => row.triageCategory ?? '', {
    id: 'triageCategory',
    header: 'Triage decision',
    cell: (info) => (info.row.original.triageCategory ? decisionCategoryLabels[info.row.original.triageCategory] : '—'),
    filterFn: 'equalsString',
  }),
  column.accessor((row) => row.keyworkerName ?? '', { id: 'keyworker', header: 'Keyworker', sortFn: 'text' }),
  column.accessor('leadAgencyName', { header: 'Lead agency', sortFn: 'text' }),
  column.accessor('neighbourhood', { header: 'Neighbourhood', sortFn: 'text' }),
  column.accessor('agencyNames', {
    id: 'agencies',
    header: 'Agencies involved',
    cell: (info) => info.getValue().join(', '),
    // The "Agency involved" filter matches any agency on the case, not only the lead.
    enableSorting: false,
  }),
  column.accessor('agencyCount', { header: 'Agencies', sortFn: 'basic', enableGlobalFilter: false }),
  column.accessor('referralCount', { header: 'Referrals', sortFn: 'basic', enableGlobalFilter: false }),
  column.accessor((row) => (row.nonEngagement ? 'Not engaging' : ''), {
    id: 'nonEngagement',
    header: 'Engagement',
    cell: (info) => info.getValue() || '—',
    enableSorting: false,
  }),
  column.accessor((row) => row.nextReviewDate ?? '', {
    id: 'nextReviewDate',
    header: 'Next review',
    cell: (info) => (info.getValue() ? formatDate(info.getValue()) : '—'),
    sortFn: 'basic',
    enableGlobalFilter: false,
  }),
])
