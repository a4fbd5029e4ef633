import { expect, setUpAs, test } from './fixtures'
import { tabTo } from './keyboard'
import { agencyId, call, userId } from './seed'

test('a contact for a new person is logged by keyboard and opens a new case', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeFocused()
  await expect(page.getByText('No contacts logged today: start with the form above.')).toBeVisible()

  await tabTo(page, 'Source')
  await page.keyboard.press('ArrowDown') // Police incident
  await page.keyboard.press('Tab')
  await page.keyboard.type('GMP-2211')
  await tabTo(page, 'Name')
  await page.keyboard.type('Dan Whitaker')
  await page.keyboard.press('Tab')
  await page.keyboard.type('14/08/1979')
  await tabTo(page, /^New person/)
  await page.keyboard.press('Space')
  await tabTo(page, 'Summary')
  await page.keyboard.type('Found distressed on the bridge; third call this month.')
  await page.keyboard.press('Tab')
  await page.keyboard.press('1') // High
  // A radio group takes one Tab; the arrow keys choose within it.
  await tabTo(page, 'Self help')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Complex needs / specialist services' })).toBeChecked()
  await tabTo(page, 'Bring to the next meeting')
  await page.keyboard.press('Space')
  await page.keyboard.press('Control+Enter')

  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-\d{4}-0001/ })).toBeVisible()
  const today = page.getByRole('list', { name: "Today's contacts" })
  await expect(today.getByRole('listitem').first()).toContainText('Dan Whitaker')
  await expect(today.getByRole('listitem').first()).toContainText('High')
  await expect(today.getByRole('listitem').first()).toContainText('Complex needs / specialist services')
  await expect(page.getByLabel('Date received')).toBeFocused()

  await page.keyboard.press('Escape')
  await page.getByRole('heading', { name: 'Triage', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('c')
  const row = page.getByRole('row', { name: /Dan Whitaker/ })
  await expect(row).toContainText('Triage')
  await expect(row).toContainText('High')
  await expect(row).toContainText('No consent to share')
})

test('a second contact links to the known person, is flagged as a repeat before saving, and can be re-triaged', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await page.getByRole('link', { name: 'Triage' }).click()
  const form = page.getByRole('form', { name: 'Log a contact' })
  const logContact = async (pick: 'new' | RegExp) => {
    await form.getByLabel('Source', { exact: true }).selectOption({ label: 'Ambulance' })
    await form.getByLabel('Name', { exact: true }).fill('Dan Whitaker')
    if (pick === 'new') await form.getByRole('radio', { name: /New person/ }).check()
    else await form.getByRole('radio', { name: pick }).check()
    await form.getByLabel('Summary').fill('Ambulance call-out after a fall.')
    await form.getByRole('radio', { name: 'Medium', exact: true }).check()
    await form.getByRole('radio', { name: 'Early help', exact: true }).check()
  }
  await logContact('new')
  // The first contact came in a week ago.
  const weekAgo = new Date(Date.now() - 7 * 86_400_000)
  await form
    .getByLabel('Date received')
    .fill(`${String(weekAgo.getDate()).padStart(2, '0')}/${String(weekAgo.getMonth() + 1).padStart(2, '0')}/${weekAgo.getFullYear()}`)
  await form.getByRole('button', { name: /Save contact/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Logged for' })).toBeVisible()

  // The summary is required: the error is at the field.
  await form.getByRole('button', { name: /Save contact/ }).click()
  await expect(form.getByRole('alert')).toContainText('Summary: Enter a summary of the contact')

  await logContact(/RT-\d{4}-0001 Dan Whitaker/)
  await expect(form.getByText('Repeat: seen in the last 12 months.')).toBeVisible()
  await expect(form.getByRole('checkbox', { name: 'Repeat within 12 months' })).toBeChecked()
  await form.getByRole('button', { name: /Save contact/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Logged for RT-' }).filter({ hasText: 'repeat within 12 months' })).toBeVisible()
  const log = page.getByRole('table', { name: 'Triage log' })
  await expect(log.getByRole('row').nth(1)).toContainText('Repeat')

  await page
    .getByRole('button', { name: /Re-triage RT-/ })
    .first()
    .click()
  const retriage = page.getByRole('form', { name: /Re-triage RT-/ })
  await retriage.getByRole('radio', { name: 'High', exact: true }).check()
  await retriage.getByLabel('What has changed').fill('Now refusing all contact.')
  await retriage.getByRole('button', { name: 'Save re-triage' }).click()
  // Rows carry a "Re-triage" button, so the assessment is read from its cell.
  await expect(log.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Re-assessed later', exact: true }) })).toHaveCount(1)
  await expect(log.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Re-triage', exact: true }) })).toHaveCount(1)
  await expect(page.getByRole('table', { name: 'Triage log' }).getByRole('row')).toHaveCount(4)
})

test('"New person" for someone already on a case is flagged before saving, and linking suggests escalation from police demand', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const priya = await userId(page, 'Priya Shah')
  const known = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Whitaker, Dan',
    keyworkerId: priya,
    leadAgencyId: await agencyId(page, 'Housing trust'),
    riskLevel: 'medium',
  })
  await call(page, 'people:add', {
    caseId: known.id,
    person: { role: 'subject', firstName: 'Dan', lastName: 'Whitaker', dateOfBirth: '1979-08-14' },
  })
  // Three police incidents in the last year: one on its own, two counted over a period.
  const today = new Date()
  const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10)
  await call(page, 'demand:add', { caseId: known.id, kind: 'police_incident', periodStart: daysAgo(20) })
  await call(page, 'demand:add', { caseId: known.id, kind: 'police_incident', periodStart: daysAgo(120), periodEnd: daysAgo(60), count: 2 })

  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeFocused()
  await tabTo(page, 'Name')
  await page.keyboard.type('Dan Whitaker')
  await page.keyboard.press('Tab')
  await page.keyboard.type('14/08/1979')
  const form = page.getByRole('form', { name: 'Log a contact' })
  // The known person is offered; the practitioner still moves on to "New person" (arrow keys within the choices).
  await expect(form.getByRole('radio', { name: new RegExp(`${known.reference} Dan Whitaker`) })).toBeVisible()
  await tabTo(page, new RegExp(`${known.reference} Dan Whitaker`))
  await page.keyboard.press('ArrowDown')
  await expect(form.getByRole('radio', { name: /^New person/ })).toBeChecked()
  const notice = form.getByRole('status').filter({ hasText: 'Likely the same person' })
  await expect(notice).toContainText(`Likely the same person as Dan Whitaker (born 14 Aug 1979) on ${known.reference}.`)

  await tabTo(page, `Link to ${known.reference} instead`)
  await page.keyboard.press('Enter')
  await expect(form.getByRole('radio', { name: new RegExp(`${known.reference} Dan Whitaker`) })).toBeChecked()
  await expect(notice).toHaveCount(0)
  await expect(form.getByRole('checkbox', { name: /^Escalation/ })).toBeChecked()
  await expect(
    form.getByText(
      'Escalation suggested: 3 police incidents (recorded as demand or triaged from the police) in the 12 months to this contact (3 or more).',
    ),
  ).toBeVisible()

  // In the decision group, the number keys choose one of the five decisions.
  await tabTo(page, 'Self help')
  await page.keyboard.press('4')
  await expect(form.getByRole('radio', { name: 'Safeguarding / statutory' })).toBeChecked()
  await expect(form.getByRole('radio', { name: 'Safeguarding / statutory' })).toBeFocused()
  // Outside it, 1 to 3 are still the risk keys.
  await tabTo(page, 'Bring to the next meeting')
  await page.keyboard.press('1')
  await expect(form.getByRole('radio', { name: 'High', exact: true })).toBeChecked()
  await expect(form.getByRole('radio', { name: 'Safeguarding / statutory' })).toBeChecked()
})

test('a contact saved by mistake is undone within a few seconds, with the case it opened', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeFocused()
  const form = page.getByRole('form', { name: 'Log a contact' })
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'GP' })
  await form.getByLabel('Name', { exact: true }).fill('Wrong Person')
  await form.getByRole('radio', { name: /New person/ }).check()
  await form.getByLabel('Summary').fill('Logged against the wrong person.')
  await form.getByRole('radio', { name: 'Low', exact: true }).check()
  await form.getByRole('radio', { name: 'Self help', exact: true }).check()
  await page.keyboard.press('Control+Enter')
  const today = page.getByRole('list', { name: "Today's contacts" })
  await expect(today.getByRole('listitem')).toHaveCount(1)

  await today.getByRole('button', { name: /^Undo the contact for RT-\d{4}-0001/ }).focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: /Undone: the contact and the new case RT-\d{4}-0001 were removed/ }),
  ).toBeVisible()
  await expect(page.getByText('No contacts logged today: start with the form above.')).toBeVisible()
  await expect(page.getByLabel('Date received')).toBeFocused()
  await expect(page.getByRole('table', { name: 'Triage log' })).toContainText('No contacts logged yet.')
  await page.keyboard.press('Escape')
  await page.getByRole('heading', { name: 'Triage', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('c')
  await expect(page.getByText('No cases yet: press N to add one.')).toBeVisible()
})

test('a date of birth corrected after choosing "New person" is the one saved', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  const form = page.getByRole('form', { name: 'Log a contact' })
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'Police incident' })
  await form.getByLabel('Name', { exact: true }).fill('Lena Ward')
  await form.getByLabel('Date of birth').fill('01/01/1980')
  await form.getByRole('radio', { name: /^New person/ }).check()
  // The practitioner notices the slip and corrects the date in the same field.
  await form.getByLabel('Date of birth').fill('05/05/1985')
  await form.getByLabel('Summary').fill('Reported missing by her sister.')
  await form.getByRole('radio', { name: 'Medium' }).check()
  await form.getByRole('radio', { name: 'Early help' }).check()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-\d{4}-0001/ })).toBeVisible()

  const [entry] = await call(page, 'triage:list')
  if (!entry) throw new Error('The contact should be in the log')
  const record = await call(page, 'cases:get', {
    id: entry.caseId,
  })
  expect(record.people.map((p) => [p.firstName, p.lastName, p.dateOfBirth])).toEqual([['Lena', 'Ward', '1985-05-05']])
})

test('a new person’s case is led by the agency the triager chooses, not assumed from who triaged', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeFocused()
  // Not asked until a new person is chosen: a contact on a known case keeps its lead.
  await expect(page.getByLabel('Lead agency for the new case')).toHaveCount(0)

  await tabTo(page, 'Source')
  await page.keyboard.press('ArrowDown') // Police incident
  await tabTo(page, 'Name')
  await page.keyboard.type('Kai Morris')
  await page.keyboard.press('Tab')
  await page.keyboard.type('02/03/2011')
  await tabTo(page, /^New person/)
  await page.keyboard.press('Space')
  await tabTo(page, 'Summary')
  await page.keyboard.type('Found with older males in a car; missing from home twice.')
  await page.keyboard.press('Tab')
  await page.keyboard.press('1')
  await tabTo(page, 'Self help')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const lead = page.getByLabel('Lead agency for the new case')
  // It starts as the agency of whoever decided (Priya, mental health trust) and says so.
  await expect(lead.locator('option:checked')).toHaveText('Mental health trust')
  await tabTo(page, 'Lead agency for the new case')
  await lead.selectOption({ label: "Council children's services" })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-\d{4}-0001/ })).toBeVisible()

  await page.keyboard.press('Escape')
  await page.getByRole('heading', { name: 'Triage', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('c')
  const row = page.getByRole('row', { name: /Kai Morris/ })
  await expect(row).toContainText("Council children's services")
  await expect(row).not.toContainText('Mental health trust')
})
