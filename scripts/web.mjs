/**
 * `npm run web`: builds the app, then serves it with the real services on
 * 127.0.0.1 (random port and token). Open the printed address in a browser.
 * Test and demo use only: the data folder is .data/web unless --data-dir or
 * ROUNDTABLE_DATA_DIR says otherwise. Pass --no-build to skip the build.
 */
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const server = spawn(process.execPath, [join(root, 'out-web', 'server.mjs'), ...args.filter((arg) => arg !== '--no-build')], {
  cwd: root,
  stdio: 'inherit',
})
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal))
