import { stmt, type Db } from '../connection'

export interface UnitCostRow {
  kind: string
  cost_pence: number
  price_year: string
  bearer: string
  source: string
  updated_at: string
}

export function listUnitCosts(db: Db): UnitCostRow[] {
  return stmt<UnitCostRow>(db, 'SELECT kind, cost_pence, price_year, bearer, source, updated_at FROM unit_costs ORDER BY kind').all()
}

export function getUnitCost(db: Db, kind: string): UnitCostRow | undefined {
  return stmt<UnitCostRow>(db, 'SELECT kind, cost_pence, price_year, bearer, source, updated_at FROM unit_costs WHERE kind = ?').get(kind)
}

export function putUnitCost(db: Db, row: UnitCostRow): void {
  stmt(
    db,
    `INSERT INTO unit_costs (kind, cost_pence, price_year, bearer, source, updated_at)
     VALUES (@kind, @cost_pence, @price_year, @bearer, @source, @updated_at)
     ON CONFLICT (kind) DO UPDATE SET cost_pence = excluded.cost_pence, price_year = excluded.price_year,
       bearer = excluded.bearer, source = excluded.source, updated_at = excluded.updated_at`,
  ).run(row)
}

export function deleteUnitCost(db: Db, kind: string): number {
  return stmt(db, 'DELETE FROM unit_costs WHERE kind = ?').run(kind).changes
}
