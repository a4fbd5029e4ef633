import type { z } from 'zod'
import { channelPolicy, allows, refusal } from '../../../shared/domain/policy'
import type { changeCredentialInput, firstRunInput, SessionState, SignInChoice, signInInput } from '../../../shared/domain/session'
import type { Channel } from '../../../shared/ipc'
import type { AppError } from '../../../shared/result'
import { getSetting, putSetting } from '../db/repos/settings'
import { countUsers, getUser, listUsers } from '../db/repos/users'
import * as appSettings from './appSettings'
import { requireActor, type ServiceContext } from './context'
import * as credentials from './credentials'
import { DomainError, fieldError } from './errors'
import type { SessionStore } from './sessionStore'
import { insert as insertUser } from './users'
import { write } from './write'

/**
 * Who is at the keyboard: each person signs in with their own PIN (or an
 * administrator's passphrase), and every change is recorded against them.
 */
export function state(ctx: ServiceContext, session: SessionStore): SessionState {
  const userId = session.current()
  const user = userId ? (getUser(ctx.db, userId) ?? null) : null
  return {
    setUp: countUsers(ctx.db) > 0,
    user,
    organisationName: getSetting(ctx.db, appSettings.ORGANISATION_NAME) ?? '',
  }
}

/** First run: name the organisation and create the first user, an administrator, with their passphrase. */
export function setUp(ctx: ServiceContext, session: SessionStore, input: z.output<typeof firstRunInput>): SessionState {
  const user = write(ctx, { access: 'anyone', action: 'sign-in', entity: 'session' }, ({ at, audit, changed }) => {
    if (countUsers(ctx.db) > 0) throw new DomainError('conflict', 'Roundtable is already set up on this machine. Sign in instead.')
    putSetting(ctx.db, appSettings.ORGANISATION_NAME, input.organisationName, at)
    const created = insertUser(
      ctx,
      { name: input.userName, agencyId: input.agencyId, role: 'admin', credential: input.passphrase },
      audit,
      null,
    )
    credentials.setFor(ctx, audit, created, input.passphrase, created.id, 'passphrase')
    audit({ actorId: created.id, entityId: created.id })
    changed({ kind: 'session' }, { kind: 'users' }, { kind: 'settings' })
    return created
  })
  session.set(user.id, ctx.now().getTime())
  return state(ctx, session)
}

/** The sign-in picker: active users' names and agencies, nothing more (no roles before sign-in). */
export function choices(ctx: ServiceContext): SignInChoice[] {
  return listUsers(ctx.db)
    .filter((user) => user.active)
    .map((user) => ({ id: user.id, name: user.name, agencyName: user.agencyName }))
}

export function signIn(ctx: ServiceContext, session: SessionStore, input: z.output<typeof signInInput>): SessionState {
  const user = getUser(ctx.db, input.userId)
  if (!user || !user.active) throw fieldError('userId', 'Choose an active user')
  credentials.verify(ctx, user, input.credential)
  write(ctx, { access: 'anyone', action: 'sign-in', entity: 'session' }, ({ audit, changed }) => {
    audit({ actorId: user.id, entityId: user.id })
    changed({ kind: 'session' })
  })
  session.set(user.id, ctx.now().getTime())
  return state(ctx, session)
}

export type LockReason = 'user' | 'idle' | 'suspend'

export function lock(ctx: ServiceContext, session: SessionStore, reason: LockReason = 'user'): SessionState {
  const userId = session.current()
  if (userId) {
    write(ctx, { access: 'anyone', action: reason === 'user' ? 'lock' : 'auto-lock', entity: 'session' }, ({ audit, changed }) => {
      audit({ actorId: userId, entityId: userId, ...(reason === 'user' ? {} : { detail: { reason } }) })
      changed({ kind: 'session' })
    })
  }
  session.set(null, ctx.now().getTime())
  return state(ctx, session)
}

/** OS suspend or screen lock: every signed-in session locks (Electron's powerMonitor calls this). */
export function lockAll(ctx: ServiceContext, session: SessionStore, reason: LockReason): void {
  for (const key of session.signedInKeys()) session.within(key, () => lock(ctx, session, reason))
}

/** A user changes their own credential; the current one proves it is them (and counts towards the pause). */
export function changeCredential(ctx: ServiceContext, input: z.output<typeof changeCredentialInput>): null {
  const actor = requireActor(ctx)
  const user = getUser(ctx.db, actor)
  if (!user) throw new DomainError('no_session', 'Sign in to continue.')
  try {
    credentials.verify(ctx, user, input.current)
  } catch (error) {
    if (error instanceof DomainError && error.fields?.credential) throw fieldError('current', error.fields.credential)
    throw error
  }
  write(ctx, { access: 'signedIn', action: 'set-credential', entity: 'user' }, ({ audit }) =>
    credentials.setFor(ctx, audit, user, input.next, actor, 'next'),
  )
  return null
}

/**
 * A signed-in caller refused by the policy (or a service's rule of who may
 * do what): one audit row naming the channel and the user, never the input.
 */
export function recordRefusal(ctx: ServiceContext, session: SessionStore, channel: Channel): void {
  const userId = session.current()
  if (!userId) return
  write(ctx, { access: 'anyone', action: 'refused', entity: 'channel' }, ({ audit }) => audit({ actorId: userId, detail: { channel } }))
}

/**
 * The gate in front of every channel: locks a session idle past the limit
 * in Settings, then checks the caller against the channel's policy with the
 * role they hold now. Returns the refusal, or null to let the call through.
 */
export function admit(ctx: ServiceContext, session: SessionStore, channel: Channel): AppError | null {
  const nowMs = ctx.now().getTime()
  const userId = session.current()
  if (userId && nowMs - session.lastActiveAt() > appSettings.idleLockMinutes(ctx) * 60_000) lock(ctx, session, 'idle')
  const access = channelPolicy[channel]
  if (access === 'anyone') return null
  const actor = session.current()
  const user = actor ? getUser(ctx.db, actor) : undefined
  if (!user?.active) return { code: 'no_session', message: 'Sign in to continue.' }
  if (!allows(access, user.role)) return { code: 'forbidden', message: refusal(access) }
  session.touch(nowMs)
  return null
}
