/**
 * Reports on the demo year (`npm run demo`): the same server, started with --demo
 * on its own folder. Loading the year runs every meeting through the services, so
 * this test allows minutes. With SCREENSHOTS=1 it also writes the README's
 * screenshots to docs/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, signInAs, test } from './fixtures'
import { tabTo } from './keyboard'
import { startWebServer, stopWebServer } from '../helpers/webServer'
import { call } from './seed'

const DEMO_PASSPHRASE = 'demo passphrase 2026'
const screenshots = process.env.SCREENSHOTS === '1'

test('a chair reads the OTR weekend cohort in the demo year: DEMO everywhere, repeats as a table, a Word report marked DEMO', async ({
  page,
}) => {
  test.setTimeout(480_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-demo-e2e-'))
  const server = await startWebServer(dataDir, ['--demo'], 420_000)
  try {
    await page.setViewportSize({ width: 1366, height: 850 })
    await page.goto(server.url)
    await expect(page).toHaveTitle('DEMO – Roundtable')
    await expect(page.getByRole('note')).toHaveText('DEMO DATA: made-up people and cases, for demonstration only')
    await signInAs(page, 'Alex Morgan, Council adult social care', DEMO_PASSPHRASE)
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
    await expect(page).toHaveTitle('DEMO – Roundtable')

    await page.keyboard.press('g')
    await page.keyboard.press('r')
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeFocused()
    await tabTo(page, 'Cases opened from')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('01/12/2025')
    await tabTo(page, 'Cases opened to')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('30/11/2026')
    await tabTo(page, 'Cohort')
    await page.getByLabel('Cohort', { exact: true }).selectOption({ label: 'OTR weekend' })
    await tabTo(page, 'Show report')
    await page.keyboard.press('Enter')

    // The screen shows what the services work out for the same filters.
    const cohorts = await call(page, 'cohorts:list', {})
    const otr = cohorts.find((cohort) => cohort.name === 'OTR weekend')
    expect(otr?.caseCount).toBeGreaterThan(5)
    const report = await call(page, 'reports:build', { from: '2025-12-01', to: '2026-11-30', cohortId: otr?.id })
    await expect(
      page.getByText(new RegExp(`^${report.cohortSize} cases opened between 01/12/2025 and 30/11/2026, in the cohort OTR weekend\\.$`)),
    ).toBeVisible()
    expect(report.repeats.contacts).toBeGreaterThan(report.cohortSize - 1)

    await tabTo(page, 'Show as table: Repeats and escalations by month')
    await page.keyboard.press('Enter')
    const table = page.getByRole('table', { name: 'Repeats and escalations by month' })
    await expect(table.getByRole('row')).toHaveCount(13)
    const december = report.repeats.months[0]
    await expect(
      table
        .getByRole('row', { name: /^Dec 2025/ })
        .getByRole('cell')
        .first(),
    ).toHaveText(String(december?.contacts))
    if (screenshots) {
      await page.keyboard.press('Enter')
      await page.getByRole('region', { name: 'Triage decisions by month' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'docs/screenshots/reports-triage-repeats.png' })
      await page.getByRole('region', { name: 'Demand before and after' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'docs/screenshots/reports-demand-cost.png' })
      await page.getByRole('heading', { name: 'Reports', level: 1 }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'docs/screenshots/reports-filters.png' })
    }

    await tabTo(page, 'Intended recipients')
    await page.keyboard.type('Partnership board')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('form', { name: 'Board report' }).getByRole('status')).toHaveText(
      'Saved DEMO Board report 2025-12-01 to 2026-11-30.docx',
      { timeout: 60_000 },
    )
  } finally {
    await stopWebServer(server.process)
    rmSync(dataDir, { recursive: true, force: true })
  }
})
