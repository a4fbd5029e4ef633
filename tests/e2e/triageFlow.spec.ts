import type { Page } from '@playwright/test'
import { expect, setUpAs, test } from './fixtures'
import { countedKeyboard, keyTypicalContact } from './flows/typicalContact'
import { call } from './seed'

const dayMonthYear = (date: Date) =>
  `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`

async function openTriage(page: Page) {
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Triage', level: 1 })).toBeFocused()
  return page.getByRole('form', { name: 'Log a contact' })
}

test('a typical new-person contact takes few keystrokes, and Save is in view at 1366×850', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 850 })
  await setUpAs(page, server)
  const form = await openTriage(page)
  // Received defaults to now: nothing to type for a call just taken.
  const now = new Date()
  await expect(form.getByLabel('Date received')).toHaveValue(dayMonthYear(now))
  await expect(form.getByLabel('Time received')).toHaveValue(/^\d{2}:\d{2}$/)

  const kb = countedKeyboard(page)
  await keyTypicalContact(kb, { reference: 'GMP-2211', name: 'Dan Whitaker', dateOfBirth: '14/08/1979' }, async () => {
    // The new person's name is split from "Name" and shown in one line, so the summary came next.
    await expect(form.getByText('New person: first name Dan, last name Whitaker; individual.')).toBeVisible()
    await expect(form.getByRole('checkbox', { name: 'Suicidal thoughts' })).toBeChecked()
    await expect(form.getByRole('radio', { name: 'Complex needs / specialist services' })).toBeChecked()
    // High risk ticks "Visible high risk" by itself.
    await expect(form.getByRole('checkbox', { name: 'Visible high risk' })).toBeChecked()
    await expect(form.getByRole('button', { name: /Save contact/ })).toBeInViewport({ ratio: 1 })
  })
  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-\d{4}-0001/ })).toBeVisible()
  // Measured: 110 key presses (15 of them Tabs), against 117 (21 Tabs) for the same contact on the form before
  // (and that only on a first contact, where the old filter had not kept the last one's text); 88 are characters
  // of the reference, name, date of birth, summary and filter.
  // The time this takes a practitioner is estimated from these counts by `npm run bench` (tests/bench/triageContact.bench.ts).
  expect(kb.counts.tabs).toBeLessThanOrEqual(15)
  expect(kb.counts.keys).toBeLessThanOrEqual(110)
  const [entry] = await call(page, 'triage:list')
  expect(entry).toMatchObject({
    source: 'police',
    sourceReference: 'GMP-2211',
    riskLevel: 'high',
    riskFactors: ['Suicidal thoughts'],
    decisionCategory: 'complex',
    meetingReasons: ['visible_high_risk'],
    bringToNextMeeting: true,
    personName: 'Dan Whitaker',
  })
})

test('risk keys move focus to the level chosen; the factor filter ticks a match, keeps ticked factors in view and starts empty for the next contact', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const form = await openTriage(page)
  await form.getByLabel('Summary').focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('2')
  await expect(form.getByRole('radio', { name: 'Medium', exact: true })).toBeChecked()
  await expect(form.getByRole('radio', { name: 'Medium', exact: true })).toBeFocused()
  await page.keyboard.press('3')
  await expect(form.getByRole('radio', { name: 'Low', exact: true })).toBeChecked()
  await expect(form.getByRole('radio', { name: 'Low', exact: true })).toBeFocused()

  await page.keyboard.press('Tab')
  const factors = form.getByRole('group', { name: 'Risk factors' }).getByRole('checkbox')
  const ticked = form.getByRole('group', { name: 'Risk factors' }).getByRole('checkbox', { checked: true })
  await page.keyboard.type('drug')
  // Enter ticks the match; it never adds the typed text as a factor.
  await page.keyboard.press('Enter')
  await expect(form.getByRole('checkbox', { name: 'Drug misuse' })).toBeChecked()
  await page.keyboard.type('weap')
  // The filter shows the match, and the ticked factor stays in view.
  await expect(factors).toHaveCount(2)
  await expect(factors.nth(0)).toHaveAccessibleName('Weapons')
  await expect(factors.nth(1)).toHaveAccessibleName('Drug misuse')
  await page.keyboard.press('Enter')
  // Something not in the list: Enter does nothing, a labelled button adds it.
  await page.keyboard.type('Arson threats')
  await page.keyboard.press('Enter')
  await expect(ticked).toHaveCount(2)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Add “Arson threats” as a new risk factor' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('checkbox', { name: 'Arson threats' })).toBeChecked()
  await expect(form.getByLabel(/^Type to filter/)).toBeFocused()
  // One Tab into the list, the arrow keys within it.
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await expect(form.getByRole('checkbox', { name: 'Suicidal thoughts' })).toBeChecked()

  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'GP' })
  await form.getByLabel('Name', { exact: true }).fill('Amy Lowe')
  await form.getByRole('radio', { name: /^New person/ }).check()
  await form.getByLabel('Summary').fill('GP worried about her weight loss.')
  await form.getByRole('radio', { name: 'Early help', exact: true }).check()
  // A filter typed but not used is left in the box.
  await form.getByLabel(/^Type to filter/).fill('hoard')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-/ })).toBeVisible()
  const [saved] = await call(page, 'triage:list')
  expect(saved?.riskFactors).toEqual(['Drug misuse', 'Weapons', 'Arson threats', 'Suicidal thoughts'])
  // The next contact starts with an empty filter and every factor in view, none ticked.
  await expect(form.getByLabel(/^Type to filter/)).toHaveValue('')
  await expect(factors).toHaveCount(16)
  await expect(ticked).toHaveCount(0)
})

test('a date or time that cannot be right is named at its own field, and the summary links to it', async ({ page, server }) => {
  await setUpAs(page, server)
  const form = await openTriage(page)
  const summary = form.getByRole('alert')
  await form.getByLabel('Date received').fill('31/02/2026')
  await page.keyboard.press('Control+Enter')
  await expect(summary).toContainText('Date received: 31/02/2026 is not a real date')
  // At the date field itself, read out with it.
  await expect(form.getByLabel('Date received')).toHaveAccessibleDescription('Error: 31/02/2026 is not a real date')

  await form.getByLabel('Date received').fill('2/12/26')
  await form.getByLabel('Time received').fill('25:61')
  await page.keyboard.press('Control+Enter')
  await expect(summary).toContainText('Date received: Enter the year in full, e.g. 2026')
  await expect(summary).toContainText('Time received: Enter the time as HH:MM, e.g. 14:30')
  await expect(summary).not.toContainText('Enter when the contact was received')
  // Each problem is a link to its field (GOV.UK error summary): Enter on it moves focus there.
  await expect(summary).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link', { name: 'Date received: Enter the year in full, e.g. 2026' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(form.getByLabel('Time received')).toBeFocused()
  await expect(form.getByLabel('Time received')).toHaveAccessibleDescription(/Enter the time as HH:MM, e.g. 14:30/)
  await summary.getByRole('link', { name: /^Summary: Enter a summary/ }).press('Enter')
  await expect(form.getByLabel('Summary')).toBeFocused()
  await summary.getByRole('link', { name: /^Risk level:/ }).press('Enter')
  await expect(form.getByRole('radio', { name: 'High', exact: true })).toBeFocused()

  // Put right, the contact saves: nothing else needed changing.
  const now = new Date()
  await form.getByLabel('Date received').fill(dayMonthYear(now))
  await form.getByLabel('Time received').fill('00:00')
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'Police incident' })
  await form.getByLabel('Name', { exact: true }).fill('Tom Reed')
  await form.getByRole('radio', { name: /^New person/ }).check()
  await form.getByLabel('Summary').fill('Found asleep in a doorway.')
  await form.getByRole('radio', { name: 'Low', exact: true }).check()
  await form.getByRole('radio', { name: 'Self help', exact: true }).check()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Logged for RT-/ })).toBeVisible()
})

test('a half-typed contact is kept when the user leaves the screen and can be discarded', async ({ page, server }) => {
  await setUpAs(page, server)
  let form = await openTriage(page)
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'Ambulance' })
  await form.getByLabel('Name', { exact: true }).fill('Rosa Quinn')
  await form.getByRole('radio', { name: /^New person/ }).check()
  await form.getByLabel('Summary').fill('Fell at the bus station, smelt of alcohol.')
  await form.getByRole('radio', { name: 'Medium', exact: true }).check()
  await form.getByLabel(/^Type to filter/).fill('alc')
  await page.keyboard.press('Enter')

  await page.getByRole('link', { name: 'Cases', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Triage', exact: true }).click()
  form = page.getByRole('form', { name: 'Log a contact' })
  await expect(form.getByText('This is the contact you were typing before you left this screen. It has not been saved.')).toBeVisible()
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Rosa Quinn')
  await expect(form.getByRole('radio', { name: /^New person/ })).toBeChecked()
  await expect(form.getByLabel('Summary')).toHaveValue('Fell at the bus station, smelt of alcohol.')
  await expect(form.getByRole('radio', { name: 'Medium', exact: true })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: 'Alcohol misuse' })).toBeChecked()
  await expect(form.getByLabel('Source', { exact: true })).toHaveValue('ambulance')

  await form.getByRole('button', { name: 'Discard draft' }).press('Enter')
  await expect(form.getByLabel('Date received')).toBeFocused()
  await expect(form.getByLabel('Summary')).toHaveValue('')
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('')
  await expect(form.getByText('This is the contact you were typing')).toHaveCount(0)
  // Nothing was saved, and nothing comes back after leaving again.
  await page.getByRole('link', { name: 'Cases', exact: true }).click()
  await page.getByRole('link', { name: 'Triage', exact: true }).click()
  await expect(page.getByRole('form', { name: 'Log a contact' }).getByLabel('Summary')).toHaveValue('')
  await expect(page.getByText('This is the contact you were typing')).toHaveCount(0)
  expect(await call(page, 'triage:list')).toEqual([])
})

test('a back-dated contact shows its date in today’s list, and Ctrl+Z undoes it while Undo is offered', async ({ page, server }) => {
  await setUpAs(page, server)
  // "?" lists the triage keys.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByRole('region', { name: 'Triage form' })).toContainText('Risk level High, Medium, Low')
  await expect(help.getByRole('region', { name: 'Triage form' })).toContainText('Ctrl + Z')
  await expect(help.getByRole('region', { name: 'Triage form' })).toContainText('Undo the contact just saved, while Undo is offered')
  await expect(help.getByRole('region', { name: 'Tables' })).toContainText('Re-triage the focused contact (triage log)')
  await page.keyboard.press('Escape')

  const form = await openTriage(page)
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000)
  await form.getByLabel('Date received').fill(dayMonthYear(threeDaysAgo))
  await form.getByLabel('Time received').fill('09:15')
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'GP' })
  await form.getByLabel('Name', { exact: true }).fill('Ben Moss')
  await form.getByRole('radio', { name: /^New person/ }).check()
  await form.getByLabel('Summary').fill('Letter from the GP, seen on Monday.')
  await form.getByRole('radio', { name: 'Low', exact: true }).check()
  await form.getByRole('radio', { name: 'Self help', exact: true }).check()
  await page.keyboard.press('Control+Enter')
  const today = page.getByRole('list', { name: "Today's contacts" })
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(threeDaysAgo)
  await expect(today.getByRole('listitem').first()).toContainText(`${day}, 09:15`)
  await expect(today.getByRole('button', { name: /^Undo the contact for RT-\d{4}-0001 \(Ctrl\+Z\)/ })).toBeVisible()

  // Focus is back at the top of the empty form: Ctrl+Z takes the contact back.
  await expect(form.getByLabel('Date received')).toBeFocused()
  await page.keyboard.press('Control+z')
  await expect(
    page.getByRole('status').filter({ hasText: /Undone: the contact and the new case RT-\d{4}-0001 were removed/ }),
  ).toBeVisible()
  await expect(page.getByText('No contacts logged today: start with the form above.')).toBeVisible()
  expect(await call(page, 'triage:list')).toEqual([])

  // Once the next contact is started, Ctrl+Z is the text field's own undo again.
  await form.getByLabel('Source', { exact: true }).selectOption({ label: 'GP' })
  await form.getByLabel('Name', { exact: true }).fill('Ben Moss')
  await form.getByRole('radio', { name: /^New person/ }).check()
  await form.getByLabel('Summary').fill('Letter from the GP.')
  await form.getByRole('radio', { name: 'Low', exact: true }).check()
  await form.getByRole('radio', { name: 'Self help', exact: true }).check()
  await page.keyboard.press('Control+Enter')
  await expect(today.getByRole('listitem')).toHaveCount(1)
  await form.getByLabel('Summary').focus()
  await page.keyboard.type('Next')
  await page.keyboard.press('Control+z')
  await expect(today.getByRole('listitem')).toHaveCount(1)
  expect(await call(page, 'triage:list')).toHaveLength(1)
})

test('an administrator adds, renames and retires triage sources in Settings, and the triage form offers what is in use', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('s')
  const sources = page.getByRole('region', { name: 'Triage sources' })
  await sources.getByRole('button', { name: 'Add source' }).press('Enter')
  await expect(sources.getByLabel('Name of the source')).toBeFocused()
  await page.keyboard.type('Street triage')
  await page.keyboard.press('Enter')
  await expect(sources.getByRole('row', { name: /Street triage/ })).toContainText('In use')
  await sources.getByRole('button', { name: 'Rename DWP (benefits)' }).press('Enter')
  await sources.getByLabel('Name of the source').fill('DWP / Jobcentre')
  await page.keyboard.press('Enter')
  await sources.getByRole('button', { name: 'Retire Probation' }).press('Enter')
  await expect(sources.getByRole('row', { name: /Probation/ })).toContainText('Retired')
  // The police source is renamed, never retired: its contacts count towards escalation.
  await expect(sources.getByRole('button', { name: 'Retire Police incident' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Triage', exact: true }).click()
  const source = page.getByRole('form', { name: 'Log a contact' }).getByLabel('Source', { exact: true })
  await expect(source.getByRole('option', { name: 'Street triage' })).toHaveCount(1)
  await expect(source.getByRole('option', { name: 'DWP / Jobcentre' })).toHaveCount(1)
  await expect(source.getByRole('option', { name: 'Fire and rescue' })).toHaveCount(1)
  await expect(source.getByRole('option', { name: 'Probation' })).toHaveCount(0)
})
