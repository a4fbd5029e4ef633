import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { panelShowing, type DashboardPanel } from '../../../../shared/domain/dashboard'
import { meetingKindLabels } from '../../../../shared/domain/meetings/meetings'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { formatDate } from '../../format'
import type { DashboardLink } from './dashboardData'

/** "Showing 50 of 1,234" and the full table with the same filter, when the panel does not show them all. */
function More({ panel, to, what }: { panel: DashboardPanel<unknown>; to: DashboardLink; what: string }) {
  const showing = panelShowing(panel)
  if (!showing) return null
  return (
    <p className="panel-more">
      {showing}.{' '}
      <Link to={to}>
        See all {panel.total.toLocaleString('en-GB')} {what}
      </Link>
    </p>
  )
}

function Panel<T extends { id: string }>(props: {
  id: string
  title: string
  panel: DashboardPanel<T>
  none: string
  to: DashboardLink
  what: string
  row: (row: T) => ReactNode
}) {
  const { id, title, panel, none, to, what, row } = props
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({panel.total.toLocaleString('en-GB')})
      </h2>
      {panel.total === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <ul className="work-list">
            {panel.rows.map((r) => (
              <li key={r.id}>{row(r)}</li>
            ))}
          </ul>
          <More panel={panel} to={to} what={what} />
        </>
      )}
    </section>
  )
}

/** Today's work at a glance: what is overdue, what is due, who is at high risk, the next meeting (dashboard:get: counts and the first rows). */
export function DashboardScreen() {
  const dashboard = useApiQuery('dashboard:get', {})
  const work = dashboard.data
  if (!work) {
    return (
      <>
        <h1 tabIndex={-1}>Dashboard</h1>
        <p>{dashboard.error?.message ?? 'Loading…'}</p>
      </>
    )
  }
  return (
    <>
      <h1 tabIndex={-1}>Dashboard</h1>
      <div className="dashboard">
        <section aria-labelledby="next-meeting">
          <h2 id="next-meeting">Next meeting</h2>
          {work.nextMeeting ? (
            <p>
              <Link to={`/meetings/${work.nextMeeting.id}`}>
                {meetingKindLabels[work.nextMeeting.kind]}, {formatDate(work.nextMeeting.date)} at {work.nextMeeting.time}
              </Link>{' '}
              ({work.nextMeeting.itemCount} cases on the agenda)
            </p>
          ) : (
            <p>No meeting planned. Create one from Meetings.</p>
          )}
        </section>
        <Panel
          id="overdue-actions"
          title="Overdue actions"
          panel={work.overdueActions}
          none="Nothing overdue."
          to="/actions?overdue=1"
          what="overdue actions in Actions"
          row={(action) => (
            <>
              <Link to={`/cases/${action.caseId}`}>{action.caseDisplayName}</Link>: {action.description} ({action.ownerName},{' '}
              {action.ownerAgencyName}), due {formatDate(action.dueDate)}
            </>
          )}
        />
        <Panel
          id="reviews-due"
          title="Reviews due in the next week"
          panel={work.reviewsDue}
          none="No reviews due."
          to="/cases?panel=reviewsDue"
          what="in Cases"
          row={(c) => (
            <>
              <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title}, review {formatDate(c.nextReviewDate ?? '')}{' '}
              <ConsentBadge status={c.subjectConsent} />
            </>
          )}
        />
        <Panel
          id="high-risk"
          title="High-risk cases"
          panel={work.highRisk}
          none="No open high-risk cases."
          to="/cases?panel=highRisk"
          what="in Cases"
          row={(c) => (
            <>
              <RiskBadge level={c.riskLevel} /> <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title} · keyworker{' '}
              {c.keyworkerName ?? 'not allocated'} <ConsentBadge status={c.subjectConsent} />
            </>
          )}
        />
        {work.notEngaging.total > 0 && (
          <Panel
            id="not-engaging"
            title="Not engaging: act, don't close"
            panel={work.notEngaging}
            none=""
            to="/cases?panel=notEngaging"
            what="in Cases"
            row={(c) => (
              <>
                <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title}
              </>
            )}
          />
        )}
      </div>
    </>
  )
}
