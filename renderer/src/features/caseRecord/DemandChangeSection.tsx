import { useEffect } from 'react'
import { describeMonths } from '../../../../shared/domain/outcomes/windows'
import { useApiQuery } from '../../api/client'
import { formatDate } from '../../format'
import { DemandReport } from '../reports/DemandReport'

/**
 * Demand before and since this case opened, by the same rules as Reports. It follows
 * the demand list's cache, so a contact just added shows here without a reload.
 */
export function DemandChangeSection({ caseId }: { caseId: string }) {
  const events = useApiQuery('demand:list', { id: caseId })
  const report = useApiQuery('reports:forCase', { caseId, months: 12 })
  const { refetch } = report
  useEffect(() => {
    void refetch()
  }, [events.dataUpdatedAt, refetch])
  if (!report.data) return null
  const { windows, openedOn } = report.data
  return (
    <div className="case-demand-change">
      <p>
        Opened {formatDate(openedOn)}: {describeMonths(windows.beforeMonths, 'before')} compared with{' '}
        {describeMonths(windows.afterMonths, 'since')}.
      </p>
      <DemandReport
        changes={report.data.changes}
        months={report.data.months}
        benefit={report.data.benefit}
        title="Demand before and since this case opened"
        level={3}
      />
    </div>
  )
}
