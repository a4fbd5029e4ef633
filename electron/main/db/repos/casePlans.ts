/**
 * A case's plan: one row per case, its lists kept as JSON, mapped here to and
 * from the CasePlan the services and exports use. Each save is a new version.
 */
import type { CasePlan } from '../../../../shared/domain/casePlan'
import type { Need } from '../../../../shared/domain/record/needs'
import { stmt, type Db } from '../connection'

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

export function getCasePlan(db: Db, caseId: string): CasePlan | undefined {
  const row = stmt<CasePlanRow>(db, 'SELECT * FROM case_plans WHERE case_id = ?').get(caseId)
  if (!row) return undefined
  return {
    caseId,
    personViews: row.person_views,
    dissentingViews: JSON.parse(row.dissenting_views) as CasePlan['dissentingViews'],
    outcomes: JSON.parse(row.outcomes) as Array<{ description: string; needs: Need[] }>,
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

export type CasePlanContent = Omit<CasePlan, 'caseId' | 'version' | 'updatedAt'>

/** Writes the plan as a new version (1 for the first save). Inside the caller's transaction. */
export function saveCasePlan(db: Db, caseId: string, plan: CasePlanContent, at: string): void {
  stmt(
    db,
    `INSERT INTO case_plans (case_id, person_views, dissenting_views, outcomes, action_needs, contingency, contingency_contacts, step_down_criteria, distribution, sign_off, version, created_at, updated_at)
     VALUES (@case_id, @person_views, @dissenting_views, @outcomes, @action_needs, @contingency, @contingency_contacts, @step_down_criteria, @distribution, @sign_off, 1, @at, @at)
     ON CONFLICT (case_id) DO UPDATE SET person_views = excluded.person_views, dissenting_views = excluded.dissenting_views, outcomes = excluded.outcomes, action_needs = excluded.action_needs,
       contingency = excluded.contingency, contingency_contacts = excluded.contingency_contacts, step_down_criteria = excluded.step_down_criteria,
       distribution = excluded.distribution, sign_off = excluded.sign_off, version = case_plans.version + 1, updated_at = excluded.updated_at`,
  ).run({
    case_id: caseId,
    person_views: plan.personViews,
    dissenting_views: JSON.stringify(plan.dissentingViews),
    outcomes: JSON.stringify(plan.outcomes),
    action_needs: JSON.stringify(plan.actionNeeds),
    contingency: JSON.stringify(plan.contingency),
    contingency_contacts: JSON.stringify(plan.contingencyContacts),
    step_down_criteria: JSON.stringify(plan.stepDownCriteria),
    distribution: JSON.stringify(plan.distribution),
    sign_off: JSON.stringify(plan.signOff),
    at,
  })
}
