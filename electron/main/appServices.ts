import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
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
import { SessionStore } from './services/sessionStore'

export interface AppServices {
  db: Db
  ctx: ServiceContext
  session: SessionStore
  /** Encrypted daily and on-demand backups: <data folder>/backups. */
  backupDir: string
  /** Where exports go: a Save dialog in Electron, a folder in web mode and tests. */
  saveFile: FileSaver
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
export function startServices(options: StartOptions): { services: AppServices; handlers: Handlers; boundary: Boundary } {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), { keyHex: options.keyHex, nativeBinding: options.nativeBinding })
  try {
    const sessions = new SessionStore()
    const ctx: ServiceContext = { db, now: options.now ?? (() => new Date()), actorId: () => sessions.current() }
    const backupDir = join(options.dataDir, 'backups')
    // An upgrade changes the schema for good: keep a copy of the database as
    // it was first. If that copy cannot be made, do not upgrade at all.
    if (needsUpgrade(db)) backup.beforeUpgrade(ctx, backupDir)
    migrate(db)
    agencies.seedDefaults(ctx)
    try {
      backup.dailyBackup(ctx, backupDir)
    } catch (error) {
      // A full disk must not lock a team out of today's meeting; the
      // backups list in Settings shows when the last one was made.
      ;(options.logger ?? consoleLogger).error('daily-backup', 'startup', error)
    }
    const services: AppServices = { db, ctx, session: sessions, backupDir, saveFile: options.saveFile ?? folderSaver(join(options.dataDir, 'exports')) }
    const handlers = createHandlers(services)
    const boundary: Boundary = { handlers, sessions: { within: (key, fn) => sessions.within(key, fn), admit: (channel) => session.admit(ctx, sessions, channel) } }
    return { services, handlers, boundary }
  } catch (error) {
    db.close()
    throw error
  }
}
