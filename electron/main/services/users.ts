import type { z } from 'zod'
import type { User, userCreateInput, userUpdateInput } from '../../../shared/domain/users'
import { getAgency } from '../db/repos/agencies'
import { appendAudit } from '../db/repos/audit'
import { countActiveAdmins, getUser, insertUser, listUsers, updateUser } from '../db/repos/users'
import { isoNow, newId, requireRole, type ServiceContext } from './context'
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

export function create(ctx: ServiceContext, input: z.output<typeof userCreateInput>): User {
  const actor = requireRole(ctx, ['admin'])
  return ctx.db.transaction(() => insert(ctx, input, actor)).immediate()
}

/** Users are deactivated, never deleted: their name stays on everything they recorded. */
export function update(ctx: ServiceContext, input: z.output<typeof userUpdateInput>): User {
  const actor = requireRole(ctx, ['admin'])
  return ctx.db.transaction(() => {
    const existing = getUser(ctx.db, input.id)
    if (!existing) throw notFound('The user')
    if (input.agencyId !== existing.agencyId) requireActiveAgency(ctx, input.agencyId)
    const at = isoNow(ctx)
    updateUser(ctx.db, { id: input.id, name: input.name, agency_id: input.agencyId, role: input.role, active: input.active ? 1 : 0, updated_at: at })
    if (countActiveAdmins(ctx.db) === 0) {
      throw new DomainError('conflict', 'Roundtable needs at least one active administrator. Make someone else an administrator first.')
    }
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'user', entityId: input.id })
    return getUser(ctx.db, input.id) as User
  }).immediate()
}
