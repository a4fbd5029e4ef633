import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DataChanged } from '../../shared/events'
import { openDatabase, type Db } from './db/connection'
import { migrate, needsUpgrade } from './db/migrate'
import { folderSaver, type FileSaver } from './export/fileSaver'
import type { Boundary } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import type { Handlers } from './ipc/handlerTypes'
import { consoleLogger, type SafeLogger } from './log'
import * as agencies from './services/agencies'
import * as backup from './services/backup'
import type { ServiceContext } from './services/context'
import * as session from './services/session'
import { removeStaging, type DatabaseSwap } from './services/restore'
import { SessionStore } from './services/sessionStore'

export interface AppServices {
  db: Db
  ctx: ServiceContext
  session: SessionStore
  /** Encrypted daily and on-demand backups: <data folder>/backups. */
  backupDir: string
  /** Where exports go: a Save dialog in Electron, a folder in web mode and tests. */
  saveFile: FileSaver
  /** Restore from a backup: close this connection, install another (services/restore.ts). */
  databaseSwap: DatabaseSwap
  /** The background daily backup's state, for the status area (backup:progress). */
  backupStatus: backup.BackupStatus
}

export const DATABASE_FILE = 'roundtable.db'

export interface StartOptions {
  dataDir: string
  keyHex: string
  nativeBinding?: string
  now?: () => Date
  /** Defaults to <data folder>/exports (web mode, tests). */
  saveFile?: FileSaver
  logger?: SafeLogger
}

/**
 * Opens (creating on first run) the encrypted database in the data folder,
 * brings its schema up to date and builds the handler map. Shared by the
 * Electron main process and the loopback server: neither imports the other.
 */
export function startServices(options: StartOptions): {
  services: AppServices
  handlers: Handlers
  boundary: Boundary
  /**
   * The daily backup, to start once the window is usable: in a worker, never
   * blocking a query. Never rejects: a failure is logged and shown in the
   * status area (a full disk must not lock a team out of today's meeting).
   * `publish` tells every window when it starts and ends, so the status
   * and the list of backups are read again (it is no call's result).
   */
  startDailyBackup: (publish?: (event: DataChanged) => void) => Promise<void>
} {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const databaseFile = join(options.dataDir, DATABASE_FILE)
  const backupDir = join(options.dataDir, 'backups')
  // What an interrupted backup or restore left behind is never complete: it goes.
  backup.removePartials(backupDir)
  removeStaging(databaseFile)
  const open = (file: string) => openDatabase(file, { keyHex: options.keyHex, nativeBinding: options.nativeBinding })
  const db = open(databaseFile)
  try {
    const sessions = new SessionStore()
    const ctx: ServiceContext = { db, now: options.now ?? (() => new Date()), actorId: () => sessions.current() }
    // An upgrade changes the schema for good: keep a copy of the database as
    // it was first. If that copy cannot be made, do not upgrade at all.
    if (needsUpgrade(db)) backup.beforeUpgrade(ctx, backupDir)
    migrate(db)
    agencies.seedDefaults(ctx)
    const backupStatus = new backup.BackupStatus()
    const startDailyBackup = async (publish: (event: DataChanged) => void = () => undefined) => {
      const backupsChanged = () => publish({ type: 'data-changed', channel: 'backup:daily', changed: [{ kind: 'backups' }] })
      try {
        backupsChanged()
        await backup.dailyBackupInBackground(
          ctx,
          backupDir,
          { file: databaseFile, keyHex: options.keyHex, nativeBinding: options.nativeBinding },
          backupStatus,
        )
      } catch (error) {
        ;(options.logger ?? consoleLogger).error('daily-backup', 'startup', error)
      } finally {
        backupsChanged()
      }
    }
    // Handlers and services read ctx.db (and quitting closes services.db) at
    // each call, so installing a restored connection here reaches them all.
    const databaseSwap: DatabaseSwap = {
      databaseFile,
      backupDir,
      open,
      closeCurrent: () => services.db.close(),
      install: (next) => {
        services.db = next
        ctx.db = next
      },
    }
    const services: AppServices = {
      db,
      ctx,
      session: sessions,
      backupDir,
      saveFile: options.saveFile ?? folderSaver(join(options.dataDir, 'exports')),
      databaseSwap,
      backupStatus,
    }
    const handlers = createHandlers(services)
    const boundary: Boundary = {
      handlers,
      sessions: {
        within: (key, fn) => sessions.within(key, fn),
        admit: (channel) => session.admit(ctx, sessions, channel),
        refused: (channel) => session.recordRefusal(ctx, sessions, channel),
      },
    }
    return { services, handlers, boundary, startDailyBackup }
  } catch (error) {
    db.close()
    throw error
  }
}
