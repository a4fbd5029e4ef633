import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import { dispatch, type Boundary } from '../ipc/dispatch'
import type { SafeLogger } from '../log'
import { CONTENT_SECURITY_POLICY } from '../security'

const MAX_BODY_BYTES = 5 * 1024 * 1024
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

export interface LoopbackServerOptions {
  boundary: Boundary
  /** Issues and recognises the per-tab session keys. */
  sessions: { open(nowMs: number): string; has(key: string): boolean }
  /** The built renderer (out/renderer). */
  staticDir: string
  /** Random per run; every API call must carry it. */
  token: string
  logger: SafeLogger
}

/**
 * The test/demo transport: the same handler map as Electron IPC, over HTTP on
 * 127.0.0.1 only. POST /api/<channel> with the JSON input and the token in
 * the x-roundtable-token header; anything else serves the built renderer.
 * Each tab has its own session: a call without a known x-roundtable-session
 * key gets a new, signed-out one in the response's header, which the tab
 * sends from then on. A session key is only ever accepted together with
 * this run's token, and dies with the run.
 */
export function createLoopbackServer(options: LoopbackServerOptions): Server {
  const expected = Buffer.from(options.token)
  const tokenMatches = (given: string | undefined) => {
    const candidate = Buffer.from(given ?? '')
    return candidate.length === expected.length && timingSafeEqual(candidate, expected)
  }

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const done = url.pathname.startsWith('/api/') ? handleApi(url, request, response) : serveStatic(url.pathname, response)
    done.catch((error: unknown) => {
      options.logger.error('http', url.pathname.startsWith('/api/') ? url.pathname.slice(5) : 'static', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
    })
  })

  async function handleApi(url: URL, request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only')
    const header = request.headers['x-roundtable-token']
    if (!tokenMatches(typeof header === 'string' ? header : undefined)) return send(response, 401, 'text/plain; charset=utf-8', 'Missing or wrong token')
    const body = await readBody(request)
    if (body === null) return send(response, 413, 'text/plain; charset=utf-8', 'Request too large')
    let input: unknown
    try {
      input = body.length === 0 ? undefined : JSON.parse(body)
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'Body must be JSON')
    }
    const given = request.headers['x-roundtable-session']
    const sessionKey = typeof given === 'string' && options.sessions.has(given) ? given : options.sessions.open(Date.now())
    const result = await dispatch(options.boundary, sessionKey, decodeURIComponent(url.pathname.slice('/api/'.length)), input, options.logger)
    response.setHeader('x-roundtable-session', sessionKey)
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result))
  }

  async function serveStatic(pathname: string, response: ServerResponse) {
    const root = normalize(options.staticDir + sep)
    const requested = normalize(join(root, decodeURIComponent(pathname)))
    const file = requested.startsWith(root) && extname(requested) ? requested : join(root, 'index.html')
    try {
      const content = await readFile(file)
      send(response, 200, contentTypes[extname(file)] ?? 'application/octet-stream', content)
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found')
    }
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  })
  response.end(body)
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
