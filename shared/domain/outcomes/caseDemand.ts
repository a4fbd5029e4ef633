import { z } from 'zod'
import { id } from '../common'
import { financialYearOf } from './deflators'
import { demandChange, type DemandChange, type DemandEvent } from './demandChange'
import { defaultAdjustments, fiscalBenefit, type FiscalBenefit, type UnitCost } from './fiscalBenefit'
import { beforeAfterWindows, type BeforeAfterWindows } from './windows'

export const caseDemandInput = z.object({
  caseId: id,
  months: z
    .number({ error: 'Enter a number of months' })
    .int('Enter a whole number of months')
    .min(1, 'Enter 1 to 36 months')
    .max(36, 'Enter 1 to 36 months')
    .default(12),
})

/** One case's demand before and since it opened, for the case screen. */
export interface CaseDemandReport {
  openedOn: string
  months: number
  windows: BeforeAfterWindows
  changes: DemandChange[]
  benefit: FiscalBenefit
}

export function buildCaseDemand(
  openedOn: string,
  events: readonly DemandEvent[],
  unitCosts: readonly UnitCost[],
  reportDate: string,
  months: number,
): CaseDemandReport {
  const windows = beforeAfterWindows(openedOn, reportDate, months)
  const changes = demandChange(events, windows)
  return { openedOn, months, windows, changes, benefit: fiscalBenefit(changes, unitCosts, financialYearOf(reportDate), defaultAdjustments) }
}
