import { randomBytes, scryptSync } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { listAuditFor } from '../../electron/main/db/repos/audit'
import { getCredential, putCredential } from '../../electron/main/db/repos/credentials'
import * as appSettings from '../../electron/main/services/appSettings'
import { hashCredential, verifyCredential } from '../../electron/main/services/credentialHash'
import * as session from '../../electron/main/services/session'
import * as users from '../../electron/main/services/users'
import { defaultAppSettings } from '../../shared/domain/appSettings'
import { createTestApp, makeUser, signInAs, TEST_PASSPHRASE, TEST_PIN, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const attempt = (testApp: TestApp, userId: string, credential: string) => () =>
  session.signIn(testApp.ctx, testApp.session, { userId, credential })
const auditActions = (testApp: TestApp, userId: string) => listAuditFor(testApp.db, 'session', userId).map((row) => row.action)
const saveSettings = (testApp: TestApp, change: Partial<ReturnType<typeof appSettings.read>>) =>
  appSettings.save(testApp.ctx, { ...appSettings.read(testApp.ctx), ...change })

describe('credential hashing', () => {
  it('stores a salted scrypt hash with its parameters, never the secret, and checks it in constant time', () => {
    app = createTestApp()
    const stored = getCredential(app.db, app.admin.id)
    expect(stored).toMatchObject({
      kind: 'passphrase',
      algorithm: 'scrypt',
      cost: 32768,
      block_size: 8,
      parallelism: 1,
      failed_attempts: 0,
      locked_until: null,
    })
    expect(stored?.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(TEST_PASSPHRASE)
    const again = hashCredential('pin', TEST_PIN)
    const twice = hashCredential('pin', TEST_PIN)
    expect(again.salt).not.toBe(twice.salt)
    expect(again.hash).not.toBe(twice.hash)
    expect(verifyCredential(again, TEST_PIN)).toBe(true)
    expect(verifyCredential(again, '246811')).toBe(false)
  })

  it('checks a hash made with older, weaker parameters by the ones stored with it, and re-hashes it at the next sign-in', () => {
    app = createTestApp()
    const sam = makeUser(app)
    const salt = randomBytes(16)
    const older = {
      kind: 'pin' as const,
      algorithm: 'scrypt' as const,
      cost: 16384,
      block_size: 8,
      parallelism: 1,
      salt: salt.toString('hex'),
      hash: scryptSync(TEST_PIN, salt, 32, { N: 16384, r: 8, p: 1 }).toString('hex'),
    }
    expect(verifyCredential(older, TEST_PIN)).toBe(true)
    expect(verifyCredential({ ...older, cost: 32768 }, TEST_PIN)).toBe(false)
    putCredential(app.db, sam.id, older, app.ctx.now().toISOString())
    signInAs(app, sam)
    expect(getCredential(app.db, sam.id)).toMatchObject({ cost: 32768 })
    session.lock(app.ctx, app.session)
    signInAs(app, sam)
    expect(app.session.current()).toBe(sam.id)
  })

  it('refuses a short passphrase for an administrator and a short or non-numeric PIN for anyone else, creating nobody', () => {
    app = createTestApp()
    const agencyId = app.agency('Housing').id
    const before = users.list(app.ctx).length
    expect(() => users.create(app!.ctx, { name: 'Ada', agencyId, role: 'admin', credential: 'short' })).toThrow(
      "An administrator's passphrase must be at least 10 characters",
    )
    expect(() => users.create(app!.ctx, { name: 'Pat', agencyId, role: 'practitioner', credential: '12345' })).toThrow(
      'A PIN must be at least 6 digits',
    )
    expect(() => users.create(app!.ctx, { name: 'Pat', agencyId, role: 'practitioner', credential: '12345a' })).toThrow(
      'A PIN is digits only',
    )
    expect(() => users.create(app!.ctx, { name: 'Pat', agencyId, role: 'practitioner', credential: '' })).toThrow(
      'Enter a PIN of at least 6 digits',
    )
    expect(users.list(app.ctx)).toHaveLength(before)
  })
})

describe('signing in', () => {
  it('signs in with the right PIN, and refuses a wrong one with a clear message, counting and auditing it', () => {
    app = createTestApp()
    const sam = makeUser(app)
    session.lock(app.ctx, app.session)
    expect(attempt(app, sam.id, '999999')).toThrow('That PIN or passphrase is not right. After 4 more wrong attempts sign-in pauses.')
    expect(app.session.current()).toBeNull()
    expect(getCredential(app.db, sam.id)?.failed_attempts).toBe(1)
    signInAs(app, sam)
    expect(app.session.current()).toBe(sam.id)
    expect(getCredential(app.db, sam.id)?.failed_attempts).toBe(0)
    expect(auditActions(app, sam.id)).toEqual(['sign-in-failed', 'sign-in'])
  })

  it('pauses sign-in after five wrong attempts for 30 seconds, doubling with each further one, and refuses even the right PIN meanwhile', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const sam = makeUser(app)
    session.lock(app.ctx, app.session)
    for (let n = 1; n <= 4; n++) expect(attempt(app, sam.id, '000000')).toThrow(expect.objectContaining({ code: 'invalid_input' }))
    expect(attempt(app, sam.id, '000000')).toThrow('Too many wrong attempts. Sign-in for this person is paused: try again in 30 seconds.')
    expect(getCredential(app.db, sam.id)).toMatchObject({ failed_attempts: 5, locked_until: '2026-11-22T10:00:30.000Z' })

    app.setNow('2026-11-22T10:00:20.000Z')
    expect(attempt(app, sam.id, TEST_PIN)).toThrow('try again in 10 seconds')
    expect(app.session.current()).toBeNull()

    app.setNow('2026-11-22T10:00:31.000Z')
    expect(attempt(app, sam.id, '000000')).toThrow('try again in 60 seconds')
    expect(getCredential(app.db, sam.id)).toMatchObject({ failed_attempts: 6, locked_until: '2026-11-22T10:01:31.000Z' })

    app.setNow('2026-11-22T10:01:32.000Z')
    signInAs(app, sam)
    expect(app.session.current()).toBe(sam.id)
    expect(getCredential(app.db, sam.id)).toMatchObject({ failed_attempts: 0, locked_until: null })
    expect(auditActions(app, sam.id)).toEqual([...Array<string>(5).fill('sign-in-failed'), 'sign-in-paused', 'sign-in-failed', 'sign-in'])
  })

  it('lets an administrator reset a PIN, and a user change their own only with the current one', () => {
    app = createTestApp()
    const sam = makeUser(app)
    users.setCredential(app.ctx, { userId: sam.id, credential: '112233' })
    session.lock(app.ctx, app.session)
    expect(attempt(app, sam.id, TEST_PIN)).toThrow('not right')
    session.signIn(app.ctx, app.session, { userId: sam.id, credential: '112233' })
    expect(() => session.changeCredential(app!.ctx, { current: '000000', next: '445566' })).toThrow(
      expect.objectContaining({ fields: { current: expect.stringContaining('not right') } }),
    )
    expect(() => session.changeCredential(app!.ctx, { current: '112233', next: '12' })).toThrow(
      expect.objectContaining({ fields: { next: 'A PIN must be at least 6 digits' } }),
    )
    session.changeCredential(app.ctx, { current: '112233', next: '445566' })
    session.lock(app.ctx, app.session)
    expect(attempt(app, sam.id, '112233')).toThrow('not right')
    session.signIn(app.ctx, app.session, { userId: sam.id, credential: '445566' })
    expect(listAuditFor(app.db, 'user', sam.id).map((row) => row.action)).toEqual([
      'create',
      'set-credential',
      'set-credential',
      'set-credential',
    ])
  })

  it('needs a passphrase to make someone an administrator, in the same change, and the old PIN stops working', () => {
    app = createTestApp()
    const sam = makeUser(app)
    const promote = (credential: string) =>
      users.update(app!.ctx, { id: sam.id, name: sam.name, agencyId: sam.agencyId, role: 'admin', active: true, credential })
    expect(() => promote('')).toThrow("An administrator's passphrase must be at least 10 characters")
    expect(() => promote(TEST_PIN)).toThrow("An administrator's passphrase must be at least 10 characters")
    expect(users.list(app.ctx).find((user) => user.id === sam.id)?.role).toBe('practitioner')
    promote('a new long passphrase')
    session.lock(app.ctx, app.session)
    expect(attempt(app, sam.id, TEST_PIN)).toThrow('not right')
    session.signIn(app.ctx, app.session, { userId: sam.id, credential: 'a new long passphrase' })
    expect(app.session.current()).toBe(sam.id)
  })

  it('lets someone without a PIN in only where an administrator has made PINs optional', () => {
    app = createTestApp()
    expect(defaultAppSettings.pinOptional).toBe(false)
    saveSettings(app, { pinOptional: true })
    const noPin = users.create(app.ctx, { name: 'Nia', agencyId: app.agency('GP').id, role: 'practitioner', credential: '' })
    saveSettings(app, { pinOptional: false })
    session.lock(app.ctx, app.session)
    expect(attempt(app, noPin.id, '')).toThrow('You have no PIN or passphrase yet. Ask an administrator to set one.')
    signInAs(app, app.admin)
    saveSettings(app, { pinOptional: true })
    session.lock(app.ctx, app.session)
    session.signIn(app.ctx, app.session, { userId: noPin.id, credential: '' })
    expect(app.session.current()).toBe(noPin.id)
  })

  it('before sign-in offers names and agencies only; users:list and everything personal is refused', () => {
    app = createTestApp()
    makeUser(app, { name: 'Vic Viewer', role: 'viewer' })
    session.lock(app.ctx, app.session)
    const choices = session.choices(app.ctx)
    expect(choices).toEqual([
      { id: app.admin.id, name: 'Alex Admin', agencyName: 'Council adult social care' },
      { id: expect.any(String), name: 'Vic Viewer', agencyName: 'Housing trust' },
    ])
    expect(JSON.stringify(choices)).not.toMatch(/admin"|viewer"|role/)
    expect(session.admit(app.ctx, app.session, 'users:list')).toEqual({ code: 'no_session', message: 'Sign in to continue.' })
    expect(session.admit(app.ctx, app.session, 'session:users')).toBeNull()
    signInAs(app, app.admin)
    expect(session.admit(app.ctx, app.session, 'users:list')).toBeNull()
    expect(users.list(app.ctx).map((user) => user.role)).toEqual(['admin', 'viewer'])
  })
})

describe('the idle lock', () => {
  it('locks a session idle past the limit in Settings and refuses the call; activity within it keeps the session', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    saveSettings(app, { idleLockMinutes: 2 })
    signInAs(app, app.admin)
    app.setNow('2026-11-22T10:01:59.000Z')
    expect(session.admit(app.ctx, app.session, 'cases:list')).toBeNull()
    app.setNow('2026-11-22T10:03:58.000Z')
    expect(session.admit(app.ctx, app.session, 'cases:list')).toBeNull()
    app.setNow('2026-11-22T10:06:00.000Z')
    expect(session.admit(app.ctx, app.session, 'cases:list')).toEqual({ code: 'no_session', message: 'Sign in to continue.' })
    expect(app.session.current()).toBeNull()
    const lastAudit = listAuditFor(app.db, 'session', app.admin.id).at(-1)
    expect(lastAudit).toMatchObject({ action: 'auto-lock', detail: '{"reason":"idle"}' })
  })

  it('defaults to 10 minutes', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    expect(appSettings.read(app.ctx).idleLockMinutes).toBe(10)
    signInAs(app, app.admin)
    app.setNow('2026-11-22T10:09:59.000Z')
    expect(session.admit(app.ctx, app.session, 'cases:list')).toBeNull()
    app.setNow('2026-11-22T10:20:00.000Z')
    expect(session.admit(app.ctx, app.session, 'cases:list')).toMatchObject({ code: 'no_session' })
  })
})

describe('sessions', () => {
  it('keeps each web session to itself: signing in on one never signs in another', () => {
    app = createTestApp()
    const sam = makeUser(app)
    const first = app.session.open(app.ctx.now().getTime())
    const second = app.session.open(app.ctx.now().getTime())
    app.session.within(first, () => signInAs(app!, sam))
    expect(app.session.within(first, () => app!.session.current())).toBe(sam.id)
    expect(app.session.within(second, () => app!.session.current())).toBeNull()
    expect(app.session.within(second, () => session.admit(app!.ctx, app!.session, 'cases:list'))).toMatchObject({ code: 'no_session' })
    // The desktop session (the test app's own) is still the administrator.
    expect(app.session.current()).toBe(app.admin.id)
    session.lockAll(app.ctx, app.session, 'suspend')
    expect(app.session.within(first, () => app!.session.current())).toBeNull()
    expect(app.session.current()).toBeNull()
  })
})
