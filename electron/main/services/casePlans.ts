import type { z } from 'zod'
import type { CasePlan, casePlanInput } from '../../../shared/domain/casePlan'
import type { Need } from '../../../shared/domain/record/needs'
import { stmt } from '../db/connection'
import { listActionsForCase } from '../db/repos/actions'
import { getCaseRow } from '../db/repos/cases'
import { listNeeds } from '../db/repos/needs'
import { requireActor, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write } from './write'

interface CasePlanRow {
  case_id: string
  person_views: string
  dissenting_views: string
  outcomes: string
  contingency: string
  contingency_contacts: string
  step_down_criteria: string
  distribution: string
  sign_off: string
  action_needs: string
  version: number
  updated_at: string
}

export function get(ctx: ServiceContext, caseId: string): CasePlan {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  const row = stmt<CasePlanRow>(ctx.db, 'SELECT * FROM case_plans WHERE case_id = ?').get(caseId)
  if (!row) return { caseId, personViews: '', dissentingViews: [], outcomes: [], actionNeeds: [], contingency: [], contingencyContacts: [], stepDownCriteria: [], distribution: [], signOff: [], version: 0, updatedAt: null }
  return {
    caseId,
    personViews: row.person_views,
    dissentingViews: JSON.parse(row.dissenting_views) as CasePlan['dissentingViews'],
    outcomes: (JSON.parse(row.outcomes) as Array<{ description: string; needs: Need[] }>),
    actionNeeds: JSON.parse(row.action_needs) as CasePlan['actionNeeds'],
    contingency: JSON.parse(row.contingency) as string[],
    contingencyContacts: JSON.parse(row.contingency_contacts) as CasePlan['contingencyContacts'],
    stepDownCriteria: JSON.parse(row.step_down_criteria) as string[],
    distribution: JSON.parse(row.distribution) as CasePlan['distribution'],
    signOff: JSON.parse(row.sign_off) as CasePlan['signOff'],
    version: row.version,
    updatedAt: row.updated_at,
  }
}

/** Each save is a new version of the plan (the number printed on the exported plan). */
export function save(ctx: ServiceContext, input: z.output<typeof casePlanInput>): CasePlan {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case_plan' }, ({ at, audit, changed }) => {
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    const actionIds = new Set(listActionsForCase(ctx.db, input.caseId).map((action) => action.id))
    const foreign = input.actionNeeds.findIndex((link) => !actionIds.has(link.actionId))
    if (foreign >= 0) throw fieldError(`actionNeeds.${foreign}.actionId`, 'That action is not one of this case’s actions: reload the case and link the needs again.')
    const caseNeeds = new Set(listNeeds(ctx.db, input.caseId))
    const stray = input.actionNeeds.findIndex((link) => link.needs.some((need) => !caseNeeds.has(need)))
    if (stray >= 0) throw fieldError(`actionNeeds.${stray}.needs`, 'Link an action only to needs recorded on this case.')
    stmt(
      ctx.db,
      `INSERT INTO case_plans (case_id, person_views, dissenting_views, outcomes, action_needs, contingency, contingency_contacts, step_down_criteria, distribution, sign_off, version, created_at, updated_at)
       VALUES (@case_id, @person_views, @dissenting_views, @outcomes, @action_needs, @contingency, @contingency_contacts, @step_down_criteria, @distribution, @sign_off, 1, @at, @at)
       ON CONFLICT (case_id) DO UPDATE SET person_views = excluded.person_views, dissenting_views = excluded.dissenting_views, outcomes = excluded.outcomes, action_needs = excluded.action_needs,
         contingency = excluded.contingency, contingency_contacts = excluded.contingency_contacts, step_down_criteria = excluded.step_down_criteria,
         distribution = excluded.distribution, sign_off = excluded.sign_off, version = case_plans.version + 1, updated_at = excluded.updated_at`,
    ).run({
      case_id: input.caseId,
      person_views: input.personViews,
      dissenting_views: JSON.stringify(input.dissentingViews),
      outcomes: JSON.stringify(input.outcomes),
      // Only links that name a need: an action with every box cleared is simply unlinked.
      action_needs: JSON.stringify(input.actionNeeds.filter((link) => link.needs.length > 0)),
      contingency: JSON.stringify(input.contingency),
      contingency_contacts: JSON.stringify(input.contingencyContacts),
      step_down_criteria: JSON.stringify(input.stepDownCriteria),
      distribution: JSON.stringify(input.distribution),
      sign_off: JSON.stringify(input.signOff),
      at,
    })
    audit({ entityId: input.caseId })
    changed({ kind: 'case', id: input.caseId })
    return get(ctx, input.caseId)
  })
}
