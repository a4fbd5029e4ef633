import { Fragment } from 'react'
import { actionStatusLabels, carriedForwardNote, nonCompletionReasonLabels } from '../../../../shared/domain/meetings/actions'
import { directionLabels } from '../../../../shared/domain/meetings/direction'
import { sensitiveCategoryLabels } from '../../../../shared/domain/exports'
import { attendanceLabels } from '../../../../shared/domain/meetings/meetings'
import { nonBlankLines, paragraphs } from '../../../../shared/domain/meetings/text'
import type { MeetingDetail } from '../../../../shared/domain/meetings/views'
import { riskLabels } from '../../../../shared/domain/risk'
import { formatDate } from '../../format'
import { ReasonChips } from './ReasonChips'

/** The minutes as the Word export will hold them: attendance, each case, its actions, amendments. */
export function MinutesPreview({ meeting }: { meeting: MeetingDetail }) {
  const items = meeting.items.filter((item) => !item.removed)
  const counts = meeting.directionCounts
  return (
    <section aria-labelledby="minutes-heading" className="case-section minutes">
      <h2 id="minutes-heading" tabIndex={-1}>
        Minutes{meeting.status === 'approved' ? '' : ' (draft)'}
      </h2>
      <p>
        {directionLabels.improving.slice(0, 1)} {counts.improving} improving · {directionLabels.no_change.slice(0, 1)} {counts.no_change} no
        change · {directionLabels.worsening.slice(0, 1)} {counts.worsening} worsening
      </p>
      <h3>Attendance</h3>
      <ul className="work-list">
        {meeting.attendees
          .filter((a) => a.attendance !== 'expected')
          .map((a) => (
            <li key={a.id}>
              {a.name} ({a.agencyName}): {attendanceLabels[a.attendance]}
              {a.attendance === 'apologies' && (a.informationSent ? ', information sent' : ', no information sent')}
              {a.agreedConfidentiality && ', agreed confidentiality'}
            </li>
          ))}
      </ul>
      {items.map((item) => (
        <article key={item.id} aria-labelledby={`minutes-${item.id}`}>
          <h3 id={`minutes-${item.id}`}>
            {item.position}. {item.displayName}
          </h3>
          <p>
            Why discussed: <ReasonChips reasons={item.reasons} />
          </p>
          <h4 id={`minutes-discussion-${item.id}`}>
            Discussion{item.discussionCategory && ` (${sensitiveCategoryLabels[item.discussionCategory]})`}
          </h4>
          {paragraphs(item.discussion).map((lines, index) => (
            <p key={index}>
              {lines.map((line, at) => (
                <Fragment key={at}>
                  {at > 0 && <br />}
                  {line}
                </Fragment>
              ))}
            </p>
          ))}
          {item.discussion.trim() === '' && <p>None recorded.</p>}
          <h4 id={`minutes-decisions-${item.id}`}>Decisions</h4>
          {/* One decision per line, as the Word copy lists them. */}
          {nonBlankLines(item.decisions).length > 0 ? (
            <ul aria-labelledby={`minutes-decisions-${item.id}`}>
              {nonBlankLines(item.decisions).map((decision, index) => (
                <li key={index}>{decision}</li>
              ))}
            </ul>
          ) : (
            <p>None recorded.</p>
          )}
          <p>
            Risk: {riskLabels[item.riskBefore]} → {item.riskAfter ? riskLabels[item.riskAfter] : riskLabels[item.riskBefore]} · Direction of
            travel: {item.direction ? `${directionLabels[item.direction]} (${item.directionReason})` : 'not recorded'} · Next review:{' '}
            {item.nextReviewDate ? formatDate(item.nextReviewDate) : 'not set'}
          </p>
          {item.shareWithoutConsentRationale && (
            <p>
              Shared without consent: {item.shareWithoutConsentRationale} (decided by {item.shareWithoutConsentBy})
            </p>
          )}
          <ul className="work-list" aria-label={`Actions for ${item.reference}`}>
            {item.newActions.map((a) => (
              <li key={a.id}>
                New: {a.description} · {a.ownerName} ({a.ownerAgencyName}) · due {formatDate(a.dueDate)}
              </li>
            ))}
            {item.carriedActions.map((a) => (
              <li key={a.id}>
                {a.update &&
                (a.update.outcome !== 'open' || a.update.nonCompletionReason || (a.update.note && a.update.note !== carriedForwardNote))
                  ? 'Updated'
                  : 'Carried'}
                : {a.description} · {a.ownerName} · {a.update ? actionStatusLabels[a.update.outcome] : 'Open'}
                {a.update?.nonCompletionReason && ` (${nonCompletionReasonLabels[a.update.nonCompletionReason]})`}
                {a.update?.note && a.update.note !== carriedForwardNote && ` · ${a.update.note}`}
              </li>
            ))}
          </ul>
        </article>
      ))}
      {meeting.nextMeeting && (
        <p>
          Next meeting: {formatDate(meeting.nextMeeting.date)}
          {meeting.nextMeeting.time && ` at ${meeting.nextMeeting.time}`}
          {meeting.nextMeeting.location && ` – ${meeting.nextMeeting.location}`}
        </p>
      )}
      {meeting.status === 'approved' && (
        <p id="approved-note" tabIndex={-1}>
          <strong>
            Approved by {meeting.approvedByName} on {meeting.approvedAt ? formatDate(meeting.approvedAt.slice(0, 10)) : ''}
          </strong>
        </p>
      )}
      {meeting.amendments.length > 0 && (
        <>
          <h3>Amendments</h3>
          <ol>
            {meeting.amendments.map((a) => (
              <li key={a.id}>
                {a.text} ({a.addedByName}, {formatDate(a.addedAt.slice(0, 10))})
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
