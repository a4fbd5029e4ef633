import { Link } from 'react-router-dom'
import { meetingLinkText } from '../../../../shared/domain/meetings/labels'
import type { MeetingSummary } from '../../../../shared/domain/meetings/views'

/**
 * After a restart the chair finds a meeting still in progress at the top,
 * one Tab away: the link opens run mode at the case it stopped on.
 */
export function ResumeMeetings({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const inProgress = meetings.filter((meeting) => meeting.status === 'in_progress')
  if (inProgress.length === 0) return null
  return (
    <section aria-label="Meetings in progress" className="notice">
      <ul className="work-list">
        {inProgress.map((meeting) => (
          <li key={meeting.id}>
            <Link to={`/meetings/${meeting.id}`}>
              Resume meeting: {meetingLinkText(meeting)} {meeting.time}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
