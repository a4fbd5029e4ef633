import { z } from 'zod'
import { id, requiredText } from './common'
import type { SensitiveCategory } from './minutesData'
import { sensitiveCategories } from './redaction'

export interface Agency {
  id: string
  name: string
  shortName: string
  active: boolean
  /** Its redaction profile: the sensitive categories a redacted copy for this agency keeps. */
  receives: SensitiveCategory[]
}

export const agencyCreateInput = z.object({
  name: requiredText('the agency name', 120),
  shortName: requiredText('a short name', 20),
})
export type AgencyCreateInput = z.input<typeof agencyCreateInput>

export const agencyListInput = z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false })

export const agencyIdInput = z.object({ id })

export const agencyUpdateInput = agencyCreateInput.extend({ id })
export type AgencyUpdateInput = z.input<typeof agencyUpdateInput>

export const agencySetActiveInput = z.object({ id, active: z.boolean() })

export const agencyProfileInput = z.object({ id, receives: z.array(z.enum(sensitiveCategories)).default([]) })

/**
 * The agencies a new Roundtable starts with (DOMAIN.md, "Agencies you will
 * meet"). Every area differs, so the list is editable from Settings.
 */
export const defaultAgencies: ReadonlyArray<{ name: string; shortName: string }> = [
  { name: 'Council adult social care', shortName: 'ASC' },
  { name: "Council children's services", shortName: 'CSC' },
  { name: 'Council early help', shortName: 'Early Help' },
  { name: 'Housing trust', shortName: 'Housing' },
  { name: 'NHS community health', shortName: 'Community Health' },
  { name: 'Mental health trust', shortName: 'MH Trust' },
  { name: 'GP practice', shortName: 'GP' },
  { name: 'Police', shortName: 'Police' },
  { name: 'Ambulance service', shortName: 'Ambulance' },
  { name: 'Fire and rescue', shortName: 'Fire' },
  { name: 'DWP / Jobcentre Plus', shortName: 'DWP' },
  { name: 'Probation service', shortName: 'Probation' },
  { name: 'Schools', shortName: 'Schools' },
  { name: 'Voluntary and community sector', shortName: 'VCSE' },
]
