import { Link } from 'react-router-dom'
import { meetingKindLabels } from '../../../../shared/domain/meetings/meetings'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { formatDate } from '../../format'
import { localToday, todaysWork } from './dashboardData'

/** Today's work at a glance: what is overdue, what is due, who is at high risk, the next meeting. */
export function DashboardScreen() {
  const cases = useApiQuery('cases:list', {})
  const actions = useApiQuery('actions:list', {})
  const meetings = useApiQuery('meetings:list', {})
  if (!cases.data || !actions.data || !meetings.data) {
    return (
      <>
        <h1 tabIndex={-1}>Dashboard</h1>
        <p>{cases.error?.message ?? actions.error?.message ?? meetings.error?.message ?? 'Loading…'}</p>
      </>
    )
  }
  const work = todaysWork(cases.data, actions.data, meetings.data, localToday())
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
        <section aria-labelledby="overdue-actions">
          <h2 id="overdue-actions">Overdue actions ({work.overdueActions.length})</h2>
          {work.overdueActions.length === 0 ? (
            <p>Nothing overdue.</p>
          ) : (
            <ul className="work-list">
              {work.overdueActions.map((action) => (
                <li key={action.id}>
                  <Link to={`/cases/${action.caseId}`}>{action.caseDisplayName}</Link>: {action.description} ({action.ownerName},{' '}
                  {action.ownerAgencyName}), due {formatDate(action.dueDate)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="reviews-due">
          <h2 id="reviews-due">Reviews due in the next week ({work.reviewsDue.length})</h2>
          {work.reviewsDue.length === 0 ? (
            <p>No reviews due.</p>
          ) : (
            <ul className="work-list">
              {work.reviewsDue.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title}, review {formatDate(c.nextReviewDate ?? '')}{' '}
                  <ConsentBadge status={c.subjectConsent} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="high-risk">
          <h2 id="high-risk">High-risk cases ({work.highRisk.length})</h2>
          {work.highRisk.length === 0 ? (
            <p>No open high-risk cases.</p>
          ) : (
            <ul className="work-list">
              {work.highRisk.map((c) => (
                <li key={c.id}>
                  <RiskBadge level={c.riskLevel} /> <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title} · keyworker{' '}
                  {c.keyworkerName ?? 'not allocated'} <ConsentBadge status={c.subjectConsent} />
                </li>
              ))}
            </ul>
          )}
        </section>
        {work.notEngaging.length > 0 && (
          <section aria-labelledby="not-engaging">
            <h2 id="not-engaging">Not engaging: act, don&apos;t close ({work.notEngaging.length})</h2>
            <ul className="work-list">
              {work.notEngaging.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>{c.reference}</Link> {c.title}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  )
}
