import type { Db } from './connection'
import { migrations as bundledMigrations, type Migration } from './migrations'

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly version: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'MigrationError'
  }
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of Roundtable (schema ${found}; this app knows up to ${supported}). ` +
        'Install the newer version, or ask your administrator.',
    )
    this.name = 'DatabaseTooNewError'
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Applies every migration newer than the database in ONE transaction, each
 * with its version bump, so a failure anywhere leaves the database exactly as
 * it was before the upgrade started (never half-way between two releases).
 * `upTo` lets tests stop at an earlier version.
 */
export function migrate(db: Db, options: { upTo?: number; migrations?: readonly Migration[] } = {}): number {
  const all = options.migrations ?? bundledMigrations
  const latest = all.at(-1)?.version ?? 0
  const current = schemaVersion(db)
  if (current > latest) throw new DatabaseTooNewError(current, latest)

  const target = options.upTo ?? latest
  const pending = all.filter((migration) => migration.version > current && migration.version <= target)
  let running = pending[0]
  if (!running) return current
  const applyAll = db.transaction(() => {
    for (const migration of pending) {
      running = migration
      if ('sql' in migration) db.exec(migration.sql)
      else migration.up(db)
      // PRAGMA cannot take a bound parameter; the value is an integer we own.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`)
    }
  })
  try {
    applyAll.immediate()
  } catch (cause) {
    throw new MigrationError(
      `Database upgrade ${running.version} (${running.name}) failed; the database was left at version ${schemaVersion(db)}.`,
      running.version,
      { cause },
    )
  }
  return schemaVersion(db)
}

/** True when opening this database would change its schema (a backup is due first). */
export function needsUpgrade(db: Db, migrations: readonly Migration[] = bundledMigrations): boolean {
  const current = schemaVersion(db)
  return current > 0 && current < (migrations.at(-1)?.version ?? 0)
}
