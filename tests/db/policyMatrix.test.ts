/**
 * Every channel × every role (and signed out), through the real gate in
 * dispatch: what the policy table refuses never reaches a handler and
 * changes nothing in the database; what it allows gets past the gate.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { updateUser } from '../../electron/main/db/repos/users'
import { dispatch, type Boundary } from '../../electron/main/ipc/dispatch'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import type { SafeLogger } from '../../electron/main/log'
import { DomainError } from '../../electron/main/services/errors'
import * as session from '../../electron/main/services/session'
import { channelPolicy, mayCall } from '../../shared/domain/policy'
import { userRoles, type UserRole } from '../../shared/domain/users'
import { channels, type Channel } from '../../shared/ipc'
import { appHandlers } from '../helpers/handlers'
import { createTestApp, makeUser, signInAs, type TestApp } from '../helpers/db'

const silent: SafeLogger = { error: () => undefined, info: () => undefined }

let app: TestApp
const signedInAs = new Map<UserRole, string>()
beforeAll(() => {
  app = createTestApp()
  signedInAs.set('admin', app.admin.id)
  for (const role of userRoles.filter((r) => r !== 'admin')) signedInAs.set(role, makeUser(app, { name: `A ${role}`, role }).id)
})
afterAll(() => app.cleanup())

function gate(handlers: Handlers): Boundary {
  return {
    handlers,
    sessions: {
      within: (key, fn) => app.session.within(key, fn),
      admit: (channel) => session.admit(app.ctx, app.session, channel),
      refused: (channel) => session.recordRefusal(app.ctx, app.session, channel),
    },
  }
}

/** Handlers that only record that they were reached (and end the call there, whatever the channel's result type). */
function recording(reached: Channel[]): Handlers {
  const map: Partial<Handlers> = {}
  for (const channel of channels) {
    map[channel] = () => {
      reached.push(channel)
      throw new DomainError('conflict', 'reached')
    }
  }
  return map as Handlers
}

/** A fingerprint of every row of every table but the audit log, to prove a refused call wrote nothing else. */
function fingerprint(): string {
  const tables = app.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
    .all() as { name: string }[]
  const hash = createHash('sha256')
  for (const { name } of tables) hash.update(name).update(JSON.stringify(app.db.prepare(`SELECT * FROM "${name}"`).all()))
  return hash.digest('hex')
}

const auditId = () => (app.db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id

function signIn(role: UserRole | null) {
  session.lock(app.ctx, app.session)
  if (role) signInAs(app, { id: signedInAs.get(role) ?? '' })
}

describe('the channel policy', () => {
  it('gives viewers exactly the reads, chairs approval, and administrators the settings', () => {
    const viewerMay = channels.filter((channel) => mayCall(channel, 'viewer'))
    const writes = channels.filter((channel) => !viewerMay.includes(channel))
    expect(writes.every((channel) => mayCall(channel, 'practitioner') || channelPolicy[channel] !== 'writeCases')).toBe(true)
    expect(
      viewerMay.filter(
        (channel) =>
          !/:(get|list|listForCase|timeline|search|history|hasLogo|register|directionHistory|checkRepeat|build|forCase|page|filterOptions|status|setUp|signIn|lock|users|changeCredential|active)$/.test(
            channel,
          ),
      ),
    ).toEqual([])
    expect(userRoles.filter((role) => mayCall('meetings:approve', role)).sort()).toEqual(['admin', 'chair'])
    expect(userRoles.filter((role) => mayCall('settings:save', role))).toEqual(['admin'])
    expect(userRoles.filter((role) => mayCall('cases:create', role)).sort()).toEqual(['admin', 'chair', 'practitioner'])
  })

  for (const role of [null, ...userRoles] as const) {
    it(`${role ?? 'signed out'}: every refused channel is refused before its handler and changes nothing; every allowed one reaches it`, async () => {
      const real = gate(appHandlers(app).handlers)
      // Allowed calls reach only recording handlers, so nothing here signs the session out.
      signIn(role)
      for (const channel of channels) {
        expect(app.session.current()).toBe(role === null ? null : signedInAs.get(role))
        const allowed = role === null ? channelPolicy[channel] === 'anyone' : mayCall(channel, role)
        if (allowed) {
          const reached: Channel[] = []
          const result = await dispatch(gate(recording(reached)), 'desktop', channel, {}, silent)
          // Past the gate: either the handler ran, or the input parser (which runs after the gate) refused {}.
          const outcome = result.ok ? 'ok' : result.error.code
          expect({ channel, outcome, reached }).toEqual(
            outcome === 'invalid_input' ? { channel, outcome, reached: [] } : { channel, outcome: 'conflict', reached: [channel] },
          )
        } else {
          const before = fingerprint()
          const lastAudit = auditId()
          const result = await dispatch(real, 'desktop', channel, {}, silent)
          expect({ channel, result }).toEqual({
            channel,
            result: {
              ok: false,
              error: {
                code: role === null ? 'no_session' : 'forbidden',
                message: expect.stringMatching(role === null ? /^Sign in/ : /^Only /),
              },
            },
          })
          expect(fingerprint()).toBe(before)
          // A signed-in caller's refusal is audited: the channel and who, never the input. Signed out, there is no one to name.
          const audited = app.db
            .prepare('SELECT actor_id, action, entity, entity_id, detail FROM audit_log WHERE id > ? ORDER BY id')
            .all(lastAudit)
          expect({ channel, audited }).toEqual({
            channel,
            audited:
              role === null
                ? []
                : [
                    {
                      actor_id: signedInAs.get(role),
                      action: 'refused',
                      entity: 'channel',
                      entity_id: null,
                      detail: JSON.stringify({ channel }),
                    },
                  ],
          })
        }
      }
    })
  }

  it('refuses approval to a chair made a viewer since, with the role they hold now', async () => {
    const chairId = signedInAs.get('chair') ?? ''
    signIn('chair')
    updateUser(app.db, {
      id: chairId,
      name: 'A chair',
      agency_id: app.agency('Housing').id,
      role: 'viewer',
      active: 1,
      updated_at: app.ctx.now().toISOString(),
    })
    const reached: Channel[] = []
    const result = await dispatch(gate(recording(reached)), 'desktop', 'meetings:approve', { meetingId: crypto.randomUUID() }, silent)
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Only an administrator or a chair can do this.' } })
    expect(reached).toEqual([])
    signIn('admin')
    expect(
      await dispatch(gate(recording(reached)), 'desktop', 'meetings:approve', { meetingId: crypto.randomUUID() }, silent),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(reached).toEqual(['meetings:approve'])
  })
})
