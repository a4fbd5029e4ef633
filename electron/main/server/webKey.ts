import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Web mode is for tests and demonstrations, not for real case data: its
 * database key is kept in a file beside the database (owner-only), or given
 * in ROUNDTABLE_DB_KEY. The desktop app keeps its key in the operating
 * system's protected store instead (electron/main/keyStore.ts).
 */
export function webModeKey(dataDir: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = env.ROUNDTABLE_DB_KEY?.trim()
  if (fromEnv) {
    if (!/^[0-9a-f]{64}$/.test(fromEnv)) throw new Error('ROUNDTABLE_DB_KEY must be 64 lowercase hex characters')
    return fromEnv
  }
  const file = join(dataDir, 'web-mode.key')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const key = randomBytes(32).toString('hex')
  writeFileSync(file, key, { mode: 0o600, flag: 'wx' })
  return key
}
