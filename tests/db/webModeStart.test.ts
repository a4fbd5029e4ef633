/**
 * Starting the built loopback server (out-web/server.mjs; `npm run build`
 * first, as npm test does): a port in use is a clear message before any
 * database is opened, the data folder is the owner's only, and exports go
 * to the folder named for them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeAll, expect, it } from 'vitest'
import type { Agency } from '../../shared/domain/agencies'
import type { ExportResult } from '../../shared/domain/exports'
import type { Result } from '../../shared/result'
import { TEST_PASSPHRASE } from '../helpers/db'
import { startWebServer, stopWebServer } from '../helpers/webServer'

let root = ''
const children: ChildProcess[] = []
let blocker: Server | undefined
beforeAll(() => {
  if (!existsSync('out-web/server.mjs')) throw new Error('out-web/server.mjs is missing: run `npm run build` first.')
})
afterEach(async () => {
  await Promise.all(children.splice(0).map(stopWebServer))
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)))
  blocker = undefined
  if (root) rmSync(root, { recursive: true, force: true })
})

const mode = (path: string) => statSync(path).mode & 0o777

it('a port already in use is a clear message, and no database is opened', async () => {
  root = mkdtempSync(join(tmpdir(), 'roundtable-web-'))
  const server = createServer()
  blocker = server
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const dataDir = join(root, 'data')

  const child = spawn(process.execPath, ['out-web/server.mjs', '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))

  expect(code).toBe(1)
  expect(output).toContain(`Roundtable could not start: port ${port} on 127.0.0.1 is already in use.`)
  expect(output).not.toContain('ROUNDTABLE_URL')
  expect(existsSync(join(dataDir, 'roundtable.db'))).toBe(false)
})

it('tightens a loose data folder, creates its files owner-only and writes exports to the named folder', async () => {
  root = mkdtempSync(join(tmpdir(), 'roundtable-web-'))
  const dataDir = join(root, 'data')
  const exportsDir = join(root, 'chosen exports')
  mkdirSync(dataDir)
  chmodSync(dataDir, 0o755)
  writeFileSync(join(dataDir, 'notes.txt'), 'left by hand', { mode: 0o644 })

  const started = await startWebServer(dataDir, ['--exports-dir', exportsDir])
  children.push(started.process)
  const { origin, searchParams } = new URL(started.url)
  // Each tab has its own session: carry the key the server gives back, as the renderer does.
  let sessionKey = ''
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'x-roundtable-token': searchParams.get('token') ?? '', 'x-roundtable-session': sessionKey },
      body: JSON.stringify(input),
    })
    sessionKey = response.headers.get('x-roundtable-session') ?? sessionKey
    const result = (await response.json()) as Result<T>
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value
  }
  const agencies = await call<Agency[]>('agencies:list', {})
  await call('session:setUp', {
    organisationName: 'Team',
    userName: 'Ann Admin',
    agencyId: agencies[0]?.id,
    passphrase: TEST_PASSPHRASE,
    passphraseConfirm: TEST_PASSPHRASE,
  })
  const exported = await call<ExportResult>('exports:csv', { table: 'cases', recipients: '' })

  expect(mode(dataDir)).toBe(0o700)
  for (const file of ['roundtable.db', 'web-mode.key', 'notes.txt']) expect(mode(join(dataDir, file)), file).toBe(0o600)
  const backups = readdirSync(join(dataDir, 'backups'))
  expect(backups.length).toBeGreaterThan(0)
  expect(mode(join(dataDir, 'backups'))).toBe(0o700)
  for (const backup of backups) expect(mode(join(dataDir, 'backups', backup)), backup).toBe(0o600)

  expect(exported.savedTo).not.toBeNull()
  expect(dirname(exported.savedTo ?? '')).toBe(exportsDir)
  expect(mode(exportsDir)).toBe(0o700)
  expect(mode(exported.savedTo ?? '')).toBe(0o600)
  expect(existsSync(join(dataDir, 'exports'))).toBe(false)
})
