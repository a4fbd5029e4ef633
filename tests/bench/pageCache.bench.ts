/**
 * Issue 11: SQLite's page cache, chosen by measurement. An encrypted page
 * costs a decryption each time it is read from the file, so the cache size
 * decides how much of a session's scrolling is answered from memory. The
 * same mixed session (first, middle and last windows of the Cases, Triage
 * log and Actions tables, plain and filtered and sorted) runs through the
 * real dispatch at each size on the
 * 50,000-case database; the process's resident memory is printed beside it
 * (target: the main process under 300 MB with the large database open).
 *
 * mmap_size is not measured: SQLCipher reads every page through its
 * decrypting pager, so memory-mapping an encrypted file saves nothing.
 */
import { afterAll, bench, describe } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import type { Channel, InputOf } from '../../shared/ipc'
import { PAGE_CACHE_KIB } from '../../electron/main/db/connection'
import { cachedApp } from '../helpers/cachedApp'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'
import { seedTableScale } from '../helpers/tableScale'

const app = cachedApp('tables-50k', 1, (fresh) => seedTableScale(fresh, { cases: 50_000 }), { buildAt: 181 })
const boundary = boundaryFor(app, appHandlers(app).handlers)
afterAll(() => app.cleanup())

async function viaDispatch<K extends Channel>(channel: K, input: InputOf<K>): Promise<unknown> {
  const result = await dispatch(boundary, DESKTOP_SESSION, channel, input, silentLogger)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return JSON.stringify(result).length
}

const count = (sql: string) => (app.db.prepare(sql).get() as { n: number }).n
const cases = count('SELECT count(*) AS n FROM cases')
const triage = count('SELECT count(*) AS n FROM triage_entries')
const actions = count('SELECT count(*) AS n FROM actions')
const LIMIT = 100

/** One person's scrolling and opening, as a chair preparing a meeting would. */
async function session(): Promise<void> {
  for (const offset of [0, Math.floor(cases / 2), cases - LIMIT]) {
    await viaDispatch('cases:page', { offset, limit: LIMIT })
    await viaDispatch('cases:page', {
      offset: Math.floor(offset / 4),
      limit: LIMIT,
      filter: { status: 'open' },
      sort: { by: 'riskLevel', direction: 'asc' },
    })
  }
  for (const offset of [0, Math.floor(triage / 2), triage - LIMIT]) await viaDispatch('triage:page', { offset, limit: LIMIT })
  for (const offset of [0, Math.floor(actions / 2), actions - LIMIT]) await viaDispatch('actions:page', { offset, limit: LIMIT })
}

const sizes: Array<[string, number]> = [
  ['SQLite default (2 MiB)', 2000],
  ['16 MiB', 16 * 1024],
  [`${PAGE_CACHE_KIB / 1024} MiB (chosen)`, PAGE_CACHE_KIB],
  ['256 MiB', 256 * 1024],
]
const options = { time: 1500, warmupTime: 300, iterations: 5 }
const memory: string[] = []
afterAll(() => console.log(`Resident memory after each size's run:\n  ${memory.join('\n  ')}`))

for (const [label, kib] of sizes) {
  describe(`page cache ${label}`, () => {
    bench(
      'a session: 12 table windows',
      async () => {
        app.db.pragma(`cache_size = -${kib}`)
        await session()
      },
      {
        ...options,
        teardown: () => void memory.push(`${label}: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`),
      },
    )
  })
}
