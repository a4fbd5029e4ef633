import { z } from 'zod'
import { costBearers } from '../../../shared/domain/outcomes/costBearers'
import type { UnitCostView, unitCostInput } from '../../../shared/domain/outcomes/unitCosts'
import { demandKinds, type DemandKind } from '../../../shared/domain/record/demand'
import { appendAudit } from '../db/repos/audit'
import { deleteUnitCost, getUnitCost, listUnitCosts, putUnitCost, type UnitCostRow } from '../db/repos/unitCosts'
import { isoNow, requireActor, requireRole, type ServiceContext } from './context'
import { notFound } from './errors'

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
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    const before = getUnitCost(ctx.db, input.kind)
    const at = isoNow(ctx)
    putUnitCost(ctx.db, { kind: input.kind, cost_pence: input.costPence, price_year: input.priceYear, bearer: input.bearer, source: input.source, updated_at: at })
    appendAudit(ctx.db, {
      at,
      actorId: actor,
      action: before ? 'update' : 'create',
      entity: 'unit_cost',
      entityId: input.kind,
      detail: { before: before ? { costPence: before.cost_pence, priceYear: before.price_year, bearer: before.bearer } : null, after: { costPence: input.costPence, priceYear: input.priceYear, bearer: input.bearer } },
    })
    return list(ctx)
  }).immediate()
}

/** Stops costing a kind: its change in demand is then reported as "not costed". */
export function remove(ctx: ServiceContext, kind: DemandKind): UnitCostView[] {
  const actor = requireRole(ctx, 'administer')
  return ctx.db.transaction(() => {
    const before = getUnitCost(ctx.db, kind)
    if (!before) throw notFound('That unit cost')
    deleteUnitCost(ctx.db, kind)
    appendAudit(ctx.db, { at: isoNow(ctx), actorId: actor, action: 'delete', entity: 'unit_cost', entityId: kind, detail: { before: { costPence: before.cost_pence, priceYear: before.price_year, bearer: before.bearer } } })
    return list(ctx)
  }).immediate()
}
