import type { z } from 'zod'
import {
  defaultAgencies,
  type Agency,
  type agencyCreateInput,
  type agencyProfileInput,
  type agencyUpdateInput,
} from '../../../shared/domain/agencies'
import {
  countAgencies,
  findAgencyByName,
  getAgency,
  insertAgency,
  listAgencies,
  renameAgency,
  setAgencyActive,
  setAgencyProfile,
} from '../db/repos/agencies'
import { newId, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write } from './write'

export function list(ctx: ServiceContext, includeInactive: boolean): Agency[] {
  return listAgencies(ctx.db, includeInactive)
}

function refuseDuplicateName(ctx: ServiceContext, name: string, exceptId?: string) {
  const existing = findAgencyByName(ctx.db, name)
  if (existing && existing.id !== exceptId) throw fieldError('name', `An agency called "${name}" already exists`)
}

export function create(ctx: ServiceContext, input: z.output<typeof agencyCreateInput>): Agency {
  return write(ctx, { access: 'administer', action: 'create', entity: 'agency' }, ({ at, audit, changed }) => {
    refuseDuplicateName(ctx, input.name)
    const id = newId()
    insertAgency(ctx.db, { id, name: input.name, short_name: input.shortName, active: 1, created_at: at, updated_at: at })
    audit({ entityId: id })
    changed({ kind: 'agencies' })
    return getAgency(ctx.db, id) as Agency
  })
}

/** A rename shows everywhere, old records included: they hold the agency's id, not its name. */
export function update(ctx: ServiceContext, input: z.output<typeof agencyUpdateInput>): Agency {
  return write(ctx, { access: 'administer', action: 'update', entity: 'agency' }, ({ at, audit, changed }) => {
    if (!getAgency(ctx.db, input.id)) throw notFound('The agency')
    refuseDuplicateName(ctx, input.name, input.id)
    renameAgency(ctx.db, input.id, input.name, input.shortName, at)
    audit({ entityId: input.id })
    changed({ kind: 'agencies' }, { kind: 'users' }, { kind: 'cases' })
    return getAgency(ctx.db, input.id) as Agency
  })
}

/** Deactivated agencies stay on old records; they are only hidden from pick lists. */
export function setActive(ctx: ServiceContext, id: string, active: boolean): Agency {
  return write(ctx, { access: 'administer', action: 'deactivate', entity: 'agency' }, ({ at, audit, changed }) => {
    if (!getAgency(ctx.db, id)) throw notFound('The agency')
    setAgencyActive(ctx.db, id, active, at)
    audit({ action: active ? 'reactivate' : 'deactivate', entityId: id })
    changed({ kind: 'agencies' }, { kind: 'cases' })
    return getAgency(ctx.db, id) as Agency
  })
}

/** What a redacted copy for this agency may keep: set by an administrator, used by every redacted export. */
export function setProfile(ctx: ServiceContext, input: z.output<typeof agencyProfileInput>): Agency {
  return write(ctx, { access: 'administer', action: 'update', entity: 'agency' }, ({ at, audit, changed }) => {
    if (!getAgency(ctx.db, input.id)) throw notFound('The agency')
    setAgencyProfile(ctx.db, input.id, input.receives, at)
    audit({ entityId: input.id, detail: { receives: input.receives } })
    changed({ kind: 'agencies' })
    return getAgency(ctx.db, input.id) as Agency
  })
}

/** First run only: a new database starts with the usual partner agencies. */
export function seedDefaults(ctx: ServiceContext): void {
  write(ctx, { access: 'anyone', action: 'seed', entity: 'agency' }, ({ at, unchanged, changed }) => {
    if (countAgencies(ctx.db) > 0) return unchanged()
    for (const agency of defaultAgencies) {
      insertAgency(ctx.db, { id: newId(), name: agency.name, short_name: agency.shortName, active: 1, created_at: at, updated_at: at })
    }
    changed({ kind: 'agencies' })
  })
}
