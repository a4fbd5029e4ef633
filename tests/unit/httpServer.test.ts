import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import type { SafeLogger } from '../../electron/main/log'
import { createLoopbackServer, MAX_BODY_BYTES, requestPath } from '../../electron/main/server/httpServer'
import { channels } from '../../shared/ipc'

/**
 * The loopback transport driven with raw sockets, so requests a browser or
 * fetch would never send (malformed targets, slow and huge bodies, foreign
 * Host and Origin) reach it as an attacker would send them.
 */

const token = 'test-token-0123456789abcdef'
const staticDir = mkdtempSync(join(tmpdir(), 'roundtable-static-'))
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Roundtable</title>')
const errors: unknown[][] = []
const logger: SafeLogger = { error: (...args) => errors.push(args), info: () => undefined }
/** Only cases:list answers (with no cases); any other channel reached would fail loudly. */
const unexpected = Object.fromEntries(
  channels.map((channel) => [
    channel,
    (): never => {
      throw new Error(`unexpected call to ${channel}`)
    },
  ]),
)
const answering: Partial<Handlers> = { 'cases:list': () => [] }
const handlers = { ...unexpected, ...answering } as Handlers

let server: Server
let port = 0
beforeAll(async () => {
  // The transport is under test, not the policy: every call is let through to the stub handlers.
  const boundary = { handlers, sessions: { within: <T>(_key: string, fn: () => T) => fn(), admit: () => null } }
  server = createLoopbackServer({
    boundary,
    sessions: { open: () => 'test-session', has: (key) => key === 'test-session' },
    staticDir,
    token,
    logger,
    bodyTimeoutMs: 400,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(staticDir, { recursive: true, force: true })
})

interface RawResponse {
  status: number
  headers: string
  body: string
  /** The server closed the connection. */
  closed: boolean
}

/** Writes raw bytes (optionally in timed parts) and reads until the server closes or answers in full. */
function raw(parts: Array<string | Buffer | { waitMs: number }>, options: { keepOpenMs?: number } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let received = ''
    let closed = false
    const finish = () => {
      const [head = '', ...rest] = received.split('\r\n\r\n')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)
      resolve({ status, headers: head.toLowerCase(), body: rest.join('\r\n\r\n'), closed })
    }
    const giveUp = setTimeout(() => {
      socket.destroy()
      finish()
    }, options.keepOpenMs ?? 3_000)
    socket.on('data', (chunk) => (received += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      closed = true
      clearTimeout(giveUp)
      finish()
    })
    socket.on('connect', () => {
      void (async () => {
        for (const part of parts) {
          if (typeof part === 'object' && 'waitMs' in part) await new Promise((r) => setTimeout(r, part.waitMs))
          else if (!socket.destroyed) socket.write(part)
        }
      })().catch(reject)
    })
  })
}

const host = () => `127.0.0.1:${port}`
const get = (target: string, extraHeaders = '') =>
  raw([`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n${extraHeaders}\r\n`])
const post = (channel: string, body: string, extraHeaders = '') =>
  raw([
    `POST /api/${channel} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\nX-Roundtable-Token: ${token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n${body}`,
  ])

async function stillServes() {
  const response = await post('cases:list', '{}')
  expect(response.status).toBe(200)
  expect(JSON.parse(response.body)).toEqual({ ok: true, value: [] })
}

describe('malformed request targets get a 400 and the server stays up', () => {
  for (const target of ['//', '//a:99999/', 'http://[::1/', '/%zz', '/api/%zz', '/%E0%A4%A', '/a%00b', '*', 'http://127.0.0.1/']) {
    it(`GET ${target}`, async () => {
      const response = await get(target)
      expect(response.status).toBe(400)
      expect(response.body).not.toContain('Internal')
      await stillServes()
    })
  }

  it('a malformed channel name on the API is a 400 even with the token', async () => {
    const response = await post('%zz', '{}')
    expect(response.status).toBe(400)
    await stillServes()
  })

  it('requestPath accepts origin-form paths only, decoded', () => {
    expect(requestPath('/api/cases%3Alist?x=1')).toBe('/api/cases:list')
    expect(requestPath('/')).toBe('/')
    for (const bad of [undefined, '', '//', '//a:99999/', 'http://[::1/', '/%zz', '/%00']) expect(requestPath(bad)).toBeNull()
  })
})

describe('bodies', () => {
  it('a body over 5 MiB is answered 413 before the connection closes', async () => {
    const head = `POST /api/cases:list HTTP/1.1\r\nHost: ${host()}\r\nX-Roundtable-Token: ${token}\r\nContent-Length: ${MAX_BODY_BYTES + 1024}\r\n\r\n`
    const response = await raw([head, Buffer.alloc(64 * 1024, 'a')])
    expect(response.status).toBe(413)
    expect(response.closed).toBe(true)
    await stillServes()
  })

  it('a body that grows past 5 MiB without a declared length is answered 413 and closed', async () => {
    const head = `POST /api/cases:list HTTP/1.1\r\nHost: ${host()}\r\nX-Roundtable-Token: ${token}\r\nTransfer-Encoding: chunked\r\n\r\n`
    const chunk = Buffer.alloc(1024 * 1024, 'a')
    const chunked = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    const response = await raw([head, ...Array.from({ length: 6 }, () => chunked)])
    expect(response.status).toBe(413)
    expect(response.body).toBe('Request too large')
    expect(response.closed).toBe(true)
    await stillServes()
  })

  it('a body that trickles in too slowly times out with 408 and is closed', async () => {
    const head = `POST /api/cases:list HTTP/1.1\r\nHost: ${host()}\r\nX-Roundtable-Token: ${token}\r\nContent-Length: 100\r\n\r\n{`
    const started = Date.now()
    const response = await raw([head, { waitMs: 300 }, '"', { waitMs: 300 }, 'a'], { keepOpenMs: 3_000 })
    expect(response.status).toBe(408)
    expect(response.closed).toBe(true)
    expect(Date.now() - started).toBeLessThan(2_500)
    await stillServes()
  })

  it('a body that is not JSON is a 400', async () => {
    expect((await post('cases:list', '{not json')).status).toBe(400)
  })
})

describe('DNS rebinding: only our Host and Origin are served', () => {
  it('refuses another Host, a missing Host and a wrong port', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const response = await raw([`GET / HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`])
      expect(response.status, hostHeader).toBe(403)
    }
    const none = await raw([`GET / HTTP/1.0\r\n\r\n`])
    expect(none.status).toBe(403)
  })

  it('serves 127.0.0.1 and localhost on our port', async () => {
    expect((await get('/')).status).toBe(200)
    const viaLocalhost = await raw([`GET / HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`])
    expect(viaLocalhost.status).toBe(200)
    expect(viaLocalhost.body).toContain('<title>Roundtable</title>')
  })

  it('refuses a cross-origin Origin even with the token, and takes our own', async () => {
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
    ]) {
      const response = await post('cases:list', '{}', `Origin: ${origin}\r\n`)
      expect(response.status, origin).toBe(403)
    }
    const ours = await post('cases:list', '{}', `Origin: http://127.0.0.1:${port}\r\n`)
    expect(ours.status).toBe(200)
  })
})

describe('the token', () => {
  it('an API call without it is 401 and runs nothing', async () => {
    const response = await raw([`POST /api/cases:list HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}`])
    expect(response.status).toBe(401)
  })

  it('no request above was logged as an internal error', () => {
    expect(errors).toEqual([])
  })
})
