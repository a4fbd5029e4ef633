import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/** The subset of Electron's safeStorage this needs: lets tests pass a stand-in. */
export interface ProtectedStorage {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

export class KeyUnavailableError extends Error {
  constructor() {
    super(
      "This computer's protected storage (Windows DPAPI, macOS Keychain or the Linux secret service) is not available, " +
        'so Roundtable cannot keep its database key safe and will not start.',
    )
    this.name = 'KeyUnavailableError'
  }
}

/**
 * The database key: 32 random bytes made on first run, kept only encrypted
 * by the operating system's protected storage for this user account.
 */
export function loadOrCreateDatabaseKey(file: string, storage: ProtectedStorage): string {
  if (!storage.isEncryptionAvailable()) throw new KeyUnavailableError()
  if (existsSync(file)) return storage.decryptString(readFileSync(file))
  const key = randomBytes(32).toString('hex')
  const temp = `${file}.tmp`
  writeFileSync(temp, storage.encryptString(key), { mode: 0o600 })
  renameSync(temp, file)
  return key
}
