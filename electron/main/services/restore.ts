import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RestoreLeft, RestoreOutcome, RestoreStep } from '../../../shared/domain/backup'
import type { RestoreProgress } from '../../../shared/events'
import { WrongKeyError, type Db } from '../db/connection'
import { migrate, schemaVersion } from '../db/migrate'
import { migrations } from '../db/migrations'
import { passesIntegrityCheck } from '../db/maintenance'
import { getUser } from '../db/repos/users'
import * as backup from './backup'
import { requireRole, type ServiceContext } from './context'
import { DomainError, fieldError } from './errors'
import { progressToCaller } from './progress'
import { write } from './write'

/**
 * What a restore needs from the app that owns the connection: where the
 * database file is, how to open a file with the installation's key, and how
 * to close the live connection and install a new one (appServices.ts does
 * this for Electron and the web mode alike).
 */
export interface DatabaseSwap {
  databaseFile: string
  backupDir: string
  open: (file: string) => Db
  closeCurrent: () => void
  /** Makes `next` the connection every service and handler uses. */
  install: (next: Db) => void
}

/** The staging copy beside the database; a leftover one (a crash mid-restore) is removed at start-up. */
export const stagingFile = (databaseFile: string): string => `${databaseFile}.restore.partial`

export function removeStaging(databaseFile: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(stagingFile(databaseFile) + suffix, { force: true })
}

/** Reports each step as it starts and ends; a failure says what failed and what was left, then goes on up. */
type Report = (event: RestoreProgress) => void

function step<T>(report: Report, which: RestoreStep, left: () => RestoreLeft, work: () => T): T {
  report({ type: 'restore-progress', step: which, status: 'running' })
  let value: T
  try {
    value = work()
  } catch (error) {
    const message = error instanceof DomainError ? error.message : 'It could not be completed.'
    report({ type: 'restore-progress', step: which, status: 'failed', message, left: left() })
    throw error
  }
  report({ type: 'restore-progress', step: which, status: 'done' })
  return value
}

const unchanged = (): RestoreLeft => ({ kind: 'unchanged' })

/**
 * Checks a copy of the backup (never the backup itself) and leaves it at
 * this app's schema: it must open with this installation's key, pass
 * integrity_check, and not be newer than the app. Each check is a step.
 */
function prepareStaging(swap: DatabaseSwap, fileName: string, report: Report): { staging: string; version: number } {
  const staging = stagingFile(swap.databaseFile)
  step(report, 'file', unchanged, () => {
    const source = join(swap.backupDir, fileName)
    if (!backup.isBackupName(fileName) || !existsSync(source)) throw fieldError('fileName', 'Choose one of the backups listed')
    removeStaging(swap.databaseFile)
    try {
      copyFileSync(source, staging)
    } catch (error) {
      removeStaging(swap.databaseFile)
      throw error
    }
  })
  let db: Db | null = null
  try {
    const opened = step(report, 'key', unchanged, () => {
      try {
        return swap.open(staging)
      } catch (error) {
        if (error instanceof WrongKeyError)
          throw new DomainError(
            'invalid_input',
            'This backup cannot be opened with this installation’s key. It may belong to another computer, or be damaged.',
            { fileName: 'Cannot be opened with this key' },
          )
        throw new DomainError('invalid_input', 'This backup is not a Roundtable database, or it is damaged.', {
          fileName: 'Not a readable backup',
        })
      }
    })
    db = opened
    step(report, 'integrity', unchanged, () => {
      if (!passesIntegrityCheck(opened))
        throw new DomainError('invalid_input', 'This backup failed its integrity check and was not restored.', {
          fileName: 'Failed the integrity check',
        })
    })
    const version = step(report, 'version', unchanged, () => {
      const found = schemaVersion(opened)
      const latest = migrations.at(-1)?.version ?? 0
      if (found > latest)
        throw new DomainError(
          'invalid_input',
          `This backup was made by a newer version of Roundtable (schema ${found}; this app knows up to ${latest}).`,
          { fileName: 'Made by a newer version' },
        )
      return found
    })
    step(report, 'migrate', unchanged, () => migrate(opened))
    return { staging, version }
  } catch (error) {
    db?.close()
    db = null
    removeStaging(swap.databaseFile)
    throw error
  } finally {
    db?.close()
  }
}

/**
 * Settings → Restore. Nothing about the current database changes until the
 * picked backup has passed every check; then the current database is kept
 * as a backup of its own, and the checked copy replaces it. If the swap
 * itself fails, the kept copy is put back. Each step is reported as it
 * happens (to the caller's screen, by default: services/progress.ts).
 */
export function restore(ctx: ServiceContext, swap: DatabaseSwap, fileName: string, report: Report = progressToCaller()): RestoreOutcome {
  const actor = requireRole(ctx, 'administer')
  const { staging, version } = prepareStaging(swap, fileName, report)
  const kept = step(report, 'keep', unchanged, () => {
    try {
      write(ctx, { access: 'administer', action: 'restore-started', entity: 'database' }, ({ audit }) => audit({ detail: { fileName } }))
      return backup.write(ctx, swap.backupDir).fileName
    } catch (error) {
      removeStaging(swap.databaseFile)
      throw error
    }
  })
  let left: RestoreLeft = { kind: 'put-back', keptAs: kept }
  step(
    report,
    'replace',
    () => left,
    () => {
      try {
        swapIn(swap, staging)
      } catch (error) {
        // The live file may already be replaced or gone: put back the copy made a moment ago.
        left = { kind: 'restore-kept', keptAs: kept }
        copyFileSync(join(swap.backupDir, kept), staging)
        swapIn(swap, staging)
        left = { kind: 'put-back', keptAs: kept }
        throw error
      }
    },
  )
  // The restored database may not know this user (made after the backup): the row then names no one.
  const known = getUser(ctx.db, actor) ? actor : null
  write(ctx, { access: 'anyone', action: 'restore', entity: 'database' }, ({ audit, changed }) => {
    audit({ actorId: known, detail: { fileName, keptAs: kept, schemaVersion: version, ...(known ? {} : { restoredByUserId: actor }) } })
    changed({ kind: 'everything' })
  })
  return { restoredFrom: fileName, keptAs: kept, signedOut: known === null }
}

/**
 * Close, move, reopen: the checked copy takes the database file's name (a
 * rename, atomic on one volume). Leftover -wal/-shm files of the old
 * database would be replayed into the new one, so they go first; a clean
 * close has already checkpointed them.
 */
function swapIn(swap: DatabaseSwap, staging: string): void {
  swap.closeCurrent()
  for (const suffix of ['-wal', '-shm']) rmSync(swap.databaseFile + suffix, { force: true })
  renameSync(staging, swap.databaseFile)
  swap.install(swap.open(swap.databaseFile))
}
