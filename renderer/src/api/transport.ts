import { channels, type Channel, type RoundtableApi } from '../../../shared/ipc'
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

function createHttpApi(token: string): RoundtableApi {
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-roundtable-token': token, 'x-roundtable-session': sessionStorage.getItem(SESSION_KEY) ?? '' },
        body: JSON.stringify(input ?? {}),
      })
      const session = response.headers.get('x-roundtable-session')
      if (session) sessionStorage.setItem(SESSION_KEY, session)
      if (response.status === 401) {
        return { ok: false, error: { code: 'forbidden', message: 'This page is not connected to Roundtable. Open the address printed by "npm run web".' } }
      }
      if (!response.ok) return { ok: false, error: { code: 'internal', message: `The server answered ${response.status}.` } }
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Roundtable is not responding. Check it is still running.' } }
    }
  }
  return Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => call(channel, input)])) as RoundtableApi
}
