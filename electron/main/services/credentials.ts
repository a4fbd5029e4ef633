import { credentialKindFor, credentialProblem, lockoutSeconds, MAX_FAILED_ATTEMPTS, waitText } from '../../../shared/domain/credentials'
import type { User } from '../../../shared/domain/users'
import {
  clearFailures,
  countActiveAdminCredentials,
  getCredential,
  putCredential,
  recordFailure,
  removeCredential,
} from '../db/repos/credentials'
import * as appSettings from './appSettings'
import { isoNow, type ServiceContext } from './context'
import { hashCredential, isOutdated, verifyCredential } from './credentialHash'
import { DomainError, fieldError } from './errors'
import { write, type Audits } from './write'

/**
 * Sets, replaces or (where PINs are optional) clears a user's credential,
 * inside the caller's write; `field` names the form field a refusal
 * belongs to. Never audits the secret, only that it changed and by whom.
 */
export function setFor(
  ctx: ServiceContext,
  audit: Audits,
  user: Pick<User, 'id' | 'role'>,
  secret: string,
  actorId: string,
  field = 'credential',
): void {
  const problem = credentialProblem(user.role, secret, appSettings.pinOptional(ctx))
  if (problem) throw fieldError(field, problem)
  const at = isoNow(ctx)
  if (secret === '') removeCredential(ctx.db, user.id)
  else putCredential(ctx.db, user.id, hashCredential(credentialKindFor(user.role), secret), at)
  audit({ actorId, action: secret === '' ? 'clear-credential' : 'set-credential', entity: 'user', entityId: user.id })
}

/** Says "PIN or passphrase" whichever it was: the sign-in screen never reveals who is an administrator. */
const wrong = (attempts: number) => {
  const left = MAX_FAILED_ATTEMPTS - attempts
  const message = `That PIN or passphrase is not right. After ${left} more wrong ${left === 1 ? 'attempt' : 'attempts'} sign-in pauses.`
  return new DomainError('invalid_input', message, { credential: message })
}

const paused = (seconds: number) => {
  const message = `Too many wrong attempts. Sign-in for this person is paused: try again in ${waitText(seconds)}.`
  return new DomainError('forbidden', message, { credential: message })
}

/**
 * Checks what was typed against the stored hash. A wrong one is counted
 * and audited in its own transaction (so the count survives the refusal);
 * the fifth wrong attempt in a row pauses sign-in for 30 seconds, doubling
 * with each further one. While paused nothing is checked at all.
 */
export function verify(ctx: ServiceContext, user: Pick<User, 'id' | 'role'>, secret: string): void {
  const stored = getCredential(ctx.db, user.id)
  const now = ctx.now()
  const at = now.toISOString()
  if (!stored) {
    // No credential: allowed only for a PIN the administrator made optional.
    if (credentialKindFor(user.role) === 'pin' && appSettings.pinOptional(ctx)) return
    // A database from before credentials has no passphrase at all: the first
    // administrator to sign in chooses theirs, as at first run.
    if (credentialKindFor(user.role) === 'passphrase' && countActiveAdminCredentials(ctx.db) === 0) {
      write(ctx, { access: 'anyone', action: 'set-credential', entity: 'user' }, ({ audit }) => setFor(ctx, audit, user, secret, user.id))
      return
    }
    throw new DomainError('forbidden', 'You have no PIN or passphrase yet. Ask an administrator to set one.')
  }
  if (stored.locked_until && stored.locked_until > at) {
    write(ctx, { access: 'anyone', action: 'sign-in-paused', entity: 'session' }, ({ audit }) =>
      audit({ actorId: user.id, entityId: user.id }),
    )
    throw paused(Math.ceil((Date.parse(stored.locked_until) - now.getTime()) / 1000))
  }
  if (!verifyCredential(stored, secret)) {
    const attempts = stored.failed_attempts + 1
    const pause = lockoutSeconds(attempts)
    write(ctx, { access: 'anyone', action: 'sign-in-failed', entity: 'session' }, ({ audit }) => {
      recordFailure(ctx.db, user.id, attempts, pause > 0 ? new Date(now.getTime() + pause * 1000).toISOString() : null, at)
      audit({ actorId: user.id, entityId: user.id, detail: { attempts } })
    })
    throw pause > 0 ? paused(pause) : wrong(attempts)
  }
  // The credential's own bookkeeping: the caller audits the sign-in (or the change) it was checked for.
  write(ctx, { access: 'anyone', action: 'sign-in', entity: 'session' }, ({ unchanged }) => {
    if (isOutdated(stored)) putCredential(ctx.db, user.id, hashCredential(stored.kind, secret), at)
    else if (stored.failed_attempts > 0) clearFailures(ctx.db, user.id, at)
    unchanged()
  })
}

/** Whether the user has a credential stored (the Users table shows who still needs one). */
export const hasCredential = (ctx: ServiceContext, userId: string): boolean => getCredential(ctx.db, userId) !== undefined
