import { readFileSync } from 'node:fs'
import { expect, setUpAs, test } from './fixtures'
import { readDocxBytes } from '../helpers/docx'
import { agencyId, call, found, userId } from './seed'

test('a redacted copy is reviewed first: a flagged word is redacted, another accepted, and the register says so', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  // Fixtures through the API; the review is driven through the screen, by keyboard.
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const family = await call(page, 'cases:create', {
    kind: 'family',
    title: "The O'Neill-Kerr family",
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'high',
  })
  const mum = await call(page, 'people:add', {
    caseId: family.id,
    person: { role: 'subject', firstName: 'Siobhan', lastName: "O'Neill-Kerr", address: '12 Kingsway, Stretford, Manchester M32 8QT' },
  })
  await call(page, 'consent:record', {
    personId: mum.id,
    status: 'given',
    recordedOn: new Date().toISOString().slice(0, 10),
    scope: 'All agencies',
    lawfulBasis: 'consent',
  })
  const meeting = await call(page, 'meetings:create', {
    kind: 'weekly',
    date: new Date().toISOString().slice(0, 10),
    time: '10:00',
    location: 'Hub',
    chairId: priya,
  })
  const item = meeting.items.find((candidate) => candidate.caseId === family.id)
  await call(page, 'agenda:record', {
    itemId: found(item, 'the agenda item').id,
    done: true,
    discussion: "Siobhan's return to Kingsway went well. Her son starts at Oakfield Primary; Brookside surgery is aware.",
    decisions: 'Annual review planned',
  })
  await call(page, 'meetings:finish', { meetingId: meeting.id, nextMeetingDate: null })

  await page.keyboard.press('g')
  await page.keyboard.press('m')
  await page
    .getByRole('link', { name: /Weekly case meeting/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Export minutes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export minutes' })
  await dialog.getByRole('radio', { name: /Redacted copy/ }).check()
  await dialog.getByLabel('Recipient agency').selectOption({ label: 'Schools' })
  await dialog.getByLabel('Intended recipients').fill('Partnership board')
  await dialog.getByRole('button', { name: 'Review redacted copy' }).click()

  const review = page.getByRole('dialog', { name: 'Review the redacted copy for Schools' })
  await expect(review.getByRole('heading', { name: 'Review the redacted copy for Schools' })).toBeFocused()
  // What was replaced, per case, original → replacement in context.
  const changes = review.getByRole('table', { name: `Changes in ${family.reference}` })
  await expect(changes.getByRole('row', { name: /Siobhan's Person A's/ })).toBeVisible()
  await expect(changes.getByRole('row', { name: /Kingsway \[address removed\]/ })).toBeVisible()
  // What is left that could identify someone: Save is disabled and says why.
  const flags = review.getByRole('list', { name: 'Possible identifiers' })
  await expect(flags.getByRole('listitem')).toHaveCount(2)
  await expect(flags).toContainText('Oakfield')
  await expect(flags).toContainText('Brookside')
  const save = review.getByRole('button', { name: 'Save redacted copy' })
  await expect(save).toBeDisabled()
  await expect(review.getByRole('status').filter({ hasText: 'still to decide' })).toContainText('2 possible identifiers still to decide')

  // A term typed in, then taken back: the copy goes back to what it was.
  await review.getByLabel('Term to redact', { exact: true }).fill('surgery')
  await page.keyboard.press('Enter')
  await expect(changes.getByRole('row', { name: /surgery \[redacted\]/ })).toBeVisible()
  await expect(review.getByText('surgery: this document only')).toBeVisible()
  await review.getByRole('button', { name: 'Remove surgery' }).click()
  await expect(review.getByText('surgery: this document only')).toHaveCount(0)
  await expect(changes.getByRole('row', { name: /surgery \[redacted\]/ })).toHaveCount(0)
  await expect(review.getByLabel('Term to redact', { exact: true })).toBeFocused()

  // Oakfield is redacted for this document: it leaves the flags and becomes a change.
  await review.getByRole('button', { name: 'Redact Oakfield' }).focus()
  await page.keyboard.press('Enter')
  const choice = review.getByRole('group', { name: 'Redact Oakfield' })
  await expect(choice.getByRole('button', { name: 'In this document only' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(flags).not.toContainText('Oakfield')
  await expect(changes.getByRole('row', { name: /Oakfield \[redacted\]/ })).toBeVisible()
  // Focus moved on to the flag still to decide; Brookside is a GP surgery the family uses, but the sender judges it safe.
  await expect(review.getByRole('button', { name: 'Accept Brookside as safe' })).toBeFocused()
  await expect(save).toBeDisabled()
  await page.keyboard.press('Enter')
  await expect(review.getByRole('status').filter({ hasText: 'Every possible identifier is decided' })).toBeVisible()
  await expect(save).toBeFocused()
  await page.keyboard.press('Enter')

  const saved = dialog.getByRole('status').filter({ hasText: 'Saved to' })
  await expect(saved).toContainText('REDACTED for Schools.docx')
  // Focus lands on the outcome, not on the page behind the dialog.
  await expect(saved).toBeFocused()
  const docx = await readDocxBytes(readFileSync((await saved.textContent())?.replace('Saved to ', '').trim() ?? ''))
  expect(docx.allText).toContain(
    "Person A's return to [address removed] went well. Her son starts at [redacted] Primary; Brookside surgery is aware.",
  )
  for (const secret of ['Oakfield', 'Siobhan', 'Kingsway', 'Neill', 'Kerr']) expect(docx.allText).not.toContain(secret)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.keyboard.press('g')
  await page.keyboard.press('s')
  const row = page.getByRole('table', { name: 'Export register' }).getByRole('row').nth(1)
  await expect(row).toContainText('Redacted for Schools')
  await expect(row).toContainText('Reviewed by Priya Shah')
  await expect(row).toContainText('accepted as safe: Brookside')
  await expect(row).toContainText('1 term added (1 for this document, 0 to case known names)')
  await expect(row).not.toContainText('Oakfield')
})
