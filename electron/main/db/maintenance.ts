/**
 * Whole-database operations the backup and restore services need: the SQL
 * for them lives here with the rest, not in the services.
 */
import type { Db } from './connection'

/** A consistent, encrypted (same key) copy of the open database, written to `file`. */
export function copyDatabaseTo(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file)
}

/** True when SQLite's full integrity check finds nothing wrong. */
export function passesIntegrityCheck(db: Db): boolean {
  return db.pragma('integrity_check', { simple: true }) === 'ok'
}
