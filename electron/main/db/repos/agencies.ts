import type { Agency } from '../../../../shared/domain/agencies'
import type { SensitiveCategory } from '../../../../shared/domain/minutesData'
import { stmt, type Db } from '../connection'

export interface AgencyRow {
  id: string
  name: string
  short_name: string
  active: 0 | 1
  /** JSON array of sensitive categories (migration 0070). */
  receives?: string
  created_at: string
  updated_at: string
}

export const rowToAgency = (row: AgencyRow): Agency => ({
  id: row.id,
  name: row.name,
  shortName: row.short_name,
  active: row.active === 1,
  receives: JSON.parse(row.receives ?? '[]') as SensitiveCategory[],
})

export function listAgencies(db: Db, includeInactive: boolean): Agency[] {
  const sql = includeInactive
    ? 'SELECT * FROM agencies ORDER BY name COLLATE NOCASE'
    : 'SELECT * FROM agencies WHERE active = 1 ORDER BY name COLLATE NOCASE'
  return stmt<AgencyRow>(db, sql).all().map(rowToAgency)
}

export function getAgency(db: Db, id: string): Agency | undefined {
  const row = stmt<AgencyRow>(db, 'SELECT * FROM agencies WHERE id = ?').get(id)
  return row && rowToAgency(row)
}

export function findAgencyByName(db: Db, name: string): Agency | undefined {
  const row = stmt<AgencyRow>(db, 'SELECT * FROM agencies WHERE name = ? COLLATE NOCASE').get(name)
  return row && rowToAgency(row)
}

export function insertAgency(db: Db, row: AgencyRow): void {
  stmt(
    db,
    `INSERT INTO agencies (id, name, short_name, active, created_at, updated_at)
     VALUES (@id, @name, @short_name, @active, @created_at, @updated_at)`,
  ).run(row)
}

export function setAgencyActive(db: Db, id: string, active: boolean, at: string): void {
  stmt(db, 'UPDATE agencies SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id)
}

export function renameAgency(db: Db, id: string, name: string, shortName: string, at: string): void {
  stmt(db, 'UPDATE agencies SET name = ?, short_name = ?, updated_at = ? WHERE id = ?').run(name, shortName, at, id)
}

export function countAgencies(db: Db): number {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM agencies').get()?.n ?? 0
}

export function setAgencyProfile(db: Db, id: string, receives: readonly string[], at: string): void {
  stmt(db, 'UPDATE agencies SET receives = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...new Set(receives)]), at, id)
}
