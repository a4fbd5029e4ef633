import { Link } from 'react-router-dom'
import { meetingLinkText } from '../../../../shared/domain/meetings/labels'
import { useApiQuery } from '../../api/client'

/**
 * After a restart the chair finds a meeting still in progress at the top,
 * one Tab away: the link opens run mode at the case it stopped on.
 */
export function ResumeMeetings() {
  // Only the meetings in progress, asked of the database (there are rarely more than one or two).
  const inProgress =
    useApiQuery('meetings:page', { filter: { status: 'in_progress' }, sort: { by: 'date', direction: 'asc' }, limit: 20 }).data?.rows ?? []
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
