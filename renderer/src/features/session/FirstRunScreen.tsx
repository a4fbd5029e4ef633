import { useState, type FormEvent } from 'react'
import { useApiMutation } from '../../api/client'
import { AgencySelect } from '../../components/AgencySelect'
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/credentials'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from './useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

const labels = {
  organisationName: 'Organisation',
  userName: 'Your name',
  agencyId: 'Your agency',
  passphrase: 'Your passphrase',
  passphraseConfirm: 'Type your passphrase again',
}

/** First run on a machine: name the team and create the first user (an administrator) with their passphrase. */
export function FirstRunScreen() {
  const setUp = useApiMutation('session:setUp')
  const { errors, summaryRef, show } = useFormErrors()
  const [form, setForm] = useState({ organisationName: '', userName: '', agencyId: '', passphrase: '', passphraseConfirm: '' })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await setUp.mutateAsync(form)
    if (!result.ok) show(result.error)
  }

  return (
    <main className="centred-panel" id="main">
      <h1 tabIndex={-1}>Set up Roundtable</h1>
      <p>This is the first time Roundtable has run on this computer. Its data will be kept here, encrypted.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field
          label={labels.organisationName}
          hint="Shown on minutes and case plans, e.g. Stretford Neighbourhood Team"
          error={errors.organisationName}
        >
          {(props) => (
            <input
              {...props}
              value={form.organisationName}
              onChange={(e) => setForm({ ...form, organisationName: e.target.value })}
              ref={focusOnMount}
            />
          )}
        </Field>
        <Field label={labels.userName} error={errors.userName}>
          {(props) => (
            <input {...props} autoComplete="name" value={form.userName} onChange={(e) => setForm({ ...form, userName: e.target.value })} />
          )}
        </Field>
        <Field label={labels.agencyId} error={errors.agencyId}>
          {(props) => <AgencySelect {...props} value={form.agencyId} onChange={(agencyId) => setForm({ ...form, agencyId })} />}
        </Field>
        <Field
          label={labels.passphrase}
          hint={`You sign in with it; at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess. Nobody can recover it, but another administrator can set a new one.`}
          error={errors.passphrase}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={form.passphrase}
              onChange={(e) => setForm({ ...form, passphrase: e.target.value })}
            />
          )}
        </Field>
        <Field label={labels.passphraseConfirm} error={errors.passphraseConfirm}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={form.passphraseConfirm}
              onChange={(e) => setForm({ ...form, passphraseConfirm: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={setUp.isPending}>
          Start using Roundtable
        </button>
      </form>
    </main>
  )
}
