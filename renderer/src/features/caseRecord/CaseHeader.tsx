import { caseStatusLabels } from '../../../../shared/domain/cases'
import { directionLabels } from '../../../../shared/domain/meetings/direction'
import type { DirectionPoint } from '../../../../shared/domain/meetings/views'
import type { CaseDetail } from '../../../../shared/domain/record/views'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { formatDate } from '../../format'

/** Who, how risky, which way things are going, who holds it, and consent: before anything else. */
export function CaseHeader({ detail, directions }: { detail: CaseDetail; directions: DirectionPoint[] }) {
  const latest = directions.at(-1)
  return (
    <header className="case-header">
      <h1 tabIndex={-1}>
        {detail.reference} <span className="case-title">{detail.title}</span>
      </h1>
      <dl className="case-facts">
        <div>
          <dt>Status</dt>
          <dd>{caseStatusLabels[detail.status]}</dd>
        </div>
        <div>
          <dt>Risk</dt>
          <dd>
            <RiskBadge level={detail.riskLevel} />
          </dd>
        </div>
        <div>
          <dt>Direction of travel</dt>
          <dd>{latest ? `${directionLabels[latest.direction]} (${formatDate(latest.date)})` : 'Not yet recorded'}</dd>
        </div>
        <div>
          <dt>Keyworker</dt>
          <dd>{detail.keyworkerName ?? 'Not allocated'}</dd>
        </div>
        <div>
          <dt>Consent to share</dt>
          <dd>{detail.subjectConsent === 'given' ? 'Given' : <ConsentBadge status={detail.subjectConsent} />}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>{detail.nextReviewDate ? formatDate(detail.nextReviewDate) : 'Not set'}</dd>
        </div>
        <div>
          <dt>Involvement</dt>
          <dd>
            {detail.agencyCount} {detail.agencyCount === 1 ? 'agency' : 'agencies'} involved · {detail.referralCount}{' '}
            {detail.referralCount === 1 ? 'referral' : 'referrals'}
            {detail.reopenCount > 0 && ` · reopened ${detail.reopenCount}×`}
          </dd>
        </div>
      </dl>
      {detail.nonEngagement && (
        <p className="notice">
          <strong>Not engaging</strong> since {detail.nonEngagementSince ? formatDate(detail.nonEngagementSince) : 'unknown'}: act on it,
          don&apos;t close the case.
        </p>
      )}
    </header>
  )
}
