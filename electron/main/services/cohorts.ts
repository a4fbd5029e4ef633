import type { z } from 'zod'
import type { CaseCohortView, CohortAddResult, CohortView, cohortAddByFilterInput, cohortCaseInput, cohortCreateInput, cohortRenameInput, cohortSetActiveInput } from '../../../shared/domain/outcomes/cohorts'
import { appendAudit } from '../db/repos/audit'
import { getCaseRow } from '../db/repos/cases'
import { addCohortCases, cohortsForCase, findCohortByName, getCohort, insertCohort, listCohorts, removeCohortCase, setCohortActive, updateCohort } from '../db/repos/cohorts'
import { cohortCases } from '../db/repos/reports'
import { isoNow, newId, requireActor, requireRole, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'

function saved(ctx: ServiceContext, id: string): CohortView {
  const cohort = getCohort(ctx.db, id)
  if (!cohort) throw notFound('The cohort')
  return cohort
}

export function list(ctx: ServiceContext, includeRetired: boolean): CohortView[] {
  requireActor(ctx)
  return listCohorts(ctx.db, includeRetired)
}

function refuseDuplicate(ctx: ServiceContext, name: string, exceptId?: string) {
  const existing = findCohortByName(ctx.db, name)
  if (existing && existing.id !== exceptId) throw fieldError('name', `A cohort called "${existing.name}" already exists${existing.active ? '' : ' (retired: bring it back instead)'}`)
}

export function create(ctx: ServiceContext, input: z.output<typeof cohortCreateInput>): CohortView {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    refuseDuplicate(ctx, input.name)
    const id = newId()
    const at = isoNow(ctx)
    insertCohort(ctx.db, { id, name: input.name, description: input.description, createdBy: actor, at })
    appendAudit(ctx.db, { at, actorId: actor, action: 'create', entity: 'cohort', entityId: id })
    return saved(ctx, id)
  }).immediate()
}

export function rename(ctx: ServiceContext, input: z.output<typeof cohortRenameInput>): CohortView {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    saved(ctx, input.id)
    refuseDuplicate(ctx, input.name, input.id)
    const at = isoNow(ctx)
    updateCohort(ctx.db, { id: input.id, name: input.name, description: input.description, at })
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'cohort', entityId: input.id })
    return saved(ctx, input.id)
  }).immediate()
}

/** A retired cohort leaves the choices and keeps its members; it can be brought back. */
export function setActive(ctx: ServiceContext, input: z.output<typeof cohortSetActiveInput>): CohortView {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    saved(ctx, input.id)
    const at = isoNow(ctx)
    setCohortActive(ctx.db, input.id, input.active, at)
    appendAudit(ctx.db, { at, actorId: actor, action: input.active ? 'reactivate' : 'retire', entity: 'cohort', entityId: input.id })
    return saved(ctx, input.id)
  }).immediate()
}

function usable(ctx: ServiceContext, cohortId: string): CohortView {
  const cohort = getCohort(ctx.db, cohortId)
  if (!cohort) throw fieldError('cohortId', 'Choose a cohort')
  if (!cohort.active) throw fieldError('cohortId', `"${cohort.name}" has been retired: bring it back before adding cases`)
  return cohort
}

export function addCase(ctx: ServiceContext, input: z.output<typeof cohortCaseInput>): CaseCohortView[] {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    usable(ctx, input.cohortId)
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    const at = isoNow(ctx)
    if (addCohortCases(ctx.db, input.cohortId, [input.caseId], actor, at).length === 0) throw new DomainError('conflict', 'This case is already in that cohort.')
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'case', entityId: input.caseId, detail: { cohortAdded: input.cohortId } })
    return cohortsForCase(ctx.db, input.caseId)
  }).immediate()
}

export function removeCase(ctx: ServiceContext, input: z.output<typeof cohortCaseInput>): CaseCohortView[] {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    saved(ctx, input.cohortId)
    if (!removeCohortCase(ctx.db, input.cohortId, input.caseId)) throw notFound('That case in the cohort')
    const at = isoNow(ctx)
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'case', entityId: input.caseId, detail: { cohortRemoved: input.cohortId } })
    return cohortsForCase(ctx.db, input.caseId)
  }).immediate()
}

/** Every case the filter finds (as Reports counts them), added in one transaction, each with its audit row. */
export function addByFilter(ctx: ServiceContext, input: z.output<typeof cohortAddByFilterInput>): CohortAddResult {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    usable(ctx, input.cohortId)
    const found = cohortCases(ctx.db, { from: input.from, to: input.to, neighbourhood: input.neighbourhood, agencyId: input.agencyId, cohortId: null })
    const at = isoNow(ctx)
    const added = addCohortCases(ctx.db, input.cohortId, found.map((row) => row.id), actor, at)
    for (const caseId of added) appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'case', entityId: caseId, detail: { cohortAdded: input.cohortId } })
    return { added: added.length, cohort: saved(ctx, input.cohortId) }
  }).immediate()
}

export function forCase(ctx: ServiceContext, caseId: string): CaseCohortView[] {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  return cohortsForCase(ctx.db, caseId)
}
