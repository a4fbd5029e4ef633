import { canMatchSamePerson, isSamePerson } from '../../../../shared/domain/record/matching'
import type { CaseSearchResult } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { toIsoDate } from '../../components/DateInput'
import { formatDate } from '../../format'
import type { Subject } from './SubjectPicker'

type NewSubject = Extract<Subject, { mode: 'new' }>

/**
 * "New person" chosen, but someone with the same name and date of birth is
 * already on another case: say so before saving and offer to link instead
 * (one record per person is the point of the app).
 */
export function SamePersonNotice({ subject, onLink }: { subject: NewSubject; onLink: (match: CaseSearchResult) => void }) {
  const dateOfBirth = toIsoDate(subject.dateOfBirth)
  const person = { name: `${subject.firstName} ${subject.lastName}`.trim(), dateOfBirth }
  const valid = canMatchSamePerson(person)
  const search = useApiQuery(
    'cases:search',
    { text: person.name, dateOfBirth: valid ? dateOfBirth : null },
    { enabled: valid, staleTime: 0 },
  )
  const same = valid
    ? (search.data ?? []).filter(
        (match) => match.personId !== null && isSamePerson(person, { name: match.personName ?? '', dateOfBirth: match.dateOfBirth }),
      )
    : []
  if (same.length === 0) return null
  return (
    <div className="notice repeat-notice" role="status">
      {same.map((match) => (
        <p key={`${match.caseId}:${match.personId ?? ''}`}>
          <strong>
            Likely the same person as {match.personName} (born {formatDate(dateOfBirth)}) on {match.reference}.
          </strong>{' '}
          <button type="button" onClick={() => onLink(match)}>
            Link to {match.reference} instead
          </button>
        </p>
      ))}
    </div>
  )
}
