import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../electron/main/db/connection'
import { migrate } from '../../electron/main/db/migrate'
import * as agencies from '../../electron/main/services/agencies'
import type { ServiceContext } from '../../electron/main/services/context'
import * as session from '../../electron/main/services/session'
import { SessionStore } from '../../electron/main/services/sessionStore'
import * as casesService from '../../electron/main/services/cases'
import * as users from '../../electron/main/services/users'
import { caseCreateInput, type CaseCreateInput } from '../../shared/domain/cases'
import type { Agency } from '../../shared/domain/agencies'
import { credentialKindFor } from '../../shared/domain/credentials'
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
  /** The credential each user was given by set-up or makeUser, for signInAs. */
  credentials: Map<string, string>
}

/** Every test administrator's passphrase and every other test user's PIN. */
export const TEST_PASSPHRASE = 'correct horse battery'
export const TEST_PIN = '246810'
export const testCredentialFor = (role: UserRole): string => (credentialKindFor(role) === 'passphrase' ? TEST_PASSPHRASE : TEST_PIN)

/**
 * A migrated database with the default agencies, set up and signed in as an
 * administrator. `upTo` stops the schema at an older version (a benchmark
 * fills it and then upgrades, as a real database would be).
 */
export function createTestApp(now = '2026-11-22T10:00:00.000Z', options: { upTo?: number } = {}): TestApp {
  const base = createTestDb(options)
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
  const state = session.setUp(ctx, store, {
    organisationName: 'Test Team',
    userName: 'Alex Admin',
    agencyId: agency('ASC').id,
    passphrase: TEST_PASSPHRASE,
    passphraseConfirm: TEST_PASSPHRASE,
  })
  if (!state.user) throw new Error('Set-up did not sign in')
  const credentials = new Map([[state.user.id, TEST_PASSPHRASE]])
  return { ...base, ctx, session: store, setNow: (iso) => (clock = new Date(iso)), admin: state.user, agency, credentials }
}

/** Signs in as a user through the real sign-in, with the credential they were given. */
export function signInAs(app: TestApp, user: Pick<User, 'id'>) {
  return session.signIn(app.ctx, app.session, { userId: user.id, credential: app.credentials.get(user.id) ?? '' })
}

/** A user created by the signed-in administrator, with the test PIN (or passphrase) for their role. */
export function makeUser(app: TestApp, overrides: { name?: string; agencyShortName?: string; role?: UserRole } = {}): User {
  const role = overrides.role ?? 'practitioner'
  const credential = testCredentialFor(role)
  const user = users.create(app.ctx, {
    name: overrides.name ?? 'Sam Keyworker',
    agencyId: app.agency(overrides.agencyShortName ?? 'Housing').id,
    role,
    credential,
  })
  app.credentials.set(user.id, credential)
  return user
}

/** A case created through the service, as the New case form does. */
export function makeCase(app: TestApp, overrides: Partial<CaseCreateInput> = {}) {
  return casesService.create(
    app.ctx,
    caseCreateInput.parse({
      kind: 'family',
      title: 'The Okafor family',
      keyworkerId: app.admin.id,
      leadAgencyId: app.agency('Housing').id,
      riskLevel: 'medium',
      ...overrides,
    }),
  )
}
