import { z } from 'zod'
import { id, isoDate, optionalText, requiredText, storableText } from '../common'
import { riskLevels } from '../risk'
import { needs } from './needs'

/** Edit in place: every field of the case record a practitioner changes from the case screen. */
export const caseUpdateInput = z.object({
  caseId: id,
  title: requiredText('a case title', 200),
  keyworkerId: z.uuid({ error: 'Choose a keyworker' }).nullable(),
  leadAgencyId: z.uuid({ error: 'Choose the lead agency' }),
  riskLevel: z.enum(riskLevels, { error: 'Choose a risk level' }),
  nextReviewDate: isoDate.nullable(),
  neighbourhood: optionalText('neighbourhood', 80),
  summary: optionalText('summary', 4000),
  aspirations: optionalText('what matters to them', 4000),
  strengths: optionalText('strengths', 4000),
  needs: z.array(z.enum(needs)).default([]),
})
export type CaseUpdateInput = z.input<typeof caseUpdateInput>

export const nonEngagementInput = z.object({
  caseId: id,
  flagged: z.boolean(),
  since: isoDate.nullable().default(null),
  note: optionalText('note', 500),
})

export const caseAgencyInput = z.object({
  caseId: id,
  agencyId: z.uuid({ error: 'Choose an agency' }),
  contactName: optionalText('contact name', 120),
  contactDetails: optionalText('contact details', 200),
  since: isoDate,
})
export const caseAgencyEndInput = z.object({ caseAgencyId: id, endedOn: isoDate })

export const personAddInput = z.object({ caseId: id })
export const caseSearchInput = z.object({
  text: storableText('the search').max(100).default(''),
  dateOfBirth: isoDate.nullable().default(null),
})
