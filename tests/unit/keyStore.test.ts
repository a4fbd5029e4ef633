import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { KeyUnavailableError, KeyUnreadableError, loadOrCreateDatabaseKey, type ProtectedStorage } from '../../electron/main/keyStore'

/** A stand-in for Electron's safeStorage that seals by reversing and prefixing (it checks our logic, not the OS). */
const sealing = (overrides: Partial<ProtectedStorage> = {}): ProtectedStorage => ({
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decryptString: (sealed) => {
    const text = sealed.toString()
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return [...text.slice(7)].reverse().join('')
  },
  ...overrides,
})

let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))
const keyFile = () => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-key-'))
  return join(dir, 'database.key')
}

describe('the database key', () => {
  it('is made once, kept only sealed, and read back the same', () => {
    const file = keyFile()
    const key = loadOrCreateDatabaseKey(file, sealing())
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(file).toString()).not.toContain(key)
    expect(loadOrCreateDatabaseKey(file, sealing())).toBe(key)
  })

  it('is refused where the OS offers no protected storage, or only Linux basic_text', () => {
    expect(() => loadOrCreateDatabaseKey(keyFile(), sealing({ isEncryptionAvailable: () => false }))).toThrow(KeyUnavailableError)
    expect(() => loadOrCreateDatabaseKey(keyFile(), sealing({ getSelectedStorageBackend: () => 'basic_text' }))).toThrow(
      KeyUnavailableError,
    )
    expect(loadOrCreateDatabaseKey(keyFile(), sealing({ getSelectedStorageBackend: () => 'gnome_libsecret' }))).toMatch(/^[0-9a-f]{64}$/)
  })

  it('says plainly when a key file cannot be unsealed, and never replaces it', () => {
    const file = keyFile()
    writeFileSync(file, 'damaged')
    expect(() => loadOrCreateDatabaseKey(file, sealing())).toThrow(KeyUnreadableError)
    expect(() => loadOrCreateDatabaseKey(file, sealing())).toThrow(/could not be unsealed by this user account/)
    expect(readFileSync(file).toString()).toBe('damaged')
  })
})
