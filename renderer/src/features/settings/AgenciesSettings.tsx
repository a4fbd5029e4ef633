import { useState, type FormEvent } from 'react'
import type { Agency } from '../../../../shared/domain/agencies'
import { sensitiveCategoryLabels } from '../../../../shared/domain/exports'
import { AgencyProfileForm } from './AgencyProfileForm'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useReturnFocus } from '../../components/useReturnFocus'
import { useFormErrors } from '../session/useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

const labels = { name: 'Agency name', shortName: 'Short name' } as const

/** Add, rename, deactivate and reactivate partner agencies. Old records keep theirs. */
export function AgenciesSettings({ canEdit }: { canEdit: boolean }) {
  const agencies = useApiQuery('agencies:list', { includeInactive: true })
  const [editing, setEditing] = useState<Agency | 'new' | null>(null)
  const [profiling, setProfiling] = useState<Agency | null>(null)
  const setActive = useApiMutation('agencies:setActive')
  const announce = useAnnounce()
  const { opener, returnTo } = useReturnFocus()

  const toggle = async (agency: Agency) => {
    const result = await setActive.mutateAsync({ id: agency.id, active: !agency.active })
    announce(result.ok ? `${agency.name} ${agency.active ? 'deactivated' : 'reactivated'}` : result.error.message)
  }

  return (
    <section aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      <p>A deactivated agency stays on the records it is already on, but cannot be chosen for new ones.</p>
      <table className="plain-table">
        <caption className="visually-hidden">Agencies</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Short name</th>
            <th scope="col">Status</th>
            <th scope="col">Redacted copies include</th>
            {canEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {agencies.data?.map((agency) => (
            <tr key={agency.id}>
              <td>{agency.name}</td>
              <td>{agency.shortName}</td>
              <td>{agency.active ? 'Active' : 'Deactivated'}</td>
              <td>
                {agency.receives.length ? agency.receives.map((c) => sensitiveCategoryLabels[c]).join(', ') : 'No sensitive categories'}
              </td>
              {canEdit && (
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() => setEditing(agency)}
                    aria-label={`Rename ${agency.name}`}
                    {...opener(`agency:${agency.id}`)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    onClick={() => setProfiling(agency)}
                    aria-label={`Redaction profile for ${agency.name}`}
                    {...opener(`profile:${agency.id}`)}
                  >
                    Profile
                  </button>
                  <button
                    type="button"
                    onClick={() => void toggle(agency)}
                    aria-label={`${agency.active ? 'Deactivate' : 'Reactivate'} ${agency.name}`}
                  >
                    {agency.active ? 'Deactivate' : 'Reactivate'}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && editing === null && (
        <button type="button" className="primary" onClick={() => setEditing('new')} {...opener('agency:new')}>
          Add agency
        </button>
      )}
      {profiling && (
        <AgencyProfileForm
          key={profiling.id}
          agency={profiling}
          onDone={() => {
            returnTo(`profile:${profiling.id}`)
            setProfiling(null)
          }}
        />
      )}
      {editing !== null && (
        <AgencyForm
          agency={editing === 'new' ? null : editing}
          onDone={(savedId) => {
            // Saved: focus the agency just renamed or added; cancelled: the button that opened the form.
            returnTo(savedId ? `agency:${savedId}` : editing === 'new' ? 'agency:new' : `agency:${editing.id}`)
            setEditing(null)
          }}
        />
      )}
    </section>
  )
}

function AgencyForm({ agency, onDone }: { agency: Agency | null; onDone: (savedId: string | null) => void }) {
  const [form, setForm] = useState({ name: agency?.name ?? '', shortName: agency?.shortName ?? '' })
  const create = useApiMutation('agencies:create')
  const update = useApiMutation('agencies:update')
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = agency ? await update.mutateAsync({ id: agency.id, ...form }) : await create.mutateAsync(form)
    if (!result.ok) return show(result.error)
    announce(agency ? `Renamed to ${result.value.name}` : `${result.value.name} added`)
    onDone(result.value.id)
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={agency ? `Rename ${agency.name}` : 'Add agency'}>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.name} error={errors.name}>
        {(props) => <input {...props} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} ref={focusOnMount} />}
      </Field>
      <Field label={labels.shortName} hint="Used in tables and documents, e.g. GMP" error={errors.shortName}>
        {(props) => <input {...props} value={form.shortName} onChange={(e) => setForm({ ...form, shortName: e.target.value })} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {agency ? 'Save name' : 'Add agency'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
