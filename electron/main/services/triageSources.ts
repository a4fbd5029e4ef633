import type { z } from 'zod'
import {
  newSourceKey,
  POLICE_SOURCE,
  type TriageSourceView,
  type triageSourceCreateInput,
  type triageSourceRenameInput,
  type triageSourceSetActiveInput,
} from '../../../shared/domain/record/triageSources'
import {
  findTriageSourceByLabel,
  getTriageSource,
  insertTriageSource,
  listTriageSources,
  renameTriageSource,
  setTriageSourceActive,
  triageSourceKeys,
} from '../db/repos/triageSources'
import { requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'

function saved(ctx: ServiceContext, key: string): TriageSourceView {
  const source = getTriageSource(ctx.db, key)
  if (!source) throw notFound('The source')
  return source
}

export function list(ctx: ServiceContext, includeRetired: boolean): TriageSourceView[] {
  requireActor(ctx)
  return listTriageSources(ctx.db, includeRetired)
}

function refuseDuplicate(ctx: ServiceContext, label: string, exceptKey?: string) {
  const existing = findTriageSourceByLabel(ctx.db, label)
  if (existing && existing.key !== exceptKey)
    throw fieldError(
      'label',
      `A source called "${existing.label}" already exists${existing.active ? '' : ' (retired: bring it back instead)'}`,
    )
}

export function create(ctx: ServiceContext, input: z.output<typeof triageSourceCreateInput>): TriageSourceView {
  return write(ctx, { access: 'administer', action: 'create', entity: 'triage_source' }, ({ at, audit, changed }) => {
    refuseDuplicate(ctx, input.label)
    const key = newSourceKey(input.label, triageSourceKeys(ctx.db))
    insertTriageSource(ctx.db, { key, label: input.label, at })
    audit({ entityId: key })
    changed({ kind: 'triageSources' })
    return saved(ctx, key)
  })
}

/** A rename shows on every entry from that source, old ones included: entries hold the key. */
export function rename(ctx: ServiceContext, input: z.output<typeof triageSourceRenameInput>): TriageSourceView {
  return write(ctx, { access: 'administer', action: 'update', entity: 'triage_source' }, ({ at, audit, changed }) => {
    saved(ctx, input.key)
    refuseDuplicate(ctx, input.label, input.key)
    renameTriageSource(ctx.db, input.key, input.label, at)
    audit({ entityId: input.key })
    changed({ kind: 'triageSources' }, { kind: 'triage' })
    return saved(ctx, input.key)
  })
}

/** Retired sources leave the form's list and stay on the entries that used them; they can be brought back. */
export function setActive(ctx: ServiceContext, input: z.output<typeof triageSourceSetActiveInput>): TriageSourceView {
  return write(ctx, { access: 'administer', action: 'retire', entity: 'triage_source' }, ({ at, audit, changed }) => {
    saved(ctx, input.key)
    if (!input.active && input.key === POLICE_SOURCE)
      throw new DomainError('conflict', 'Police contacts count towards escalation, so this source cannot be retired: rename it instead.')
    setTriageSourceActive(ctx.db, input.key, input.active, at)
    audit({ action: input.active ? 'reactivate' : 'retire', entityId: input.key })
    changed({ kind: 'triageSources' })
    return saved(ctx, input.key)
  })
}

/** A new contact's source must be one in the list and not retired. */
export function requireUsableSource(ctx: ServiceContext, key: string): void {
  const source = getTriageSource(ctx.db, key)
  if (!source) throw fieldError('source', 'Choose where the contact came from')
  if (!source.active) throw fieldError('source', `"${source.label}" has been retired: choose another source`)
}
