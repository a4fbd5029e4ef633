import type { User, UserRole } from '../../../../shared/domain/users'
import { stmt, type Db } from '../connection'

export interface UserRow {
  id: string
  name: string
  agency_id: string
  role: UserRole
  active: 0 | 1
  created_at: string
  updated_at: string
}

interface UserJoinedRow extends UserRow {
  agency_name: string
}

const rowToUser = (row: UserJoinedRow): User => ({
  id: row.id,
  name: row.name,
  agencyId: row.agency_id,
  agencyName: row.agency_name,
  role: row.role,
  active: row.active === 1,
})

const selectUsers = `SELECT u.*, a.name AS agency_name FROM users u JOIN agencies a ON a.id = u.agency_id`

export function listUsers(db: Db): User[] {
  return stmt<UserJoinedRow>(db, `${selectUsers} ORDER BY u.name COLLATE NOCASE`).all().map(rowToUser)
}

export function getUser(db: Db, id: string): User | undefined {
  const row = stmt<UserJoinedRow>(db, `${selectUsers} WHERE u.id = ?`).get(id)
  return row && rowToUser(row)
}

export function insertUser(db: Db, row: UserRow): void {
  stmt(
    db,
    `INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at)
     VALUES (@id, @name, @agency_id, @role, @active, @created_at, @updated_at)`,
  ).run(row)
}

export function countUsers(db: Db): number {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM users').get()?.n ?? 0
}

export function updateUser(db: Db, row: Pick<UserRow, 'id' | 'name' | 'agency_id' | 'role' | 'active' | 'updated_at'>): void {
  stmt(
    db,
    'UPDATE users SET name = @name, agency_id = @agency_id, role = @role, active = @active, updated_at = @updated_at WHERE id = @id',
  ).run(row)
}
