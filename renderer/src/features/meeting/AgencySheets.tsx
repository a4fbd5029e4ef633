import { useEffect } from 'react'
import { perAgencySheets } from '../../../../shared/domain/meetings/actions'
import type { ActionView, MeetingDetail } from '../../../../shared/domain/meetings/views'
import { useApiQuery } from '../../api/client'
import { formatDate } from '../../format'

const noActions: ActionView[] = []
const PRINTING = 'printing-sheets'

/**
 * Before the meeting: each agency's outstanding and due-soon actions, to
 * chase. Every open action of the agency, not only those of cases on this
 * agenda, counted from the meeting's date. "Print sheets" prints these
 * sheets alone (the print rules in app.css hide the rest of the screen).
 */
export function AgencySheets({ meeting, dueSoonDays }: { meeting: MeetingDetail; dueSoonDays: number }) {
  const actions = useApiQuery('actions:list', {})
  const sheets = perAgencySheets(actions.data ?? noActions, meeting.date, dueSoonDays)
  useEffect(() => {
    const done = () => document.body.classList.remove(PRINTING)
    window.addEventListener('afterprint', done)
    return () => {
      window.removeEventListener('afterprint', done)
      done()
    }
  }, [])
  const print = () => {
    document.body.classList.add(PRINTING)
    window.print()
    // Browsers that print without blocking also fire afterprint; this covers those that block.
    document.body.classList.remove(PRINTING)
  }
  return (
    <section aria-labelledby="sheets-heading" className="case-section agency-sheets">
      <h2 id="sheets-heading">Per-agency sheets</h2>
      {sheets.length === 0 ? (
        <p>No outstanding actions to chase before this meeting.</p>
      ) : (
        sheets.map((sheet) => (
          <div key={sheet.agencyId} className="agency-sheet" role="group" aria-labelledby={`sheet-${sheet.agencyId}`}>
            <h3 id={`sheet-${sheet.agencyId}`}>{sheet.agencyName}</h3>
            <ul className="work-list">
              {[
                ...sheet.overdue.map((a) => ({ a, note: 'Overdue' })),
                ...sheet.dueSoon.map((a) => ({ a, note: 'Due soon' })),
                ...sheet.otherOpen.map((a) => ({ a, note: 'Open' })),
              ].map(({ a, note }) => (
                <li key={a.id}>
                  <strong>{note}</strong>: {a.caseDisplayName}: {a.description} ({a.ownerName}), due {formatDate(a.dueDate)}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <button type="button" className="no-print" onClick={print}>
        Print sheets
      </button>
    </section>
  )
}
