import { caseStatusLabels } from '../../../../shared/domain/cases'
import { directionLabels } from '../../../../shared/domain/meetings/direction'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { hasConsentToShare } from '../../../../shared/domain/record/consent'
import { ConsentBadge } from '../../components/ConsentBadge'
import { RiskBadge } from '../../components/RiskBadge'
import { ReasonChips } from './ReasonChips'

/** A case still in triage opens when first discussed; without a keyworker it cannot, and the chair is asked for one. */
function triageNote(item: AgendaItemView): string | null {
  if (item.caseStatus !== 'triage') return null
  return item.keyworkerName
    ? 'Still in triage: recording the discussion opens the case.'
    : 'Still in triage with no keyworker: agree one in the room and set it on the case record, so the case can open.'
}

/** The left column of run mode: the case as the room needs to see it. */
export function CaseAtAGlance({ item }: { item: AgendaItemView }) {
  // The same rule as the agenda, the minutes and the tables: without consent, no names or details.
  const consented = hasConsentToShare(item.subjectConsent)
  const note = triageNote(item)
  return (
    <div className="at-a-glance">
      <h2 tabIndex={-1} id="run-case-heading">
        {item.position}. {item.displayName}
      </h2>
      <p>
        <RiskBadge level={item.riskBefore} /> <ConsentBadge status={item.subjectConsent} /> <ReasonChips reasons={item.reasons} />
      </p>
      <dl className="glance-facts">
        <dt>Status</dt>
        <dd>{caseStatusLabels[item.caseStatus]}</dd>
        <dt>Keyworker</dt>
        <dd>{item.keyworkerName ?? 'None yet'}</dd>
        <dt>Last direction of travel</dt>
        <dd>{item.lastDirection ? directionLabels[item.lastDirection] : 'none recorded'}</dd>
      </dl>
      {note && <p className="notice">{note}</p>}
      {consented ? (
        <>
          {item.caseSummary && <p className="statement">{item.caseSummary}</p>}
          <h3>Triage summary</h3>
          <p>{item.triageSummary || 'No triage recorded for this case.'}</p>
          <h3>Risk factors</h3>
          {item.riskFactors.length === 0 ? (
            <p>None recorded at triage.</p>
          ) : (
            <ul className="work-list" aria-label="Risk factors">
              {item.riskFactors.map((factor) => (
                <li key={factor}>{factor}</li>
              ))}
            </ul>
          )}
          <h3>People</h3>
          <ul className="work-list" aria-label="People">
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
        <p className="notice">
          No consent to share: discuss in general terms, limited to what the lead agency may share. Names and details (people, triage
          summary, risk factors) are not shown.
        </p>
      )}
    </div>
  )
}
