import { z } from 'zod'
import { requiredText } from '../common'
import { demandKinds } from '../record/demand'
import { costBearers } from './costBearers'
import { gdpDeflators, isFinancialYear } from './deflators'
import type { UnitCost } from './fiscalBenefit'

/** A unit cost as Settings shows it: the cost, where it came from and who bears it. */
export interface UnitCostView extends UnitCost {
  updatedAt: string
}

const deflatorYears = Object.keys(gdpDeflators)

export const unitCostInput = z.object({
  kind: z.enum(demandKinds, { error: 'Choose the kind of contact' }),
  costPence: z
    .number({ error: 'Enter the cost in pounds and pence, for example 216.00' })
    .int('Enter the cost in pounds and pence, for example 216.00')
    .min(0, 'The cost cannot be negative')
    .max(100_000_000, 'Enter £1,000,000 or less'),
  priceYear: z
    .string({ error: 'Enter the price year, for example 2013-14' })
    .trim()
    .refine(isFinancialYear, 'Enter a financial year, for example 2013-14')
    .refine(
      (year) => !isFinancialYear(year) || deflatorYears.includes(year),
      `There is no GDP deflator for that year: use ${deflatorYears[0] ?? ''} to ${deflatorYears.at(-1) ?? ''}`,
    ),
  bearer: z.enum(costBearers, { error: 'Choose who bears the cost' }),
  source: requiredText('where the figure comes from', 400),
})
export type UnitCostInput = z.input<typeof unitCostInput>

export const unitCostKindInput = z.object({ kind: z.enum(demandKinds, { error: 'Choose the kind of contact' }) })

/** "216", "216.5", "£1,216.50" → pence; null when it is not a sum of money. */
export function parsePounds(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replaceAll(',', '')
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null
  const [pounds = '0', pence = ''] = cleaned.split('.')
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'))
}
