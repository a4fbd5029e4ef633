import type { Db } from '../db/connection'
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

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString()
export const newId = (): string => crypto.randomUUID()
