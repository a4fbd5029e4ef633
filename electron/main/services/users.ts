import type { z } from 'zod'
import type { User, userCreateInput, userSetCredentialInput, userUpdateInput } from '../../../shared/domain/users'
import { getAgency } from '../db/repos/agencies'
import { credentialKindFor } from '../../../shared/domain/credentials'
import { isAdministrator } from '../../../shared/domain/policy'
import { getUser, insertUser, listUsers, updateUser } from '../db/repos/users'
import { isoNow, newId, type ServiceContext } from './context'
import * as credentials from './credentials'
import { DomainError, fieldError, notFound } from './errors'
import { write, type Audits } from './write'

export function list(ctx: ServiceContext): User[] {
  return listUsers(ctx.db)
}

function requireActiveAgency(ctx: ServiceContext, agencyId: string) {
  const agency = getAgency(ctx.db, agencyId)
  if (!agency || !agency.active) throw fieldError('agencyId', 'Choose an active agency')
}

/** Inserts a user inside the caller's write; with no actor (first run) the new user is the actor. */
export function insert(ctx: ServiceContext, input: z.output<typeof userCreateInput>, audit: Audits, actorId: string | null): User {
  requireActiveAgency(ctx, input.agencyId)
  const at = isoNow(ctx)
  const id = newId()
  insertUser(ctx.db, { id, name: input.name, agency_id: input.agencyId, role: input.role, active: 1, created_at: at, updated_at: at })
  audit({ actorId: actorId ?? id, action: 'create', entity: 'user', entityId: id })
  return getUser(ctx.db, id) as User
}

/** A new user gets their PIN (or, for an administrator, passphrase) as they are created. */
export function create(ctx: ServiceContext, input: z.output<typeof userCreateInput>): User {
  return write(ctx, { access: 'administer', action: 'create', entity: 'user' }, ({ actor, audit, changed }) => {
    const user = insert(ctx, input, audit, actor)
    credentials.setFor(ctx, audit, user, input.credential, actor)
    changed({ kind: 'users' })
    return user
  })
}

/** An administrator sets or resets someone's PIN or passphrase (a forgotten one, or after a pause). */
export function setCredential(ctx: ServiceContext, input: z.output<typeof userSetCredentialInput>): null {
  write(ctx, { access: 'administer', action: 'set-credential', entity: 'user' }, ({ actor, audit, changed }) => {
    const user = getUser(ctx.db, input.userId)
    if (!user) throw notFound('The user')
    credentials.setFor(ctx, audit, user, input.credential, actor)
    changed({ kind: 'users' })
  })
  return null
}

/** Users are deactivated, never deleted: their name stays on everything they recorded. */
export function update(ctx: ServiceContext, input: z.output<typeof userUpdateInput>): User {
  return write(ctx, { access: 'administer', action: 'update', entity: 'user' }, ({ actor, at, audit, changed }) => {
    const existing = getUser(ctx.db, input.id)
    if (!existing) throw notFound('The user')
    if (input.agencyId !== existing.agencyId) requireActiveAgency(ctx, input.agencyId)
    updateUser(ctx.db, {
      id: input.id,
      name: input.name,
      agency_id: input.agencyId,
      role: input.role,
      active: input.active ? 1 : 0,
      updated_at: at,
    })
    if (!listUsers(ctx.db).some((user) => user.active && isAdministrator(user.role))) {
      throw new DomainError('conflict', 'Roundtable needs at least one active administrator. Make someone else an administrator first.')
    }
    // A new PIN or passphrase, in the same transaction. Moving between
    // administrator (passphrase) and any other role (PIN) needs a new one,
    // checked against the new role: a PIN never guards an administrator.
    const kindChanged = credentialKindFor(existing.role) !== credentialKindFor(input.role)
    if (input.credential !== '' || kindChanged) credentials.setFor(ctx, audit, { id: input.id, role: input.role }, input.credential, actor)
    audit({ entityId: input.id })
    // A role or name shows on cases (keyworker), meetings (chair) and the signed-in user's own session.
    changed({ kind: 'users' }, { kind: 'cases' }, { kind: 'session' })
    return getUser(ctx.db, input.id) as User
  })
}
