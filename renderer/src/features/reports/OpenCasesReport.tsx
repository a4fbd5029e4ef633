import { caseStatuses, caseStatusLabels } from '../../../../shared/domain/cases'
import type { OpenCases } from '../../../../shared/domain/outcomes/report'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import { PlainTable } from '../../components/PlainTable'

function CountTable({ caption, rows }: { caption: string; rows: Array<[string, number]> }) {
  return (
    <PlainTable
      caption={caption}
      rows={rows}
      rowKey={([label]) => label}
      rowHeaders
      columns={[
        { header: caption.replace('Open cases by ', ''), cell: ([label]) => label },
        { header: 'Cases', cell: ([, count]) => count },
      ]}
    />
  )
}

export function OpenCasesReport({ open }: { open: OpenCases }) {
  return (
    <section aria-labelledby="report-open-heading">
      <h2 id="report-open-heading">Open cases</h2>
      <p>
        {open.total} {open.total === 1 ? 'case is' : 'cases are'} open in this cohort, {open.byRisk.high} at high risk.
      </p>
      <div className="report-tables">
        <CountTable
          caption="Open cases by status"
          rows={caseStatuses.filter((status) => status !== 'closed').map((status) => [caseStatusLabels[status], open.byStatus[status]])}
        />
        <CountTable caption="Open cases by risk" rows={riskLevels.map((level) => [riskLabels[level], open.byRisk[level]])} />
        <CountTable
          caption="Open cases by triage category"
          rows={[
            ...decisionCategories.map((category): [string, number] => [decisionCategoryLabels[category], open.byTriage[category]]),
            ['Not triaged', open.byTriage.none],
          ]}
        />
      </div>
    </section>
  )
}
