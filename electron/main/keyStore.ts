import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/** The subset of Electron's safeStorage this needs: lets tests pass a stand-in. */
export interface ProtectedStorage {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only: which keyring holds the secret ('basic_text' is a fixed, public password). */
  getSelectedStorageBackend?(): string
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

export class KeyUnreadableError extends Error {
  constructor(file: string) {
    super(
      `The database key in ${file} could not be unsealed by this user account. It was made by another account or ` +
        'computer, or the file is damaged. Sign in as the account that set Roundtable up, or ask your administrator to ' +
        'restore the key file from the backup of this computer.',
    )
    this.name = 'KeyUnreadableError'
  }
}

/**
 * The database key: 32 random bytes made on first run, kept only encrypted
 * by the operating system's protected storage for this user account.
 */
export function loadOrCreateDatabaseKey(file: string, storage: ProtectedStorage): string {
  // On Linux without a keyring Electron falls back to 'basic_text': it still
  // says encryption is available, but anyone can unseal the key.
  if (!storage.isEncryptionAvailable() || storage.getSelectedStorageBackend?.() === 'basic_text') throw new KeyUnavailableError()
  if (existsSync(file)) {
    let key: string
    try {
      key = storage.decryptString(readFileSync(file))
    } catch {
      throw new KeyUnreadableError(file)
    }
    if (!/^[0-9a-f]{64}$/.test(key)) throw new KeyUnreadableError(file)
    return key
  }
  const key = randomBytes(32).toString('hex')
  const temp = `${file}.tmp`
  writeFileSync(temp, storage.encryptString(key), { mode: 0o600 })
  renameSync(temp, file)
  return key
}
