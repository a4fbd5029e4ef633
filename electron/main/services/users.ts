import type { z } from 'zod'
import type { User, userCreateInput, userSetCredentialInput, userUpdateInput } from '../../../shared/domain/users'
import { getAgency } from '../db/repos/agencies'
import { appendAudit } from '../db/repos/audit'
import { credentialKindFor } from '../../../shared/domain/credentials'
import { isAdministrator } from '../../../shared/domain/policy'
import { getUser, insertUser, listUsers, updateUser } from '../db/repos/users'
import { isoNow, newId, requireRole, type ServiceContext } from './context'
import * as credentials from './credentials'
import { DomainError, fieldError, notFound } from './errors'

export function list(ctx: ServiceContext): User[] {
  return listUsers(ctx.db)
}

function requireActiveAgency(ctx: ServiceContext, agencyId: string) {
  const agency = getAgency(ctx.db, agencyId)
  if (!agency || !agency.active) throw fieldError('agencyId', 'Choose an active agency')
}

/** Inserts a user; callers own the transaction and the audit entry's actor. */
export function insert(ctx: ServiceContext, input: z.output<typeof userCreateInput>, actorId: string | null): User {
  requireActiveAgency(ctx, input.agencyId)
  const at = isoNow(ctx)
  const id = newId()
  insertUser(ctx.db, { id, name: input.name, agency_id: input.agencyId, role: input.role, active: 1, created_at: at, updated_at: at })
  appendAudit(ctx.db, { at, actorId: actorId ?? id, action: 'create', entity: 'user', entityId: id })
  return getUser(ctx.db, id) as User
}

/** A new user gets their PIN (or, for an administrator, passphrase) as they are created. */
export function create(ctx: ServiceContext, input: z.output<typeof userCreateInput>): User {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    const user = insert(ctx, input, actor)
    credentials.setFor(ctx, user, input.credential, actor)
    return user
  }).immediate()
}

/** An administrator sets or resets someone's PIN or passphrase (a forgotten one, or after a pause). */
export function setCredential(ctx: ServiceContext, input: z.output<typeof userSetCredentialInput>): null {
  const actor = requireRole(ctx, 'administer')
  ctx.db.transaction(() => {
    const user = getUser(ctx.db, input.userId)
    if (!user) throw notFound('The user')
    credentials.setFor(ctx, user, input.credential, actor)
  }).immediate()
  return null
}

/** Users are deactivated, never deleted: their name stays on everything they recorded. */
export function update(ctx: ServiceContext, input: z.output<typeof userUpdateInput>): User {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    const existing = getUser(ctx.db, input.id)
    if (!existing) throw notFound('The user')
    if (input.agencyId !== existing.agencyId) requireActiveAgency(ctx, input.agencyId)
    const at = isoNow(ctx)
    updateUser(ctx.db, { id: input.id, name: input.name, agency_id: input.agencyId, role: input.role, active: input.active ? 1 : 0, updated_at: at })
    if (!listUsers(ctx.db).some((user) => user.active && isAdministrator(user.role))) {
      throw new DomainError('conflict', 'Roundtable needs at least one active administrator. Make someone else an administrator first.')
    }
    // A new PIN or passphrase, in the same transaction. Moving between
    // administrator (passphrase) and any other role (PIN) needs a new one,
    // checked against the new role: a PIN never guards an administrator.
    const kindChanged = credentialKindFor(existing.role) !== credentialKindFor(input.role)
    if (input.credential !== '' || kindChanged) credentials.setFor(ctx, { id: input.id, role: input.role }, input.credential, actor)
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'user', entityId: input.id })
    return getUser(ctx.db, input.id) as User
  }).immediate()
}
