import { expect, setUpAs, signInAs, test } from './fixtures'
import { E2E_PASSPHRASE } from './seed'

test('a practitioner creates a case by keyboard, finds it in the table, and it survives a restart', async ({ page, server }) => {
  await setUpAs(page, server)
  await expect(page.getByText('No cases yet: press N to add one.')).toBeVisible()

  // Open the form with the "n" shortcut and fill it without the mouse.
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Case title')).toBeFocused()
  await page.keyboard.type('The Okafor family')
  // Tab on to the type of case and choose Family with the arrow key.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radio', { name: 'Individual' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: 'Family' })).toBeChecked()
  await dialog.getByRole('radio', { name: 'High' }).focus()
  await page.keyboard.press('Space')
  await dialog.getByLabel('Next review date').focus()
  await page.keyboard.type('15/01/2027')
  await dialog.getByRole('button', { name: 'Create case' }).focus()
  await page.keyboard.press('Enter')

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status')).toHaveText(/Case RT-\d{4}-0001 created/)
  const row = page.getByRole('row', { name: /The Okafor family/ })
  await expect(row).toContainText(/RT-\d{4}-0001/)
  await expect(row).toContainText('Family')
  await expect(row).toContainText('High')
  await expect(row).toContainText('Priya Shah')
  await expect(row).toContainText('Mental health trust')
  await expect(row).toContainText('15 Jan 2027')

  // Restart the server on the same data folder and reload: the case was stored.
  await server.restart()
  await page.goto(server.url)
  await signInAs(page, 'Priya Shah, Mental health trust', E2E_PASSPHRASE)
  await expect(page.getByRole('row', { name: /The Okafor family/ })).toContainText(/RT-\d{4}-0001/)
})

test('bad input shows an error at the field and creates nothing', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.getByRole('button', { name: 'New case' }).click()
  const dialog = page.getByRole('dialog', { name: 'New case' })
  // No title and no risk level: submit straight away.
  await dialog.getByRole('button', { name: 'Create case' }).press('Enter')

  const summary = dialog.getByRole('alert')
  await expect(summary).toContainText('There is a problem')
  await expect(summary).toBeFocused()
  await expect(dialog.getByLabel('Case title')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('Error: Enter a case title')).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Risk level' })).toContainText('Choose a risk level')

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByText('No cases yet: press N to add one.')).toBeVisible()
})

test('the cases table filters by risk and searches by text', async ({ page, server }) => {
  await setUpAs(page, server)
  for (const [title, risk] of [
    ['Adams household', 'High'],
    ['Bell, Jordan', 'Low'],
    ['Chen family', 'High'],
  ] as const) {
    await page.getByRole('button', { name: 'New case' }).click()
    const dialog = page.getByRole('dialog', { name: 'New case' })
    await dialog.getByLabel('Case title').fill(title)
    await dialog.getByRole('radio', { name: risk }).check()
    await dialog.getByRole('button', { name: 'Create case' }).click()
    await expect(dialog).toBeHidden()
  }
  const table = page.getByRole('table', { name: 'Cases' })
  await expect(table.getByRole('row')).toHaveCount(4)

  await page.getByRole('combobox', { name: 'Risk' }).selectOption('high')
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table).not.toContainText('Bell, Jordan')
  await expect(page.getByText('2 of 3 rows')).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search' }).fill('chen')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Chen family')
})
