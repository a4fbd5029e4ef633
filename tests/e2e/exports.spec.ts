import { readFileSync } from 'node:fs'
import { expect, setUpAs, test } from './fixtures'

test('exports the cases table as CSV and the export is in the register', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill('=cmd|calc')
  await dialog.getByRole('radio', { name: 'Low' }).check()
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export as CSV' })
  await exportDialog.getByLabel('Intended recipients').fill('Performance team')
  await exportDialog.getByRole('button', { name: 'Export' }).click()
  const saved = exportDialog.getByRole('status')
  await expect(saved).toContainText('Saved to ')
  const path = (await saved.textContent())?.replace('Saved to ', '').trim() ?? ''
  expect(path.startsWith(server.dataDir)).toBe(true)
  const csv = readFileSync(path, 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv).toContain(`'=cmd|calc`)
  await exportDialog.getByRole('button', { name: 'Close' }).click()

  await page.keyboard.press('g')
  await page.keyboard.press('s')
  const register = page.getByRole('table', { name: 'Export register' })
  await expect(register.getByRole('row').nth(1)).toContainText('Cases (CSV)')
  await expect(register.getByRole('row').nth(1)).toContainText('Performance team')
  await expect(register.getByRole('row').nth(1)).toContainText('Priya Shah')
})

test('an administrator changes the confidentiality statement and a bad number is refused at the field', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.getByRole('link', { name: 'Settings' }).click()
  const form = page.getByRole('form', { name: 'Team and documents' })
  await form.getByLabel('Confidentiality statement').fill('What is said here stays here unless someone is at risk.')
  await form.getByLabel('Escalate an action still open after (meetings)').fill('0')
  await form.getByRole('button', { name: 'Save settings' }).click()
  await expect(form.getByRole('alert')).toContainText('Meetings must be at least 1')
  await form.getByLabel('Escalate an action still open after (meetings)').fill('2')
  await form.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('form', { name: 'Team and documents' }).getByLabel('Confidentiality statement')).toHaveValue('What is said here stays here unless someone is at risk.')
})
