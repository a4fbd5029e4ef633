import { useEffect, useId, useState } from 'react'
import { caseKindLabels, caseKinds, type CaseKind } from '../../../../shared/domain/cases'
import type { CaseSearchResult } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { DateInput } from '../../components/DateInput'
import { Field } from '../../components/FormField'
import { RiskBadge } from '../../components/RiskBadge'
import { formatDate } from '../../format'
import { EnumOptions } from '../../components/EnumOptions'

export type Subject =
  | { mode: 'existing'; match: CaseSearchResult }
  | { mode: 'new'; kind: CaseKind; firstName: string; lastName: string; dateOfBirth: string; nhsNumber: string }
  | null

export interface SubjectQuery {
  name: string
  dateOfBirth: string
}

const noMatches: CaseSearchResult[] = []

/**
 * "Who is it about?": type a name and/or date of birth; people already known
 * appear inline (likely duplicates included, with why); pick one, or "New person".
 */
export function SubjectPicker({
  query,
  onQuery,
  subject,
  onSubject,
  errors,
}: {
  query: SubjectQuery
  onQuery: (query: SubjectQuery) => void
  subject: Subject
  onSubject: (subject: Subject) => void
  errors: Record<string, string>
}) {
  const id = useId()
  const [debounced, setDebounced] = useState(query)
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query), 200)
    return () => window.clearTimeout(timer)
  }, [query])
  const dateOfBirth = /^\d{4}-\d{2}-\d{2}$/.test(debounced.dateOfBirth) ? debounced.dateOfBirth : null
  const enabled = debounced.name.trim().length >= 2 || dateOfBirth !== null
  const search = useApiQuery('cases:search', { text: debounced.name.trim(), dateOfBirth }, { enabled, staleTime: 0 })
  const matches = enabled ? (search.data ?? noMatches) : noMatches
  const chosenKey =
    subject?.mode === 'existing' ? `${subject.match.caseId}:${subject.match.personId ?? ''}` : subject?.mode === 'new' ? 'new' : ''
  const [first = '', ...rest] = query.name.trim().split(/\s+/)

  return (
    <fieldset className="field subject-picker" aria-describedby={errors.subject ? `${id}-error` : undefined}>
      <legend>Who is it about?</legend>
      {errors.subject && (
        <p className="error-message" id={`${id}-error`}>
          {errors.subject}
        </p>
      )}
      <div className="subject-query">
        <Field label="Name" name="subject" hint="First name and surname">
          {(p) => <input {...p} value={query.name} onChange={(e) => onQuery({ ...query, name: e.target.value })} autoComplete="off" />}
        </Field>
        <Field
          label="Date of birth"
          name="subject.person.dateOfBirth"
          hint="DD/MM/YYYY, if known"
          error={errors['subject.person.dateOfBirth']}
        >
          {(p) => (
            <DateInput
              {...p}
              value={query.dateOfBirth}
              onChange={(dateOfBirth) => {
                onQuery({ ...query, dateOfBirth })
                // For a new person this field is their date of birth: a correction made after choosing "New person" is what gets saved.
                if (subject?.mode === 'new') onSubject({ ...subject, dateOfBirth })
              }}
            />
          )}
        </Field>
      </div>
      <div role="radiogroup" aria-label="Matching people and cases" className="matches">
        {matches.map((match) => {
          const key = `${match.caseId}:${match.personId ?? ''}`
          return (
            <label key={key} className="choice match">
              <input
                type="radio"
                name={`${id}-subject`}
                checked={chosenKey === key}
                onChange={() => onSubject({ mode: 'existing', match })}
              />
              <span>
                <strong>{match.reference}</strong> {match.personName ?? match.title}
                {match.dateOfBirth && ` · born ${formatDate(match.dateOfBirth)}`} · {match.keyworkerName ?? 'no keyworker'}{' '}
                <RiskBadge level={match.riskLevel} /> <ConsentBadge status={match.subjectConsent} />
                {match.lastContactAt && ` · last contact ${formatDate(match.lastContactAt)}`}
                <span className="hint"> ({match.reasons.join(', ')})</span>
              </span>
            </label>
          )
        })}
        <label className="choice match">
          <input
            type="radio"
            name={`${id}-subject`}
            checked={chosenKey === 'new'}
            onChange={() =>
              onSubject({
                mode: 'new',
                kind: 'individual',
                firstName: first,
                lastName: rest.join(' '),
                dateOfBirth: query.dateOfBirth,
                nhsNumber: '',
              })
            }
          />
          <span>
            <strong>New person</strong>: open a new case{enabled && matches.length === 0 ? ' (no one matching is known)' : ''}
          </span>
        </label>
      </div>
      {subject?.mode === 'new' && <NewPersonDetails subject={subject} onSubject={onSubject} errors={errors} />}
    </fieldset>
  )
}

const newPersonFields = ['subject.person.firstName', 'subject.person.lastName', 'subject.person.nhsNumber', 'subject.kind']

/**
 * The new person's name as split from "Name", their NHS number and whether the
 * case is an individual or a family: shown in one line and changed behind one
 * disclosure, so a typical contact goes from the subject straight to the
 * summary. It opens by itself when one of its fields has an error.
 */
function NewPersonDetails({
  subject,
  onSubject,
  errors,
}: {
  subject: Extract<Subject, { mode: 'new' }>
  onSubject: (subject: Subject) => void
  errors: Record<string, string>
}) {
  const hasError = newPersonFields.some((field) => errors[field] !== undefined)
  const [open, setOpen] = useState(hasError)
  const [errorsSeen, setErrorsSeen] = useState(errors)
  if (errors !== errorsSeen) {
    setErrorsSeen(errors)
    if (hasError) setOpen(true)
  }
  const name =
    [subject.firstName && `first name ${subject.firstName}`, subject.lastName && `last name ${subject.lastName}`]
      .filter(Boolean)
      .join(', ') || 'no name yet'
  return (
    <details className="new-person-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        New person: {name}; {caseKindLabels[subject.kind].toLowerCase()}
        {subject.nhsNumber && `; NHS number ${subject.nhsNumber}`}. <span className="link-like">Change, or add an NHS number</span>
      </summary>
      <div className="new-person">
        <Field label="First name" name="subject.person.firstName" error={errors['subject.person.firstName']}>
          {(p) => <input {...p} value={subject.firstName} onChange={(e) => onSubject({ ...subject, firstName: e.target.value })} />}
        </Field>
        <Field label="Last name" name="subject.person.lastName" error={errors['subject.person.lastName']}>
          {(p) => <input {...p} value={subject.lastName} onChange={(e) => onSubject({ ...subject, lastName: e.target.value })} />}
        </Field>
        <Field label="NHS number" name="subject.person.nhsNumber" hint="Optional" error={errors['subject.person.nhsNumber']}>
          {(p) => <input {...p} value={subject.nhsNumber} onChange={(e) => onSubject({ ...subject, nhsNumber: e.target.value })} />}
        </Field>
        <Field label="Individual or family" name="subject.kind" error={errors['subject.kind']}>
          {(p) => (
            <select {...p} value={subject.kind} onChange={(e) => onSubject({ ...subject, kind: e.target.value as CaseKind })}>
              <EnumOptions values={caseKinds} labels={caseKindLabels} />
            </select>
          )}
        </Field>
      </div>
    </details>
  )
}
