import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 is a native addon tied to one ABI. node_modules keeps the
 * Node build (tests, web mode, benchmark); scripts/electron-native.mjs
 * builds a second copy for Electron's ABI into native/electron/. Inside
 * Electron, this finds that copy and checks it was built for the ABI that is
 * running, instead of trusting that a rebuild did what it said.
 */
export function electronNativeBinding(appRoot: string, runningAbi: string): string {
  const dir = join(appRoot, 'native', 'electron')
  const binary = join(dir, 'better_sqlite3.node')
  const stampFile = join(dir, 'abi.json')
  if (!existsSync(binary) || !existsSync(stampFile)) {
    throw new Error(`The Electron build of the database driver is missing (${binary}). Run "npm start" to build it.`)
  }
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { modules?: string }
  if (stamp.modules !== runningAbi) {
    throw new Error(
      `The database driver was built for ABI ${stamp.modules ?? 'unknown'} but Electron needs ${runningAbi}. Run "npm start" to rebuild it.`,
    )
  }
  return binary
}
