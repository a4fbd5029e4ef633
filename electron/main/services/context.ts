import { allows, refusal, type Access } from '../../../shared/domain/policy'
import type { Db } from '../db/connection'
import { getUser } from '../db/repos/users'
import { DomainError } from './errors'

/** What every service call needs: the database, the clock, and who is acting. */
export interface ServiceContext {
  db: Db
  /** Injected so tests are exact; never read Date.now() inside a service. */
  now: () => Date
  /** The signed-in user's id, or null before sign-in. */
  actorId: () => string | null
}

export function requireActor(ctx: ServiceContext): string {
  const actor = ctx.actorId()
  if (!actor) throw new DomainError('no_session', 'Sign in to continue.')
  return actor
}

/**
 * The signed-in user, active, must pass the access rule of shared/domain/policy
 * with the role they hold now (not the one they signed in with).
 */
export function requireRole(ctx: ServiceContext, access: Exclude<Access, 'anyone'>): string {
  const actor = requireActor(ctx)
  const user = getUser(ctx.db, actor)
  if (!user || !user.active) throw new DomainError('no_session', 'Sign in to continue.')
  if (!allows(access, user.role)) throw new DomainError('forbidden', refusal(access))
  return actor
}

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString()
export const newId = (): string => crypto.randomUUID()
