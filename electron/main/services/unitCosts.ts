import { z } from 'zod'
import { costBearers } from '../../../shared/domain/outcomes/costBearers'
import type { UnitCostView, unitCostInput } from '../../../shared/domain/outcomes/unitCosts'
import { demandKinds, type DemandKind } from '../../../shared/domain/record/demand'
import { deleteUnitCost, getUnitCost, listUnitCosts, putUnitCost, type UnitCostRow } from '../db/repos/unitCosts'
import { requireActor, type ServiceContext } from './context'
import { notFound } from './errors'
import { write } from './write'

// The table's CHECK constraints hold these; parsing rather than casting keeps a bad row loud.
const kindOf = z.enum(demandKinds)
const bearerOf = z.enum(costBearers)

const toView = (row: UnitCostRow): UnitCostView => ({
  kind: kindOf.parse(row.kind),
  costPence: row.cost_pence,
  priceYear: row.price_year,
  bearer: bearerOf.parse(row.bearer),
  source: row.source,
  updatedAt: row.updated_at,
})

/** Every unit cost, for Settings and the cost-benefit figures; kinds without one are not costed. */
export function list(ctx: ServiceContext): UnitCostView[] {
  requireActor(ctx)
  return listUnitCosts(ctx.db).map(toView)
}

/** Sets one kind's cost; the audit keeps the old figure so a changed report can be explained. */
export function save(ctx: ServiceContext, input: z.output<typeof unitCostInput>): UnitCostView[] {
  return write(ctx, { access: 'administer', action: 'update', entity: 'unit_cost' }, ({ at, audit, changed }) => {
    const before = getUnitCost(ctx.db, input.kind)
    putUnitCost(ctx.db, {
      kind: input.kind,
      cost_pence: input.costPence,
      price_year: input.priceYear,
      bearer: input.bearer,
      source: input.source,
      updated_at: at,
    })
    audit({
      action: before ? 'update' : 'create',
      entityId: input.kind,
      detail: {
        before: before ? { costPence: before.cost_pence, priceYear: before.price_year, bearer: before.bearer } : null,
        after: { costPence: input.costPence, priceYear: input.priceYear, bearer: input.bearer },
      },
    })
    changed({ kind: 'unitCosts' })
    return list(ctx)
  })
}

/** Stops costing a kind: its change in demand is then reported as "not costed". */
export function remove(ctx: ServiceContext, kind: DemandKind): UnitCostView[] {
  return write(ctx, { access: 'administer', action: 'delete', entity: 'unit_cost' }, ({ audit, changed }) => {
    const before = getUnitCost(ctx.db, kind)
    if (!before) throw notFound('That unit cost')
    deleteUnitCost(ctx.db, kind)
    audit({ entityId: kind, detail: { before: { costPence: before.cost_pence, priceYear: before.price_year, bearer: before.bearer } } })
    changed({ kind: 'unitCosts' })
    return list(ctx)
  })
}
