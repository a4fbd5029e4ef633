import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import { ChangeFeed, dataChangedFor } from '../ipc/changeFeed'
import { dispatch, type Boundary } from '../ipc/dispatch'
import type { SafeLogger } from '../log'
import { CONTENT_SECURITY_POLICY } from '../security'

export const MAX_BODY_BYTES = 5 * 1024 * 1024
/** A request body that has not fully arrived by then is refused (408) and its connection closed. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000
/** The event stream says it is alive this often, so a dead tab's stream is noticed and closed. */
export const EVENTS_KEEPALIVE_MS = 15_000
/** GET here (token and session in the headers): what other tabs change, as server-sent events. */
export const EVENTS_PATH = '/api/events'

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
const TEXT = 'text/plain; charset=utf-8'

export interface LoopbackServerOptions {
  boundary: Boundary
  /** Issues and recognises the per-tab session keys. */
  sessions: { open(nowMs: number): string; has(key: string): boolean }
  /** The built renderer (out/renderer). */
  staticDir: string
  /** Random per run; every API call must carry it. */
  token: string
  logger: SafeLogger
  /** Defaults to DEFAULT_BODY_TIMEOUT_MS; tests make it short. */
  bodyTimeoutMs?: number
  /** Who hears what a call changed; one is made if none is given. */
  feed?: ChangeFeed
}

/** Raised by readBody: each maps to the status the client is told. */
class RequestRefused extends Error {
  constructor(
    readonly status: 400 | 408 | 413,
    message: string,
  ) {
    super(message)
    this.name = 'RequestRefused'
  }
}

/**
 * An HTTP server with nothing attached yet, whose header and request
 * timeouts are checked every second (Node's default is every 30 s). The
 * command line binds it before opening the database, so a port in use
 * fails cleanly, then attaches the loopback transport.
 */
export function createBareServer(bodyTimeoutMs = DEFAULT_BODY_TIMEOUT_MS): Server {
  return createServer({
    headersTimeout: bodyTimeoutMs,
    // Node's own backstop, a little later than ours so ours answers first.
    requestTimeout: bodyTimeoutMs + 2_000,
    connectionsCheckingInterval: Math.min(1_000, bodyTimeoutMs),
  })
}

/**
 * The test/demo transport: the same handler map as Electron IPC, over HTTP on
 * 127.0.0.1 only. POST /api/<channel> with the JSON input and the token in
 * the x-roundtable-token header; anything else serves the built renderer.
 * Each tab has its own session: a call without a known x-roundtable-session
 * key gets a new, signed-out one in the response's header, which the tab
 * sends from then on. A session key is only ever accepted together with
 * this run's token, and dies with the run. GET /api/events, with the same
 * two headers, is the tab's stream of what other tabs changed (server-sent
 * events carrying DataChanged: aggregate kinds and ids, never data).
 */
export function createLoopbackServer(options: LoopbackServerOptions): Server {
  const server = createBareServer(options.bodyTimeoutMs)
  attachLoopback(server, options)
  return server
}

export function attachLoopback(server: Server, options: LoopbackServerOptions): void {
  const expected = Buffer.from(options.token)
  const tokenMatches = (given: string | undefined) => {
    const candidate = Buffer.from(given ?? '')
    return candidate.length === expected.length && timingSafeEqual(candidate, expected)
  }
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS
  const feed = options.feed ?? new ChangeFeed()
  const listeningPort = () => {
    const address = server.address()
    return typeof address === 'object' && address ? address.port : -1
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    // Whatever goes wrong below is answered here: the server never dies of one request.
    void handle(request, response).catch((error: unknown) => {
      options.logger.error('http', 'request', error)
      if (!response.headersSent) send(response, 500, TEXT, 'Internal error')
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // DNS rebinding: a page on another site that resolves its name to
    // 127.0.0.1 sends its own Host and Origin; only ours are served.
    const port = listeningPort()
    const ours = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
    if (!ours.has((request.headers.host ?? '').toLowerCase())) return send(response, 403, TEXT, 'Unexpected Host')
    const origin = request.headers.origin
    if (origin !== undefined && !ours.has(/^http:\/\/([^/]+)$/i.exec(origin)?.[1]?.toLowerCase() ?? ''))
      return send(response, 403, TEXT, 'Cross-origin requests are refused')

    const path = requestPath(request.url)
    if (path === null) return send(response, 400, TEXT, 'Bad request')
    return path.startsWith('/api/') ? handleApi(path, request, response) : serveStatic(path, request, response)
  }

  async function handleApi(path: string, request: IncomingMessage, response: ServerResponse) {
    if (path === EVENTS_PATH) return handleEvents(request, response)
    if (request.method !== 'POST') return send(response, 405, TEXT, 'POST only')
    const header = request.headers['x-roundtable-token']
    if (!tokenMatches(typeof header === 'string' ? header : undefined)) return send(response, 401, TEXT, 'Missing or wrong token')
    let body: string
    try {
      body = await readBody(request, bodyTimeoutMs)
    } catch (error) {
      if (!(error instanceof RequestRefused)) throw error
      // Say why, then close: the rest of the body is not read.
      response.setHeader('connection', 'close')
      send(response, error.status, TEXT, error.message)
      response.on('finish', () => request.destroy())
      return
    }
    let input: unknown
    try {
      input = body.length === 0 ? undefined : JSON.parse(body)
    } catch {
      return send(response, 400, TEXT, 'Body must be JSON')
    }
    const given = request.headers['x-roundtable-session']
    const sessionKey = typeof given === 'string' && options.sessions.has(given) ? given : options.sessions.open(Date.now())
    const channel = path.slice('/api/'.length)
    // A restore's progress reaches this tab's own event stream while the call runs.
    const result = await dispatch(options.boundary, sessionKey, channel, input, options.logger, (progress) =>
      feed.toSession(sessionKey, progress),
    )
    response.setHeader('x-roundtable-session', sessionKey)
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result))
    const changed = dataChangedFor(channel, result)
    if (changed) feed.publish(changed, sessionKey)
  }

  /** One tab's stream of DataChanged events, for a session this run issued, with this run's token. */
  function handleEvents(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET') return send(response, 405, TEXT, 'GET only')
    const header = request.headers['x-roundtable-token']
    if (!tokenMatches(typeof header === 'string' ? header : undefined)) return send(response, 401, TEXT, 'Missing or wrong token')
    const given = request.headers['x-roundtable-session']
    if (typeof given !== 'string' || !options.sessions.has(given)) return send(response, 401, TEXT, 'Unknown session')
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    response.write(': connected\n\n')
    const unsubscribe = feed.subscribe(given, (event) => response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`))
    const keepAlive = setInterval(() => response.write(': alive\n\n'), EVENTS_KEEPALIVE_MS)
    const stop = () => {
      clearInterval(keepAlive)
      unsubscribe()
    }
    request.on('close', stop)
    response.on('close', stop)
  }

  async function serveStatic(pathname: string, request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, TEXT, 'GET only')
    const root = normalize(options.staticDir + sep)
    const requested = normalize(join(root, pathname))
    const file = requested.startsWith(root) && extname(requested) ? requested : join(root, 'index.html')
    try {
      const content = await readFile(file)
      send(response, 200, contentTypes[extname(file)] ?? 'application/octet-stream', content)
    } catch {
      send(response, 404, TEXT, 'Not found')
    }
  }
}

/**
 * The decoded path of an origin-form request target ("/a/b?x"), or null
 * for anything else: absolute or authority forms ("http://[::1/",
 * "//a:99999/"), malformed percent-encoding ("/%zz"), or a NUL.
 */
export function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/') || target.startsWith('//')) return null
  let url: URL
  try {
    url = new URL(target, 'http://127.0.0.1')
  } catch {
    return null
  }
  if (url.host !== '127.0.0.1') return null
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  return decoded.includes('\u0000') ? null : decoded
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  })
  response.end(body)
}

function readBody(request: IncomingMessage, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) return reject(new RequestRefused(413, 'Request too large'))
    const chunks: Buffer[] = []
    let size = 0
    const stop = (error: RequestRefused) => {
      clearTimeout(timer)
      request.removeAllListeners('data')
      request.pause()
      reject(error)
    }
    const timer = setTimeout(() => stop(new RequestRefused(408, 'Request body took too long')), timeoutMs)
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) stop(new RequestRefused(413, 'Request too large'))
      else chunks.push(chunk)
    })
    request.on('end', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
