import { useState, type FormEvent } from 'react'
import { userRoleLabels } from '../../../../shared/domain/users'
import { useApiMutation, useApiQuery } from '../../api/client'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from './useFormErrors'

/** Locked, or just opened: choose who is using Roundtable. */
export function SignInScreen({ organisationName }: { organisationName: string }) {
  const users = useApiQuery('users:list', {})
  const signIn = useApiMutation('session:signIn', ['session:get'])
  const { errors, summaryRef, show } = useFormErrors()
  const [userId, setUserId] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await signIn.mutateAsync({ userId })
    if (!result.ok) show(result.error)
  }

  return (
    <main className="centred-panel" id="main">
      <h1 tabIndex={-1}>Roundtable is locked</h1>
      <p>{organisationName}. Everything you change is recorded under your name.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={{ userId: 'Who are you' }} summaryRef={summaryRef} />
        <Field label="Who are you?" error={errors.userId}>
          {(props) => (
            <select {...props} value={userId} onChange={(e) => setUserId(e.target.value)} autoFocus>
              <option value="">Choose your name…</option>
              {users.data
                ?.filter((user) => user.active)
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}, {user.agencyName} ({userRoleLabels[user.role]})
                  </option>
                ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </main>
  )
}
