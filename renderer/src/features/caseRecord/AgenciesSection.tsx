import { useState, type FormEvent } from 'react'
import type { CaseDetail } from '../../../../shared/domain/record/views'
import { AgencySelect } from '../../components/AgencySelect'
import { DateInput } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { useReturnFocus } from '../../components/useReturnFocus'
import { useSave } from './useSave'
import { focusOnMount } from '../../components/focusOnMount'

const labels = { agencyId: 'Agency', contactName: 'Named contact', contactDetails: 'Contact details', since: 'Involved since' } as const

/** Which agencies are involved, with a named contact: the count is shown because fragmentation harms. */
export function AgenciesSection({ detail, canEdit, today }: { detail: CaseDetail; canEdit: boolean; today: string }) {
  const [adding, setAdding] = useState(false)
  const [form, setForm] = useState({ agencyId: '', contactName: '', contactDetails: '', since: today })
  const add = useSave('caseAgencies:add')
  const end = useSave('caseAgencies:end')
  const { opener, returnTo } = useReturnFocus()
  const close = () => {
    returnTo('add-agency')
    setAdding(false)
  }

  const involvedNow = new Set(detail.agencies.filter((agency) => !agency.endedOn).map((agency) => agency.agencyName))
  const sharedOnly = detail.agencyNames.filter((name) => name !== detail.leadAgencyName && !involvedNow.has(name))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (await add.save({ caseId: detail.id, ...form }, 'Agency added')) {
      close()
      setForm({ agencyId: '', contactName: '', contactDetails: '', since: today })
    }
  }

  return (
    <section id="agencies" aria-labelledby="agencies-heading" className="case-section">
      <h2 id="agencies-heading">Agencies involved ({detail.agencyCount})</h2>
      <ul className="work-list">
        {/* The count covers the lead agency and any agency that shared information at a meeting: list them, so the count adds up. */}
        {!involvedNow.has(detail.leadAgencyName) && (
          <li>
            <strong>{detail.leadAgencyName}</strong> · lead agency
          </li>
        )}
        {sharedOnly.map((name) => (
          <li key={name}>
            <strong>{name}</strong> · shared information at a meeting
          </li>
        ))}
        {detail.agencies.map((agency) => (
          <li key={agency.id}>
            <strong>{agency.agencyName}</strong>
            {agency.contactName && ` · ${agency.contactName}`}
            {agency.contactDetails && ` · ${agency.contactDetails}`} · since {formatDate(agency.since)}
            {agency.endedOn
              ? ` · stepped back ${formatDate(agency.endedOn)}`
              : canEdit && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => void end.save({ caseAgencyId: agency.id, endedOn: today }, `${agency.agencyName} stepped back`)}
                    >
                      {agency.agencyName} stepped back
                    </button>
                  </>
                )}
          </li>
        ))}
      </ul>
      {end.errors._ && <p className="error-message">{end.errors._}</p>}
      {canEdit && !adding && (
        <button type="button" {...opener('add-agency')} onClick={() => setAdding(true)}>
          Add agency
        </button>
      )}
      {adding && (
        <form
          onSubmit={submit}
          noValidate
          aria-label="Add agency to case"
          className="inline-form"
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          <ErrorSummary errors={add.errors} labels={labels} summaryRef={add.summaryRef} />
          <Field label={labels.agencyId} error={add.errors.agencyId}>
            {(p) => (
              <AgencySelect {...p} value={form.agencyId} onChange={(agencyId) => setForm({ ...form, agencyId })} ref={focusOnMount} />
            )}
          </Field>
          <Field label={labels.contactName} error={add.errors.contactName}>
            {(p) => <input {...p} value={form.contactName} onChange={(e) => setForm({ ...form, contactName: e.target.value })} />}
          </Field>
          <Field label={labels.contactDetails} error={add.errors.contactDetails}>
            {(p) => <input {...p} value={form.contactDetails} onChange={(e) => setForm({ ...form, contactDetails: e.target.value })} />}
          </Field>
          <Field label={labels.since} error={add.errors.since}>
            {(p) => <DateInput {...p} value={form.since} onChange={(since) => setForm({ ...form, since })} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={add.pending}>
              Add agency
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
