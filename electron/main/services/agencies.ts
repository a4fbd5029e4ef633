import type { z } from 'zod'
import { defaultAgencies, type Agency, type agencyCreateInput, type agencyProfileInput, type agencyUpdateInput } from '../../../shared/domain/agencies'
import { appendAudit } from '../db/repos/audit'
import { countAgencies, findAgencyByName, getAgency, insertAgency, listAgencies, renameAgency, setAgencyActive, setAgencyProfile } from '../db/repos/agencies'
import { isoNow, newId, requireRole, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'

export function list(ctx: ServiceContext, includeInactive: boolean): Agency[] {
  return listAgencies(ctx.db, includeInactive)
}

function refuseDuplicateName(ctx: ServiceContext, name: string, exceptId?: string) {
  const existing = findAgencyByName(ctx.db, name)
  if (existing && existing.id !== exceptId) throw fieldError('name', `An agency called "${name}" already exists`)
}

export function create(ctx: ServiceContext, input: z.output<typeof agencyCreateInput>): Agency {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    refuseDuplicateName(ctx, input.name)
    const at = isoNow(ctx)
    const id = newId()
    insertAgency(ctx.db, { id, name: input.name, short_name: input.shortName, active: 1, created_at: at, updated_at: at })
    appendAudit(ctx.db, { at, actorId: actor, action: 'create', entity: 'agency', entityId: id })
    return getAgency(ctx.db, id) as Agency
  }).immediate()
}

/** A rename shows everywhere, old records included: they hold the agency's id, not its name. */
export function update(ctx: ServiceContext, input: z.output<typeof agencyUpdateInput>): Agency {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    if (!getAgency(ctx.db, input.id)) throw notFound('The agency')
    refuseDuplicateName(ctx, input.name, input.id)
    const at = isoNow(ctx)
    renameAgency(ctx.db, input.id, input.name, input.shortName, at)
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'agency', entityId: input.id })
    return getAgency(ctx.db, input.id) as Agency
  }).immediate()
}

/** Deactivated agencies stay on old records; they are only hidden from pick lists. */
export function setActive(ctx: ServiceContext, id: string, active: boolean): Agency {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    if (!getAgency(ctx.db, id)) throw notFound('The agency')
    const at = isoNow(ctx)
    setAgencyActive(ctx.db, id, active, at)
    appendAudit(ctx.db, { at, actorId: actor, action: active ? 'reactivate' : 'deactivate', entity: 'agency', entityId: id })
    return getAgency(ctx.db, id) as Agency
  }).immediate()
}

/** What a redacted copy for this agency may keep: set by an administrator, used by every redacted export. */
export function setProfile(ctx: ServiceContext, input: z.output<typeof agencyProfileInput>): Agency {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    if (!getAgency(ctx.db, input.id)) throw notFound('The agency')
    const at = isoNow(ctx)
    setAgencyProfile(ctx.db, input.id, input.receives, at)
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'agency', entityId: input.id, detail: { receives: input.receives } })
    return getAgency(ctx.db, input.id) as Agency
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
