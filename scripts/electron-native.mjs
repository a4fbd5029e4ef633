/**
 * Builds the Electron-ABI copy of the database driver into native/electron/,
 * leaving the Node build in node_modules untouched (tests and web mode use
 * it). Then CHECKS the result's ABI instead of trusting the exit code: a
 * rebuild with npm's nodedir set silently produces a Node build.
 *
 * Exported for scripts/start.mjs; run directly with `node scripts/electron-native.mjs`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const driver = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers')
const outDir = join(root, 'native', 'electron')
const buildDir = join(root, 'native', 'build')

export function electronTarget() {
  const require = createRequire(import.meta.url)
  const { version } = require('electron/package.json')
  const abi = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim()
  return { version, abi }
}

/**
 * Loading an Electron build in Node must fail, naming the Electron ABI. Anything else is wrong.
 * @param {string} binary
 * @param {string | number} expectedAbi
 */
export function checkAbi(binary, expectedAbi) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(binary)})`], { encoding: 'utf8' })
  if (probe.status === 0) return { ok: false, reason: `it loads in Node ${process.version}, so it is a Node build, not an Electron one` }
  const found = /NODE_MODULE_VERSION (\d+)/.exec(probe.stderr)
  if (found?.[1] === expectedAbi) return { ok: true }
  return { ok: false, reason: `built for ABI ${found?.[1] ?? 'unknown'}, Electron needs ${expectedAbi}` }
}

export function isCurrent() {
  const { abi } = electronTarget()
  const stamp = join(outDir, 'abi.json')
  if (!existsSync(stamp) || !existsSync(join(outDir, 'better_sqlite3.node'))) return false
  return JSON.parse(readFileSync(stamp, 'utf8')).modules === abi
}

/**
 * The driver's own files, without its Node build (build/ at the top of the package, wherever the checkout lives).
 * @param {string} packageDir
 * @param {string} source
 */
export const isSourceFile = (packageDir, source) => {
  const inside = relative(packageDir, source)
  return inside !== 'build' && !inside.startsWith(`build${sep}`)
}

/**
 * node-gyp ships inside npm, not in node_modules/.bin: npm names it in
 * npm_config_node_gyp while it runs a script; otherwise look beside Node.
 */
export function nodeGypScript(env = process.env, execPath = process.execPath) {
  const candidates = [
    env.npm_config_node_gyp,
    join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null
}

export function buildElectronDriver() {
  const { version, abi } = electronTarget()
  rmSync(buildDir, { recursive: true, force: true })
  cpSync(driver, buildDir, { recursive: true, filter: (source) => isSourceFile(driver, source) })
  // npm's nodedir (set on some machines to build against local Node headers) would turn this into a Node build.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'))
  /** @type {Array<[string, string[]]>} */
  const attempts = [[join(root, 'node_modules', '.bin', 'prebuild-install'), ['--runtime', 'electron', '--target', version, '--verbose']]]
  const nodeGyp = nodeGypScript()
  if (nodeGyp) {
    attempts.push([
      process.execPath,
      [nodeGyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    ])
  }
  const failures = []
  for (const [command, args] of attempts) {
    const run = spawnSync(command, args, { cwd: buildDir, env, stdio: 'inherit', shell: process.platform === 'win32' })
    const binary = join(buildDir, 'build', 'Release', 'better_sqlite3.node')
    if (existsSync(binary)) {
      const check = checkAbi(binary, abi)
      if (check.ok) {
        mkdirSync(outDir, { recursive: true })
        cpSync(binary, join(outDir, 'better_sqlite3.node'))
        writeFileSync(join(outDir, 'abi.json'), JSON.stringify({ modules: abi, electron: version }, null, 2))
        rmSync(buildDir, { recursive: true, force: true })
        return { ok: true }
      }
      failures.push(`${command}: ${check.reason}`)
      rmSync(join(buildDir, 'build'), { recursive: true, force: true })
    } else {
      failures.push(`${command}: exited ${run.status} without a driver`)
    }
  }
  if (!nodeGyp) failures.push('node-gyp (from npm) was not found to compile it instead')
  return { ok: false, reason: failures.join('; ') }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = buildElectronDriver()
  if (!result.ok) {
    console.error(`Could not build the Electron database driver: ${result.reason}`)
    process.exit(1)
  }
  console.log('Electron database driver ready in native/electron/.')
}
