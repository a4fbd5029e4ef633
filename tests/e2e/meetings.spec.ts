import type { Page } from '@playwright/test'
import { expect, setUpAs, test } from './fixtures'
import { MeetingScreen } from './pages/meetingScreen'
import { acceptEveryFlagAndSave } from './redactionReview'

async function newCase(page: Page, title: string, risk: 'High' | 'Medium' | 'Low') {
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill(title)
  await dialog.getByRole('radio', { name: risk, exact: true }).check()
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog).toBeHidden()
}

const ukDate = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000)
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
}

async function createMeeting(page: Page) {
  await page.keyboard.press('g')
  await page.keyboard.press('m')
  await new MeetingScreen(page).create({ date: ukDate(0), location: 'Stretford Hub' })
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly case meeting')
}

test('a chair runs a meeting by keyboard, approves it, and the carried action is on next week’s agenda', async ({ page, server }) => {
  await setUpAs(page, server)
  await newCase(page, 'Adams household', 'High')
  await newCase(page, 'Bell, Jordan', 'Medium')
  await createMeeting(page)

  const agenda = page.getByRole('list', { name: 'Agenda' })
  await expect(agenda.getByRole('listitem')).toHaveCount(2)
  // No one has consented yet, so cases appear by reference and initials only.
  await expect(agenda.getByRole('listitem').first()).toContainText(/RT-\d{4}-0001 \(AH\)/)
  await expect(agenda.getByRole('listitem').first()).not.toContainText('Adams')
  await expect(agenda.getByRole('listitem').first()).toContainText('High risk')

  // Alt+↓ moves the focused item down.
  await agenda.getByRole('listitem').first().focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(agenda.getByRole('listitem').first()).toContainText(/RT-\d{4}-0002/)
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agenda.getByRole('listitem').first()).toContainText(/RT-\d{4}-0001/)

  // Attendance: the chair is present and agrees the statement (each tick saved at once; the box shows what is stored).
  const meeting = new MeetingScreen(page)
  await meeting.markPresent()
  await meeting.agreeStatement()

  await meeting.start()
  await expect(page.getByRole('heading', { name: /1\. RT-\d{4}-0001/ })).toBeVisible()

  // Case 1, by keyboard: discussion, a new action, direction of travel.
  await page.getByLabel('Discussion', { exact: true }).focus()
  await page.keyboard.type('Rent arrears rising; landlord has written.')
  await page.getByLabel('Action', { exact: true }).focus()
  await page.keyboard.type('Apply for discretionary housing payment')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Sam Patel')
  await page.keyboard.press('Tab')
  await page.keyboard.press('h') // Housing trust, by typing its first letter in the select
  await page.keyboard.press('Tab')
  await page.keyboard.type(ukDate(14))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('list', { name: 'New actions' })).toContainText('Apply for discretionary housing payment')
  await page.getByRole('radio', { name: '▼ Worsening' }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Arrears up')
  // Something is recorded, so the case counts as discussed without ticking a box.
  await expect(page.getByRole('checkbox', { name: 'Discussed' })).toBeChecked()
  await page.keyboard.press('Control+ArrowRight')
  await expect(page.getByRole('heading', { name: /2\. RT-\d{4}-0002/ })).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Agenda progress' }).getByRole('button', { name: /^1\. / })).toContainText('✓ done')

  // A half-typed action row is saved on the move, not lost.
  await page.getByLabel('Action', { exact: true }).focus()
  await page.keyboard.type('Book a GP review')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Dr Rahman')
  await page.keyboard.press('Tab')
  await page.keyboard.press('g')
  await page.keyboard.press('Tab')
  await page.keyboard.type(ukDate(10))
  await page.keyboard.press('Control+ArrowLeft')
  await expect(page.getByRole('heading', { name: /1\. RT-\d{4}-0001/ })).toBeFocused()
  await page.keyboard.press('Control+ArrowRight')
  await expect(page.getByRole('heading', { name: /2\. RT-\d{4}-0002/ })).toBeFocused()
  await expect(page.getByRole('list', { name: 'New actions' })).toContainText('Book a GP review')

  // Case 2: direction of travel, then finish.
  await page.getByRole('radio', { name: '▲ Improving' }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Engaging with the GP again')
  await page.keyboard.press('Control+ArrowLeft')
  await expect(page.getByRole('heading', { name: /1\. RT-\d{4}-0001/ })).toBeFocused()
  await expect(page.getByLabel('Discussion', { exact: true })).toHaveValue('Rent arrears rising; landlord has written.')
  await page.getByRole('button', { name: 'Finish meeting' }).click()
  await page.getByRole('button', { name: 'Finish and draft the minutes' }).click()

  // After: the minutes, approval, next meeting.
  const minutes = page.getByRole('region', { name: /Minutes/ })
  await expect(minutes).toContainText('▲ 1 improving')
  await expect(minutes).toContainText('▼ 1 worsening')
  await expect(minutes).toContainText('New: Apply for discretionary housing payment · Sam Patel (Housing trust)')
  // Approval freezes the minutes, so it is confirmed first.
  await page.getByRole('button', { name: 'Approve minutes' }).click()
  await page.getByRole('dialog', { name: 'Approve these minutes?' }).getByRole('button', { name: 'Approve and freeze the minutes' }).click()
  await expect(page.getByText(/Approved by Priya Shah/)).toBeVisible()
  // Approval readies next week's meeting at once: no "Create next meeting" step.
  await expect(
    page.getByRole('status').filter({ hasText: /Minutes approved\. The next meeting, .+, is ready with its agenda/ }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create next meeting' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: /Minutes/ })).toContainText(/Next meeting: .+ at 10:00 – Stretford Hub/)
  await page.getByRole('button', { name: /Go to the next meeting/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly case meeting')
  await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible()
  const next = page.getByRole('list', { name: 'Agenda' })
  const carried = next.getByRole('listitem').filter({ hasText: /RT-\d{4}-0001/ })
  await expect(carried).toContainText('Open actions')
  await expect(carried).toContainText('1 carried action')

  // Per-agency sheets list every open action of the agency, even for a case taken off this agenda.
  const sheets = page.getByRole('region', { name: 'Per-agency sheets' })
  await expect(sheets.getByRole('group', { name: 'Housing trust' })).toContainText('Apply for discretionary housing payment')
  await next
    .getByRole('listitem')
    .filter({ hasText: /RT-\d{4}-0002/ })
    .focus()
  await page.keyboard.press('Delete')
  await page.keyboard.type('Discussed last week; nothing new')
  await page.keyboard.press('Enter')
  await expect(next.getByRole('listitem')).toHaveCount(1)
  await expect(sheets).toContainText('Book a GP review')
  // "Print sheets" prints the sheets alone.
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => {
    window.print = () => {
      const visibility = (id: string) => getComputedStyle(document.getElementById(id) as HTMLElement).visibility
      document.body.dataset.printed = `${visibility('sheets-heading')}/${visibility('agenda-heading')}/${visibility('attendance-heading')}`
    }
  })
  await page.getByRole('button', { name: 'Print sheets' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'visible/hidden/hidden')
  await page.emulateMedia({ media: 'screen' })
  // Attendance starts from this week's; the statement is agreed again before starting.
  await expect(meeting.attendance.getByRole('row', { name: /Priya Shah/ })).toBeVisible()
  await meeting.markPresent()
  await meeting.agreeStatement()
  await meeting.start()
  await expect(page.getByRole('combobox', { name: /Update for Apply for discretionary housing payment/ })).toBeVisible()
})

test('run mode autosaves and reopens at the same case after a reload; approved minutes take amendments only', async ({ page, server }) => {
  await setUpAs(page, server)
  await newCase(page, 'Adams household', 'High')
  await newCase(page, 'Bell, Jordan', 'Low')
  await createMeeting(page)
  // Run mode waits for the confidentiality statement: agreed, or skipped for someone who did not hear it.
  const meeting = new MeetingScreen(page)
  await meeting.markPresent()
  await meeting.start()
  await expect(page.getByRole('alert')).toContainText(
    'each person in the room agrees the confidentiality statement (or skip it for them). Still to agree: Priya Shah.',
  )
  await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible()
  await meeting.skipStatementFor('Priya Shah')
  await meeting.start()
  await expect(page.getByRole('heading', { name: /1\. / })).toBeVisible()
  await page.keyboard.press('Control+ArrowRight')
  await expect(page.getByRole('heading', { name: /2\. / })).toBeFocused()
  await page.getByLabel('Discussion', { exact: true }).fill('Half-typed note about the tenancy')
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d{2}:\d{2}$/ })).toBeVisible({ timeout: 10_000 })
  await page.reload()
  await expect(page.getByRole('heading', { name: /2\. / })).toBeVisible()
  await expect(page.getByLabel('Discussion', { exact: true })).toHaveValue('Half-typed note about the tenancy')
  // From the meetings list, the meeting in progress is one link away and resumes at the same case.
  await page.getByRole('button', { name: 'Back to agenda' }).click()
  await page.keyboard.press('g')
  await page.keyboard.press('m')
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible()
  const resume = page
    .getByRole('region', { name: 'Meetings in progress' })
    .getByRole('link', { name: /Resume meeting: Weekly case meeting/ })
  await resume.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /2\. / })).toBeVisible()
  await expect(page.getByLabel('Discussion', { exact: true })).toHaveValue('Half-typed note about the tenancy')

  await page.getByRole('button', { name: 'Finish meeting' }).click()
  await page.getByRole('button', { name: 'Finish and draft the minutes' }).click()
  await page.getByRole('button', { name: 'Approve minutes' }).click()
  await page.getByRole('dialog', { name: 'Approve these minutes?' }).getByRole('button', { name: 'Approve and freeze the minutes' }).click()
  await expect(page.getByText(/Approved by Priya Shah/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start meeting' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Continue run mode' })).toHaveCount(0)
  await page.getByLabel('Correction to the approved minutes').fill('The tenancy is with Irwell Valley, not THT.')
  await page.getByRole('button', { name: 'Add amendment' }).click()
  await expect(page.getByRole('region', { name: /Minutes/ })).toContainText('The tenancy is with Irwell Valley, not THT.')

  await page.getByRole('button', { name: 'Export minutes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export minutes' })
  await dialog.getByRole('radio', { name: /Redacted copy/ }).check()
  await dialog.getByLabel('Recipient agency').selectOption({ label: 'Schools' })
  await expect(dialog.getByText('Schools receives no health, police intelligence or third-party information')).toBeVisible()
  await dialog.getByRole('button', { name: 'Review redacted copy' }).click()
  await acceptEveryFlagAndSave(page)
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('REDACTED for Schools.docx')
})

test('on the room screen: keys typed in the remove reason stay there, and search shows no names without consent', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await newCase(page, 'Adams household', 'High')
  await newCase(page, 'Bell, Jordan', 'Low')
  await createMeeting(page)
  const agenda = page.getByRole('list', { name: 'Agenda' })
  await expect(agenda.getByRole('listitem')).toHaveCount(2)

  // Delete on the item opens the reason box; Delete and Alt+↑ inside it edit the text, not the agenda.
  await agenda.getByRole('listitem').nth(1).focus()
  await page.keyboard.press('Delete')
  const reason = page.getByLabel(/Why remove RT-\d{4}-0002\?/)
  await expect(reason).toBeFocused()
  await page.keyboard.type('Duplicate casex')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(reason).toHaveValue('Duplicate case')
  await expect(agenda.getByRole('listitem').nth(1)).toContainText(/RT-\d{4}-0002/)
  await page.keyboard.press('Enter')
  await expect(agenda.getByRole('listitem')).toHaveCount(1)

  // Adding it back: the search result names it by reference and initials, with the badge.
  await page.getByLabel('Add a case (name or reference)').fill('Bell')
  const results = page.getByRole('list', { name: 'Matching cases' })
  await expect(results.getByRole('listitem')).toHaveCount(1)
  await expect(results).toContainText(/RT-\d{4}-0002 \([A-Z]+\)/)
  await expect(results).toContainText('No consent to share')
  await expect(results).not.toContainText('Bell')
  await expect(results).not.toContainText('Jordan')
  await results.getByRole('button', { name: /Add RT-\d{4}-0002/ }).click()
  await expect(agenda.getByRole('listitem')).toHaveCount(2)
  await expect(agenda).not.toContainText('Bell')
})

test('agenda items move and come off by pointer: Move up, Move down and Remove buttons (WCAG 2.5.7)', async ({ page, server }) => {
  await setUpAs(page, server)
  await newCase(page, 'Adams household', 'High')
  await newCase(page, 'Bell, Jordan', 'Medium')
  await newCase(page, 'Carter family', 'Low')
  await createMeeting(page)
  const agenda = page.getByRole('list', { name: 'Agenda' })
  const items = agenda.getByRole('listitem')
  await expect(items).toHaveCount(3)
  const order = async () => (await items.allInnerTexts()).map((text) => /RT-\d{4}-(\d{4})/.exec(text)?.[1])
  const before = await order()

  // The top item cannot move up, the bottom one cannot move down; each button names its case.
  await expect(items.first().getByRole('button', { name: /^Move up RT-/ })).toBeDisabled()
  await expect(items.last().getByRole('button', { name: /^Move down RT-/ })).toBeDisabled()

  // Move the first item down by click: it is second, and the button it was moved with keeps focus.
  await items
    .first()
    .getByRole('button', { name: /^Move down/ })
    .click()
  await expect.poll(order).toEqual([before[1], before[0], before[2]])
  await expect(items.nth(1).getByRole('button', { name: /^Move down/ })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: `RT-` })).toContainText('moved to position 2')

  // Move the last item up twice: it is first, and focus passes to its Move down button at the top.
  await items
    .last()
    .getByRole('button', { name: /^Move up/ })
    .click()
  await expect.poll(order).toEqual([before[1], before[2], before[0]])
  await items
    .nth(1)
    .getByRole('button', { name: /^Move up/ })
    .click()
  await expect.poll(order).toEqual([before[2], before[1], before[0]])
  await expect(items.first().getByRole('button', { name: /^Move down/ })).toBeFocused()

  // Remove by click asks why, then takes the item off.
  await items
    .nth(1)
    .getByRole('button', { name: /^Remove RT-/ })
    .click()
  const reason = page.getByLabel(/Why remove RT-\d{4}-\d{4}\?/)
  await expect(reason).toBeFocused()
  await reason.fill('Discussed at the hub instead')
  await page
    .getByRole('form', { name: /Remove RT-/ })
    .getByRole('button', { name: 'Remove', exact: true })
    .click()
  await expect(items).toHaveCount(2)
  await expect.poll(order).toEqual([before[2], before[0]])
})
