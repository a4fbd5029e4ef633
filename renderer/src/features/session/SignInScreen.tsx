import { useState, type FormEvent } from 'react'
import { useApiMutation, useApiQuery } from '../../api/client'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from './useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

const labels = { userId: 'Who are you', credential: 'PIN or passphrase' }

/**
 * Locked, or just opened: choose who you are and prove it with your PIN
 * (administrators: passphrase). The picker shows names and agencies only.
 */
export function SignInScreen({ organisationName }: { organisationName: string }) {
  const people = useApiQuery('session:users', {})
  const signIn = useApiMutation('session:signIn')
  const { errors, summaryRef, show } = useFormErrors()
  const [userId, setUserId] = useState('')
  const [credential, setCredential] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await signIn.mutateAsync({ userId, credential })
    if (result.ok) return
    // The error summary takes focus; the wrong PIN is cleared for the next try.
    show(result.error)
    setCredential('')
  }

  return (
    <main className="centred-panel" id="main">
      <h1 tabIndex={-1}>Roundtable is locked</h1>
      <p>{organisationName}. Everything you change is recorded under your name.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label="Who are you?" error={errors.userId}>
          {(props) => (
            <select {...props} value={userId} onChange={(e) => setUserId(e.target.value)} ref={focusOnMount}>
              <option value="">Choose your name…</option>
              {people.data?.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}, {person.agencyName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.credential} error={errors.credential}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={credential}
              onChange={(e) => setCredential(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </main>
  )
}
