import { useState, type FormEvent } from 'react'
import { credentialKindFor, MIN_PASSPHRASE_LENGTH, MIN_PIN_DIGITS } from '../../../../shared/domain/credentials'
import type { User } from '../../../../shared/domain/users'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

/** Anyone signed in changes their own PIN (administrators: passphrase), proving it with the current one. */
export function OwnCredentialSettings({ user }: { user: User }) {
  const kind = credentialKindFor(user.role)
  const name = kind === 'passphrase' ? 'passphrase' : 'PIN'
  const labels = { current: `Current ${name}`, next: `New ${name}` }
  const change = useApiMutation('session:changeCredential')
  const { errors, summaryRef, show, clear } = useFormErrors()
  const announce = useAnnounce()
  const [form, setForm] = useState({ current: '', next: '' })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await change.mutateAsync(form)
    setForm({ current: '', next: '' })
    if (!result.ok) return show(result.error)
    clear()
    announce(`Your ${name} has been changed`)
  }

  return (
    <section aria-labelledby="own-credential-heading">
      <h2 id="own-credential-heading">Your {name}</h2>
      <form onSubmit={submit} noValidate className="settings-form" aria-label={`Change your ${name}`}>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.current} error={errors.current}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={form.current}
              onChange={(e) => setForm({ ...form, current: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={labels.next}
          hint={kind === 'passphrase' ? `At least ${MIN_PASSPHRASE_LENGTH} characters` : `At least ${MIN_PIN_DIGITS} digits`}
          error={errors.next}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              inputMode={kind === 'pin' ? 'numeric' : undefined}
              value={form.next}
              onChange={(e) => setForm({ ...form, next: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={change.isPending}>
          Change {name}
        </button>
      </form>
    </section>
  )
}
