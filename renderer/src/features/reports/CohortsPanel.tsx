import { useState, type FormEvent } from 'react'
import type { CohortView } from '../../../../shared/domain/outcomes/cohorts'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

export interface CohortScope {
  from: string
  to: string
  neighbourhood: string
  agencyId: string | null
}

/**
 * Named cohorts ("OTR weekend"): create, rename, retire and bring back, and add every
 * case the report's filters find. One case at a time is added or removed on its record.
 */
export function CohortsPanel({ canEdit, scope, scopeText }: { canEdit: boolean; scope: CohortScope; scopeText: string }) {
  const cohorts = useApiQuery('cohorts:list', { includeRetired: true })
  const [editing, setEditing] = useState<CohortView | 'new' | null>(null)
  const setActive = useApiMutation('cohorts:setActive')
  const addByFilter = useApiMutation('cohorts:addByFilter')
  const announce = useAnnounce()
  const [status, setStatus] = useState('')
  const toggle = async (cohort: CohortView) => {
    const result = await setActive.mutateAsync({ id: cohort.id, active: !cohort.active })
    announce(result.ok ? `${cohort.name} ${cohort.active ? 'retired' : 'brought back'}` : result.error.message)
  }
  const addFound = async (cohort: CohortView) => {
    const result = await addByFilter.mutateAsync({ cohortId: cohort.id, ...scope })
    const message = result.ok
      ? `${result.value.added} ${result.value.added === 1 ? 'case' : 'cases'} added to ${cohort.name}; it now has ${result.value.cohort.caseCount}.`
      : result.error.message
    setStatus(message)
    announce(message)
  }
  return (
    <section aria-labelledby="report-cohorts-heading">
      <h2 id="report-cohorts-heading">Cohorts</h2>
      <p>
        A named group of cases to report on together, such as everyone seen on an OTR weekend. Add cases one at a time from a case record,
        or every case the filters above find ({scopeText}). A retired cohort keeps its cases.
      </p>
      {(cohorts.data ?? []).length === 0 ? (
        <p>No cohorts yet.</p>
      ) : (
        <table className="plain-table">
          <caption className="visually-hidden">Cohorts</caption>
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Status</th>
              <th scope="col">Cases</th>
              {canEdit && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {cohorts.data?.map((cohort) => (
              <tr key={cohort.id}>
                <td>
                  {cohort.name}
                  {cohort.description && <span className="cohort-description">{cohort.description}</span>}
                </td>
                <td>{cohort.active ? 'In use' : 'Retired'}</td>
                <td>{cohort.caseCount}</td>
                {canEdit && (
                  <td className="row-actions">
                    {cohort.active && (
                      <button
                        type="button"
                        onClick={() => void addFound(cohort)}
                        aria-label={`Add the cases found to ${cohort.name}`}
                        disabled={addByFilter.isPending}
                      >
                        Add the cases found
                      </button>
                    )}
                    <button type="button" onClick={() => setEditing(cohort)} aria-label={`Rename ${cohort.name}`}>
                      Rename
                    </button>
                    <button
                      type="button"
                      onClick={() => void toggle(cohort)}
                      aria-label={`${cohort.active ? 'Retire' : 'Bring back'} ${cohort.name}`}
                    >
                      {cohort.active ? 'Retire' : 'Bring back'}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status && <p role="status">{status}</p>}
      {canEdit && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          New cohort
        </button>
      )}
      {editing !== null && (
        <CohortForm
          key={editing === 'new' ? 'new' : editing.id}
          cohort={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}

const labels = { name: 'Name of the cohort', description: 'Description' } as const

function CohortForm({ cohort, onDone }: { cohort: CohortView | null; onDone: () => void }) {
  const [name, setName] = useState(cohort?.name ?? '')
  const [description, setDescription] = useState(cohort?.description ?? '')
  const create = useApiMutation('cohorts:create')
  const rename = useApiMutation('cohorts:rename')
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = cohort ? await rename.mutateAsync({ id: cohort.id, name, description }) : await create.mutateAsync({ name, description })
    if (!result.ok) return show(result.error)
    announce(cohort ? `Saved ${result.value.name}` : `${result.value.name} created`)
    onDone()
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={cohort ? `Rename ${cohort.name}` : 'New cohort'}>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.name} name="name" hint="For example OTR weekend" error={errors.name}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} ref={focusOnMount} />}
      </Field>
      <Field label={labels.description} name="description" hint="Optional: who is in it and why" error={errors.description}>
        {(props) => <input {...props} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {cohort ? 'Save cohort' : 'Create cohort'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
