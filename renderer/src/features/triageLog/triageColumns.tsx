import { Link } from 'react-router-dom'
import { decisionCategoryLabels, triageSourceLabels } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { riskRank } from '../../../../shared/domain/risk'
import { RiskBadge } from '../../components/RiskBadge'
import { columnHelperFor } from '../../components/tableFeatures'

const column = columnHelperFor<TriageEntryView>()
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

export const triageColumns = column.columns([
  column.accessor('receivedAt', { header: 'Received', cell: (info) => timeFormat.format(new Date(info.getValue())), sortFn: 'basic', enableGlobalFilter: false }),
  column.accessor('caseReference', { header: 'Case', cell: (info) => <Link to={`/cases/${info.row.original.caseId}`} tabIndex={-1}>{info.getValue()}</Link>, sortFn: 'alphanumeric' }),
  column.accessor((row) => row.personName ?? row.caseTitle, { id: 'person', header: 'Person', sortFn: 'text' }),
  column.accessor('source', { header: 'Source', cell: (info) => triageSourceLabels[info.getValue()], filterFn: 'equalsString' }),
  column.accessor('riskLevel', { header: 'Risk', cell: (info) => <RiskBadge level={info.getValue()} />, filterFn: 'equalsString', sortFn: (a, b) => riskRank[a.original.riskLevel] - riskRank[b.original.riskLevel] }),
  column.accessor('decisionCategory', { header: 'Decision', cell: (info) => decisionCategoryLabels[info.getValue()], filterFn: 'equalsString' }),
  column.accessor((row) => (row.isRepeat ? 'Repeat' : ''), { id: 'repeat', header: 'Repeat', cell: (info) => info.getValue() || '—' }),
  column.accessor((row) => (row.bringToNextMeeting ? 'Yes' : ''), { id: 'bring', header: 'To meeting', cell: (info) => info.getValue() || '—' }),
  column.accessor((row) => (row.supersededById ? 'Re-assessed later' : row.supersedesId ? 'Re-triage' : 'Current'), { id: 'assessment', header: 'Assessment', filterFn: 'equalsString' }),
  column.accessor('decidedByName', { header: 'Decided by', sortFn: 'text' }),
])
