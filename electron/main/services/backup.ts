import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUPS_KEPT, type BackupInfo, type BackupProgress } from '../../../shared/domain/backup'
import { copyDatabaseInBackground, type BackgroundCopyOptions } from '../db/backgroundCopy'
import { copyDatabaseTo } from '../db/maintenance'
import { isoNow, requireRole, type ServiceContext } from './context'
import { write as writeAudited } from './write'

const NAME = /^roundtable-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/

/**
 * Encrypted backups beside the database. VACUUM INTO writes a consistent
 * copy (encrypted with the same key) without stopping the app; it goes to a
 * temporary name first, so a crash never leaves a half-written backup that
 * looks complete.
 */
export function list(backupDir: string): BackupInfo[] {
  if (!existsSync(backupDir)) return []
  return readdirSync(backupDir)
    .filter((name) => NAME.test(name))
    .sort()
    .reverse()
    .map((fileName) => ({
      fileName,
      createdAt: (NAME.exec(fileName)?.[1] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'),
      sizeBytes: statSync(join(backupDir, fileName)).size,
    }))
}

/** True for a name this module wrote (the restore checks a picked name against it: no paths). */
export const isBackupName = (fileName: string): boolean => NAME.test(fileName)

/**
 * At start-up: a backup interrupted by a crash or power cut leaves a
 * `.partial` file that is never a complete backup; it is removed.
 */
export function removePartials(backupDir: string): number {
  // Not a folder (or missing): nothing to tidy; the daily backup reports the problem.
  if (!existsSync(backupDir) || !statSync(backupDir).isDirectory()) return 0
  const partials = readdirSync(backupDir).filter((name) => name.endsWith('.partial'))
  for (const name of partials) rmSync(join(backupDir, name), { force: true })
  return partials.length
}

/** A copy of the database now, as "Back up now" and the restore make it (not audited here). */
export function write(ctx: ServiceContext, backupDir: string): BackupInfo {
  mkdirSync(backupDir, { recursive: true, mode: 0o700 })
  const stamp = isoNow(ctx).replace(/[:.]/g, '-')
  const fileName = `roundtable-${stamp}.db`
  const temp = join(backupDir, `${fileName}.partial`)
  rmSync(temp, { force: true })
  copyDatabaseTo(ctx.db, temp)
  renameSync(temp, join(backupDir, fileName))
  for (const old of list(backupDir).slice(BACKUPS_KEPT)) rmSync(join(backupDir, old.fileName), { force: true })
  const made = list(backupDir).find((backup) => backup.fileName === fileName)
  if (!made) throw new Error('Backup was not written')
  return made
}

/** "Back up now" from Settings. */
export function backupNow(ctx: ServiceContext, backupDir: string): BackupInfo {
  requireRole(ctx, 'writeCases')
  // VACUUM INTO cannot run inside a transaction: the copy first, then its audit row.
  const made = write(ctx, backupDir)
  writeAudited(ctx, { access: 'writeCases', action: 'backup', entity: 'database' }, ({ audit, changed }) => {
    audit({ detail: { fileName: made.fileName } })
    changed({ kind: 'backups' })
  })
  return made
}

/** At start-up, before a schema upgrade: the database as the older app left it. */
export function beforeUpgrade(ctx: ServiceContext, backupDir: string): BackupInfo {
  return write(ctx, backupDir)
}

/** At start-up: one backup a day, without a user. */
export function dailyBackup(ctx: ServiceContext, backupDir: string): BackupInfo | null {
  const latest = list(backupDir)[0]
  const dayAgo = ctx.now().getTime() - 24 * 60 * 60 * 1000
  if (latest && new Date(latest.createdAt).getTime() > dayAgo) return null
  return write(ctx, backupDir)
}

/** Where the background daily backup is; one per app, read by backup:progress. */
export class BackupStatus {
  private current: BackupProgress = { state: 'idle' }
  read(): BackupProgress {
    return this.current
  }
  set(next: BackupProgress): void {
    this.current = next
  }
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0)

/**
 * The daily backup after the window is usable (issue 11: it ran before the
 * first query, 33 s at ten years' scale): VACUUM INTO on a connection of its
 * own in a worker thread (db/backgroundCopy.ts), so every query goes on
 * being answered. Progress is the copy's size against the database's,
 * polled; a failure is kept in `status` and logged by the caller, never
 * thrown at start-up. Resolves with the backup, or null when today's exists.
 */
export async function dailyBackupInBackground(
  ctx: ServiceContext,
  backupDir: string,
  source: Omit<BackgroundCopyOptions, 'target'>,
  status: BackupStatus,
): Promise<BackupInfo | null> {
  let latest: BackupInfo | undefined
  try {
    latest = list(backupDir)[0]
  } catch (error) {
    status.set({ state: 'failed', failure: backupFailure(error) })
    throw error
  }
  const dayAgo = ctx.now().getTime() - 24 * 60 * 60 * 1000
  if (latest && new Date(latest.createdAt).getTime() > dayAgo) {
    status.set({ state: 'skipped' })
    return null
  }
  status.set({ state: 'running', progress: 0 })
  const stamp = isoNow(ctx).replace(/[:.]/g, '-')
  const fileName = `roundtable-${stamp}.db`
  const temp = join(backupDir, `${fileName}.partial`)
  const whole = Math.max(1, sizeOf(source.file))
  const poll = setInterval(() => status.set({ state: 'running', progress: Math.min(0.99, sizeOf(temp) / whole) }), 250)
  try {
    mkdirSync(backupDir, { recursive: true, mode: 0o700 })
    rmSync(temp, { force: true })
    await copyDatabaseInBackground({ ...source, target: temp })
    renameSync(temp, join(backupDir, fileName))
    for (const old of list(backupDir).slice(BACKUPS_KEPT)) rmSync(join(backupDir, old.fileName), { force: true })
    const made = list(backupDir).find((backup) => backup.fileName === fileName)
    if (!made) throw new Error('Backup was not written')
    status.set({ state: 'done', fileName })
    return made
  } catch (error) {
    rmSync(temp, { force: true })
    status.set({ state: 'failed', failure: backupFailure(error) })
    throw error
  } finally {
    clearInterval(poll)
  }
}

/** What the status area says when the backup fails: the kind of failure, never a path or any data. */
function backupFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : ''
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return "Today's backup could not be made: the disk is full."
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'EEXIST')
    return "Today's backup could not be made: the backups folder cannot be written."
  return "Today's backup could not be made. Try Back up now in Settings; if it fails again, tell your administrator."
}
