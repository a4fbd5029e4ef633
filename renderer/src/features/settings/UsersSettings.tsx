import { useState, type FormEvent } from 'react'
import { credentialKindFor, MIN_PASSPHRASE_LENGTH, MIN_PIN_DIGITS } from '../../../../shared/domain/credentials'
import { userRoleLabels, userRoles, type User, type UserRole } from '../../../../shared/domain/users'
import { useApiMutation, useApiQuery } from '../../api/client'
import { AgencySelect } from '../../components/AgencySelect'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useReturnFocus } from '../../components/useReturnFocus'
import { useFormErrors } from '../session/useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

const labels = { name: 'Name', agencyId: 'Agency', role: 'Role', active: 'Can sign in', credential: 'PIN or passphrase' } as const

/** What the credential field is called for a role: administrators have a passphrase, everyone else a PIN. */
const credentialField = (role: UserRole, existing: boolean) =>
  credentialKindFor(role) === 'passphrase'
    ? {
        label: existing ? 'New passphrase' : 'Passphrase',
        hint: `At least ${MIN_PASSPHRASE_LENGTH} characters.${existing ? ' Leave empty to keep the current one.' : ''}`,
        inputMode: undefined,
      }
    : {
        label: existing ? 'New PIN' : 'PIN',
        hint: `At least ${MIN_PIN_DIGITS} digits. Tell the person their PIN yourself; they can change it under Settings.${existing ? ' Leave empty to keep the current one.' : ''}`,
        inputMode: 'numeric' as const,
      }

/** The people who use Roundtable: name, agency and role. Users are deactivated, never deleted. */
export function UsersSettings({ canEdit }: { canEdit: boolean }) {
  const users = useApiQuery('users:list', {})
  const [editing, setEditing] = useState<User | 'new' | null>(null)
  const { opener, returnTo } = useReturnFocus()
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <p>
        Chairs run meetings and approve minutes; practitioners keep case records; viewers can only read; administrators manage these
        settings.
      </p>
      <table className="plain-table">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Agency</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            {canEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {users.data?.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.agencyName}</td>
              <td>{userRoleLabels[user.role]}</td>
              <td>{user.active ? 'Active' : 'Deactivated'}</td>
              {canEdit && (
                <td>
                  <button type="button" onClick={() => setEditing(user)} aria-label={`Edit ${user.name}`} {...opener(`user:${user.id}`)}>
                    Edit
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && editing === null && (
        <button type="button" className="primary" onClick={() => setEditing('new')} {...opener('user:new')}>
          Add user
        </button>
      )}
      {editing !== null && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onDone={(savedId) => {
            // Saved: focus the user just added or changed; cancelled: the button that opened the form.
            returnTo(savedId ? `user:${savedId}` : editing === 'new' ? 'user:new' : `user:${editing.id}`)
            setEditing(null)
          }}
        />
      )}
    </section>
  )
}

function UserForm({ user, onDone }: { user: User | null; onDone: (savedId: string | null) => void }) {
  const [form, setForm] = useState({
    name: user?.name ?? '',
    agencyId: user?.agencyId ?? '',
    role: (user?.role ?? 'practitioner') as UserRole,
    active: user?.active ?? true,
  })
  const [credential, setCredential] = useState('')
  const create = useApiMutation('users:create')
  const update = useApiMutation('users:update')
  // Moving to or from administrator needs a new credential of the new kind, so the field is then not optional.
  const field = credentialField(form.role, user !== null && credentialKindFor(user.role) === credentialKindFor(form.role))
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = user
      ? await update.mutateAsync({ id: user.id, ...form, credential })
      : await create.mutateAsync({ name: form.name, agencyId: form.agencyId, role: form.role, credential })
    if (!result.ok) return show(result.error)
    announce(user ? `${result.value.name} updated` : `${result.value.name} added`)
    onDone(result.value.id)
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={user ? `Edit ${user.name}` : 'Add user'}>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.name} error={errors.name}>
        {(props) => <input {...props} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} ref={focusOnMount} />}
      </Field>
      <Field label={labels.agencyId} error={errors.agencyId}>
        {(props) => <AgencySelect {...props} value={form.agencyId} onChange={(agencyId) => setForm({ ...form, agencyId })} />}
      </Field>
      <Field label={labels.role} error={errors.role}>
        {(props) => (
          <select {...props} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}>
            {userRoles.map((role) => (
              <option key={role} value={role}>
                {userRoleLabels[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={field.label} hint={field.hint} error={errors.credential}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            inputMode={field.inputMode}
            value={credential}
            onChange={(e) => setCredential(e.target.value)}
          />
        )}
      </Field>
      {user && (
        <label className="choice">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />
          {labels.active}
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {user ? 'Save' : 'Add user'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
