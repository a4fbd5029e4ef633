/**
 * `npm run web`: serves the built renderer and the real services on
 * 127.0.0.1 with a random token, so the app runs in any browser without the
 * Electron binary. For tests and demos; never packaged with the app.
 *
 *   node out-web/server.mjs [--data-dir DIR] [--port N]
 *   (or ROUNDTABLE_DATA_DIR / ROUNDTABLE_PORT)
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startServices } from '../appServices'
import { consoleLogger, describeError } from '../log'
import { createLoopbackServer } from './httpServer'
import { webModeKey } from './webKey'

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
})

const dataDir = resolve(values['data-dir'] ?? process.env.ROUNDTABLE_DATA_DIR ?? '.data/web')
const port = Number(values.port ?? process.env.ROUNDTABLE_PORT ?? 0)
const staticDir = fileURLToPath(new URL('../out/renderer/', import.meta.url))

try {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const { services, boundary } = startServices({ dataDir, keyHex: webModeKey(dataDir, process.env) })
  const token = randomBytes(24).toString('base64url')
  const server = createLoopbackServer({ boundary, sessions: services.session, staticDir, token, logger: consoleLogger })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    console.log(`Roundtable web mode (test/demo only). Data folder: ${dataDir}`)
    console.log(`ROUNDTABLE_URL=http://127.0.0.1:${actualPort}/?token=${token}`)
  })
  const shutdown = () => {
    server.close()
    services.db.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
} catch (error) {
  console.error(`Roundtable could not start: ${error instanceof Error ? error.message : 'unknown error'}`)
  console.error(describeError(error))
  process.exit(1)
}
