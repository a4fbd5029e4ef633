import { join } from 'node:path'
import type { AppServices } from '../../electron/main/appServices'
import { openDatabase } from '../../electron/main/db/connection'
import { folderSaver } from '../../electron/main/export/fileSaver'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { createHandlers } from '../../electron/main/ipc/handlers'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import type { SafeLogger } from '../../electron/main/log'
import type { Channel, InputOf, OutputOf } from '../../shared/ipc'
import type { TestApp } from './db'

export const silentLogger: SafeLogger = { error: () => undefined, info: () => undefined }

/** The real handler map over a test app, called through the same dispatch as IPC and the web transport. */
export function appHandlers(app: TestApp): { services: AppServices; handlers: Handlers; call: <K extends Channel>(channel: K, input: InputOf<K>) => Promise<OutputOf<K>> } {
  const backupDir = join(app.dir, 'backups')
  const services: AppServices = {
    db: app.db, ctx: app.ctx, session: app.session, backupDir, saveFile: folderSaver(join(app.dir, 'exports')),
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
    const result = await dispatch(handlers, channel, input, silentLogger)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    // dispatch is typed by channel name only at run time; the contract says what each returns.
    return result.value as OutputOf<K>
  }
  return { services, handlers, call }
}
