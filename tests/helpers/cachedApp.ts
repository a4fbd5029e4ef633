/**
 * A large benchmark database built once and kept under .bench/ (ignored by
 * git): the build takes minutes at ten years' scale, a reopen milliseconds.
 * The file's name carries the schema its rows went in at and the
 * generator's version, so a changed generator (or an edited migration at or
 * before that schema) builds a fresh one. A migration added since is not a
 * rebuild: the cached file is migrated forward in place through every
 * shipped migration (pinned by sha256 in tests/db/shippedMigrations.ts, so
 * its text can never change under the cache), and each run's copy through
 * the unshipped rest. A sidecar (.json) records the sha256 of each migration
 * the cached file has run; one whose text no longer matches rebuilds.
 */
import { createHash } from 'node:crypto'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase } from '../../electron/main/db/connection'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import { migrations, type Migration } from '../../electron/main/db/migrations'
import * as agencies from '../../electron/main/services/agencies'
import type { ServiceContext } from '../../electron/main/services/context'
import * as session from '../../electron/main/services/session'
import { SessionStore } from '../../electron/main/services/sessionStore'
import type { User } from '../../shared/domain/users'
import { shippedMigrations } from '../db/shippedMigrations'
import { createTestApp, TEST_PASSPHRASE, type TestApp } from './db'

const folder = resolve(__dirname, '../../.bench')
const migrationsFolder = resolve(__dirname, '../../electron/main/db/migrations')

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

/** Each migration's file sha256, by version. */
function migrationFileHashes(): Map<number, { file: string; sha: string }> {
  const hashes = new Map<number, { file: string; sha: string }>()
  for (const file of readdirSync(migrationsFolder)) {
    const match = /^(\d{4})-[a-z0-9-]+\.(sql|ts)$/.exec(file)
    if (match?.[1]) hashes.set(Number(match[1]), { file, sha: sha256(readFileSync(join(migrationsFolder, file))) })
  }
  return hashes
}

/** The last version up to which every migration is shipped (its file matches its pin), so never changes. */
function lastShipped(all: readonly Migration[], hashes: Map<number, { file: string; sha: string }>): number {
  let last = 0
  for (const migration of all) {
    const found = hashes.get(migration.version)
    if (!found || shippedMigrations[found.file] !== found.sha) break
    last = migration.version
  }
  return last
}

interface CacheState {
  /** sha256 of each migration file the cached database has run, by version. */
  applied: Record<string, string>
}

/**
 * `buildAt`: the schema version the rows go in at; the file is then
 * migrated forward, so the summaries are filled set-based by their
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
  const buildAt = options.buildAt ?? latest
  // The text of the schema the rows go in at: an edited migration up to there builds afresh.
  const schema = sha256(
    migrations
      .filter((migration) => migration.version <= buildAt)
      .map((migration) => ('sql' in migration ? migration.sql : migration.up.toString()))
      .join('\n'),
  ).slice(0, 12)
  const file = join(folder, `${name}-at${buildAt}-${schema}-gen${generatorVersion}.db`)
  const keyFile = `${file}.key`
  const stateFile = `${file}.json`
  const hashes = migrationFileHashes()
  const shipped = Math.max(buildAt, lastShipped(migrations, hashes))
  const appliedNow = (version: number): Record<string, string> =>
    Object.fromEntries(
      migrations
        .filter((migration) => migration.version > buildAt && migration.version <= version)
        .map((migration) => [String(migration.version), hashes.get(migration.version)?.sha ?? '']),
    )
  let built = false
  let migrateMs: number | null = null
  if (existsSync(stateFile) && existsSync(file)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as CacheState
    const stale = Object.entries(state.applied).find(([version, sha]) => hashes.get(Number(version))?.sha !== sha)
    if (stale) {
      console.log(`Migration ${stale[0]} changed since the cached ${name} database ran it: building it afresh`)
      for (const old of [file, keyFile, stateFile]) rmSync(old, { force: true })
    }
  }
  if (!existsSync(file) || !existsSync(keyFile) || !existsSync(stateFile)) {
    const fresh = createTestApp(now, { upTo: buildAt })
    build(fresh)
    const started = performance.now()
    migrate(fresh.db, { upTo: shipped })
    migrateMs = performance.now() - started
    fresh.db.pragma('wal_checkpoint(TRUNCATE)')
    fresh.db.close()
    copyFileSync(fresh.file, file)
    chmodSync(file, 0o600)
    writeFileSync(keyFile, fresh.keyHex, { mode: 0o600 })
    writeFileSync(stateFile, JSON.stringify({ applied: appliedNow(shipped) } satisfies CacheState), { mode: 0o600 })
    fresh.cleanup()
    built = true
  } else {
    // Forward in place through the migrations shipped since the cache was last used.
    const cached = openDatabase(file, { keyHex: readFileSync(keyFile, 'utf8').trim() })
    try {
      if (schemaVersion(cached) < shipped) {
        const started = performance.now()
        migrate(cached, { upTo: shipped })
        console.log(`Migrated the cached ${name} database forward to ${shipped} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
        cached.pragma('wal_checkpoint(TRUNCATE)')
        writeFileSync(stateFile, JSON.stringify({ applied: appliedNow(shipped) } satisfies CacheState), { mode: 0o600 })
      }
    } finally {
      cached.close()
    }
  }
  // Each run works on a copy, so what a run writes (audit rows) never grows the cached file.
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
  const copy = join(dir, 'roundtable.db')
  copyFileSync(file, copy)
  const keyHex = readFileSync(keyFile, 'utf8').trim()
  const db = openDatabase(copy, { keyHex })
  // The migrations not shipped yet run on this run's copy only.
  if (schemaVersion(db) < latest) {
    const started = performance.now()
    migrate(db)
    console.log(
      `Migrated this run's copy of ${name} through the unshipped migrations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
  }
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
