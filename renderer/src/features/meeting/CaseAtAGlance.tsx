import { directionLabels } from '../../../../shared/domain/meetings/direction'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { ReasonChips } from './ReasonChips'

/** The left column of run mode: the case as the room needs to see it. */
export function CaseAtAGlance({ item }: { item: AgendaItemView }) {
  const consented = item.subjectConsent === 'given'
  return (
    <div className="at-a-glance">
      <h2 tabIndex={-1} id="run-case-heading">
        {item.position}. {item.displayName}
      </h2>
      <p>
        <RiskBadge level={item.riskBefore} /> <ConsentBadge status={item.subjectConsent} /> <ReasonChips reasons={item.reasons} />
      </p>
      <p>Last direction of travel: {item.lastDirection ? directionLabels[item.lastDirection] : 'none recorded'}</p>
      {consented ? (
        <>
          {item.caseSummary && <p className="statement">{item.caseSummary}</p>}
          <h3>People</h3>
          <ul className="work-list">
            {item.people.length === 0 && <li>No one recorded.</li>}
            {item.people.map((person, index) => (
              <li key={`${person.name}-${index}`}>
                {person.name} · {person.role}
                {person.age !== null && ` · ${person.age}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="notice">No consent to share: discuss in general terms, limited to what the lead agency may share. Names and details are not shown.</p>
      )}
    </div>
  )
}
