import { z } from 'zod'
import { id, optionalText, requiredText, storableText } from '../common'
import { caseKinds } from '../cases'
import { riskLevels } from '../risk'
import { personInput } from './people'
import { receivedAtProblem } from './received'

/** A source's key (see triageSources.ts: the list is kept in Settings, the labels come with each entry). */
export type TriageSource = string

export const decisionCategories = ['self_help', 'early_help', 'complex', 'safeguarding', 'nfa'] as const
export type DecisionCategory = (typeof decisionCategories)[number]
export const decisionCategoryLabels: Record<DecisionCategory, string> = {
  self_help: 'Self help',
  early_help: 'Early help',
  complex: 'Complex needs / specialist services',
  safeguarding: 'Safeguarding / statutory',
  nfa: 'No further action',
}

/**
 * Why a case is brought to the meeting. The triage form ticks the ones the
 * checks suggest (high risk, a repeat, an escalation) and the practitioner
 * may untick any: what they leave ticked is what is recorded, and nothing
 * adds a reason after them. Whether the contact was a repeat is recorded
 * apart from the reasons (is_repeat), whatever was ticked.
 */
export const meetingReasons = ['visible_high_risk', 'escalation', 'professional_judgement', 'repeat'] as const
export type MeetingReason = (typeof meetingReasons)[number]
export const meetingReasonLabels: Record<MeetingReason, string> = {
  visible_high_risk: 'Visible high risk',
  escalation: 'Escalation: 3 or more police incidents in 12 months',
  professional_judgement: 'Professional judgement',
  repeat: 'Repeat within 12 months',
}

/** Offered as checkboxes with typeahead; free text is allowed too. */
export const riskFactorSuggestions = [
  'Self-harm',
  'Suicidal thoughts',
  'Violence or threats',
  'Weapons',
  'Alcohol misuse',
  'Drug misuse',
  'Missing episodes',
  'Exploitation',
  'Domestic abuse',
  'Children in the household',
  'Hoarding',
  'Fire risk',
  'Eviction risk',
  'Not engaging with services',
  'Recent bereavement',
  'Physical health crisis',
] as const

const subject = z.discriminatedUnion(
  'mode',
  [
    z.object({
      mode: z.literal('existing'),
      caseId: z.uuid({ error: 'Choose the case this contact is about' }),
      personId: id.nullable().default(null),
    }),
    z.object({
      mode: z.literal('new'),
      kind: z.enum(caseKinds, { error: 'Choose individual or family' }),
      title: optionalText('case title', 200),
      person: personInput,
      /** Who leads the new case; unset, the agency of whoever decided the triage. */
      leadAgencyId: id.nullable().default(null),
    }),
  ],
  { error: 'Say who this contact is about: an existing case or a new person' },
)

export const triageInput = z.object({
  receivedAt: z.string({ error: 'Enter when the contact was received' }).superRefine((value, ctx) => {
    const problem = receivedAtProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
  source: z.string({ error: 'Choose where the contact came from' }).trim().min(1, 'Choose where the contact came from').max(40),
  sourceReference: optionalText('source reference', 60),
  subject,
  summary: requiredText('a summary of the contact', 4000),
  riskLevel: z.enum(riskLevels, { error: 'Choose a risk level' }),
  riskFactors: z.array(storableText('a risk factor').min(1).max(80)).max(30).default([]),
  decisionCategory: z.enum(decisionCategories, { error: 'Choose a triage decision' }),
  meetingReasons: z.array(z.enum(meetingReasons)).default([]),
  decisionNotes: optionalText('decision notes', 4000),
  decidedByUserId: z.uuid({ error: 'Choose who made the decision' }),
  bringToNextMeeting: z.boolean().default(false),
})
export type TriageInput = z.input<typeof triageInput>
export type ParsedTriageInput = z.output<typeof triageInput>

/** Re-triage: a fresh assessment of the same contact when circumstances change. The earlier one is kept. */
export const retriageInput = z.object({
  entryId: id,
  riskLevel: z.enum(riskLevels, { error: 'Choose a risk level' }),
  riskFactors: z.array(storableText('a risk factor').min(1).max(80)).max(30).default([]),
  decisionCategory: z.enum(decisionCategories, { error: 'Choose a triage decision' }),
  meetingReasons: z.array(z.enum(meetingReasons)).default([]),
  decisionNotes: requiredText('what has changed', 4000),
  decidedByUserId: z.uuid({ error: 'Choose who made the decision' }),
  bringToNextMeeting: z.boolean().default(false),
})

/** The source is optional: a police contact being logged counts towards escalation itself. */
export const triageRepeatCheckInput = z.object({ caseId: id, receivedAt: z.iso.datetime(), source: z.string().max(40).optional() })

/** Undo a contact just saved by mistake (the author, within a short while). */
export const triageUndoInput = z.object({ entryId: id })

/**
 * How long after saving a contact its author may take it back (Undo or
 * Ctrl+Z on the screen, and the service's own check): long enough to notice
 * the wrong person, short enough that nobody has acted on the entry yet.
 */
export const TRIAGE_UNDO_SECONDS = 30

/** True while a contact saved at `createdAt` may still be undone. */
export function canStillUndo(createdAt: string, now: Date): boolean {
  return now.getTime() - new Date(createdAt).getTime() <= TRIAGE_UNDO_SECONDS * 1000
}
