import { z } from 'zod'
import { id, isoDate, optionalText, requiredText } from '../common'

/**
 * A named cohort ("OTR weekend"): cases a team reports on together. Kept in
 * Reports; never deleted, only retired (hidden from the choices, members kept).
 */
export interface CohortView {
  id: string
  name: string
  description: string
  active: boolean
  /** How many cases are in it. */
  caseCount: number
}

/** A case's place in a cohort, for the case screen. */
export interface CaseCohortView {
  cohortId: string
  name: string
  active: boolean
  addedAt: string
}

const cohortName = requiredText('the name of the cohort', 80)
const description = optionalText('a description', 500)

export const cohortListInput = z.object({ includeRetired: z.boolean().default(false) })
export const cohortCreateInput = z.object({ name: cohortName, description })
export const cohortRenameInput = z.object({ id, name: cohortName, description })
export const cohortSetActiveInput = z.object({ id, active: z.boolean() })
export const cohortCaseInput = z.object({ cohortId: z.uuid({ error: 'Choose a cohort' }), caseId: id })
export const cohortForCaseInput = z.object({ caseId: id })

/** The cases a filter finds (opened in the range, neighbourhood, agency), added in one go. */
export const cohortAddByFilterInput = z
  .object({
    cohortId: z.uuid({ error: 'Choose a cohort' }),
    from: isoDate,
    to: isoDate,
    neighbourhood: z.string().trim().max(120).default(''),
    agencyId: id.nullable().default(null),
  })
  .refine((value) => value.to >= value.from, { path: ['to'], message: 'The end of the range must be on or after its start' })

export interface CohortAddResult {
  /** Cases newly added (those already in it are not counted twice). */
  added: number
  cohort: CohortView
}
