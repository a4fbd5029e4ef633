import type { UserRole } from '../../../shared/domain/users'
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

const roleNames: Record<UserRole, string> = { admin: 'an administrator', chair: 'a chair', practitioner: 'a practitioner', viewer: 'a viewer' }

/** The signed-in user must hold one of these roles (viewers only read; settings are for administrators). */
export function requireRole(ctx: ServiceContext, roles: readonly UserRole[]): string {
  const actor = requireActor(ctx)
  const user = getUser(ctx.db, actor)
  if (!user || !user.active) throw new DomainError('no_session', 'Sign in to continue.')
  if (!roles.includes(user.role)) {
    throw new DomainError('forbidden', `Only ${roles.map((role) => roleNames[role]).join(' or ')} can do this.`)
  }
  return actor
}

/** Anyone but a viewer may change case records. */
export const WRITERS: readonly UserRole[] = ['admin', 'chair', 'practitioner']

export const isoNow = (ctx: ServiceContext): string => ctx.now().toISOString()
export const newId = (): string => crypto.randomUUID()
