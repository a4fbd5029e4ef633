import type { Page } from '@playwright/test'

/**
 * Seeds data through the same contract the screens use (the loopback API,
 * with this tab's token and the signed-in user), so a test of table
 * features does not spend a minute typing its fixtures. The behaviour under
 * test is still driven through the screen.
 */
export async function call<T = unknown>(page: Page, channel: string, input: unknown = {}): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-roundtable-token': sessionStorage.getItem('roundtable.token') ?? '' },
        body: JSON.stringify(body),
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    [channel, input] as const,
  )
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message ?? 'unknown error'}`)
  return result.value as T
}

interface Named {
  id: string
  name: string
}

export const agencyId = async (page: Page, name: string) => {
  const agencies = await call<Named[]>(page, 'agencies:list', { includeInactive: false })
  const found = agencies.find((agency) => agency.name === name)
  if (!found) throw new Error(`No agency ${name}`)
  return found.id
}

export const userId = async (page: Page, name: string) => {
  const users = await call<Named[]>(page, 'users:list')
  const found = users.find((user) => user.name === name)
  if (!found) throw new Error(`No user ${name}`)
  return found.id
}
