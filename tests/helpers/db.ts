import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../electron/main/db/connection'
import { migrate } from '../../electron/main/db/migrate'
import * as agencies from '../../electron/main/services/agencies'
import type { ServiceContext } from '../../electron/main/services/context'
import * as session from '../../electron/main/services/session'
import { SessionStore } from '../../electron/main/services/session'
import * as casesService from '../../electron/main/services/cases'
import * as users from '../../electron/main/services/users'
import { caseCreateInput, type CaseCreateInput } from '../../shared/domain/cases'
import type { Agency } from '../../shared/domain/agencies'
import type { User, UserRole } from '../../shared/domain/users'

export interface TestDb {
  db: Db
  file: string
  keyHex: string
  dir: string
  /** Reopens the same file (a restart). */
  reopen: () => Db
  cleanup: () => void
}

/** A real, encrypted SQLite file in a fresh temp folder; migrated unless `upTo` says otherwise. */
export function createTestDb(options: { upTo?: number; migrateNow?: boolean } = {}): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-test-'))
  const file = join(dir, 'roundtable.db')
  const keyHex = randomBytes(32).toString('hex')
  const db = openDatabase(file, { keyHex })
  if (options.migrateNow !== false) migrate(db, options.upTo === undefined ? {} : { upTo: options.upTo })
  const opened: Db[] = [db]
  return {
    db,
    file,
    keyHex,
    dir,
    reopen: () => {
      const again = openDatabase(file, { keyHex })
      opened.push(again)
      return again
    },
    cleanup: () => {
      for (const connection of opened) if (connection.open) connection.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface TestApp extends TestDb {
  ctx: ServiceContext
  session: SessionStore
  /** Moves the clock used by services. */
  setNow: (iso: string) => void
  admin: User
  agency: (shortName: string) => Agency
}

/** A migrated database with the default agencies, set up and signed in as an administrator. */
export function createTestApp(now = '2026-11-22T10:00:00.000Z'): TestApp {
  const base = createTestDb()
  let clock = new Date(now)
  const store = new SessionStore()
  const ctx: ServiceContext = { db: base.db, now: () => clock, actorId: () => store.current() }
  agencies.seedDefaults(ctx)
  const all = agencies.list(ctx, true)
  const agency = (shortName: string) => {
    const found = all.find((candidate) => candidate.shortName === shortName)
    if (!found) throw new Error(`No agency ${shortName}`)
    return found
  }
  const state = session.setUp(ctx, store, { organisationName: 'Test Team', userName: 'Alex Admin', agencyId: agency('ASC').id })
  if (!state.user) throw new Error('Set-up did not sign in')
  return { ...base, ctx, session: store, setNow: (iso) => (clock = new Date(iso)), admin: state.user, agency }
}

export function makeUser(app: TestApp, overrides: { name?: string; agencyShortName?: string; role?: UserRole } = {}): User {
  return users.create(app.ctx, {
    name: overrides.name ?? 'Sam Keyworker',
    agencyId: app.agency(overrides.agencyShortName ?? 'Housing').id,
    role: overrides.role ?? 'practitioner',
  })
}

/** A case created through the service, as the New case form does. */
export function makeCase(app: TestApp, overrides: Partial<CaseCreateInput> = {}) {
  return casesService.create(
    app.ctx,
    caseCreateInput.parse({ kind: 'family', title: 'The Okafor family', keyworkerId: app.admin.id, leadAgencyId: app.agency('Housing').id, riskLevel: 'medium', ...overrides }),
  )
}
