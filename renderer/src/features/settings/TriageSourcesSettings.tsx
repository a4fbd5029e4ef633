import { useState, type FormEvent } from 'react'
import { POLICE_SOURCE, type TriageSourceView } from '../../../../shared/domain/record/triageSources'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

/** Where triage contacts come from: add, rename, retire and bring back. A source is never deleted: old entries keep it. */
export function TriageSourcesSettings({ canEdit }: { canEdit: boolean }) {
  const sources = useApiQuery('triageSources:list', { includeRetired: true })
  const [editing, setEditing] = useState<TriageSourceView | 'new' | null>(null)
  const setActive = useApiMutation('triageSources:setActive')
  const announce = useAnnounce()
  const toggle = async (source: TriageSourceView) => {
    const result = await setActive.mutateAsync({ key: source.key, active: !source.active })
    announce(result.ok ? `${source.label} ${source.active ? 'retired' : 'brought back'}` : result.error.message)
  }
  return (
    <section aria-labelledby="triage-sources-heading">
      <h2 id="triage-sources-heading">Triage sources</h2>
      <p>
        Where contacts come from, as the triage form offers them. A retired source stays on the contacts that used it; the police source
        cannot be retired because its contacts count towards escalation.
      </p>
      <table className="plain-table">
        <caption className="visually-hidden">Triage sources</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Contacts</th>
            {canEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {sources.data?.map((source) => (
            <tr key={source.key}>
              <td>{source.label}</td>
              <td>{source.active ? 'In use' : 'Retired'}</td>
              <td>{source.usedBy}</td>
              {canEdit && (
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing(source)} aria-label={`Rename ${source.label}`}>
                    Rename
                  </button>
                  {source.key !== POLICE_SOURCE && (
                    <button
                      type="button"
                      onClick={() => void toggle(source)}
                      aria-label={`${source.active ? 'Retire' : 'Bring back'} ${source.label}`}
                    >
                      {source.active ? 'Retire' : 'Bring back'}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && editing === null && (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Add source
        </button>
      )}
      {editing !== null && (
        <SourceForm
          key={editing === 'new' ? 'new' : editing.key}
          source={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  )
}

function SourceForm({ source, onDone }: { source: TriageSourceView | null; onDone: () => void }) {
  const [label, setLabel] = useState(source?.label ?? '')
  const create = useApiMutation('triageSources:create')
  const rename = useApiMutation('triageSources:rename')
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = source ? await rename.mutateAsync({ key: source.key, label }) : await create.mutateAsync({ label })
    if (!result.ok) return show(result.error)
    announce(source ? `Renamed to ${result.value.label}` : `${result.value.label} added`)
    onDone()
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={source ? `Rename ${source.label}` : 'Add source'}>
      <ErrorSummary errors={errors} labels={{ label: 'Name of the source' }} summaryRef={summaryRef} />
      <Field label="Name of the source" name="label" error={errors.label}>
        {(props) => <input {...props} value={label} onChange={(e) => setLabel(e.target.value)} ref={focusOnMount} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {source ? 'Save name' : 'Add source'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
