import { expect, setUpAs, test } from './fixtures'
import { tabTo } from './keyboard'
import { agencyId, call, userId } from './seed'

test('a cohort is created in Reports, filled from the filters, chosen as a filter, and a case joins and leaves it from its record', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const keyworkerId = await userId(page, 'Priya Shah')
  const leadAgencyId = await agencyId(page, 'Housing trust')
  const ids: Record<string, string> = {}
  for (const [title, neighbourhood] of [
    ['North household', 'Harpurhey'],
    ['South household', 'Moston'],
  ] as const) {
    const created = await call(page, 'cases:create', {
      kind: 'family',
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'medium',
    })
    await call(page, 'cases:update', {
      caseId: created.id,
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'medium',
      nextReviewDate: null,
      neighbourhood,
    })
    ids[neighbourhood] = created.id
  }

  await page.keyboard.press('g')
  await page.keyboard.press('r')
  await expect(page.getByText(/^2 cases opened between/)).toBeVisible()

  await tabTo(page, 'New cohort')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Name of the cohort')).toBeFocused()
  await page.keyboard.type('OTR weekend')
  await page.keyboard.press('Enter')
  const cohorts = page.getByRole('table', { name: 'Cohorts' })
  await expect(cohorts.getByRole('row', { name: /OTR weekend/ }).getByRole('cell')).toHaveText([
    'OTR weekend',
    'In use',
    '0',
    /Add the cases found/,
  ])
  // The same name again is refused at its field.
  await tabTo(page, 'New cohort')
  await page.keyboard.press('Enter')
  await page.keyboard.type('otr weekend')
  await page.keyboard.press('Enter')
  await expect(page.getByText('A cohort called "OTR weekend" already exists').first()).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()

  // Filter to Harpurhey, then add the cases found.
  await tabTo(page, 'Neighbourhood')
  await page.keyboard.type('Harpurhey')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/^1 case opened between/)).toBeVisible()
  await tabTo(page, 'Add the cases found to OTR weekend')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Cohorts' }).getByRole('status')).toHaveText('1 case added to OTR weekend; it now has 1.')

  // Report on the cohort alone, every neighbourhood.
  await page.getByLabel('Neighbourhood').fill('')
  await page.getByLabel('Cohort', { exact: true }).selectOption({ label: 'OTR weekend' })
  await page.getByRole('button', { name: 'Show report' }).click()
  await expect(page.getByText(/^1 case opened between .*, in the cohort OTR weekend\.$/)).toBeVisible()

  // The south case joins from its record, and leaves again.
  await page.evaluate((id) => (window.location.hash = `#/cases/${id}`), ids.Moston ?? '')
  const section = page.getByRole('region', { name: 'Cohorts' })
  await expect(section).toContainText('Not in any cohort.')
  await section.getByLabel('Add to cohort').selectOption({ label: 'OTR weekend' })
  await section.getByRole('button', { name: 'Add to cohort' }).click()
  await expect(section.getByRole('listitem')).toHaveText(/^OTR weekend, since \d{1,2} \w+ \d{4}/)
  await section.getByRole('button', { name: 'Take out of OTR weekend' }).click()
  await expect(section).toContainText('Not in any cohort.')
})
