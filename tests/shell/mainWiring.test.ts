/**
 * Loads the BUILT main bundle (out/main/index.js) with a recording stand-in
 * for the `electron` module. This checks wiring, not Electron itself.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DATA_CHANGED_EVENT } from '../../shared/events'
import { channels } from '../../shared/ipc'
import { electronStandIn, recorded, type StandInWindow } from './electronStandIn'

vi.mock('electron', () => ({ ...electronStandIn, default: electronStandIn }))

const bundle = join(process.cwd(), 'out/main/index.js')
let window: StandInWindow

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).')
  await import(/* @vite-ignore */ bundle)
  recorded.ready()
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1))
  window = recorded.windows[0] as StandInWindow
})

const trustedEvent = () => ({ senderFrame: { url: window.webContents.getURL() } })

describe('the Electron main process (wired to a recording stand-in)', () => {
  it('starts without an error dialog and asks for the single-instance lock', () => {
    expect(recorded.errorBoxes).toEqual([])
    expect(recorded.singleInstanceLockRequested).toBe(1)
    expect(recorded.appListeners.has('second-instance')).toBe(true)
  })

  it('opens the window sandboxed, isolated and without Node', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
    })
    expect(String(prefs.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
    expect(window.loaded?.kind).toBe('file')
    expect(window.loaded?.target).toMatch(/out[\\/]renderer[\\/]index\.html$/)
  })

  it('gives the window the Roundtable icon from resources/', () => {
    const icon = String(window.options.icon)
    expect(icon).toMatch(/resources[\\/]icon\.png$/)
    expect(readFileSync(icon).subarray(1, 4).toString()).toBe('PNG')
  })

  it('sends a strict Content-Security-Policy with every response and denies permissions', () => {
    expect(recorded.headerHooks).toHaveLength(1)
    let headers: Record<string, string[]> = {}
    recorded.headerHooks[0]?.(
      { responseHeaders: { 'X-Other': ['1'] } },
      (result: { responseHeaders: Record<string, string[]> }) => (headers = result.responseHeaders),
    )
    const csp = headers['Content-Security-Policy']?.[0] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(headers['X-Other']).toEqual(['1'])
    let granted: boolean | undefined
    recorded.permissionHandlers[0]?.({}, 'media', (answer: boolean) => (granted = answer))
    expect(granted).toBe(false)
  })

  it('blocks navigation away from the app and every new window', () => {
    const [guard] = window.contentsListeners.get('will-navigate') ?? []
    let prevented = false
    guard?.({ preventDefault: () => (prevented = true) }, 'https://example.org/phish')
    expect(prevented).toBe(true)
    expect(window.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    expect(window.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
  })

  it('makes the day’s backup only once the window has loaded, so it never holds up the first screen', async () => {
    const backups = join(recorded.userData, 'backups')
    const made = () => (existsSync(backups) ? readdirSync(backups).filter((name) => /^roundtable-.*\.db$/.test(name)) : [])
    expect(made()).toEqual([])
    const loaded = window.contentsListeners.get('did-finish-load') ?? []
    expect(loaded).toHaveLength(1)
    window.sent.length = 0
    for (const listener of loaded) listener()
    await vi.waitFor(() => expect(made()).toHaveLength(1), { timeout: 10_000 })
    // The window hears it start and end, so it reads the backup status and the list again.
    const told = { type: 'data-changed', channel: 'backup:daily', changed: [{ kind: 'backups' }] }
    await vi.waitFor(() =>
      expect(window.sent).toEqual([
        [DATA_CHANGED_EVENT, told],
        [DATA_CHANGED_EVENT, told],
      ]),
    )
  })

  it('registers every contract channel exactly once, and nothing else', () => {
    expect([...recorded.ipcRegistrations].sort()).toEqual([...channels].sort())
  })

  it('answers a channel from our renderer through the real services and database', async () => {
    const handler = recorded.ipcHandlers.get('session:get')
    const result = await handler?.(trustedEvent(), {})
    expect(result).toEqual({ ok: true, value: { setUp: false, user: null, organisationName: '' } })
    // Signed out, a case channel is refused by the policy gate before its input is even read.
    const refused = (await recorded.ipcHandlers.get('cases:create')?.(trustedEvent(), { title: '' })) as {
      ok: boolean
      error: { code: string }
    }
    expect(refused).toEqual({ ok: false, error: { code: 'no_session', message: 'Sign in to continue.' } })
    const invalid = (await recorded.ipcHandlers.get('session:signIn')?.(trustedEvent(), { userId: 'not an id' })) as {
      ok: boolean
      error: { code: string }
    }
    expect(invalid.ok).toBe(false)
    expect(invalid.error.code).toBe('invalid_input')
  })

  it('refuses calls from any other page', async () => {
    const result = await recorded.ipcHandlers.get('session:get')?.({ senderFrame: { url: 'https://evil.example/' } }, {})
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Request from an untrusted page' } })
  })

  it('saves exports through the Save dialog, and records nothing when it is cancelled', async () => {
    const call = (channel: string, input: unknown) =>
      recorded.ipcHandlers.get(channel)?.(trustedEvent(), input) as Promise<{ ok: boolean; value: never }>
    const agencies = (await call('agencies:list', {})) as { ok: true; value: Array<{ id: string }> }
    await call('session:setUp', {
      organisationName: 'Team',
      userName: 'Ann Chair',
      agencyId: agencies.value[0]!.id,
      passphrase: 'a long passphrase',
      passphraseConfirm: 'a long passphrase',
    })
    expect(await call('exports:csv', { table: 'cases', recipients: '' })).toEqual({
      ok: true,
      value: { savedTo: null, fileName: expect.stringMatching(/^Cases \d{4}-\d{2}-\d{2}\.csv$/) },
    })
    expect(recorded.saveDialogs).toHaveLength(1)
    expect(await call('exports:register', {})).toEqual({ ok: true, value: [] })
  })

  it('pushes what a call changed to every other window, and not to the window that made it', async () => {
    const call = (sender: unknown, channel: string, input: unknown) =>
      recorded.ipcHandlers.get(channel)?.({ ...trustedEvent(), sender }, input) as Promise<{ ok: boolean; changed?: unknown }>
    window.sent.length = 0
    // From this window: its own result carries the change, nothing is pushed back to it.
    const own = await call(window.webContents, 'agencies:create', { name: 'Fire service', shortName: 'Fire' })
    expect(own).toMatchObject({ ok: true, changed: [{ kind: 'agencies' }, { kind: 'audit' }] })
    expect(window.sent).toEqual([])
    // From another window: this one hears it, once, on the event channel; a read pushes nothing.
    await call({ another: 'window' }, 'agencies:list', {})
    await call({ another: 'window' }, 'agencies:create', { name: 'Youth offending', shortName: 'YOT' })
    expect(window.sent).toEqual([
      [DATA_CHANGED_EVENT, { type: 'data-changed', channel: 'agencies:create', changed: [{ kind: 'agencies' }, { kind: 'audit' }] }],
    ])
  })

  it('locks the signed-in session when the computer suspends or its screen locks', async () => {
    const call = (channel: string, input: unknown) =>
      recorded.ipcHandlers.get(channel)?.(trustedEvent(), input) as Promise<{ ok: boolean; value: { user: unknown } }>
    const signedIn = await call('session:get', {})
    expect(signedIn.value.user).toMatchObject({ name: 'Ann Chair' })
    for (const listener of recorded.powerListeners.get('lock-screen') ?? []) listener()
    expect((await call('session:get', {})).value.user).toBeNull()
    expect(await call('cases:list', {})).toEqual({ ok: false, error: { code: 'no_session', message: 'Sign in to continue.' } })
    expect([...recorded.powerListeners.keys()].sort()).toEqual(['lock-screen', 'suspend'])
  })

  it('keeps the database key sealed by the OS store and the database encrypted', () => {
    const sealed = readFileSync(join(recorded.userData, 'database.key')).toString()
    expect(sealed).toMatch(/^sealed:[0-9a-f]{64}$/)
    expect(readFileSync(join(recorded.userData, 'roundtable.db')).subarray(0, 15).toString()).not.toBe('SQLite format 3')
  })

  it('remembers the window size and position once a move settles, before any close', async () => {
    const stateFile = join(recorded.userData, 'window-state.json')
    rmSync(stateFile, { force: true })
    for (const listener of window.listeners.get('move') ?? []) listener()
    expect(existsSync(stateFile)).toBe(false)
    await vi.waitFor(
      () => expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false }),
      { timeout: 2000 },
    )
  })

  it('remembers the window size and position when it closes', () => {
    for (const listener of window.listeners.get('close') ?? []) listener()
    expect(JSON.parse(readFileSync(join(recorded.userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    })
  })
})
