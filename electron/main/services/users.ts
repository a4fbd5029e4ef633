import type { z } from 'zod'
import type { User, userCreateInput } from '../../../shared/domain/users'
import { getAgency } from '../db/repos/agencies'
import { appendAudit } from '../db/repos/audit'
import { getUser, insertUser, listUsers } from '../db/repos/users'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { fieldError } from './errors'

export function list(ctx: ServiceContext): User[] {
  return listUsers(ctx.db)
}

/** Inserts a user; callers own the transaction and the audit entry's actor. */
export function insert(ctx: ServiceContext, input: z.output<typeof userCreateInput>, actorId: string | null): User {
  const agency = getAgency(ctx.db, input.agencyId)
  if (!agency || !agency.active) throw fieldError('agencyId', 'Choose an active agency')
  const at = isoNow(ctx)
  const id = newId()
  insertUser(ctx.db, { id, name: input.name, agency_id: input.agencyId, role: input.role, active: 1, created_at: at, updated_at: at })
  appendAudit(ctx.db, { at, actorId: actorId ?? id, action: 'create', entity: 'user', entityId: id })
  return getUser(ctx.db, id) as User
}

export function create(ctx: ServiceContext, input: z.output<typeof userCreateInput>): User {
  const actor = requireActor(ctx)
  return ctx.db.transaction(() => insert(ctx, input, actor)).immediate()
}
