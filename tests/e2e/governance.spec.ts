import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../electron/main/db/connection'
import { expect, setUpAs, test } from './fixtures'
import { agencyId, call, userId } from './seed'

interface Created {
  id: string
  reference: string
}

test('an administrator filters the audit log, then erases a case past retention by re-typing its reference', async ({ page, server }) => {
  await setUpAs(page, server)
  const keyworker = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const old = await call<Created>(page, 'cases:create', { kind: 'individual', title: 'Bell, Jordan', keyworkerId: keyworker, leadAgencyId: housing, riskLevel: 'low' })
  const kept = await call<Created>(page, 'cases:create', { kind: 'individual', title: 'Okafor, Ada', keyworkerId: keyworker, leadAgencyId: housing, riskLevel: 'low' })
  await call(page, 'cases:changeStatus', { caseId: old.id, to: 'closed', closureReason: 'moved_away' })
  // The case closed long ago: the web mode has no clock to move, so the closure date is set in the database.
  const db = openDatabase(join(server.dataDir, 'roundtable.db'), { keyHex: readFileSync(join(server.dataDir, 'web-mode.key'), 'utf8').trim() })
  db.prepare("UPDATE cases SET closed_at = '2019-03-01T12:00:00.000Z' WHERE id = ?").run(old.id)
  db.close()

  await page.keyboard.press('g')
  await page.keyboard.press('s')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused()

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

  // Retention: the old case is listed, with how long past.
  const due = page.getByRole('table', { name: 'Closed cases past retention' })
  await expect(due.getByRole('row', { name: new RegExp(old.reference) })).toContainText(/year/)
  await expect(due).not.toContainText(kept.reference)
  await page.getByRole('button', { name: `Erase ${old.reference}` }).focus()
  await page.keyboard.press('Enter')
  const eraseForm = page.getByRole('form', { name: `Erase ${old.reference}` })
  await eraseForm.getByLabel(`Type ${old.reference} to confirm`).focus()
  await page.keyboard.type('RT-1999-0001')
  await page.keyboard.press('Enter')
  await expect(eraseForm).toContainText(`Type the case reference ${old.reference} to confirm`)
  await eraseForm.getByLabel(`Type ${old.reference} to confirm`).fill('')
  await page.keyboard.type(old.reference)
  await page.keyboard.press('Enter')
  await expect(due.getByRole('row', { name: /No closed case is past its retention period/ })).toBeVisible()

  // The erasure is in the log under the reference, by the administrator.
  await auditForm.getByLabel('Case reference').fill('')
  await auditForm.getByLabel('Case reference').focus()
  await page.keyboard.type(old.reference)
  await page.keyboard.press('Enter')
  await expect(log.getByRole('row').nth(1)).toContainText('erase')
  await expect(log.getByRole('row').nth(1)).toContainText('Priya Shah')
  const cases = await call<Created[]>(page, 'cases:list')
  expect(cases.map((row) => row.reference)).toEqual([kept.reference])
})
