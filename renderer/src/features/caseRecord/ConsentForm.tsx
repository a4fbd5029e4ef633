import { useState, type FormEvent } from 'react'
import {
  consentStatusLabels,
  consentStatuses,
  lawfulBasisLabels,
  lawfulBases,
  type ConsentStatus,
  type LawfulBasis,
} from '../../../../shared/domain/record/consent'
import type { PersonView } from '../../../../shared/domain/record/views'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { useSave } from './useSave'
import { EnumOptions } from '../../components/EnumOptions'

const labels = {
  status: 'Consent to share',
  recordedOn: 'Date',
  scope: 'What they agreed to share, and with whom',
  lawfulBasis: 'Lawful basis',
} as const

/** Records a change of consent. The earlier records stay: the history is the record. */
export function ConsentForm({ person, onDone }: { person: PersonView; onDone: () => void }) {
  const [status, setStatus] = useState<ConsentStatus | ''>('')
  const [recordedOn, setRecordedOn] = useState('')
  const [scope, setScope] = useState('')
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis | ''>('')
  const { save, pending, errors, summaryRef, show } = useSave('consent:record')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (status === '')
      return show({ code: 'invalid_input', message: 'Choose the consent status', fields: { status: 'Choose the consent status' } })
    const saved = await save(
      { personId: person.id, status, recordedOn: recordedOn || null, scope, lawfulBasis: lawfulBasis as LawfulBasis },
      `Consent recorded for ${person.firstName}: ${consentStatusLabels[status]}`,
    )
    if (saved) onDone()
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Record consent for ${person.firstName}`}
      className="inline-form"
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <ChoiceGroup
        legend={labels.status}
        name={`consent-${person.id}`}
        value={status}
        onChange={setStatus}
        error={errors.status}
        options={consentStatuses.map((value) => ({ value, label: consentStatusLabels[value] }))}
      />
      <Field label={labels.recordedOn} hint="When it was given, refused or withdrawn, e.g. 01/11/2026" error={errors.recordedOn}>
        {(p) => <DateInput {...p} value={recordedOn} onChange={setRecordedOn} />}
      </Field>
      <Field label={labels.scope} error={errors.scope}>
        {(p) => <input {...p} value={scope} onChange={(e) => setScope(e.target.value)} />}
      </Field>
      <Field label={labels.lawfulBasis} hint="The basis for holding and sharing this information" error={errors.lawfulBasis}>
        {(p) => (
          <select {...p} value={lawfulBasis} onChange={(e) => setLawfulBasis(e.target.value as LawfulBasis | '')}>
            <option value="">Choose…</option>
            <EnumOptions values={lawfulBases} labels={lawfulBasisLabels} />
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={pending}>
          Record consent
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
