import { useState } from 'react'
import { consentStatusLabels, lawfulBasisLabels } from '../../../../shared/domain/record/consent'
import { personRoleLabels } from '../../../../shared/domain/record/people'
import type { CaseDetail, PersonView } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { formatDate } from '../../format'
import { ConsentForm } from './ConsentForm'
import { PersonForm } from './PersonForm'
import { useReturnFocus } from '../../components/useReturnFocus'

function ConsentHistory({ person }: { person: PersonView }) {
  const history = useApiQuery('consent:history', { personId: person.id })
  return (
    <details className="consent-history">
      <summary>Consent history for {person.firstName}</summary>
      {history.data?.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ol>
          {history.data?.map((record) => (
            <li key={record.id}>
              {consentStatusLabels[record.status]}
              {record.recordedOn && ` on ${formatDate(record.recordedOn)}`} · {lawfulBasisLabels[record.lawfulBasis]}
              {record.scope && ` · ${record.scope}`} · recorded by {record.recordedByName}
            </li>
          ))}
        </ol>
      )}
    </details>
  )
}

/** Adults and children together, with ages, identifiers and each person's consent. */
export function PeopleSection({ detail, canEdit }: { detail: CaseDetail; canEdit: boolean }) {
  const [editing, setEditing] = useState<{ kind: 'person' | 'consent'; person: PersonView | null } | null>(null)
  const hasSubject = detail.people.some((person) => person.role === 'subject')
  const { opener, returnTo } = useReturnFocus()
  const close = (key: string) => () => {
    returnTo(key)
    setEditing(null)
  }
  return (
    <section id="people" aria-labelledby="people-heading" className="case-section">
      <h2 id="people-heading">People ({detail.people.length})</h2>
      {detail.people.length === 0 && <p>No one recorded yet. Add the person or family members.</p>}
      <ul className="people-list">
        {detail.people.map((person) => (
          <li key={person.id} aria-label={`${person.firstName} ${person.lastName}`}>
            <p>
              <strong>
                {person.firstName} {person.lastName}
              </strong>
              {person.preferredName && ` (known as ${person.preferredName})`} · {personRoleLabels[person.role]}
              {person.relationship && `, ${person.relationship}`}
              {person.age !== null && ` · age ${person.age}${person.age < 18 ? ' (child)' : ''}`}
              {person.dateOfBirth && ` · born ${formatDate(person.dateOfBirth)}`}
            </p>
            <p className="hint">
              {[
                person.nhsNumber && `NHS ${person.nhsNumber}`,
                person.policeReference && `Police ref ${person.policeReference}`,
                person.address,
              ]
                .filter(Boolean)
                .join(' · ') || 'No identifiers recorded'}
            </p>
            <p>
              Consent to share: {person.consent ? consentStatusLabels[person.consent.status] : 'Not recorded'}{' '}
              <ConsentBadge status={person.consent?.status ?? null} />
            </p>
            {canEdit && (
              <div className="row-actions">
                <button type="button" {...opener(`edit-${person.id}`)} onClick={() => setEditing({ kind: 'person', person })}>
                  Edit {person.firstName}
                </button>
                <button type="button" {...opener(`consent-${person.id}`)} onClick={() => setEditing({ kind: 'consent', person })}>
                  Record consent for {person.firstName}
                </button>
              </div>
            )}
            {editing?.person?.id === person.id && editing.kind === 'consent' && (
              <ConsentForm person={person} onDone={close(`consent-${person.id}`)} />
            )}
            {editing?.person?.id === person.id && editing.kind === 'person' && (
              <PersonForm caseId={detail.id} person={person} hasSubject={hasSubject} onDone={close(`edit-${person.id}`)} />
            )}
            <ConsentHistory person={person} />
          </li>
        ))}
      </ul>
      {canEdit && editing?.person === null && (
        <PersonForm caseId={detail.id} person={null} hasSubject={hasSubject} onDone={close('add-person')} />
      )}
      {canEdit && editing === null && (
        <button type="button" className="primary" {...opener('add-person')} onClick={() => setEditing({ kind: 'person', person: null })}>
          Add person
        </button>
      )}
    </section>
  )
}
