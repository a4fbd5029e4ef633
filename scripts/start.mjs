/**
 * `npm start`: the desktop app. Makes sure the Electron runtime and the
 * Electron build of the database driver are present (both are downloaded
 * on first start), builds the app and launches it. Where they cannot be
 * had, it says what is missing and how to use the web mode instead.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildElectronDriver, isCurrent } from './electron-native.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * @param {string} what
 * @param {string} [detail]
 * @returns {never}
 */
function explainAndExit(what, detail) {
  console.error(`
Roundtable cannot start as a desktop app on this machine: ${what}.
${detail ? `(${detail})\n` : ''}
The desktop app needs the Electron runtime and an Electron build of the
database driver, both downloaded from the internet the first time you run
"npm start" (Node.js 22.12 or later). Check the internet connection and run
"npm start" again.

To use Roundtable without Electron, run the web mode and open the address it
prints in Chromium, Edge or Chrome (for testing and demonstrations only):

    npm run web
`)
  process.exit(1)
}

/** @param {string} command @param {string[]} args */
const step = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })

let binary = electronBinary()
if (!binary) {
  console.log('Downloading the Electron runtime (first start only)…')
  const download = step(process.execPath, [join(electronDir, 'install.js')])
  binary = electronBinary()
  if (!binary)
    explainAndExit('the Electron runtime is not installed and could not be downloaded', `download exited with ${download.status}`)
}

if (!isCurrent()) {
  console.log('Preparing the database driver for Electron (first start only)…')
  const built = buildElectronDriver()
  if (!built.ok) explainAndExit('the Electron build of the database driver could not be made', built.reason)
}

const build = step(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])
if (build.status !== 0) process.exit(build.status ?? 1)

const app = spawn(binary, [root], { stdio: 'inherit' })
app.on('exit', (code) => process.exit(code ?? 0))
