import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BACKUPS_KEPT, type BackupInfo } from '../../../shared/domain/backup'
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
