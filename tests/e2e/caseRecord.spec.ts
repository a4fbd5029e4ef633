import { expect, setUpAs, test, type WebServer } from './fixtures'
import type { Page } from '@playwright/test'

async function createFamilyCase(page: Page, title: string, risk = 'Medium') {
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await page.keyboard.type(title)
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await dialog.getByRole('radio', { name: risk }).check()
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog).toBeHidden()
}

async function openCase(page: Page, title: string) {
  const row = page.getByRole('row', { name: new RegExp(title) })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
}

test.describe('the case record', () => {
  test('a family: add the subject and a child, record refused consent, see the marker everywhere', async ({ page, server }: { page: Page; server: WebServer }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'The Okafor family')
    await openCase(page, 'The Okafor family')

    await page.getByRole('button', { name: 'Add person' }).click()
    const add = page.getByRole('form', { name: 'Add person' })
    await expect(add.getByLabel('First name')).toBeFocused()
    await page.keyboard.type('Grace')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Okafor')
    await add.getByLabel('Date of birth').fill('01/06/1990')
    await add.getByLabel('NHS number').fill('943 476 5918')
    await add.getByRole('button', { name: 'Add person' }).click()
    await expect(add.getByRole('alert')).toContainText("This NHS number's check digit is wrong")
    await add.getByLabel('NHS number').fill('943 476 5919')
    await add.getByLabel('NHS number').press('Enter')
    await expect(page.getByRole('listitem', { name: 'Grace Okafor' })).toContainText('Subject of the case')

    await page.getByRole('button', { name: 'Add person' }).click()
    const child = page.getByRole('form', { name: 'Add person' })
    await child.getByLabel('First name').fill('Tobi')
    await child.getByLabel('Last name').fill('Okafor')
    await expect(child.getByLabel('Role in the case')).toHaveValue('child')
    await child.getByLabel('Date of birth').fill('01/12/2015')
    await child.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByRole('listitem', { name: 'Tobi Okafor' })).toContainText('(child)')
    await expect(page.getByRole('heading', { name: 'People (2)' })).toBeVisible()

    await page.getByRole('button', { name: 'Record consent for Grace' }).click()
    const consent = page.getByRole('form', { name: 'Record consent for Grace' })
    await consent.getByRole('radio', { name: 'Refused' }).check()
    await consent.getByLabel('Date').fill('01/11/2026')
    await consent.getByLabel('Lawful basis').selectOption({ label: 'Public task (statutory duties)' })
    await consent.getByRole('button', { name: 'Record consent' }).click()
    await expect(page.getByRole('listitem', { name: 'Grace Okafor' })).toContainText('Consent to share: Refused')
    await expect(page.locator('header').getByText('No consent to share')).toBeVisible()

    await page.keyboard.press('g')
    await page.keyboard.press('c')
    await expect(page.getByRole('row', { name: /The Okafor family/ })).toContainText('No consent to share')
  })

  test('closing needs a reason; reopening is counted and in the timeline', async ({ page, server }: { page: Page; server: WebServer }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'Bell household')
    await openCase(page, 'Bell household')
    const status = page.getByRole('form', { name: 'Change status' })
    await status.getByLabel('New status').selectOption('closed')
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(status.getByRole('alert')).toContainText('Choose why the case is closing')
    await status.getByLabel('Why the case is closing').selectOption({ label: 'Moved away' })
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(page.getByText('The case is Closed (Moved away).')).toBeVisible()
    await status.getByLabel('New status').selectOption({ label: 'Reopen' })
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(page.getByText('reopened 1×')).toBeVisible()
    const timeline = page.getByRole('list', { name: 'Timeline entries' })
    await expect(timeline.getByRole('listitem').first()).toContainText('Status: Closed → Open')
  })
})
