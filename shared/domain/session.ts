import { z } from 'zod'
import { id, requiredText } from './common'
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

export const firstRunInput = z.object({
  organisationName: requiredText('the organisation name', 120),
  userName: requiredText('your name', 120),
  agencyId: id,
})
export type FirstRunInput = z.input<typeof firstRunInput>

export const signInInput = z.object({ userId: id })
