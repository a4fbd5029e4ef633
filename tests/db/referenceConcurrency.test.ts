/**
 * Several processes writing to one database at once (the built loopback
 * server, four copies on one data folder): every case still gets its own
 * reference, with no gaps. Needs `npm run build` first (npm test does).
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { Agency } from '../../shared/domain/agencies'
import type { CaseSummary } from '../../shared/domain/cases'
import type { SessionState } from '../../shared/domain/session'
import type { Result } from '../../shared/result'
import { startWebServer, stopWebServer } from '../helpers/webServer'

const servers: ChildProcess[] = []
const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-concurrency-'))
afterAll(async () => {
  await Promise.all(servers.map(stopWebServer))
  rmSync(dataDir, { recursive: true, force: true })
})

async function client(url: string) {
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token') ?? ''
  // Each server gives this client its own session, as it would a browser tab.
  let session = ''
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'x-roundtable-token': token, 'x-roundtable-session': session },
      body: JSON.stringify(input),
    })
    session = response.headers.get('x-roundtable-session') ?? ''
    const result = (await response.json()) as Result<T>
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value
  }
}

it('gives 80 cases created at once by 4 processes 80 distinct, consecutive references', async () => {
  if (!existsSync('out-web/server.mjs')) throw new Error('out-web/server.mjs is missing: run `npm run build` first.')
  const first = await startWebServer(dataDir)
  servers.push(first.process)
  const call = await client(first.url)
  const passphrase = 'concurrent passphrase'
  const agencies = await call<Agency[]>('agencies:list', {})
  const agencyId = agencies[0]?.id
  const state = await call<SessionState>('session:setUp', {
    organisationName: 'Team',
    userName: 'Ann Chair',
    agencyId,
    passphrase,
    passphraseConfirm: passphrase,
  })
  const userId = state.user?.id

  const others = await Promise.all([1, 2, 3].map(() => startWebServer(dataDir)))
  servers.push(...others.map((other) => other.process))
  const calls = [call, ...(await Promise.all(others.map((other) => client(other.url))))]
  for (const each of calls.slice(1)) await each('session:signIn', { userId, credential: passphrase })

  const created = await Promise.all(
    calls.flatMap((each, server) =>
      Array.from({ length: 20 }, (_, n) =>
        each<CaseSummary>('cases:create', {
          kind: 'individual',
          title: `Case ${server}-${n}`,
          keyworkerId: userId,
          leadAgencyId: agencyId,
          riskLevel: 'low',
        }),
      ),
    ),
  )
  const year = new Date().getUTCFullYear()
  const references = created.map((c) => c.reference).sort()
  expect(new Set(references).size).toBe(80)
  expect(references).toEqual(Array.from({ length: 80 }, (_, i) => `RT-${year}-${String(i + 1).padStart(4, '0')}`))
})
