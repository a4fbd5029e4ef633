import { Link } from 'react-router-dom'
import { meetingKindLabels } from '../../../../shared/domain/meetings/meetings'
import type { MeetingSummary } from '../../../../shared/domain/meetings/views'
import { formatDate } from '../../format'

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
              Resume meeting: {meetingKindLabels[meeting.kind]}, {formatDate(meeting.date)} {meeting.time}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
