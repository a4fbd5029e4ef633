import type { Page } from '@playwright/test'
import { credentialKindFor } from '../../shared/domain/credentials'
import type { Channel, InputOf, OutputOf } from '../../shared/ipc'
import type { UserRole } from '../../shared/domain/users'

/**
 * Seeds data through the same contract the screens use (the loopback API,
 * with this tab's token and the signed-in user), so a test of table
 * features does not spend a minute typing its fixtures. The behaviour under
 * test is still driven through the screen.
 */
export async function call<C extends Channel>(
  page: Page,
  channel: C,
  // A channel whose input has a default (most take none) may be called without one.
  ...[input]: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]
): Promise<OutputOf<C>> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-roundtable-token': sessionStorage.getItem('roundtable.token') ?? '',
          // The tab's own session, so a seeded call acts as whoever is signed in in this tab.
          'x-roundtable-session': sessionStorage.getItem('roundtable.session') ?? '',
        },
        body: JSON.stringify(body),
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    [channel, input ?? {}] as const,
  )
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`)
  return result.value as OutputOf<C>
}

/** A value a seeding step must have found (the case just made, its agenda item): a clear failure otherwise. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Seeding did not find ${what}`)
  return value
}

export const agencyId = async (page: Page, name: string) => {
  const agencies = await call(page, 'agencies:list', { includeInactive: false })
  const found = agencies.find((agency) => agency.name === name)
  if (!found) throw new Error(`No agency ${name}`)
  return found.id
}

export const userId = async (page: Page, name: string) => {
  const users = await call(page, 'users:list')
  const found = users.find((user) => user.name === name)
  if (!found) throw new Error(`No user ${name}`)
  return found.id
}

/** The passphrase every e2e administrator is set up with, and the PIN every other e2e user gets. */
export const E2E_PASSPHRASE = 'stretford team passphrase'
export const E2E_PIN = '482916'
export const e2eCredentialFor = (role: UserRole): string => (credentialKindFor(role) === 'passphrase' ? E2E_PASSPHRASE : E2E_PIN)

export interface SeededUser {
  id: string
  name: string
  credential: string
}

/** Creates a user (as the signed-in administrator) with the e2e PIN or passphrase for their role. */
export async function addUser(page: Page, input: { name: string; agencyId: string; role: UserRole }): Promise<SeededUser> {
  const credential = e2eCredentialFor(input.role)
  const created = await call(page, 'users:create', { ...input, credential })
  return { id: created.id, name: input.name, credential }
}

/** Signs this tab in as a seeded user through the real sign-in channel (the screen follows on reload). */
export async function signInThroughApi(page: Page, user: Pick<SeededUser, 'id' | 'credential'>): Promise<void> {
  await call(page, 'session:signIn', { userId: user.id, credential: user.credential })
}
