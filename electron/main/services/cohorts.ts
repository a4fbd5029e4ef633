import type { z } from 'zod'
import type {
  CaseCohortView,
  CohortAddResult,
  CohortView,
  cohortAddByFilterInput,
  cohortCaseInput,
  cohortCreateInput,
  cohortRenameInput,
  cohortSetActiveInput,
} from '../../../shared/domain/outcomes/cohorts'
import { getCaseRow } from '../db/repos/cases'
import {
  addCohortCases,
  cohortsForCase,
  findCohortByName,
  getCohort,
  insertCohort,
  listCohorts,
  removeCohortCase,
  setCohortActive,
  updateCohort,
} from '../db/repos/cohorts'
import { cohortCases } from '../db/repos/reports'
import { newId, requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'

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
  if (existing && existing.id !== exceptId)
    throw fieldError(
      'name',
      `A cohort called "${existing.name}" already exists${existing.active ? '' : ' (retired: bring it back instead)'}`,
    )
}

export function create(ctx: ServiceContext, input: z.output<typeof cohortCreateInput>): CohortView {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'cohort' }, ({ actor, at, audit, changed }) => {
    refuseDuplicate(ctx, input.name)
    const id = newId()
    insertCohort(ctx.db, { id, name: input.name, description: input.description, createdBy: actor, at })
    audit({ entityId: id })
    changed({ kind: 'cohorts' })
    return saved(ctx, id)
  })
}

export function rename(ctx: ServiceContext, input: z.output<typeof cohortRenameInput>): CohortView {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'cohort' }, ({ at, audit, changed }) => {
    saved(ctx, input.id)
    refuseDuplicate(ctx, input.name, input.id)
    updateCohort(ctx.db, { id: input.id, name: input.name, description: input.description, at })
    audit({ entityId: input.id })
    changed({ kind: 'cohorts' })
    return saved(ctx, input.id)
  })
}

/** A retired cohort leaves the choices and keeps its members; it can be brought back. */
export function setActive(ctx: ServiceContext, input: z.output<typeof cohortSetActiveInput>): CohortView {
  return write(
    ctx,
    { access: 'writeCases', action: input.active ? 'reactivate' : 'retire', entity: 'cohort' },
    ({ at, audit, changed }) => {
      saved(ctx, input.id)
      setCohortActive(ctx.db, input.id, input.active, at)
      audit({ entityId: input.id })
      changed({ kind: 'cohorts' })
      return saved(ctx, input.id)
    },
  )
}

function usable(ctx: ServiceContext, cohortId: string): CohortView {
  const cohort = getCohort(ctx.db, cohortId)
  if (!cohort) throw fieldError('cohortId', 'Choose a cohort')
  if (!cohort.active) throw fieldError('cohortId', `"${cohort.name}" has been retired: bring it back before adding cases`)
  return cohort
}

export function addCase(ctx: ServiceContext, input: z.output<typeof cohortCaseInput>): CaseCohortView[] {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case' }, ({ actor, at, audit, changed }) => {
    usable(ctx, input.cohortId)
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    if (addCohortCases(ctx.db, input.cohortId, [input.caseId], actor, at).length === 0)
      throw new DomainError('conflict', 'This case is already in that cohort.')
    audit({ entityId: input.caseId, detail: { cohortAdded: input.cohortId } })
    changed({ kind: 'case', id: input.caseId }, { kind: 'cohorts' })
    return cohortsForCase(ctx.db, input.caseId)
  })
}

export function removeCase(ctx: ServiceContext, input: z.output<typeof cohortCaseInput>): CaseCohortView[] {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case' }, ({ audit, changed }) => {
    saved(ctx, input.cohortId)
    if (!removeCohortCase(ctx.db, input.cohortId, input.caseId)) throw notFound('That case in the cohort')
    audit({ entityId: input.caseId, detail: { cohortRemoved: input.cohortId } })
    changed({ kind: 'case', id: input.caseId }, { kind: 'cohorts' })
    return cohortsForCase(ctx.db, input.caseId)
  })
}

/** Every case the filter finds (as Reports counts them), added in one transaction, each with its audit row. */
export function addByFilter(ctx: ServiceContext, input: z.output<typeof cohortAddByFilterInput>): CohortAddResult {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case' }, ({ actor, at, audit, changed, unchanged }) => {
    usable(ctx, input.cohortId)
    const found = cohortCases(ctx.db, {
      from: input.from,
      to: input.to,
      neighbourhood: input.neighbourhood,
      agencyId: input.agencyId,
      cohortId: null,
    })
    const added = addCohortCases(
      ctx.db,
      input.cohortId,
      found.map((row) => row.id),
      actor,
      at,
    )
    if (added.length === 0) unchanged()
    for (const caseId of added) audit({ entityId: caseId, detail: { cohortAdded: input.cohortId } })
    changed({ kind: 'cohorts' }, { kind: 'cases' })
    return { added: added.length, cohort: saved(ctx, input.cohortId) }
  })
}

export function forCase(ctx: ServiceContext, caseId: string): CaseCohortView[] {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  return cohortsForCase(ctx.db, caseId)
}
