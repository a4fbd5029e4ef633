import { z } from 'zod'
import type { DemandKind } from '../record/demand'
import { costBearers, type CostBearer } from './costBearers'
import { gdpDeflators, upratingFactor, type Uprating } from './deflators'
import type { DemandChange } from './demandChange'
import { roundPence } from './money'

export interface UnitCost {
  kind: DemandKind
  /** Whole pence at `priceYear` prices. */
  costPence: number
  priceYear: string
  bearer: CostBearer
  source: string
}

/**
 * Adjustments from the Greater Manchester CBA method (HM Treasury Green Book
 * supplementary guidance). Deadweight: the share of the change that would have
 * happened anyway. Optimism bias: a cut for how far the evidence can be trusted (the
 * GM model ties it to the data's confidence grade). Both are the team's choice and
 * are shown beside every figure they touch.
 */
export const benefitAdjustments = z.object({
  optimismBiasPercent: z.number({ error: 'Enter a percentage' }).min(0, 'Enter 0 to 100').max(100, 'Enter 0 to 100'),
  deadweightPercent: z.number({ error: 'Enter a percentage' }).min(0, 'Enter 0 to 100').max(100, 'Enter 0 to 100'),
})
export type BenefitAdjustments = z.infer<typeof benefitAdjustments>
/** Starting points only, cautious on purpose: a board should see a figure that errs low. */
export const defaultAdjustments: BenefitAdjustments = { optimismBiasPercent: 25, deadweightPercent: 20 }

export interface BenefitLine {
  kind: DemandKind
  bearer: CostBearer
  avoided: number
  unitCost: UnitCost
  uprating: Uprating
  /** The unit cost at the report year's prices, unrounded. */
  upratedUnitCost: number
  gross: number
  net: number
  /** For display; totals are rounded from the unrounded nets, not summed from these. */
  grossPence: number
  netPence: number
}

export interface FiscalBenefit {
  reportYear: string
  adjustments: BenefitAdjustments
  lines: BenefitLine[]
  /** Kinds with a change in demand but no unit cost: left out of the money, and said so. */
  uncosted: DemandKind[]
  byBearerPence: Record<CostBearer, number>
  totalGrossPence: number
  totalNetPence: number
}

/**
 * Fiscal benefit = contacts avoided × unit cost (uprated by the GDP deflator to the
 * report's year) × (1 − deadweight) × (1 − optimism bias), split by who bears the
 * cost. Pence are rounded once, at the end, half away from zero.
 */
export function fiscalBenefit(
  changes: readonly DemandChange[],
  unitCosts: readonly UnitCost[],
  reportYear: string,
  adjustments: BenefitAdjustments,
  deflators: Readonly<Record<string, number>> = gdpDeflators,
): FiscalBenefit {
  const checked = benefitAdjustments.parse(adjustments)
  const keep = (1 - checked.deadweightPercent / 100) * (1 - checked.optimismBiasPercent / 100)
  const lines: BenefitLine[] = []
  const uncosted: DemandKind[] = []
  for (const change of changes) {
    const unitCost = unitCosts.find((cost) => cost.kind === change.kind)
    if (!unitCost) {
      uncosted.push(change.kind)
      continue
    }
    const uprating = upratingFactor(unitCost.priceYear, reportYear, deflators)
    const upratedUnitCost = unitCost.costPence * uprating.factor
    const gross = change.avoided * upratedUnitCost
    const net = gross * keep
    lines.push({
      kind: change.kind,
      bearer: unitCost.bearer,
      avoided: change.avoided,
      unitCost,
      uprating,
      upratedUnitCost,
      gross,
      net,
      grossPence: roundPence(gross),
      netPence: roundPence(net),
    })
  }
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)
  const byBearerPence: Record<CostBearer, number> = { police: 0, nhs: 0, local_authority: 0, fire: 0, other: 0 }
  for (const bearer of costBearers)
    byBearerPence[bearer] = roundPence(sum(lines.filter((line) => line.bearer === bearer).map((line) => line.net)))
  return {
    reportYear,
    adjustments: checked,
    lines,
    uncosted,
    byBearerPence,
    totalGrossPence: roundPence(sum(lines.map((line) => line.gross))),
    totalNetPence: roundPence(sum(lines.map((line) => line.net))),
  }
}
