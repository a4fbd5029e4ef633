import { useState } from 'react'
import type { TimelineKind } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'

const kindLabels: Record<TimelineKind, string> = {
  triage: 'Triage',
  status: 'Status',
  risk: 'Risk',
  keyworker: 'Keyworker',
  non_engagement: 'Engagement',
  consent: 'Consent',
  created: 'Opened',
  meeting: 'Meetings',
  action: 'Actions',
}
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' })

/** The case's story, newest first, filterable by kind: shows when a response is repeated without effect. */
export function TimelineSection({ caseId }: { caseId: string }) {
  const timeline = useApiQuery('cases:timeline', { id: caseId })
  const [kind, setKind] = useState<TimelineKind | ''>('')
  const [showRecorded, setShowRecorded] = useState(false)
  const entries = (timeline.data ?? []).filter((entry) => kind === '' || entry.kind === kind)
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="case-section">
      <h2 id="timeline-heading">Timeline</h2>
      <label className="filter">
        <span>Show</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as TimelineKind | '')}>
          <option value="">Everything</option>
          {Object.entries(kindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="choice">
        <input type="checkbox" checked={showRecorded} onChange={(e) => setShowRecorded(e.target.checked)} />
        Show when each entry was recorded
      </label>
      <ol className="timeline" aria-label="Timeline entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.dateOnly ? entry.at.slice(0, 10) : entry.at}>
              {(entry.dateOnly ? dateFormat : timeFormat).format(new Date(entry.at))}
            </time>{' '}
            <strong>{entry.title}</strong>
            {entry.by && <span className="hint"> · {entry.by}</span>}
            {showRecorded && <span className="hint"> · recorded {timeFormat.format(new Date(entry.recordedAt))}</span>}
            {entry.detail && <p>{entry.detail}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
