import { expect, setUpAs, test } from './fixtures'
import { MeetingScreen } from './pages/meetingScreen'

test('the Actions screen filters overdue actions and marks several done at once', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill('Adams household')
  await dialog.getByRole('radio', { name: 'High', exact: true }).check()
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog).toBeHidden()

  // A meeting held in January raises three actions; one is long overdue.
  await page.getByRole('link', { name: 'Meetings' }).click()
  const meeting = new MeetingScreen(page)
  await meeting.create({ date: '05/01/2026' })
  // The chair is present and agrees the confidentiality statement before run mode.
  await meeting.markPresent()
  await meeting.agreeStatement()
  await meeting.start()
  const next = new Date(Date.now() + 20 * 86_400_000)
  const future = `${String(next.getDate()).padStart(2, '0')}/${String(next.getMonth() + 1).padStart(2, '0')}/${next.getFullYear()}`
  for (const [description, owner, agency, due] of [
    ['Send the GP letter', 'Dr Rahman', 'GP practice', '10/01/2026'],
    ['Joint home visit', 'PC Jones', 'Police', future],
    ['Benefits check', 'Sam Patel', 'Housing trust', future],
  ]) {
    const row = page.getByRole('form', { name: 'New action' })
    await row.getByLabel('Action', { exact: true }).fill(description!)
    await row.getByLabel('Owner', { exact: true }).fill(owner!)
    await row.getByLabel("Owner's agency").selectOption({ label: agency! })
    await row.getByLabel('Due').fill(due!)
    await row.getByRole('button', { name: 'Add action' }).click()
    await expect(page.getByRole('list', { name: 'New actions' })).toContainText(description!)
  }

  // Run mode is the room's view, without the app's navigation: Esc goes back to the agenda first.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('run mode')
  await page.getByRole('link', { name: 'Actions' }).click()
  const table = page.getByRole('table', { name: 'Actions' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row', { name: /Send the GP letter/ })).toContainText(/Overdue by \d+ days/)
  await page.getByRole('checkbox', { name: 'Overdue only' }).check()
  await expect(table.getByRole('row')).toHaveCount(2)
  await page.getByRole('checkbox', { name: 'Overdue only' }).uncheck()

  await page.getByLabel('Group by').selectOption('agency')
  // A heading row per agency, each followed by its actions; no repeated "group" column.
  await expect(table.getByRole('row')).toHaveText([
    /^Select/,
    'Agency: GP practice (1)',
    /Send the GP letter/,
    'Agency: Housing trust (1)',
    /Benefits check/,
    'Agency: Police (1)',
    /Joint home visit/,
  ])
  await expect(table.getByRole('columnheader', { name: /group/i })).toHaveCount(0)
  // The arrow keys move from action to action, over the headings.
  await table.getByRole('row', { name: /Send the GP letter/ }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(table.getByRole('row', { name: /Benefits check/ })).toBeFocused()

  // Select two by keyboard and mark them done with a note.
  await page.getByRole('checkbox', { name: 'Select: Send the GP letter' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('checkbox', { name: 'Select: Joint home visit' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByText('2 selected')).toBeVisible()
  await page.getByRole('group', { name: 'Update selected actions' }).getByLabel('Note').fill('Confirmed by email')
  await page.getByRole('button', { name: 'Mark selected done' }).click()
  await expect(page.getByRole('status').filter({ hasText: '2 actions marked done' })).toBeVisible()
  await expect(table.getByRole('row', { name: /Send the GP letter/ })).toContainText('Done')
  await expect(table.getByRole('row', { name: /Benefits check/ })).toContainText('Open')
  await page.getByRole('checkbox', { name: 'Overdue only' }).check()
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('No actions match these filters.')

  // Dropping needs a reason: without one, the note field says so and nothing changes.
  await page.getByRole('checkbox', { name: 'Overdue only' }).uncheck()
  await page.getByRole('checkbox', { name: 'Select: Benefits check' }).focus()
  await page.keyboard.press('Space')
  const bulk = page.getByRole('group', { name: 'Update selected actions' })
  await bulk.getByLabel('Note').fill('')
  await page.getByRole('button', { name: 'Drop selected' }).click()
  await expect(bulk.getByRole('alert')).toHaveText('Say why the selected actions are dropped')
  await expect(bulk.getByLabel('Note')).toBeFocused()
  await expect(bulk.getByLabel('Note')).toHaveAttribute('aria-invalid', 'true')
  await expect(table.getByRole('row', { name: /Benefits check/ })).toContainText('Open')
  await page.keyboard.type('Family moved out of the area')
  await page.getByRole('button', { name: 'Drop selected' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 action marked dropped' })).toBeVisible()
  await expect(table.getByRole('row', { name: /Benefits check/ })).toContainText('Dropped')
  await expect(bulk.getByRole('alert')).toHaveCount(0)
})
