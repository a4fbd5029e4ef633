import { isDataChanged, isRestoreProgress, type PushEvent } from '../../../shared/events'
import { channels, type Channel, type RoundtableApi, type RoundtableEvents } from '../../../shared/ipc'
import type { Result } from '../../../shared/result'

const TOKEN_KEY = 'roundtable.token'
/** This tab's session with the server (web mode only): issued by the server, sent back with every call. */
const SESSION_KEY = 'roundtable.session'

/**
 * In Electron the preload exposes the contract as window.roundtable. In web
 * mode (tests, demos) the same contract is reached over the loopback server
 * with the per-run token from the URL, kept for this tab only.
 */
export function createApi(): RoundtableApi {
  if (window.roundtable) return window.roundtable
  return createHttpApi(readToken())
}

function readToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    // Keep the token out of the address bar, screenshots and history.
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

/**
 * What main pushes: what other windows or tabs changed, and the progress of
 * a restore this window asked for. In Electron the preload relays main's
 * pushes; in web mode this tab holds one event stream open to the server
 * (GET /api/events with the token and this tab's session), reconnecting if
 * it drops, and reads server-sent events from it: one stream for every
 * listener, so a restore's steps arrive on the stream already open when it
 * starts (the server answers nothing else while a restore runs).
 */
export function createEvents(): RoundtableEvents {
  if (window.roundtableEvents) return window.roundtableEvents
  httpEvents ??= createHttpEvents(readToken())
  return httpEvents
}

let httpEvents: RoundtableEvents | undefined

const RECONNECT_MS = 2_000

function createHttpEvents(token: string): RoundtableEvents {
  const listeners = new Set<(event: PushEvent) => void>()
  let controller: AbortController | null = null
  const start = () => {
    const own = new AbortController()
    controller = own
    const pause = () => new Promise((resolve) => setTimeout(resolve, RECONNECT_MS))
    const deliver = (event: PushEvent) => {
      for (const listener of listeners) listener(event)
    }
    const run = async () => {
      while (!own.signal.aborted) {
        const session = sessionStorage.getItem(SESSION_KEY)
        // The server issues this tab's session with its first answer; until then there is nothing to hear.
        if (!session) {
          await pause()
          continue
        }
        try {
          const response = await fetch('/api/events', {
            headers: { 'x-roundtable-token': token, 'x-roundtable-session': session },
            signal: own.signal,
          })
          if (response.ok && response.body) await readEvents(response.body, deliver)
        } catch {
          // Dropped (the server stopped, or this tab is closing): try again shortly.
        }
        if (!own.signal.aborted) await pause()
      }
    }
    void run()
  }
  const listen = (listener: (event: PushEvent) => void) => {
    listeners.add(listener)
    if (!controller) start()
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) {
        controller?.abort()
        controller = null
      }
    }
  }
  return {
    onDataChanged: (listener) =>
      listen((event) => {
        if (isDataChanged(event)) listener(event)
      }),
    onRestoreProgress: (listener) =>
      listen((event) => {
        if (isRestoreProgress(event)) listener(event)
      }),
  }
}

/** Reads `event:`/`data:` blocks separated by a blank line; comments (keep-alives) are skipped. */
async function readEvents(body: ReadableStream<Uint8Array>, listener: (event: PushEvent) => void): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n')
      if (!data) continue
      try {
        const event: unknown = JSON.parse(data)
        if (isDataChanged(event) || isRestoreProgress(event)) listener(event)
      } catch {
        // Not ours: ignored.
      }
    }
  }
}

function createHttpApi(token: string): RoundtableApi {
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-roundtable-token': token,
          'x-roundtable-session': sessionStorage.getItem(SESSION_KEY) ?? '',
        },
        body: JSON.stringify(input ?? {}),
      })
      const session = response.headers.get('x-roundtable-session')
      if (session) sessionStorage.setItem(SESSION_KEY, session)
      if (response.status === 401) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page is not connected to Roundtable. Open the address printed by "npm run web".' },
        }
      }
      if (!response.ok) return { ok: false, error: { code: 'internal', message: `The server answered ${response.status}.` } }
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Roundtable is not responding. Check it is still running.' } }
    }
  }
  return Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => call(channel, input)])) as RoundtableApi
}
