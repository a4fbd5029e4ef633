import { join } from 'node:path'
import type { AppServices } from '../../electron/main/appServices'
import { folderSaver } from '../../electron/main/export/fileSaver'
import type { Boundary } from '../../electron/main/ipc/dispatch'
import { createHandlers } from '../../electron/main/ipc/handlers'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import * as session from '../../electron/main/services/session'
import type { TestApp } from './db'

/** The real handler map over a test app's database, as appServices builds it. */
export function handlersFor(app: TestApp): Handlers {
  const services: AppServices = { db: app.db, ctx: app.ctx, session: app.session, backupDir: join(app.dir, 'backups'), saveFile: folderSaver(join(app.dir, 'exports')) }
  return createHandlers(services)
}

/** The real boundary (policy gate and sessions) in front of these handlers, as appServices builds it. */
export function boundaryFor(app: TestApp, handlers: Handlers = handlersFor(app)): Boundary {
  return { handlers, sessions: { within: (key, fn) => app.session.within(key, fn), admit: (channel) => session.admit(app.ctx, app.session, channel) } }
}
