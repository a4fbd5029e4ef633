import { useState, type FormEvent } from 'react'
import { personRoleLabels, personRoles, type PersonRole } from '../../../../shared/domain/record/people'
import type { PersonView } from '../../../../shared/domain/record/views'
import { DateInput } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { useSave } from './useSave'
import { focusOnMount } from '../../components/focusOnMount'
import { EnumOptions } from '../../components/EnumOptions'

const labels = {
  role: 'Role in the case',
  relationship: 'Relationship',
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Known as',
  dateOfBirth: 'Date of birth',
  nhsNumber: 'NHS number',
  policeReference: 'Police reference',
  address: 'Address',
  neighbourhood: 'Neighbourhood',
} as const
type Form = {
  role: PersonRole
  relationship: string
  firstName: string
  lastName: string
  preferredName: string
  dateOfBirth: string
  nhsNumber: string
  policeReference: string
  address: string
  neighbourhood: string
}

const fromPerson = (person: PersonView | null, hasSubject: boolean): Form => ({
  role: person?.role ?? (hasSubject ? 'child' : 'subject'),
  relationship: person?.relationship ?? '',
  firstName: person?.firstName ?? '',
  lastName: person?.lastName ?? '',
  preferredName: person?.preferredName ?? '',
  dateOfBirth: person?.dateOfBirth ?? '',
  nhsNumber: person?.nhsNumber ?? '',
  policeReference: person?.policeReference ?? '',
  address: person?.address ?? '',
  neighbourhood: person?.neighbourhood ?? '',
})

/** Add or edit a member of the household: children and adults on the same record. */
export function PersonForm({
  caseId,
  person,
  hasSubject,
  onDone,
}: {
  caseId: string
  person: PersonView | null
  hasSubject: boolean
  onDone: () => void
}) {
  const [form, setForm] = useState<Form>(() => fromPerson(person, hasSubject))
  const add = useSave('people:add')
  const update = useSave('people:update')
  const active = person ? update : add
  const set = (key: keyof Form) => (value: string) => setForm({ ...form, [key]: value })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const fields = { ...form, dateOfBirth: form.dateOfBirth || null, nhsNumber: form.nhsNumber || null }
    const saved = person
      ? await update.save({ personId: person.id, person: fields }, `${form.firstName} saved`)
      : await add.save({ caseId, person: fields }, `${form.firstName} added`)
    if (saved) onDone()
  }

  const text = (key: Exclude<keyof Form, 'role' | 'dateOfBirth'>, hint?: string) => (
    <Field label={labels[key]} hint={hint} error={active.errors[key]}>
      {(p) => (
        <input {...p} value={form[key]} onChange={(e) => set(key)(e.target.value)} ref={key === 'firstName' ? focusOnMount : undefined} />
      )}
    </Field>
  )

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={person ? `Edit ${person.firstName}` : 'Add person'}
      className="inline-form"
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <ErrorSummary errors={active.errors} labels={labels} summaryRef={active.summaryRef} />
      {text('firstName')}
      {text('lastName')}
      <Field label={labels.role} error={active.errors.role}>
        {(p) => (
          <select {...p} value={form.role} onChange={(e) => set('role')(e.target.value)}>
            <EnumOptions values={personRoles} labels={personRoleLabels} />
          </select>
        )}
      </Field>
      {text('relationship', 'For example, "daughter of the subject"')}
      <Field label={labels.dateOfBirth} hint="For example, 03/09/2014" error={active.errors.dateOfBirth}>
        {(p) => <DateInput {...p} value={form.dateOfBirth} onChange={set('dateOfBirth')} />}
      </Field>
      {text('preferredName')}
      {text('nhsNumber', '10 digits; optional')}
      {text('policeReference', 'Optional')}
      {text('address')}
      {text('neighbourhood')}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={active.pending}>
          {person ? 'Save person' : 'Add person'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
