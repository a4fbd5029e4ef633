import { useParams } from 'react-router-dom'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiQuery } from '../../api/client'
import { CasePlanSection } from '../casePlan/CasePlanSection'
import { localToday } from '../dashboard/dashboardData'
import { AgenciesSection } from './AgenciesSection'
import { CaseHeader } from './CaseHeader'
import { CohortsSection } from './CohortsSection'
import { DemandSection } from './DemandSection'
import { DemandChangeSection } from './DemandChangeSection'
import { DirectionSection } from './DirectionSection'
import { OpenActionsSection } from './OpenActionsSection'
import { PeopleSection } from './PeopleSection'
import { StatusSection } from './StatusSection'
import { SummarySection } from './SummarySection'
import { TimelineSection } from './TimelineSection'
import { can } from '../session/can'

/** The story first (what is going on, who, which way it is heading, what is being done), then the record keeping. */
const sections = [
  ['summary', 'Summary and needs'],
  ['people', 'People'],
  ['direction', 'Direction of travel'],
  ['actions', 'Open actions'],
  ['agencies', 'Agencies'],
  ['timeline', 'Timeline'],
  ['demand', 'Demand'],
  ['case-plan', 'Case plan'],
  ['cohorts', 'Cohorts'],
  ['status', 'Status'],
] as const

/**
 * "On this page" moves focus, not only the view: a heading can only take
 * focus with a tabindex, so each gets -1 (focusable by script, not in the
 * tab order), including sections drawn by other screens (the case plan).
 */
function focusSection(id: string) {
  document.getElementById(id)?.scrollIntoView()
  const heading = document.getElementById(`${id}-heading`)
  if (!heading) return
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  heading.focus()
}

/** One record, read top to bottom: anchored sections, not tabs, so the whole story is one scroll. */
export function CaseRecordScreen({ session }: { session: SessionState }) {
  const { caseId = '' } = useParams()
  const detail = useApiQuery('cases:get', { id: caseId })
  const directions = useApiQuery('cases:directionHistory', { id: caseId })
  const canEdit = can(session, 'cases:update')
  if (detail.isError) {
    return (
      <>
        <h1 tabIndex={-1}>Case not found</h1>
        <p role="alert">{detail.error.message}</p>
      </>
    )
  }
  if (!detail.data) return <p>Loading the case…</p>
  const points = directions.data ?? []
  return (
    <div className="case-record">
      <CaseHeader detail={detail.data} directions={points} />
      <nav aria-label="On this page" className="on-this-page">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault()
                  focusSection(id)
                }}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SummarySection detail={detail.data} canEdit={canEdit} />
      <PeopleSection detail={detail.data} canEdit={canEdit} />
      <DirectionSection points={points} />
      <OpenActionsSection caseId={caseId} />
      <AgenciesSection detail={detail.data} canEdit={canEdit} today={localToday()} />
      <TimelineSection caseId={caseId} />
      <DemandSection detail={detail.data} canEdit={canEdit} />
      <DemandChangeSection caseId={caseId} />
      <CasePlanSection caseId={caseId} needs={detail.data.needs} canEdit={canEdit} />
      <CohortsSection caseId={caseId} canEdit={can(session, 'cohorts:addCase')} />
      <StatusSection detail={detail.data} canEdit={canEdit} />
    </div>
  )
}
