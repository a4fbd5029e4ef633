import { perAgencySheets } from '../../../../shared/domain/meetings/actions'
import type { MeetingDetail } from '../../../../shared/domain/meetings/views'
import { formatDate } from '../../format'

/** Before the meeting: each agency's overdue and due-soon carried actions, to chase. */
export function AgencySheets({ meeting, dueSoonDays }: { meeting: MeetingDetail; dueSoonDays: number }) {
  const actions = meeting.items.filter((item) => !item.removed).flatMap((item) => item.carriedActions)
  const sheets = perAgencySheets(actions, meeting.date, dueSoonDays)
  return (
    <section aria-labelledby="sheets-heading" className="case-section">
      <h2 id="sheets-heading">Per-agency sheets</h2>
      {sheets.length === 0 ? (
        <p>No outstanding actions to chase before this meeting.</p>
      ) : (
        sheets.map((sheet) => (
          <div key={sheet.agencyId} className="agency-sheet">
            <h3>{sheet.agencyName}</h3>
            <ul className="work-list">
              {[...sheet.overdue.map((a) => ({ a, note: 'Overdue' })), ...sheet.dueSoon.map((a) => ({ a, note: 'Due soon' })), ...sheet.otherOpen.map((a) => ({ a, note: 'Open' }))].map(({ a, note }) => (
                <li key={a.id}>
                  <strong>{note}</strong>: {a.caseDisplayName}: {a.description} ({a.ownerName}), due {formatDate(a.dueDate)}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <button type="button" onClick={() => window.print()}>Print sheets</button>
    </section>
  )
}
