/**
 * `npm run dev`: the quick loop while changing the app.
 *
 * Where the Electron runtime and the Electron build of the database driver
 * are present (after one `npm start` on a machine with internet), it runs
 * `electron-vite dev`: the renderer hot-reloads and main restarts on change.
 *
 * Where they are not (no internet, CI, a container), it runs the web mode in
 * watch mode instead: the renderer (the same config electron-vite builds) and
 * the loopback server are rebuilt on every save into .dev/ (never over the
 * out/ build the tests use); the server is restarted on its own data folder
 * (.data/dev unless --data-dir) and prints its new address (a new token each
 * start). Reload the browser tab after a change. `--web` forces this mode.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isCurrent } from './electron-native.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')

function hasElectron() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())) && isCurrent()
}

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, web: { type: 'boolean' } } })

if (hasElectron() && !values.web) {
  const dev = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev'], {
    cwd: root,
    stdio: 'inherit',
  })
  dev.on('exit', (code) => process.exit(code ?? 0))
} else {
  await webWatchLoop(values['data-dir'] ?? join(root, '.data', 'dev'))
}

/** @param {string} dataDir */
async function webWatchLoop(dataDir) {
  console.log('No Electron runtime here (or --web): running the web mode, rebuilt on every save.')
  const { build } = await import('vite')
  const { resolveConfig } = await import('electron-vite')
  // The renderer exactly as electron-vite would build it, but watched.
  const resolved = await resolveConfig({ configFile: join(root, 'electron.vite.config.ts') }, 'build', 'development')
  const renderer = resolved.config?.renderer
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section')
  // The server serves ../out/renderer beside its own folder: .dev/out-web → .dev/out/renderer.
  await build({ ...renderer, build: { ...renderer.build, outDir: join(root, '.dev', 'out', 'renderer'), watch: {} } })

  /** @type {import('node:child_process').ChildProcess | null} */
  let server = null
  const restart = () => {
    const start = () => {
      server = spawn(process.execPath, [join(root, '.dev', 'out-web', 'server.mjs'), '--data-dir', dataDir], {
        cwd: root,
        stdio: 'inherit',
      })
    }
    if (!server || server.exitCode !== null) return start()
    server.once('exit', start)
    server.kill('SIGTERM')
  }
  const watcher = /** @type {{ on: (name: 'event', listener: (event: { code: string }) => void) => void; close: () => Promise<void> }} */ (
    /** @type {unknown} */ (
      await build({
        configFile: join(root, 'vite.web.config.ts'),
        build: { outDir: join(root, '.dev', 'out-web'), watch: {} },
        logLevel: 'warn',
      })
    )
  )
  watcher.on('event', (event) => {
    if (event.code === 'END') restart()
    if (event.code === 'ERROR') console.error('The server did not build; fix the error and save again.')
  })
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.on(signal, () => {
      void watcher.close()
      server?.kill(signal)
      process.exit(0)
    })
}
