import { z } from 'zod'
import { id, requiredText } from './common'
import { credentialText, MIN_PASSPHRASE_LENGTH } from './credentials'
import type { User } from './users'

/**
 * Who is using the app. Every change and export is recorded against this
 * user, so nothing but setup and sign-in works without one.
 */
export interface SessionState {
  /** False until the first user has been created on this machine. */
  setUp: boolean
  user: User | null
  organisationName: string
}

/** The first administrator's passphrase is chosen at set-up; typed twice so a slip does not lock them out. */
export const firstRunInput = z
  .object({
    organisationName: requiredText('the organisation name', 120),
    userName: requiredText('your name', 120),
    agencyId: id,
    passphrase: credentialText.min(MIN_PASSPHRASE_LENGTH, `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`),
    passphraseConfirm: credentialText,
  })
  .refine((input) => input.passphrase === input.passphraseConfirm, {
    path: ['passphraseConfirm'],
    message: 'The two passphrases are not the same',
  })
export type FirstRunInput = z.input<typeof firstRunInput>

/** Empty only for a user whose PIN the administrator has made optional. */
export const signInInput = z.object({ userId: id, credential: credentialText.default('') })
export type SignInInput = z.input<typeof signInInput>

/** A signed-in user changes their own PIN or passphrase: the current one proves it is them. */
export const changeCredentialInput = z.object({ current: credentialText, next: credentialText })
export type ChangeCredentialInput = z.input<typeof changeCredentialInput>

/**
 * Who the sign-in picker offers, before anyone is signed in: a name and an
 * agency to recognise yourself by, and the id to sign in with. Never a role.
 */
export interface SignInChoice {
  id: string
  name: string
  agencyName: string
}
