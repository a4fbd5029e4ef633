import { expect, setUpAs, test } from './fixtures'

test('shortcuts work with focus on a radio or a checkbox, and "?" lists every shortcut', async ({ page, server }) => {
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  const form = page.getByRole('form', { name: 'Log a contact' })
  await form.getByRole('radio', { name: 'Early help' }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('d')
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()

  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await form.getByRole('checkbox', { name: 'Bring to the next meeting' }).focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  // The checkbox kept its state: "?" is a shortcut, not a key for the box.
  for (const [group, line] of [
    ['Anywhere', 'g then d: Go to Dashboard'],
    ['Triage form', '1 or 2 or 3: Risk level High, Medium, Low'],
    ['Triage form', '1 to 5: In the decision group: choose a decision, in the order listed (1 to 5)'],
    ['Triage form', 'Ctrl + Enter: Save the contact and start the next one'],
    ['Tables', 'R: Re-triage the focused contact (triage log)'],
    ['Meetings', 'Ctrl + → or Ctrl + ←: Run mode: next or previous case (saves first)'],
    ['Meetings', 'Ctrl + = or Ctrl + - or Ctrl + 0: Run mode: presenter zoom in, out, back to normal'],
    ['Meetings', 'Esc: Run mode: save and go back to the agenda'],
    ['Meetings', 'Alt + ↑ or Alt + ↓: Move the focused agenda item up or down'],
    ['Meetings', 'Delete: Remove the focused agenda item (asks why)'],
  ] as const) {
    const [keys = '', does = ''] = line.split(/: (.*)/s)
    const entry = help.getByRole('region', { name: group }).getByText(does, { exact: true }).locator('xpath=..')
    await expect(entry.locator('dt')).toHaveText(keys)
  }
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(form.getByRole('checkbox', { name: 'Bring to the next meeting' })).not.toBeChecked()
})
