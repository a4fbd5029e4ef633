import { Link } from 'react-router-dom'
import { caseKindLabels, caseStatusLabels, type CaseSummary } from '../../../../shared/domain/cases'
import { hasConsentToShare, NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskRank } from '../../../../shared/domain/risk'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'

const column = columnHelperFor<CaseSummary>()

/** Module scope: TanStack Table needs stable column definitions. */
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
    cell: (info) => (hasConsentToShare(info.row.original.subjectConsent) ? 'Given' : <ConsentBadge status={info.row.original.subjectConsent} />),
    filterFn: 'equalsString',
  }),
  column.accessor('kind', { header: 'Type', cell: (info) => caseKindLabels[info.getValue()], filterFn: 'equalsString' }),
  // Non-engagement is a status to act on: shown beside the status even with its own column hidden.
  column.accessor('status', { header: 'Status', cell: (info) => `${caseStatusLabels[info.getValue()]}${info.row.original.nonEngagement ? ' · Not engaging' : ''}`, filterFn: 'equalsString' }),
  column.accessor('riskLevel', {
    header: 'Risk',
    cell: (info) => <RiskBadge level={info.getValue()} />,
    filterFn: 'equalsString',
    // High first when sorted ascending: the rank, not the word, orders risk.
    sortFn: (a, b) => riskRank[a.original.riskLevel] - riskRank[b.original.riskLevel],
  }),
  column.accessor((row) => row.triageCategory ?? '', {
    id: 'triageCategory',
    header: 'Triage decision',
    cell: (info) => (info.row.original.triageCategory ? decisionCategoryLabels[info.row.original.triageCategory] : '—'),
    filterFn: 'equalsString',
  }),
  column.accessor((row) => row.keyworkerName ?? '', { id: 'keyworker', header: 'Keyworker', sortFn: 'text', filterFn: 'equalsString' }),
  column.accessor('leadAgencyName', { header: 'Lead agency', sortFn: 'text', filterFn: 'equalsString' }),
  column.accessor('neighbourhood', { header: 'Neighbourhood', sortFn: 'text', filterFn: 'equalsString' }),
  column.accessor('agencyNames', {
    id: 'agencies',
    header: 'Agencies involved',
    cell: (info) => info.getValue().join(', '),
    // The "Agency" filter matches any agency on the case, not only the lead.
    filterFn: 'listHas',
    enableSorting: false,
  }),
  column.accessor('agencyCount', { header: 'Agencies', sortFn: 'basic', enableGlobalFilter: false }),
  column.accessor('referralCount', { header: 'Referrals', sortFn: 'basic', enableGlobalFilter: false }),
  column.accessor((row) => (row.nonEngagement ? 'Not engaging' : ''), { id: 'nonEngagement', header: 'Engagement', cell: (info) => info.getValue() || '—' }),
  column.accessor((row) => row.nextReviewDate ?? '', {
    id: 'nextReviewDate',
    header: 'Next review',
    cell: (info) => (info.getValue() ? formatDate(info.getValue()) : '—'),
    sortFn: 'basic',
    enableGlobalFilter: false,
  }),
])
