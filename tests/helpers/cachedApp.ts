/**
 * A large benchmark database built once and kept under .bench/ (ignored by
 * git): the build takes minutes at ten years' scale, a reopen milliseconds.
 * The file's name carries the schema version and the generator's version,
 * so a new migration or a changed generator builds a fresh one.
 */
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase } from '../../electron/main/db/connection'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { migrations } from '../../electron/main/db/migrations'
import * as agencies from '../../electron/main/services/agencies'
import type { ServiceContext } from '../../electron/main/services/context'
import * as session from '../../electron/main/services/session'
import { SessionStore } from '../../electron/main/services/sessionStore'
import type { User } from '../../shared/domain/users'
import { createTestApp, TEST_PASSPHRASE, type TestApp } from './db'

const folder = resolve(__dirname, '../../.bench')

/**
 * `buildAt`: the schema version the rows go in at; the file is then
 * migrated to the latest, so the summaries are filled set-based by their
 * migration rather than row by row by its triggers (minutes instead of hours).
 */
export function cachedApp(
  name: string,
  generatorVersion: number,
  build: (app: TestApp) => void,
  options: { buildAt?: number; now?: string } = {},
): TestApp & { built: boolean; migrateMs: number | null } {
  const now = options.now ?? '2026-11-22T10:00:00.000Z'
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const latest = migrations.at(-1)?.version ?? 0
  // The schema's own text: an edited (unshipped) migration builds afresh too.
  const schema = createHash('sha256')
    .update(migrations.map((migration) => ('sql' in migration ? migration.sql : migration.up.toString())).join('\n'))
    .digest('hex')
    .slice(0, 12)
  const file = join(folder, `${name}-schema${latest}-${schema}-gen${generatorVersion}.db`)
  const keyFile = `${file}.key`
  let built = false
  let migrateMs: number | null = null
  if (!existsSync(file) || !existsSync(keyFile)) {
    const fresh = createTestApp(now, options.buildAt === undefined ? {} : { upTo: options.buildAt })
    build(fresh)
    const started = performance.now()
    migrate(fresh.db)
    migrateMs = performance.now() - started
    fresh.db.pragma('wal_checkpoint(TRUNCATE)')
    fresh.db.close()
    copyFileSync(fresh.file, file)
    chmodSync(file, 0o600)
    writeFileSync(keyFile, fresh.keyHex, { mode: 0o600 })
    fresh.cleanup()
    built = true
  }
  // Each run works on a copy, so what a run writes (audit rows) never grows the cached file.
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
  const copy = join(dir, 'roundtable.db')
  copyFileSync(file, copy)
  const keyHex = readFileSync(keyFile, 'utf8').trim()
  const db = openDatabase(copy, { keyHex })
  migrate(db)
  if (schemaVersion(db) !== latest) throw new Error('The cached benchmark database is not at the latest schema')
  let clock = new Date(now)
  const store = new SessionStore()
  const ctx: ServiceContext = { db, now: () => clock, actorId: () => store.current() }
  const all = agencies.list({ ...ctx, actorId: () => null }, true)
  const admin = db
    .prepare<[], User>("SELECT id, name, agency_id AS agencyId, role, active FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1")
    .get()
  if (!admin) throw new Error('The cached benchmark database has no administrator')
  const state = session.signIn(ctx, store, { userId: admin.id, credential: TEST_PASSPHRASE })
  if (!state.user) throw new Error('Could not sign in to the cached benchmark database')
  const opened = [db]
  return {
    db,
    file: copy,
    keyHex,
    dir,
    ctx,
    session: store,
    setNow: (iso) => (clock = new Date(iso)),
    admin: state.user,
    agency: (shortName) => {
      const found = all.find((candidate) => candidate.shortName === shortName)
      if (!found) throw new Error(`No agency ${shortName}`)
      return found
    },
    credentials: new Map([[admin.id, TEST_PASSPHRASE]]),
    reopen: () => {
      const again = openDatabase(copy, { keyHex })
      opened.push(again)
      return again
    },
    cleanup: () => {
      for (const connection of opened) if (connection.open) connection.close()
      rmSync(dir, { recursive: true, force: true })
    },
    built,
    migrateMs,
  }
}
