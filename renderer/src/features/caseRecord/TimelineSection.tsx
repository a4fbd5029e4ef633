import { useState } from 'react'
import type { TimelineKind } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'

const kindLabels: Record<TimelineKind, string> = { triage: 'Triage', status: 'Status', risk: 'Risk', keyworker: 'Keyworker', non_engagement: 'Engagement', consent: 'Consent', created: 'Opened', meeting: 'Meetings', action: 'Actions' }
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** The case's story, newest first, filterable by kind: shows when a response is repeated without effect. */
export function TimelineSection({ caseId }: { caseId: string }) {
  const timeline = useApiQuery('cases:timeline', { id: caseId })
  const [kind, setKind] = useState<TimelineKind | ''>('')
  const entries = (timeline.data ?? []).filter((entry) => kind === '' || entry.kind === kind)
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="case-section">
      <h2 id="timeline-heading">Timeline</h2>
      <label className="filter">
        <span>Show</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as TimelineKind | '')}>
          <option value="">Everything</option>
          {Object.entries(kindLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      <ol className="timeline" aria-label="Timeline entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{timeFormat.format(new Date(entry.at))}</time> <strong>{entry.title}</strong>
            {entry.by && <span className="hint"> · {entry.by}</span>}
            {entry.detail && <p>{entry.detail}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
