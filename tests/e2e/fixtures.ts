import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import { startWebServer, stopWebServer } from '../helpers/webServer'
import { E2E_PASSPHRASE } from './seed'

export interface WebServer {
  url: string
  dataDir: string
  /** Stops the server and starts a new one on the same data folder (a "restart"). */
  restart: () => Promise<WebServer>
}

export const test = base.extend<{ server: WebServer }>({
  // Playwright requires the fixture's first argument to be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'))
    let current = await startWebServer(dataDir)
    const server: WebServer = {
      dataDir,
      get url() {
        return current.url
      },
      restart: async () => {
        await stopWebServer(current.process)
        current = await startWebServer(dataDir)
        return server
      },
    }
    await use(server)
    await stopWebServer(current.process)
    rmSync(dataDir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'

/** First run through the real set-up screen, by keyboard. */
export async function setUpAs(page: Page, server: WebServer, name = 'Priya Shah', agency = 'Mental health trust') {
  await page.goto(server.url)
  await page.getByLabel('Organisation').fill('Stretford Neighbourhood Team')
  await page.keyboard.press('Tab')
  await page.keyboard.type(name)
  await page.keyboard.press('Tab')
  await page.getByLabel('Your agency').selectOption({ label: agency })
  await page.keyboard.press('Tab')
  await page.keyboard.type(E2E_PASSPHRASE)
  await page.keyboard.press('Tab')
  await page.keyboard.type(E2E_PASSPHRASE)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
}

/** Signs in on the locked screen, by keyboard: pick the name, type the PIN or passphrase, Enter. */
export async function signInAs(page: Page, label: string, credential: string) {
  const who = page.getByLabel('Who are you?')
  await who.selectOption({ label })
  // After a refused attempt focus is on the error summary: start from the picker, as a user tabbing back would.
  await who.focus()
  await page.keyboard.press('Tab')
  await page.keyboard.type(credential)
  await page.keyboard.press('Enter')
}
