import { z } from 'zod'
import { id, optionalText, storableText } from './common'
import { needs } from './record/needs'

const line = (label: string, max = 500) =>
  storableText(label, { required: true }).min(1, `Enter ${label}`).max(max, `Keep ${label} to ${max} characters`)

/** The parts of a multi-agency case plan that are not already in the case record. */
export const casePlanInput = z.object({
  caseId: id,
  personViews: optionalText("the person's own views", 4000),
  dissentingViews: z
    .array(z.object({ by: line('who holds the view', 120), agency: line('their agency', 120), view: line('the view', 2000) }))
    .max(20)
    .default([]),
  outcomes: z
    .array(z.object({ description: line('the outcome'), needs: z.array(z.enum(needs)).default([]) }))
    .max(30)
    .default([]),
  /** Which of the case's needs each open action addresses (shown in the plan's Need column). */
  actionNeeds: z
    .array(z.object({ actionId: id, needs: z.array(z.enum(needs)).max(20) }))
    .max(200)
    .default([]),
  contingency: z.array(line('what happens if things get worse')).max(20).default([]),
  contingencyContacts: z
    .array(
      z.object({
        who: line('who to call', 120),
        service: line('the service', 120),
        phone: line('a phone number', 40),
        when: line('when to call', 200),
      }),
    )
    .max(20)
    .default([]),
  stepDownCriteria: z.array(line('a step-down criterion')).max(20).default([]),
  distribution: z
    .array(z.object({ name: line('a name', 120), agency: line('an agency', 120) }))
    .max(40)
    .default([]),
  signOff: z
    .array(z.object({ name: line('a name', 120), role: line('a role', 120), agency: line('an agency', 120) }))
    .max(20)
    .default([]),
})
export type CasePlanInput = z.input<typeof casePlanInput>
export type CasePlan = z.output<typeof casePlanInput> & { version: number; updatedAt: string | null }
