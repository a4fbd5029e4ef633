import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, setUpAs, test } from './fixtures'
import { agencyId, call, E2E_PIN, userId } from './seed'

test('an administrator adds and renames an agency, deactivates it, and adds a keyworker', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('s')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused()

  await page.getByRole('button', { name: 'Add agency' }).click()
  const addForm = page.getByRole('form', { name: 'Add agency' })
  await expect(addForm.getByLabel('Agency name')).toBeFocused()
  await page.keyboard.type('Trafford Housing Trust')
  await page.keyboard.press('Tab')
  await page.keyboard.type('THT')
  await page.keyboard.press('Enter')
  const agencies = page.getByRole('table', { name: 'Agencies' })
  await expect(agencies.getByRole('row', { name: /Trafford Housing Trust/ })).toContainText('Active')
  // Focus lands on the agency just added, not the top of the page.
  await expect(page.getByRole('button', { name: 'Rename Trafford Housing Trust' })).toBeFocused()

  await page.getByRole('button', { name: 'Rename Trafford Housing Trust' }).click()
  const renameForm = page.getByRole('form', { name: 'Rename Trafford Housing Trust' })
  await renameForm.getByLabel('Agency name').fill('Police')
  await renameForm.getByRole('button', { name: 'Save name' }).click()
  await expect(renameForm.getByRole('alert')).toContainText('An agency called "Police" already exists')
  await renameForm.getByLabel('Agency name').fill('Irwell Valley Homes')
  await renameForm.getByRole('button', { name: 'Save name' }).click()
  await expect(agencies.getByRole('row', { name: /Irwell Valley Homes/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Rename Irwell Valley Homes' })).toBeFocused()

  await page.getByRole('button', { name: 'Deactivate Irwell Valley Homes' }).click()
  await expect(agencies.getByRole('row', { name: /Irwell Valley Homes/ })).toContainText('Deactivated')

  await page.getByRole('button', { name: 'Add user' }).click()
  const userForm = page.getByRole('form', { name: 'Add user' })
  await userForm.getByLabel('Name').fill('Sam Patel')
  // The deactivated agency is not offered.
  await expect(userForm.getByLabel('Agency').getByRole('option', { name: 'Irwell Valley Homes' })).toHaveCount(0)
  await userForm.getByLabel('Agency').selectOption({ label: 'Police' })
  await userForm.getByLabel('Role').selectOption({ label: 'Chair' })
  await userForm.getByLabel('PIN', { exact: true }).fill(E2E_PIN)
  await userForm.getByRole('button', { name: 'Add user' }).click()
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Sam Patel/ })).toContainText('Chair')
  await expect(page.getByRole('button', { name: 'Edit Sam Patel' })).toBeFocused()
  // Cancelling goes back to the button that opened the form.
  await page.keyboard.press('Enter')
  await page.getByRole('form', { name: 'Edit Sam Patel' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('button', { name: 'Edit Sam Patel' })).toBeFocused()

  // The new user can be a keyworker.
  await page.keyboard.press('g')
  await page.keyboard.press('c')
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeFocused()
  await page.keyboard.press('n')
  await expect(
    page.getByRole('dialog', { name: 'New case' }).getByLabel('Keyworker').getByRole('option', { name: 'Sam Patel (Police)' }),
  ).toHaveCount(1)
})

test('a backup is made on first start and on demand', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.getByRole('link', { name: 'Settings' }).click()
  const backups = page.getByRole('table', { name: 'Backups' })
  await expect(backups.getByRole('row')).toHaveCount(2)
  // Made in the background once the app answered: Settings says so, with the file the list shows.
  const made = (await backups.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()) ?? ''
  expect(made).toMatch(/^roundtable-.*\.db$/)
  await expect(page.getByText(`Today's backup is made: ${made}.`)).toBeVisible()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status')).toContainText('Backup made: roundtable-')
  await expect(backups.getByRole('row')).toHaveCount(3)
})

test('an agency’s redaction profile is set in Settings', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Redaction profile for GP practice' }).click()
  const form = page.getByRole('form', { name: 'Redaction profile for GP practice' })
  await form.getByRole('checkbox', { name: 'Health information' }).check()
  await form.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('table', { name: 'Agencies' }).getByRole('row', { name: /GP practice/ })).toContainText('Health information')
})

test('an administrator restores a backup by keyboard, sees each step done, and the data is back as it was', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).press('Enter')
  const backups = page.getByRole('table', { name: 'Backups' })
  await expect(backups.getByRole('row')).toHaveCount(2)
  await page.getByRole('button', { name: 'Back up now' }).press('Enter')
  await expect(backups.getByRole('row')).toHaveCount(3)
  // Made after set-up, so the restored database knows this administrator; the newest is listed first.
  const fileName = (await backups.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()) ?? ''
  expect(fileName).toMatch(/^roundtable-.*\.db$/)
  const keyworkerId = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Made after the backup',
    keyworkerId,
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  expect((await call(page, 'cases:list')).map((row) => row.title)).toEqual(['Made after the backup'])

  await page
    .getByRole('button', { name: `Restore ${fileName}` })
    .first()
    .press('Enter')
  await page.getByRole('button', { name: `Restore ${fileName}`, exact: true }).press('Enter')
  const steps = page.getByRole('list', { name: `Restoring ${fileName}: steps` })
  await expect(steps.getByRole('listitem')).toHaveText([
    'Checking the backup file: done',
    'Opening it with this installation’s key: done',
    'Verifying its integrity: done',
    'Checking its schema version: done',
    'Migrating it to the current version: done',
    'Keeping a copy of the current database: done',
    'Replacing the current database: done',
  ])
  const outcome = page.getByText(`Restored ${fileName}. The database as it was is kept as roundtable-`)
  await expect(outcome).toBeFocused()
  expect(await call(page, 'cases:list')).toEqual([])
})

test('a damaged backup is refused at the step that found it, and nothing is changed', async ({ page, server }) => {
  await setUpAs(page, server)
  const keyworkerId = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  await call(page, 'cases:create', { kind: 'individual', title: 'Kept as it was', keyworkerId, leadAgencyId: housing, riskLevel: 'low' })
  // A backup file that is not a database encrypted with this installation's key.
  const damaged = 'roundtable-2026-01-05T10-00-00-000Z.db'
  mkdirSync(join(server.dataDir, 'backups'), { recursive: true })
  writeFileSync(join(server.dataDir, 'backups', damaged), 'not a database at all '.repeat(400))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).press('Enter')
  await page
    .getByRole('button', { name: `Restore ${damaged}` })
    .first()
    .press('Enter')
  await page.getByRole('button', { name: `Restore ${damaged}`, exact: true }).press('Enter')
  const steps = page.getByRole('list', { name: `Restoring ${damaged}: steps` })
  await expect(steps.getByRole('listitem').nth(0)).toHaveText('Checking the backup file: done')
  await expect(steps.getByRole('listitem').nth(1)).toHaveText('Opening it with this installation’s key: failed')
  await expect(steps.getByRole('listitem').nth(6)).toHaveText('Replacing the current database: not started')
  const outcome = page.locator('p.error-message').filter({ hasText: 'Not restored:' })
  await expect(outcome).toBeFocused()
  await expect(outcome).toContainText(
    'It stopped at “Opening it with this installation’s key”. Nothing was changed: the current database is as it was.',
  )
  expect((await call(page, 'cases:list')).map((row) => row.title)).toEqual(['Kept as it was'])
})
