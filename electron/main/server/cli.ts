/**
 * `npm run web`: serves the built renderer and the real services on
 * 127.0.0.1 with a random token, so the app runs in any browser without the
 * Electron binary. For tests and demos; never packaged with the app.
 *
 *   node out-web/server.mjs [--data-dir DIR] [--port N] [--exports-dir DIR] [--demo]
 *   (or ROUNDTABLE_DATA_DIR / ROUNDTABLE_PORT / ROUNDTABLE_EXPORTS_DIR)
 *
 * --demo (`npm run demo`) loads the demo year into its own folder (.data/demo
 * unless --data-dir says otherwise) through the real services, then serves it.
 * It refuses a folder holding a database that is not demo data.
 *
 * Exports (plaintext Word and CSV files) go to <data folder>/exports unless
 * a folder is named; either way the folder is the owner's only.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DATABASE_FILE, startServices } from '../appServices'
import { DEFAULT_DEMO_FOLDER, DemoFolderRefused, prepareDemoFolder } from '../demo/demoFolder'
import { DEMO_ADMIN, DEMO_PASSPHRASE, DEMO_PIN, loadDemo } from '../demo/loadDemo'
import { folderSaver } from '../export/fileSaver'
import { consoleLogger, describeError } from '../log'
import { prepareOwnerOnlyFolder } from './dataFolder'
import { ChangeFeed } from '../ipc/changeFeed'
import { attachLoopback, createBareServer } from './httpServer'
import { webModeKey } from './webKey'

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'exports-dir': { type: 'string' }, demo: { type: 'boolean' } },
})

const demo = values.demo === true
// The demo never falls back to the web mode's folder (or ROUNDTABLE_DATA_DIR): only its own, or one named here.
const dataDir = resolve(values['data-dir'] ?? (demo ? DEFAULT_DEMO_FOLDER : (process.env.ROUNDTABLE_DATA_DIR ?? '.data/web')))
const exportsDir = resolve(values['exports-dir'] ?? process.env.ROUNDTABLE_EXPORTS_DIR ?? join(dataDir, 'exports'))
const portText = values.port ?? process.env.ROUNDTABLE_PORT ?? '0'
const staticDir = fileURLToPath(new URL('../out/renderer/', import.meta.url))

/** Binds the port, or says plainly why not. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      const address = server.address()
      resolveListen(typeof address === 'object' && address ? address.port : port)
    })
  })
}

function fail(message: string, error?: unknown): never {
  console.error(`Roundtable could not start: ${message}`)
  if (error !== undefined) console.error(describeError(error))
  process.exit(1)
}

async function main() {
  // Everything this process creates (database, backups, exports) is the owner's only.
  process.umask(0o077)
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535 (got "${portText}").`)

  // The port first: a port in use must not leave a database opened (and upgraded) for nothing.
  const server = createBareServer()
  let actualPort: number
  try {
    actualPort = await listen(server, port)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    if (code === 'EADDRINUSE')
      fail(`port ${port} on 127.0.0.1 is already in use. Stop the program using it, or choose another with --port (0 picks a free one).`)
    if (code === 'EACCES') fail(`this user may not listen on port ${port}. Choose another with --port.`)
    fail('the port could not be opened.', error)
  }

  try {
    if (demo) prepareDemoFolder(dataDir, DATABASE_FILE, () => existingKey(dataDir))
    prepareOwnerOnlyFolder(dataDir, DATABASE_FILE)
    prepareOwnerOnlyFolder(exportsDir)
    // The demo loader walks its own clock through the year; then the real one takes over.
    let clock: Date | null = null
    const { services, boundary, startDailyBackup } = startServices({
      dataDir,
      keyHex: webModeKey(dataDir, process.env),
      saveFile: folderSaver(exportsDir),
      now: () => clock ?? new Date(),
    })
    if (demo) {
      console.log('Loading the demo year through the services…')
      const loaded = loadDemo(services.db, (at) => (clock = at))
      clock = null
      console.log(
        `DEMO data: ${loaded.cases} cases, ${loaded.contacts} contacts, ${loaded.meetings} meetings, ${loaded.cohortCases} in the OTR weekend cohort.`,
      )
      console.log(`Sign in as ${DEMO_ADMIN} with the passphrase "${DEMO_PASSPHRASE}", or as anyone else with the PIN ${DEMO_PIN}.`)
    }
    const token = randomBytes(24).toString('base64url')
    const feed = new ChangeFeed()
    attachLoopback(server, { boundary, sessions: services.session, staticDir, token, logger: consoleLogger, feed })
    // The daily backup once the server answers: in a worker, never blocking a request. Every tab hears it start and end.
    void startDailyBackup((event) => feed.toEveryTab(event))
    console.log(`Roundtable web mode (test/demo only). Data folder: ${dataDir}. Exports: ${exportsDir}`)
    console.log(`ROUNDTABLE_URL=http://127.0.0.1:${actualPort}/?token=${token}`)
    const shutdown = () => {
      server.close()
      services.db.close()
      process.exit(0)
    }
    process.on('SIGINT', shutdown)
    process.on('SIGTERM', shutdown)
  } catch (error) {
    server.close()
    if (error instanceof DemoFolderRefused) fail(error.message)
    fail(error instanceof Error ? error.message : 'unknown error', error)
  }
}

/** The key an earlier run left (or ROUNDTABLE_DB_KEY), without making one: null when there is none. */
function existingKey(folder: string): string | null {
  const fromEnv = process.env.ROUNDTABLE_DB_KEY?.trim()
  if (fromEnv) return fromEnv
  const file = join(folder, 'web-mode.key')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null
}

void main()
