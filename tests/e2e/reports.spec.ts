import { expect, setUpAs, test } from './fixtures'
import { tabTo } from './keyboard'
import { agencyId, call, userId } from './seed'

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

test('a chair opens Reports with g r, filters the cohort, shows a chart as a table and reads how a figure was worked out', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const keyworkerId = await userId(page, 'Priya Shah')
  const leadAgencyId = await agencyId(page, 'Housing trust')
  let northId = ''
  for (const [title, neighbourhood] of [
    ['North household', 'Harpurhey'],
    ['South household', 'Moston'],
  ] as const) {
    const created = await call(page, 'cases:create', {
      kind: 'family',
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'high',
    })
    await call(page, 'cases:update', {
      caseId: created.id,
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'high',
      nextReviewDate: null,
      neighbourhood,
    })
    if (neighbourhood === 'Harpurhey') {
      northId = created.id
      // Three ambulance call-outs in the three months before the case opened today.
      for (const days of [10, 40, 70]) await call(page, 'demand:add', { caseId: created.id, kind: 'ambulance', periodStart: daysAgo(days) })
    }
  }

  await page.keyboard.press('g')
  await page.keyboard.press('r')
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeFocused()
  await expect(page.getByText(/^2 cases opened between/)).toBeVisible()

  await tabTo(page, 'Neighbourhood')
  await page.keyboard.type('Harpurhey')
  await tabTo(page, 'Months before and since')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect(page.getByText('1 case opened between', { exact: false })).toContainText('in Harpurhey')
  await expect(page.getByText(/service contacts went from 1 a month in the 3 months before cases opened to 0 a month since/)).toBeVisible()

  await tabTo(page, 'Show as table: Demand before and after')
  await page.keyboard.press('Enter')
  const table = page.getByRole('table', { name: 'Service contacts before and since, per month' })
  await expect(table.getByRole('row', { name: /Ambulance call-outs/ }).getByRole('cell')).toHaveText(['3', '1', '0', '0', /^0\.0|^0$/])
  await expect(page.getByRole('button', { name: 'Show as chart: Demand before and after' })).toBeFocused()

  await tabTo(page, /^How was this worked out\? \(Ambulance call-outs/)
  await page.keyboard.press('Enter')
  const working = page.locator('details[open]').filter({ hasText: 'Ambulance call-outs' })
  await expect(working).toContainText('Unit cost: £216.00 at 2013-14 prices. Source: Greater Manchester Unit Cost Database')
  await expect(working).toContainText(/Uprated to \d{4}-\d{2} by the GDP deflator: × [\d.]+ ÷ 75\.4/)
  await expect(working).toContainText('Less deadweight 20% and optimism bias 25%')

  await tabTo(page, 'Intended recipients')
  await page.keyboard.type('Partnership board')
  await page.keyboard.press('Enter')
  const boardForm = page.getByRole('form', { name: 'Board report' })
  await expect(boardForm.getByRole('status')).toHaveText(/^Saved Board report \d{4}-\d{2}-01 to \d{4}-\d{2}-\d{2}\.docx$/)
  await tabTo(page, 'Table for CSV')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(boardForm.getByRole('status')).toHaveText(/^Saved Demand before and since \d{4}-\d{2}-01 to \d{4}-\d{2}-\d{2}\.csv$/)

  // The same rules on the case screen, for one case.
  // A hash change keeps this tab's session (a fresh page load would drop its token).
  await page.evaluate((id) => (window.location.hash = `#/cases/${id}`), northId)
  const caseSection = page.getByRole('region', { name: 'Demand before and since this case opened' })
  await expect(caseSection).toContainText(
    'Across all kinds, service contacts went from 0.3 a month in the 12 months before cases opened to 0 a month since.',
  )
  await expect(page.getByText(/^Opened .*: 12 months before compared with 0 months since\.$/)).toBeVisible()
})
