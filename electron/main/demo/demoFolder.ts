/**
 * Where `npm run demo` may load: its own folder, never the real one. A folder
 * holding a database is reloaded only when that database carries the demo
 * marker; anything else (a real team's data, a database this key cannot read,
 * the desktop app's own folder) is refused and left exactly as it was.
 */
import { existsSync, rmSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileHoldsDemoData } from '../db/repos/demo'

export const DEFAULT_DEMO_FOLDER = '.data/demo'

/** The desktop app's user-data folders (Electron's defaults for "roundtable"). */
export function desktopFolders(env: NodeJS.ProcessEnv, home = homedir()): string[] {
  return [
    join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'roundtable'),
    join(home, 'Library', 'Application Support', 'roundtable'),
    join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'roundtable'),
  ].map((folder) => resolve(folder))
}

export class DemoFolderRefused extends Error {}

/**
 * Makes the folder ready for a fresh demo load: nothing there, or an earlier demo
 * (its database, journal and backups removed). Refuses anything else.
 */
export function prepareDemoFolder(
  dataDir: string,
  databaseFile: string,
  keyHex: () => string | null,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const folder = resolve(dataDir)
  if (desktopFolders(env).includes(folder))
    throw new DemoFolderRefused(
      `${folder} is the desktop app's own data folder: demo data never goes there. Choose another with --data-dir.`,
    )
  const file = join(folder, databaseFile)
  if (!existsSync(file) || statSync(file).size === 0) return
  const key = keyHex()
  if (key === null)
    throw new DemoFolderRefused(
      `${folder} holds a database but no key to read it, so it cannot be shown to be demo data. Nothing was changed; choose an empty folder with --data-dir.`,
    )
  let demo = false
  try {
    demo = fileHoldsDemoData(file, key)
  } catch {
    throw new DemoFolderRefused(
      `${folder} holds a database this demo cannot read. Nothing was changed; choose an empty folder with --data-dir.`,
    )
  }
  if (!demo)
    throw new DemoFolderRefused(
      `${folder} holds a database that is not demo data. Nothing was changed: demo data is only ever loaded into its own folder (the default is ${DEFAULT_DEMO_FOLDER}).`,
    )
  for (const name of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) rmSync(join(folder, name), { force: true })
  rmSync(join(folder, 'backups'), { recursive: true, force: true })
}
