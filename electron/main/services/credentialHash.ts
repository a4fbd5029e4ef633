import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import type { CredentialKind } from '../../../shared/domain/credentials'
import type { StoredHash } from '../db/repos/credentials'

/**
 * scrypt at N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds per
 * check): slow enough that a stolen hash of a 6-digit PIN is not read back
 * in an afternoon, quick enough for a sign-in. Raise these and old hashes
 * still verify with the parameters stored beside them.
 */
export const currentParameters = { cost: 2 ** 15, block_size: 8, parallelism: 1 } as const
const KEY_LENGTH = 32
const SALT_BYTES = 16

function derive(secret: string, salt: Buffer, params: Pick<StoredHash, 'cost' | 'block_size' | 'parallelism'>): Buffer {
  const memory = 128 * params.cost * params.block_size * params.parallelism
  return scryptSync(secret.normalize('NFC'), salt, KEY_LENGTH, {
    N: params.cost,
    r: params.block_size,
    p: params.parallelism,
    maxmem: 2 * memory,
  })
}

export function hashCredential(kind: CredentialKind, secret: string): StoredHash {
  const salt = randomBytes(SALT_BYTES)
  return {
    kind,
    algorithm: 'scrypt',
    ...currentParameters,
    salt: salt.toString('hex'),
    hash: derive(secret, salt, currentParameters).toString('hex'),
  }
}

/** Constant-time comparison against the stored hash, using the parameters it was made with. */
export function verifyCredential(stored: StoredHash, secret: string): boolean {
  const expected = Buffer.from(stored.hash, 'hex')
  const actual = derive(secret, Buffer.from(stored.salt, 'hex'), stored)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Whether a hash was made with weaker parameters than today's, so a successful sign-in should re-hash it. */
export function isOutdated(stored: StoredHash): boolean {
  return (
    stored.cost < currentParameters.cost ||
    stored.block_size < currentParameters.block_size ||
    stored.parallelism < currentParameters.parallelism
  )
}
