import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../electron/main/db/connection'
import { expect, setUpAs, test } from './fixtures'
import { agencyId, call, E2E_PASSPHRASE, userId } from './seed'

test('an administrator filters the audit log, then erases a case past retention after typing their passphrase again', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const keyworker = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const old = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Bell, Jordan',
    keyworkerId: keyworker,
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  const kept = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Okafor, Ada',
    keyworkerId: keyworker,
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  await call(page, 'cases:changeStatus', { caseId: old.id, to: 'closed', closureReason: 'moved_away' })
  // The case closed long ago: the web mode has no clock to move, so the closure date is set in the database.
  const db = openDatabase(join(server.dataDir, 'roundtable.db'), {
    keyHex: readFileSync(join(server.dataDir, 'web-mode.key'), 'utf8').trim(),
  })
  db.prepare("UPDATE cases SET closed_at = '2019-03-01T12:00:00.000Z' WHERE id = ?").run(old.id)
  db.close()

  // The audit log and retention are screens of their own, in the navigation and the "?" list for an administrator.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  for (const [keys, does] of [
    ['g then l', 'Go to Audit log (administrators)'],
    ['g then e', 'Go to Retention (administrators)'],
  ] as const) {
    await expect(
      help.getByRole('region', { name: 'Anywhere' }).getByText(does, { exact: true }).locator('xpath=..').locator('dt'),
    ).toHaveText(keys)
  }
  await page.keyboard.press('Escape')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('l')
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeFocused()

  // Audit log: filter by case reference, by keyboard.
  const auditForm = page.getByRole('form', { name: 'Filter the audit log' })
  await auditForm.getByLabel('Case reference').focus()
  await page.keyboard.type(kept.reference)
  await page.keyboard.press('Enter')
  const log = page.getByRole('table', { name: 'Audit log' })
  await expect(log.getByRole('row')).toHaveCount(2)
  await expect(log.getByRole('row').nth(1)).toContainText('create')
  await expect(log.getByRole('row').nth(1)).toContainText(kept.reference)
  await expect(log).not.toContainText(old.reference)

  // Retention: the old case is listed, with how long past. (Focus is in the filter, so the link rather than the shortcut.)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Retention' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Retention', level: 1 })).toBeFocused()
  const due = page.getByRole('table', { name: 'Closed cases past retention' })
  await expect(due.getByRole('row', { name: new RegExp(old.reference) })).toContainText(/year/)
  await expect(due).not.toContainText(kept.reference)
  await page.getByRole('button', { name: `Erase ${old.reference}` }).focus()
  await page.keyboard.press('Enter')
  const eraseForm = page.getByRole('form', { name: `Erase ${old.reference}` })
  // The case reference is not enough: only the administrator's own passphrase erases.
  await eraseForm.getByLabel('Your passphrase, to confirm').focus()
  await page.keyboard.type(old.reference)
  await page.keyboard.press('Enter')
  await expect(eraseForm).toContainText('That PIN or passphrase is not right.')
  await expect(due.getByRole('row', { name: new RegExp(old.reference) })).toBeVisible()
  await eraseForm.getByLabel('Your passphrase, to confirm').fill('')
  await page.keyboard.type(E2E_PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(due.getByRole('row', { name: /No closed case is past its retention period/ })).toBeVisible()

  // The erasure is in the log under the reference, by the administrator.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeFocused()
  await auditForm.getByLabel('Case reference').fill('')
  await auditForm.getByLabel('Case reference').focus()
  await page.keyboard.type(old.reference)
  await page.keyboard.press('Enter')
  await expect(log.getByRole('row').nth(1)).toContainText('erase')
  await expect(log.getByRole('row').nth(1)).toContainText('Priya Shah')
  // From anywhere but a text field, g then e opens Retention.
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('e')
  await expect(page.getByRole('heading', { name: 'Retention', level: 1 })).toBeFocused()
  const cases = await call(page, 'cases:list')
  expect(cases.map((row) => row.reference)).toEqual([kept.reference])
})

test('an administrator erases a closed case inside its retention at the data subject’s request, by keyboard', async ({ page, server }) => {
  await setUpAs(page, server)
  const keyworker = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const asked = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Bell, Jordan',
    keyworkerId: keyworker,
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  const open = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Okafor, Ada',
    keyworkerId: keyworker,
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  // Closed today: years inside its retention, so the Retention list does not offer it.
  await call(page, 'cases:changeStatus', { caseId: asked.id, to: 'closed', closureReason: 'moved_away' })

  await page.getByRole('heading', { name: 'Cases', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('e')
  await expect(page.getByRole('heading', { name: 'Retention', level: 1 })).toBeFocused()
  await expect(page.getByRole('table', { name: 'Closed cases past retention' })).not.toContainText(asked.reference)
  const opener = page.getByRole('button', { name: 'Erase a case at the data subject’s request…' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'Erase a case at the data subject’s request' })
  // Focus moves into the form; every field is reached with Tab.
  await expect(form.getByLabel('Case reference')).toBeFocused()
  const fill = async (reference: string, request: string, received: string, passphrase: string) => {
    await form.getByLabel('Case reference').fill('')
    await form.getByLabel('Case reference').focus()
    await page.keyboard.type(reference)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(request)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(received)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(passphrase)
    await page.keyboard.press('Enter')
  }
  const today = new Date()
  const received = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`

  // Without the request's reference nothing happens, and the field says why.
  await fill(asked.reference, '', received, E2E_PASSPHRASE)
  await expect(form.getByLabel(/Request reference/)).toHaveAttribute('aria-invalid', 'true')
  await expect(form).toContainText('Enter the request’s reference')
  // An open case is closed first.
  await fill(open.reference, 'SAR-2026-014', received, E2E_PASSPHRASE)
  await expect(form.getByRole('alert')).toHaveText(
    `${open.reference} is still open. Close it (with its reason) before erasing it at the data subject’s request.`,
  )
  // A wrong passphrase erases nothing.
  await fill(asked.reference, 'SAR-2026-014', received, 'not my passphrase')
  await expect(form).toContainText('That PIN or passphrase is not right.')
  expect((await call(page, 'cases:list')).map((row) => row.reference).sort()).toEqual([asked.reference, open.reference].sort())

  await fill(asked.reference, 'SAR-2026-014', received, E2E_PASSPHRASE)
  await expect(page.getByText(`${asked.reference} erased at the data subject’s request.`)).toBeVisible()
  // Focus goes back to the button that opened the form.
  await expect(opener).toBeFocused()
  expect((await call(page, 'cases:list')).map((row) => row.reference)).toEqual([open.reference])

  // The Audit log tells it apart from an erasure at the end of retention.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).press('Enter')
  const auditForm = page.getByRole('form', { name: 'Filter the audit log' })
  await auditForm.getByLabel('Case reference').focus()
  await page.keyboard.type(asked.reference)
  await page.keyboard.press('Enter')
  const log = page.getByRole('table', { name: 'Audit log' })
  await expect(log.getByRole('row').nth(1)).toContainText('erase-on-request')
  await expect(log.getByRole('row').nth(1)).toContainText('Priya Shah')
})
