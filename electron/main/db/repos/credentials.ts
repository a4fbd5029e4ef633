import type { CredentialKind } from '../../../../shared/domain/credentials'
import { stmt, type Db } from '../connection'

export interface CredentialRow {
  user_id: string
  kind: CredentialKind
  algorithm: 'scrypt'
  cost: number
  block_size: number
  parallelism: number
  salt: string
  hash: string
  failed_attempts: number
  locked_until: string | null
  created_at: string
  updated_at: string
}

export type StoredHash = Pick<CredentialRow, 'kind' | 'algorithm' | 'cost' | 'block_size' | 'parallelism' | 'salt' | 'hash'>

export function getCredential(db: Db, userId: string): CredentialRow | undefined {
  return stmt<CredentialRow>(db, 'SELECT * FROM user_credentials WHERE user_id = ?').get(userId)
}

/** Sets (or replaces) a user's credential; a new one starts with no wrong attempts. */
export function putCredential(db: Db, userId: string, hash: StoredHash, at: string): void {
  stmt(
    db,
    `INSERT INTO user_credentials (user_id, kind, algorithm, cost, block_size, parallelism, salt, hash, failed_attempts, locked_until, created_at, updated_at)
     VALUES (@user_id, @kind, @algorithm, @cost, @block_size, @parallelism, @salt, @hash, 0, NULL, @at, @at)
     ON CONFLICT (user_id) DO UPDATE SET kind = excluded.kind, algorithm = excluded.algorithm, cost = excluded.cost,
       block_size = excluded.block_size, parallelism = excluded.parallelism, salt = excluded.salt, hash = excluded.hash,
       failed_attempts = 0, locked_until = NULL, updated_at = excluded.updated_at`,
  ).run({ user_id: userId, ...hash, at })
}

export function removeCredential(db: Db, userId: string): void {
  stmt(db, 'DELETE FROM user_credentials WHERE user_id = ?').run(userId)
}

export function recordFailure(db: Db, userId: string, failedAttempts: number, lockedUntil: string | null, at: string): void {
  stmt(db, 'UPDATE user_credentials SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE user_id = ?').run(
    failedAttempts,
    lockedUntil,
    at,
    userId,
  )
}

export function clearFailures(db: Db, userId: string, at: string): void {
  stmt(db, 'UPDATE user_credentials SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE user_id = ?').run(at, userId)
}

/** Active administrators with a passphrase: none only on a database upgraded from before sign-in credentials. */
export function countActiveAdminCredentials(db: Db): number {
  return (
    stmt<{ n: number }>(
      db,
      "SELECT count(*) AS n FROM user_credentials c JOIN users u ON u.id = c.user_id WHERE u.role = 'admin' AND u.active = 1",
    ).get()?.n ?? 0
  )
}
