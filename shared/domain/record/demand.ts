import { z } from 'zod'
import { id, isoDate, optionalText } from '../common'

export const demandKinds = ['police_incident', 'ambulance', 'ae_attendance', 'gp_crisis', 'housing', 'other'] as const
export type DemandKind = (typeof demandKinds)[number]
export const demandKindLabels: Record<DemandKind, string> = {
  police_incident: 'Police incidents',
  ambulance: 'Ambulance call-outs',
  ae_attendance: 'A&E attendances',
  gp_crisis: 'GP / crisis contacts',
  housing: 'Housing (e.g. eviction notices)',
  other: 'Other',
}

/** One event on a day, or a count over a period ("4 police incidents, Jan–Mar"). */
export const demandInput = z
  .object({
    caseId: id,
    personId: id.nullable().default(null),
    kind: z.enum(demandKinds, { error: 'Choose the kind of contact' }),
    periodStart: isoDate,
    periodEnd: isoDate.nullable().default(null),
    count: z
      .number({ error: 'Enter how many' })
      .int('Enter a whole number')
      .min(1, 'Enter 1 or more')
      .max(1000, 'Enter 1000 or fewer')
      .default(1),
    note: optionalText('note', 500),
  })
  .refine((value) => value.periodEnd === null || value.periodEnd >= value.periodStart, {
    path: ['periodEnd'],
    message: 'The end of the period must be on or after its start',
  })
export type DemandInput = z.input<typeof demandInput>
