import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { ChangeFeed } from '../../electron/main/ipc/changeFeed'
import { createLoopbackServer, EVENTS_PATH } from '../../electron/main/server/httpServer'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import { write } from '../../electron/main/services/write'
import { isDataChanged, type DataChanged } from '../../shared/events'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { createTestApp, makeCase, TEST_PASSPHRASE, type TestApp } from '../helpers/db'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'

let app: TestApp | undefined
let server: Server | undefined
let staticDir: string | undefined
afterEach(async () => {
  // fetch keeps its connections alive: close them, or close() waits for ever.
  server?.closeAllConnections()
  if (server) await new Promise((resolve) => server?.close(resolve))
  server = undefined
  app?.cleanup()
  if (staticDir) rmSync(staticDir, { recursive: true, force: true })
})

describe('a write says what it changed', () => {
  it('returns the changed aggregates with the result of agenda:record, the case included (its risk and review date follow)', async () => {
    app = createTestApp('2026-11-20T09:00:00.000Z')
    const c = makeCase(app, { title: 'The Okafor family', riskLevel: 'high' })
    const { call } = appHandlers(app)
    const meeting = await call(
      'meetings:create',
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-26', time: '10:00', location: 'Hub', chairId: app.admin.id }),
    )
    const item = meeting.items.find((row) => row.caseId === c.id)!
    const result = await dispatch(
      boundaryFor(app),
      DESKTOP_SESSION,
      'agenda:record',
      agendaItemRecordInput.parse({ itemId: item.id, discussion: 'Talked', riskAfter: 'low', nextReviewDate: '2026-12-10' }),
      silentLogger,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.changed).toEqual([{ kind: 'meeting', id: meeting.id }, { kind: 'case', id: c.id }, { kind: 'audit' }])
    expect(isDataChanged({ type: 'data-changed', channel: 'agenda:record', changed: result.changed })).toBe(true)
  })

  it('reports nothing for a read, a refusal or a write that rolled back', async () => {
    app = createTestApp()
    const c = makeCase(app)
    const test = app
    const read = await dispatch(boundaryFor(test), DESKTOP_SESSION, 'cases:get', { id: c.id }, silentLogger)
    expect(read.ok && read.changed).toBe(undefined)
    const refused = await dispatch(boundaryFor(test), DESKTOP_SESSION, 'cases:update', { caseId: crypto.randomUUID() }, silentLogger)
    expect(refused.ok).toBe(false)
    // A write that throws after naming what it changed reports none of it.
    const handlers = {
      ...appHandlers(test).handlers,
      'cases:list': () =>
        write(test.ctx, { access: 'signedIn', action: 'test', entity: 'case' }, ({ changed }) => {
          changed({ kind: 'case', id: c.id })
          throw new Error('boom')
        }),
    }
    const failed = await dispatch(boundaryFor(test, handlers), DESKTOP_SESSION, 'cases:list', {}, silentLogger)
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('a write that found nothing to do changes nothing and audits nothing', async () => {
    app = createTestApp()
    const test = app
    const before = test.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }
    const value = write(test.ctx, { access: 'signedIn', action: 'noop', entity: 'case' }, ({ unchanged }) => {
      unchanged()
      return 7
    })
    expect(value).toBe(7)
    expect(test.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before)
  })
})

/** Reads server-sent events from the loopback server until `count` have arrived. */
function listen(
  port: number,
  headers: Record<string, string>,
  count: number,
): { events: Promise<DataChanged[]>; status: Promise<number>; stop: () => void } {
  let stop: () => void = () => undefined
  let resolveStatus: (status: number) => void = () => undefined
  const status = new Promise<number>((resolve) => (resolveStatus = resolve))
  const events = new Promise<DataChanged[]>((resolve, reject) => {
    const got: DataChanged[] = []
    const req = request(
      { host: '127.0.0.1', port, path: EVENTS_PATH, method: 'GET', headers: { host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        resolveStatus(response.statusCode ?? 0)
        let buffer = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          buffer += chunk
          let end: number
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const data = block.split('\n').find((line) => line.startsWith('data: '))
            if (data) got.push(JSON.parse(data.slice(6)) as DataChanged)
            if (got.length >= count) {
              req.destroy()
              resolve(got)
            }
          }
        })
        response.on('end', () => resolve(got))
      },
    )
    req.on('error', (error) => (got.length >= count ? undefined : reject(error)))
    req.end()
    stop = () => {
      req.destroy()
      resolve(got)
    }
  })
  return { events, status, stop }
}

async function post(
  port: number,
  channel: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ result: unknown; session: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { result: await response.json(), session: response.headers.get('x-roundtable-session') ?? '' }
}

describe('the web transport pushes what one tab changed to the other tabs', () => {
  it('streams DataChanged to every other signed-in tab, not the one that wrote, and only with the token and a known session', async () => {
    app = createTestApp('2026-11-20T09:00:00.000Z')
    const test = app
    staticDir = mkdtempSync(join(tmpdir(), 'rt-static-'))
    const token = 'run-token-for-events'
    const feed = new ChangeFeed()
    server = createLoopbackServer({ boundary: boundaryFor(test), sessions: test.session, staticDir, token, logger: silentLogger, feed })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const auth = { 'x-roundtable-token': token }

    // Two tabs, each with its own session, both signed in as the administrator.
    const tabs: string[] = []
    for (let tab = 0; tab < 2; tab += 1) {
      const { session } = await post(port, 'session:get', {}, auth)
      await post(
        port,
        'session:signIn',
        { userId: test.admin.id, credential: TEST_PASSPHRASE },
        { ...auth, 'x-roundtable-session': session },
      )
      tabs.push(session)
    }
    const [writer, other] = tabs as [string, string]

    const noToken = listen(port, { 'x-roundtable-session': other }, 1)
    expect(await noToken.status).toBe(401)
    const unknownSession = listen(port, { ...auth, 'x-roundtable-session': 'made-up' }, 1)
    expect(await unknownSession.status).toBe(401)
    const foreignHost = await new Promise<number>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port, path: EVENTS_PATH, headers: { host: 'evil.example', ...auth, 'x-roundtable-session': other } },
        (response) => resolve(response.statusCode ?? 0),
      )
      req.end()
    })
    expect(foreignHost).toBe(403)

    const othersStream = listen(port, { ...auth, 'x-roundtable-session': other }, 1)
    const writersStream = listen(port, { ...auth, 'x-roundtable-session': writer }, 1)
    expect(await othersStream.status).toBe(200)
    expect(await writersStream.status).toBe(200)
    await expect.poll(() => feed.size).toBe(2)

    const agency = test.agency('Housing')
    const created = await post(
      port,
      'cases:create',
      {
        kind: 'family',
        title: 'The Achebe family',
        status: 'referred',
        keyworkerId: test.admin.id,
        leadAgencyId: agency.id,
        riskLevel: 'medium',
        nextReviewDate: null,
      },
      { ...auth, 'x-roundtable-session': writer },
    )
    const value = created.result as { ok: true; value: { id: string }; changed: unknown }
    expect(value.ok).toBe(true)
    expect(value.changed).toEqual([{ kind: 'case', id: value.value.id }, { kind: 'audit' }])

    const [event] = await othersStream.events
    expect(event).toEqual({
      type: 'data-changed',
      channel: 'cases:create',
      changed: [{ kind: 'case', id: value.value.id }, { kind: 'audit' }],
    })
    // Nothing personal travels on the stream: kinds and ids only.
    expect(JSON.stringify(event)).not.toContain('Achebe')
    // The writer's own stream heard nothing: its change came back with its result.
    await new Promise((resolve) => setTimeout(resolve, 200))
    writersStream.stop()
    expect(await writersStream.events).toEqual([])
  })
})
