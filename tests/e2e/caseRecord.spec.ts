import { expect, setUpAs, test, type WebServer } from './fixtures'
import type { Page } from '@playwright/test'
import { tabTo } from './keyboard'

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
  test('a family: add the subject and a child, record refused consent, see the marker everywhere', async ({
    page,
    server,
  }: {
    page: Page
    server: WebServer
  }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'The Okafor family')
    await openCase(page, 'The Okafor family')

    // Keyboard only from here: Tab, typing, Enter and the arrow keys.
    await tabTo(page, 'Add person')
    await page.keyboard.press('Enter')
    const add = page.getByRole('form', { name: 'Add person' })
    await expect(add.getByLabel('First name')).toBeFocused()
    await page.keyboard.type('Grace')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Okafor')
    await tabTo(page, 'Date of birth')
    await page.keyboard.type('01/06/1990')
    await tabTo(page, 'NHS number')
    await page.keyboard.type('943 476 5918')
    await page.keyboard.press('Enter')
    await expect(add.getByRole('alert')).toContainText("This NHS number's check digit is wrong")
    await add.getByLabel('NHS number').focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('943 476 5919')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('listitem', { name: 'Grace Okafor' })).toContainText('Subject of the case')
    // The form closed: focus is back on the button that opened it.
    await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused()

    await page.keyboard.press('Enter')
    const child = page.getByRole('form', { name: 'Add person' })
    await expect(child.getByLabel('First name')).toBeFocused()
    await page.keyboard.type('Tobi')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Okafor')
    await page.keyboard.press('Tab')
    await expect(child.getByLabel('Role in the case')).toBeFocused()
    await expect(child.getByLabel('Role in the case')).toHaveValue('child')
    await tabTo(page, 'Date of birth')
    await page.keyboard.type('01/12/2015')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('listitem', { name: 'Tobi Okafor' })).toContainText('(child)')
    await expect(page.getByRole('heading', { name: 'People (2)' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused()

    // Back up to Grace and record that she refused consent.
    await tabTo(page, 'Record consent for Grace', { backwards: true })
    await page.keyboard.press('Enter')
    const consent = page.getByRole('form', { name: 'Record consent for Grace' })
    await expect(consent).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(consent.getByRole('radio', { name: 'Not yet asked' })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(consent.getByRole('radio', { name: 'Refused' })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(consent.getByLabel('Date')).toBeFocused()
    await page.keyboard.type('01/11/2026')
    await tabTo(page, 'Lawful basis')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(consent.getByLabel('Lawful basis')).toHaveValue('public_task')
    await tabTo(page, 'Record consent')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('listitem', { name: 'Grace Okafor' })).toContainText('Consent to share: Refused')
    await expect(page.locator('header').getByText('No consent to share')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Record consent for Grace' })).toBeFocused()

    // "On this page" moves focus to the section's heading.
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Timeline' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: /^Timeline/, level: 2 })).toBeFocused()
    await expect(page.getByRole('list', { name: 'Timeline entries' })).toContainText('Consent to share: Refused (Grace Okafor)')

    await page.keyboard.press('g')
    await page.keyboard.press('c')
    await expect(page.getByRole('row', { name: /The Okafor family/ })).toContainText('No consent to share')
  })

  test('closing needs a reason; reopening is counted and in the timeline', async ({ page, server }: { page: Page; server: WebServer }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'Bell household')
    await openCase(page, 'Bell household')
    // The record leads with the story; the status form opens from its button, focus in its first field.
    await expect(page.getByRole('form', { name: 'Change status' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Change the status' }).click()
    const status = page.getByRole('form', { name: 'Change status' })
    await expect(status.getByLabel('New status')).toBeFocused()
    await status.getByLabel('New status').selectOption('closed')
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(status.getByRole('alert')).toContainText('Choose why the case is closing')
    await status.getByLabel('Why the case is closing').selectOption({ label: 'Moved away' })
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(page.getByText('The case is Closed (Moved away).')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Change the status' })).toBeFocused()
    await page.keyboard.press('Enter')
    await status.getByLabel('New status').selectOption({ label: 'Reopen' })
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(page.getByText('reopened 1×')).toBeVisible()
    const timeline = page.getByRole('list', { name: 'Timeline entries' })
    await expect(timeline.getByRole('listitem').first()).toContainText('Status: Closed → Open')
    // When each entry was typed in is there on demand.
    await expect(timeline.getByRole('listitem').first()).not.toContainText('recorded')
    await page.getByRole('checkbox', { name: 'Show when each entry was recorded' }).check()
    await expect(timeline.getByRole('listitem').first()).toContainText(/ · recorded \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}/)
  })

  test('demand is recorded for one person or the whole case, as one event or a count for a period', async ({
    page,
    server,
  }: {
    page: Page
    server: WebServer
  }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'The Okafor family')
    await openCase(page, 'The Okafor family')
    await page.getByRole('button', { name: 'Add person' }).click()
    const add = page.getByRole('form', { name: 'Add person' })
    await add.getByLabel('First name').fill('Grace')
    await add.getByLabel('Last name').fill('Okafor')
    await add.getByRole('button', { name: 'Add person' }).click()
    await expect(page.getByRole('listitem', { name: 'Grace Okafor' })).toBeVisible()

    const form = page.getByRole('form', { name: 'Record demand' })
    // One A&E attendance, for Grace.
    await form.getByLabel('Kind of contact').selectOption({ label: 'A&E attendances' })
    await form.getByLabel('Person').selectOption({ label: 'Grace Okafor' })
    await form.getByLabel('Date (or start of period)').fill('20/11/2026')
    await form.getByRole('button', { name: 'Record demand' }).click()
    const events = page.getByRole('table', { name: 'Demand events' })
    await expect(events.getByRole('row', { name: /A&E attendances/ })).toContainText('Grace Okafor')
    await expect(events.getByRole('row', { name: /A&E attendances/ })).toContainText('20 Nov 2026')

    // Four police incidents over a quarter, for the whole case.
    await form.getByLabel('Kind of contact').selectOption({ label: 'Police incidents' })
    await form.getByLabel('Person').selectOption({ label: 'Whole case' })
    await form.getByLabel('Date (or start of period)').fill('01/07/2026')
    await form.getByLabel('End of period').fill('30/09/2026')
    await form.getByLabel('How many').fill('4')
    await form.getByRole('button', { name: 'Record demand' }).click()
    const police = events.getByRole('row', { name: /Police incidents/ })
    await expect(police).toContainText('Whole case')
    await expect(police).toContainText(/1 Jul 2026 to 30 Sept? 2026/)
    await expect(police.getByRole('cell', { name: '4', exact: true })).toBeVisible()
    await expect(page.getByText('Police incidents: 4 · A&E attendances: 1')).toBeVisible()

    // An end before the start is refused at the field, and nothing is added.
    await form.getByLabel('Date (or start of period)').fill('01/10/2026')
    await form.getByLabel('End of period').fill('01/09/2026')
    await form.getByRole('button', { name: 'Record demand' }).click()
    await expect(form.getByRole('alert')).toContainText('The end of the period must be on or after its start')
    await expect(events.getByRole('row')).toHaveCount(3)
  })

  test('non-engagement is flagged with what has been tried, and the case stays open', async ({
    page,
    server,
  }: {
    page: Page
    server: WebServer
  }) => {
    await setUpAs(page, server)
    await createFamilyCase(page, 'Bell household')
    await openCase(page, 'Bell household')
    await page.getByRole('button', { name: 'Record non-engagement' }).click()
    await page.getByLabel('What has been tried').fill('Three home visits and two letters')
    await page.getByRole('button', { name: 'Flag non-engagement' }).click()
    await expect(page.locator('header.case-header')).toContainText('Not engaging')
    const timeline = page.getByRole('list', { name: 'Timeline entries' })
    await expect(timeline.getByRole('listitem').first()).toContainText('Non-engagement flagged')
    await expect(timeline.getByRole('listitem').first()).toContainText('Three home visits and two letters')
    await expect(page.getByRole('button', { name: 'Clear non-engagement flag' })).toBeFocused()
    await expect(page.getByText('The case is Open')).toBeVisible()
  })
})

test('changing the keyworker in the summary keeps focus on the summary, not the top of the page', async ({ page, server }) => {
  await setUpAs(page, server)
  await createFamilyCase(page, 'The Hughes family')
  await openCase(page, 'The Hughes family')
  // The record reads as a story: summary, people, direction of travel and open actions before the forms.
  await expect(page.locator('.case-record h2:visible')).toHaveText([
    'Summary, what matters and needs',
    /^People/,
    'Direction of travel',
    /^Open actions/,
    /^Agencies involved/,
    'Timeline',
    /^Demand/,
    /^Case plan/,
    'Cohorts',
    'Status',
  ])
  await page.getByRole('button', { name: 'Edit summary' }).click()
  const form = page.getByRole('form', { name: 'Edit summary' })
  await form.getByLabel('Keyworker').selectOption({ label: 'Priya Shah (Mental health trust)' })
  await form.getByLabel('Summary').fill('Rent arrears and a child out of school.')
  await form.getByLabel('Summary').press('Tab')
  await form.getByRole('button', { name: 'Save', exact: true }).press('Enter')
  await expect(form).toBeHidden()
  await expect(page.getByRole('region', { name: 'Summary, what matters and needs' })).toContainText(
    'Rent arrears and a child out of school.',
  )
  await expect(page.getByRole('button', { name: 'Edit summary' })).toBeFocused()
  // The agencies count adds up with what is listed: the lead agency is involved.
  const agencies = page.getByRole('region', { name: 'Agencies involved (1)' })
  await expect(agencies.getByRole('listitem')).toHaveText(['Mental health trust · lead agency'])
})
