import type { z } from 'zod'
import type { firstRunInput, SessionState } from '../../../shared/domain/session'
import { appendAudit } from '../db/repos/audit'
import { getSetting, putSetting } from '../db/repos/settings'
import { countUsers, getUser } from '../db/repos/users'
import { isoNow, type ServiceContext } from './context'
import { DomainError, fieldError } from './errors'
import { insert as insertUser } from './users'

/**
 * Who is at the keyboard. Held in the main process only; the renderer asks
 * for it. Authentication is the machine's own Windows sign-in: this picks
 * the named person every change is recorded against.
 */
export class SessionStore {
  private userId: string | null = null
  current(): string | null {
    return this.userId
  }
  set(userId: string | null): void {
    this.userId = userId
  }
}

export const ORGANISATION_NAME = 'organisation.name'

export function state(ctx: ServiceContext, session: SessionStore): SessionState {
  const userId = session.current()
  const user = userId ? (getUser(ctx.db, userId) ?? null) : null
  return {
    setUp: countUsers(ctx.db) > 0,
    user,
    organisationName: getSetting(ctx.db, ORGANISATION_NAME) ?? '',
  }
}

/** First run: name the organisation and create the first user, an administrator. */
export function setUp(ctx: ServiceContext, session: SessionStore, input: z.output<typeof firstRunInput>): SessionState {
  const user = ctx.db.transaction(() => {
    if (countUsers(ctx.db) > 0) throw new DomainError('conflict', 'Roundtable is already set up on this machine. Sign in instead.')
    putSetting(ctx.db, ORGANISATION_NAME, input.organisationName, isoNow(ctx))
    const created = insertUser(ctx, { name: input.userName, agencyId: input.agencyId, role: 'admin' }, null)
    appendAudit(ctx.db, { at: isoNow(ctx), actorId: created.id, action: 'sign-in', entity: 'session', entityId: created.id })
    return created
  }).immediate()
  session.set(user.id)
  return state(ctx, session)
}

export function signIn(ctx: ServiceContext, session: SessionStore, userId: string): SessionState {
  const user = getUser(ctx.db, userId)
  if (!user || !user.active) throw fieldError('userId', 'Choose an active user')
  appendAudit(ctx.db, { at: isoNow(ctx), actorId: user.id, action: 'sign-in', entity: 'session', entityId: user.id })
  session.set(user.id)
  return state(ctx, session)
}

export function lock(ctx: ServiceContext, session: SessionStore): SessionState {
  const userId = session.current()
  if (userId) appendAudit(ctx.db, { at: isoNow(ctx), actorId: userId, action: 'lock', entity: 'session', entityId: userId })
  session.set(null)
  return state(ctx, session)
}
