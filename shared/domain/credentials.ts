/**
 * Sign-in credentials: administrators a passphrase, everyone else a PIN.
 * The rules for what counts as one, and the back-off after wrong attempts,
 * live here so the forms, main and tests agree.
 */
import { z } from 'zod'
import type { UserRole } from './users'
import { isAdministrator } from './policy'

export const MIN_PASSPHRASE_LENGTH = 10
export const MIN_PIN_DIGITS = 6
/** Long enough for any real passphrase; bounds the work a hash call does. */
export const MAX_CREDENTIAL_LENGTH = 200

export type CredentialKind = 'passphrase' | 'pin'

export const credentialKindFor = (role: UserRole): CredentialKind => (isAdministrator(role) ? 'passphrase' : 'pin')

/** A credential as typed: never trimmed (spaces count in a passphrase), only bounded. */
export const credentialText = z.string().max(MAX_CREDENTIAL_LENGTH, `Must be ${MAX_CREDENTIAL_LENGTH} characters or fewer`)

/**
 * Why a new credential is not acceptable for this role, or null. An empty
 * PIN is accepted only where the administrator has made PINs optional.
 */
export function credentialProblem(role: UserRole, secret: string, pinOptional: boolean): string | null {
  if (credentialKindFor(role) === 'passphrase') {
    if (secret.length < MIN_PASSPHRASE_LENGTH) return `An administrator's passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`
    return null
  }
  if (secret === '') return pinOptional ? null : `Enter a PIN of at least ${MIN_PIN_DIGITS} digits`
  if (!/^\d+$/.test(secret)) return 'A PIN is digits only'
  if (secret.length < MIN_PIN_DIGITS) return `A PIN must be at least ${MIN_PIN_DIGITS} digits`
  return null
}

/** Wrong attempts allowed before sign-in for that user pauses. */
export const MAX_FAILED_ATTEMPTS = 5
const FIRST_LOCKOUT_SECONDS = 30
const LONGEST_LOCKOUT_SECONDS = 60 * 60

/**
 * How long sign-in pauses after this many consecutive wrong attempts: none
 * before the fifth, then 30 seconds, doubling with each further wrong
 * attempt, never more than an hour.
 */
export function lockoutSeconds(failedAttempts: number): number {
  if (failedAttempts < MAX_FAILED_ATTEMPTS) return 0
  return Math.min(FIRST_LOCKOUT_SECONDS * 2 ** (failedAttempts - MAX_FAILED_ATTEMPTS), LONGEST_LOCKOUT_SECONDS)
}

/** "30 seconds", "2 minutes": how long until the next attempt, for the sign-in message. */
export function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minutes`
}
