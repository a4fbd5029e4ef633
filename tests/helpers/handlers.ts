import { join } from 'node:path'
import type { AppServices } from '../../electron/main/appServices'
import { openDatabase } from '../../electron/main/db/connection'
import { folderSaver } from '../../electron/main/export/fileSaver'
import { dispatch, type Boundary } from '../../electron/main/ipc/dispatch'
import { createHandlers } from '../../electron/main/ipc/handlers'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import type { SafeLogger } from '../../electron/main/log'
import { BackupStatus } from '../../electron/main/services/backup'
import * as session from '../../electron/main/services/session'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import type { Channel, InputOf, OutputOf } from '../../shared/ipc'
import type { TestApp } from './db'

export const silentLogger: SafeLogger = { error: () => undefined, info: () => undefined }

/** The real boundary (policy gate and sessions) in front of these handlers, as appServices builds it. */
export function boundaryFor(app: TestApp, handlers: Handlers = appHandlers(app).handlers): Boundary {
  return {
    handlers,
    sessions: {
      within: (key, fn) => app.session.within(key, fn),
      admit: (channel) => session.admit(app.ctx, app.session, channel),
      refused: (channel) => session.recordRefusal(app.ctx, app.session, channel),
    },
  }
}

/** The real handler map over a test app, called through the same dispatch (and policy gate) as IPC and the web transport. */
export function appHandlers(app: TestApp): {
  services: AppServices
  handlers: Handlers
  call: <K extends Channel>(channel: K, input: InputOf<K>) => Promise<OutputOf<K>>
} {
  const backupDir = join(app.dir, 'backups')
  const services: AppServices = {
    db: app.db,
    ctx: app.ctx,
    session: app.session,
    backupDir,
    backupStatus: new BackupStatus(),
    saveFile: folderSaver(join(app.dir, 'exports')),
    databaseSwap: {
      databaseFile: app.file,
      backupDir,
      open: (file) => openDatabase(file, { keyHex: app.keyHex }),
      closeCurrent: () => services.db.close(),
      install: (next) => {
        services.db = next
        app.ctx.db = next
      },
    },
  }
  const handlers = createHandlers(services)
  const call = async <K extends Channel>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await dispatch(boundaryFor(app, handlers), DESKTOP_SESSION, channel, input, silentLogger)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    // dispatch is typed by channel name only at run time; the contract says what each returns.
    return result.value as OutputOf<K>
  }
  return { services, handlers, call }
}
