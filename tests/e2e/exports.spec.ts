import { readFileSync } from 'node:fs'
import { expect, setUpAs, test } from './fixtures'
import { MeetingScreen } from './pages/meetingScreen'
import { acceptEveryFlagAndSave } from './redactionReview'
import { readDocxBytes, tables, textOf } from '../helpers/docx'
import { agencyId, call, found, userId } from './seed'

test('exports the cases table as CSV and the export is in the register', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill('=cmd|calc')
  await dialog.getByRole('radio', { name: 'Low' }).check()
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog).toBeHidden()
  // A subject who consented, so the title itself is exported: a case without consent is named by initials only.
  const cases = await call(page, 'cases:list')
  const created = cases.find((candidate) => candidate.title === '=cmd|calc')
  const subject = await call(page, 'people:add', {
    caseId: found(created, 'the case').id,
    person: { role: 'subject', firstName: 'Dawn', lastName: 'Evil' },
  })
  await call(page, 'consent:record', {
    personId: subject.id,
    status: 'given',
    recordedOn: new Date().toISOString().slice(0, 10),
    scope: 'All agencies',
    lawfulBasis: 'consent',
  })
  await page.reload()

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
  await expect(page.getByRole('form', { name: 'Team and documents' }).getByLabel('Confidentiality statement')).toHaveValue(
    'What is said here stays here unless someone is at risk.',
  )
})

test('minutes exported from the meeting screen are a .docx with the attendees and the marking; the dialog starts afresh each time', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await page.keyboard.press('n')
  const newCase = page.getByRole('dialog', { name: 'New case' })
  await newCase.getByLabel('Case title').fill('Adams household')
  await newCase.getByRole('radio', { name: 'High', exact: true }).check()
  await newCase.getByRole('button', { name: 'Create case' }).click()
  await expect(newCase).toBeHidden()

  await page.keyboard.press('g')
  await page.keyboard.press('m')
  const meeting = new MeetingScreen(page)
  const today = new Date()
  await meeting.create({
    date: `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`,
    location: 'Stretford Hub',
  })
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly case meeting')
  await meeting.markPresent()
  await meeting.skipStatementFor('Priya Shah')
  await meeting.start()
  await expect(page.getByRole('heading', { name: /1\. / })).toBeVisible()
  await page.getByRole('button', { name: 'Finish meeting' }).click()
  await page.getByRole('button', { name: 'Finish and draft the minutes' }).click()

  // A redacted copy first, then the dialog must not keep its choices for the next export.
  await page.getByRole('button', { name: 'Export minutes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export minutes' })
  await dialog.getByRole('radio', { name: /Redacted copy/ }).check()
  await dialog.getByLabel('Recipient agency').selectOption({ label: 'Schools' })
  await dialog.getByLabel('Intended recipients').fill('Partnership board')
  await dialog.getByRole('button', { name: 'Review redacted copy' }).click()
  await acceptEveryFlagAndSave(page)
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('REDACTED for Schools.docx')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Export minutes' }).click()
  await expect(dialog.getByRole('radio', { name: /Full minutes/ })).toBeChecked()
  await expect(dialog.getByLabel('Recipient agency')).toHaveCount(0)
  await expect(dialog.getByLabel('Intended recipients')).toHaveValue('')
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toHaveCount(0)
  await dialog.getByLabel('Intended recipients').fill('Meeting members')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const saved = dialog.getByRole('status').filter({ hasText: 'Saved to' })
  await expect(saved).toContainText('minutes v1 DRAFT.docx')
  const path = (await saved.textContent())?.replace('Saved to ', '').trim() ?? ''
  expect(path.startsWith(server.dataDir)).toBe(true)
  expect(path.endsWith('.docx')).toBe(true)
  const docx = await readDocxBytes(readFileSync(path))
  const body = docx.paragraphsText.join('\n')
  expect(body).toContain('Minutes: Weekly case meeting')
  expect(tables(docx.documentXml).flat(2)).toContain('Priya Shah')
  expect(body).toContain('Stretford Hub')
  for (const header of docx.headers) expect(textOf(header)).toContain('OFFICIAL-SENSITIVE')
  for (const footer of docx.footers) expect(textOf(footer)).toContain('OFFICIAL-SENSITIVE')
  expect(docx.headers.join('')).toMatch(/<v:textpath [^>]*string="DRAFT"/u)
})

test('the case plan links an open action to a need, and the exported plan shows it in the Need column', async ({ page, server }) => {
  await setUpAs(page, server)
  // Fixtures through the API; the linking itself is driven through the screen.
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const created = await call(page, 'cases:create', {
    kind: 'family',
    title: 'The Okafor family',
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'high',
  })
  await call(page, 'cases:update', {
    caseId: created.id,
    title: 'The Okafor family',
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'high',
    nextReviewDate: null,
    neighbourhood: '',
    needs: ['housing', 'debt'],
  })
  const meeting = await call(page, 'meetings:create', {
    kind: 'weekly',
    date: new Date().toISOString().slice(0, 10),
    time: '10:00',
    location: 'Stretford Hub',
    chairId: priya,
  })
  const item = meeting.items.find((candidate) => candidate.caseId === created.id)
  await call(page, 'actions:raise', {
    itemId: found(item, 'the agenda item').id,
    description: 'Apply for a discretionary housing payment',
    ownerName: 'Sam Patel',
    ownerAgencyId: housing,
    dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  })
  await page.reload()
  const row = page.getByRole('row', { name: /The Okafor family/ })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Okafor family')

  const plan = page.getByRole('form', { name: 'Case plan' })
  const links = plan.getByRole('group', { name: 'Needs met by: Apply for a discretionary housing payment' })
  await links.getByRole('checkbox', { name: 'Housing' }).check()
  await expect(links.getByRole('checkbox', { name: 'Debt' })).not.toBeChecked()
  await plan.getByRole('button', { name: 'Save case plan' }).click()
  await expect(plan.getByText(/Version 1, last saved/)).toBeVisible()
  // Saved: after a reload the link is still there.
  await page.reload()
  await expect(
    page
      .getByRole('form', { name: 'Case plan' })
      .getByRole('group', { name: 'Needs met by: Apply for a discretionary housing payment' })
      .getByRole('checkbox', { name: 'Housing' }),
  ).toBeChecked()

  await page.getByRole('button', { name: 'Export case plan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export case plan' })
  await dialog.getByRole('button', { name: 'Export' }).click()
  const saved = dialog.getByRole('status').filter({ hasText: 'Saved to' })
  await expect(saved).toContainText('.docx')
  const docx = await readDocxBytes(readFileSync((await saved.textContent())?.replace('Saved to ', '').trim() ?? ''))
  const planTables = tables(docx.documentXml)
  // Needs are numbered in the case's order: debt N1, housing N2.
  expect(planTables.find((table) => table[0]?.[0] === 'Need')).toEqual([
    ['Need', 'Description'],
    ['N1', 'Debt'],
    ['N2', 'Housing'],
  ])
  const actionsTable = planTables.find((table) => table[0]?.[0] === 'Action')
  expect(actionsTable?.[1]?.[0]).toBe('Apply for a discretionary housing payment')
  expect(actionsTable?.[1]?.[3]).toBe('N2')
})
