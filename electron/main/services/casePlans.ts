import type { z } from 'zod'
import type { CasePlan, casePlanInput } from '../../../shared/domain/casePlan'
import { listActionsForCase } from '../db/repos/actions'
import { getCaseRow } from '../db/repos/cases'
import { listNeeds } from '../db/repos/needs'
import { getCasePlan, saveCasePlan } from '../db/repos/casePlans'
import { requireActor, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write } from './write'

export function get(ctx: ServiceContext, caseId: string): CasePlan {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  return (
    getCasePlan(ctx.db, caseId) ?? {
      caseId,
      personViews: '',
      dissentingViews: [],
      outcomes: [],
      actionNeeds: [],
      contingency: [],
      contingencyContacts: [],
      stepDownCriteria: [],
      distribution: [],
      signOff: [],
      version: 0,
      updatedAt: null,
    }
  )
}

/** Each save is a new version of the plan (the number printed on the exported plan). */
export function save(ctx: ServiceContext, input: z.output<typeof casePlanInput>): CasePlan {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case_plan' }, ({ at, audit, changed }) => {
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    const actionIds = new Set(listActionsForCase(ctx.db, input.caseId).map((action) => action.id))
    const foreign = input.actionNeeds.findIndex((link) => !actionIds.has(link.actionId))
    if (foreign >= 0)
      throw fieldError(
        `actionNeeds.${foreign}.actionId`,
        'That action is not one of this case’s actions: reload the case and link the needs again.',
      )
    const caseNeeds = new Set(listNeeds(ctx.db, input.caseId))
    const stray = input.actionNeeds.findIndex((link) => link.needs.some((need) => !caseNeeds.has(need)))
    if (stray >= 0) throw fieldError(`actionNeeds.${stray}.needs`, 'Link an action only to needs recorded on this case.')
    const { caseId, ...plan } = input
    // Only links that name a need: an action with every box cleared is simply unlinked.
    saveCasePlan(ctx.db, caseId, { ...plan, actionNeeds: input.actionNeeds.filter((link) => link.needs.length > 0) }, at)
    audit({ entityId: input.caseId })
    changed({ kind: 'case', id: input.caseId })
    return get(ctx, input.caseId)
  })
}
