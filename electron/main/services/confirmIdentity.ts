import { getUser } from '../db/repos/users'
import type { ServiceContext } from './context'
import * as credentials from './credentials'
import { DomainError, fieldError } from './errors'

/**
 * The re-prompt before an irreversible act (erasing a case): the acting
 * administrator types their own passphrase again, checked like sign-in. A
 * wrong one is counted towards the same pause and audited (in its own write,
 * so the count survives the refusal); someone at an unlocked keyboard cannot
 * erase without knowing it. Call it before the act's own write.
 */
export function confirmIrreversible(ctx: ServiceContext, actorId: string, passphrase: string): void {
  if (passphrase === '') throw fieldError('confirmation', 'Type your passphrase to confirm')
  const user = getUser(ctx.db, actorId)
  if (!user?.active) throw new DomainError('no_session', 'Sign in to continue.')
  try {
    credentials.verify(ctx, user, passphrase)
  } catch (error) {
    if (error instanceof DomainError && error.fields?.credential)
      throw new DomainError(error.code, error.fields.credential, { confirmation: error.fields.credential })
    throw error
  }
}
