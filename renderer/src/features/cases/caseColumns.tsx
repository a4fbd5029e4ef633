import { caseKindLabels, caseStatusLabels, type CaseSummary } from '../../../../shared/domain/cases'
import { RiskBadge } from '../../components/RiskBadge'
import { columnHelperFor } from '../../components/tableFeatures'
import { formatDate } from '../../format'

const column = columnHelperFor<CaseSummary>()

/** Module scope: TanStack Table needs stable column definitions. */
export const caseColumns = column.columns([
  column.accessor('reference', { header: 'Reference', enableHiding: false, sortFn: 'alphanumeric' }),
  column.accessor('title', { header: 'Case', enableHiding: false, sortFn: 'text' }),
  column.accessor('kind', { header: 'Type', cell: (info) => caseKindLabels[info.getValue()], filterFn: 'equalsString' }),
  column.accessor('status', { header: 'Status', cell: (info) => caseStatusLabels[info.getValue()], filterFn: 'equalsString' }),
  column.accessor('riskLevel', {
    header: 'Risk',
    cell: (info) => <RiskBadge level={info.getValue()} />,
    filterFn: 'equalsString',
    // High first when sorted ascending: the rank, not the word, orders risk.
    sortFn: (a, b) => rank(a.original.riskLevel) - rank(b.original.riskLevel),
  }),
  column.accessor((row) => row.keyworkerName ?? '', { id: 'keyworker', header: 'Keyworker', sortFn: 'text' }),
  column.accessor('leadAgencyName', { header: 'Lead agency', sortFn: 'text' }),
  column.accessor((row) => row.nextReviewDate ?? '', {
    id: 'nextReviewDate',
    header: 'Next review',
    cell: (info) => (info.getValue() ? formatDate(info.getValue()) : '—'),
    sortFn: 'basic',
    enableGlobalFilter: false,
  }),
])

const rank = (level: CaseSummary['riskLevel']) => ({ high: 0, medium: 1, low: 2 })[level]
