import { defaultAgencies, type Agency, type agencyCreateInput } from '../../../shared/domain/agencies'
import type { z } from 'zod'
import { appendAudit } from '../db/repos/audit'
import { countAgencies, findAgencyByName, getAgency, insertAgency, listAgencies, setAgencyActive } from '../db/repos/agencies'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'

export function list(ctx: ServiceContext, includeInactive: boolean): Agency[] {
  return listAgencies(ctx.db, includeInactive)
}

export function create(ctx: ServiceContext, input: z.output<typeof agencyCreateInput>): Agency {
  const actor = requireActor(ctx)
  return ctx.db.transaction(() => {
    if (findAgencyByName(ctx.db, input.name)) throw fieldError('name', `An agency called "${input.name}" already exists`)
    const at = isoNow(ctx)
    const id = newId()
    insertAgency(ctx.db, { id, name: input.name, short_name: input.shortName, active: 1, created_at: at, updated_at: at })
    appendAudit(ctx.db, { at, actorId: actor, action: 'create', entity: 'agency', entityId: id })
    return getAgency(ctx.db, id) as Agency
  }).immediate()
}

/** Deactivated agencies stay on old records; they are only hidden from pick lists. */
export function deactivate(ctx: ServiceContext, id: string): Agency {
  const actor = requireActor(ctx)
  return ctx.db.transaction(() => {
    if (!getAgency(ctx.db, id)) throw notFound('The agency')
    const at = isoNow(ctx)
    setAgencyActive(ctx.db, id, false, at)
    appendAudit(ctx.db, { at, actorId: actor, action: 'deactivate', entity: 'agency', entityId: id })
    return getAgency(ctx.db, id) as Agency
  }).immediate()
}

/** First run only: a new database starts with the usual partner agencies. */
export function seedDefaults(ctx: ServiceContext): void {
  ctx.db.transaction(() => {
    if (countAgencies(ctx.db) > 0) return
    const at = isoNow(ctx)
    for (const agency of defaultAgencies) {
      insertAgency(ctx.db, { id: newId(), name: agency.name, short_name: agency.shortName, active: 1, created_at: at, updated_at: at })
    }
  }).immediate()
}
