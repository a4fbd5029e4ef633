import type { Page } from '@playwright/test'
import { expect, setUpAs, signInAs, test } from './fixtures'
import { addUser, agencyId, call, found, E2E_PASSPHRASE, E2E_PIN } from './seed'

const lockedHeading = (page: Page) => page.getByRole('heading', { name: 'Roundtable is locked', level: 1 })

/** Locks with Ctrl+L, picks the name and types a PIN, by keyboard. */
async function lockAndTry(page: Page, who: string, pin: string) {
  if (!(await lockedHeading(page).isVisible())) {
    await page.keyboard.press('Control+l')
    await expect(lockedHeading(page)).toBeVisible()
  }
  await signInAs(page, who, pin)
}

test('a wrong PIN is refused with a clear message and the right one signs in', async ({ page, server }) => {
  await setUpAs(page, server)
  await addUser(page, { name: 'Sam Patel', agencyId: await agencyId(page, 'Housing trust'), role: 'practitioner' })
  await page.keyboard.press('Control+l')
  await expect(lockedHeading(page)).toBeVisible()
  // The picker names people and agencies, never roles.
  await expect(page.getByLabel('Who are you?').getByRole('option')).toHaveText([
    'Choose your name…',
    'Priya Shah, Mental health trust',
    'Sam Patel, Housing trust',
  ])

  await signInAs(page, 'Sam Patel, Housing trust', '111111')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('That PIN or passphrase is not right. After 4 more wrong attempts sign-in pauses.')
  await expect(alert).toBeFocused()
  await expect(page.getByLabel('PIN or passphrase')).toHaveValue('')

  // From the error summary, Tab to the name (still chosen) and on to the PIN.
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Who are you?')).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.type(E2E_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Sam Patel')
})

test('five wrong PINs pause sign-in for that person, even with the right PIN', async ({ page, server }) => {
  await setUpAs(page, server)
  await addUser(page, { name: 'Sam Patel', agencyId: await agencyId(page, 'Housing trust'), role: 'practitioner' })
  for (let attempt = 1; attempt <= 4; attempt++) {
    await lockAndTry(page, 'Sam Patel, Housing trust', '000000')
    await expect(page.getByRole('alert')).toContainText(`After ${5 - attempt} more wrong`)
  }
  await lockAndTry(page, 'Sam Patel, Housing trust', '000000')
  await expect(page.getByRole('alert')).toContainText(
    'Too many wrong attempts. Sign-in for this person is paused: try again in 30 seconds.',
  )
  await lockAndTry(page, 'Sam Patel, Housing trust', E2E_PIN)
  await expect(page.getByRole('alert')).toContainText(/Sign-in for this person is paused: try again in \d+ seconds/)
  await expect(lockedHeading(page)).toBeVisible()
})

test('Roundtable locks itself after the idle time set in Settings', async ({ page, server }) => {
  await page.clock.install()
  await setUpAs(page, server)
  await page.keyboard.press('g')
  await page.keyboard.press('s')
  const team = page.getByRole('form', { name: 'Team and documents' })
  await team.getByLabel('Lock Roundtable after this long without use (minutes)').fill('1')
  await team.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status')).toContainText('Settings saved')

  // Half a minute without use: still open.
  await page.clock.fastForward('00:30')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  // Past a minute without a key press or click: locked, and nothing about cases on screen.
  await page.clock.fastForward('00:40')
  await expect(lockedHeading(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toHaveCount(0)
  await signInAs(page, 'Priya Shah, Mental health trust', E2E_PASSPHRASE)
  // Back where they were.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
})

test('a viewer is not offered Approve minutes, and the channel refuses them', async ({ page, server }) => {
  await setUpAs(page, server)
  const priyaId = found((await call(page, 'session:get')).user, 'the signed-in user').id
  const meeting = await call(page, 'meetings:create', {
    kind: 'weekly',
    date: '2026-11-24',
    time: '10:00',
    location: 'Room 2',
    chairId: priyaId,
  })
  for (const attendee of meeting.attendees) {
    await call(page, 'attendance:mark', { attendeeId: attendee.id, attendance: 'present' })
    await call(page, 'attendance:agree', { attendeeId: attendee.id, agreed: true })
  }
  await call(page, 'meetings:start', { meetingId: meeting.id })
  await call(page, 'meetings:finish', { meetingId: meeting.id })
  const viewer = await addUser(page, { name: 'Vic Viewer', agencyId: await agencyId(page, 'Housing trust'), role: 'viewer' })

  // The chair sees Approve minutes.
  await page.goto(`${new URL(server.url).origin}/#/meetings/${meeting.id}`)
  await expect(page.getByRole('button', { name: 'Approve minutes' })).toBeVisible()

  await lockAndTry(page, 'Vic Viewer, Housing trust', viewer.credential)
  await expect(page.getByRole('banner')).toContainText('Vic Viewer')
  await expect(page.getByRole('heading', { name: 'Minutes (draft)' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve minutes' })).toHaveCount(0)
  await expect(call(page, 'meetings:approve', { meetingId: meeting.id })).rejects.toThrow(
    'meetings:approve failed: Only an administrator or a chair can do this.',
  )
  const after = await call(page, 'meetings:get', { meetingId: meeting.id })
  expect(after.status).toBe('minutes_draft')
})

test('in web mode two browsers signed in as different people never share a session', async ({ page, server, browser }) => {
  await setUpAs(page, server)
  await addUser(page, { name: 'Sam Patel', agencyId: await agencyId(page, 'Housing trust'), role: 'practitioner' })
  const other = await browser.newContext()
  try {
    const second = await other.newPage()
    // Same address, same run token: still locked, not Priya's session.
    await second.goto(server.url)
    await expect(lockedHeading(second)).toBeVisible()
    await signInAs(second, 'Sam Patel, Housing trust', E2E_PIN)
    await expect(second.getByRole('banner')).toContainText('Sam Patel')
    expect((await call(second, 'session:get')).user?.name).toBe('Sam Patel')
    expect((await call(page, 'session:get')).user?.name).toBe('Priya Shah')
    // Locking one leaves the other signed in.
    await second.keyboard.press('Control+l')
    await expect(lockedHeading(second)).toBeVisible()
    await page.reload()
    await expect(page.getByRole('banner')).toContainText('Priya Shah')
  } finally {
    await other.close()
  }
})
