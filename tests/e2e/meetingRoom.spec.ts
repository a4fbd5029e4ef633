import type { Page } from '@playwright/test'
import type { MeetingDetail } from '../../shared/domain/meetings/views'
import { expect, setUpAs, test } from './fixtures'
import { addUser, agencyId, call, found, userId } from './seed'

/** Issue 12, the chair's part: run mode as the room's view, attendance, confirmations and prompts, all by keyboard. */

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const ukDay = (offsetDays: number) => isoDay(offsetDays).split('-').reverse().join('/')

async function startWithEveryone(page: Page, meeting: MeetingDetail) {
  for (const attendee of meeting.attendees) {
    await call(page, 'attendance:mark', { attendeeId: attendee.id, attendance: 'present' })
    await call(page, 'attendance:agree', { attendeeId: attendee.id, agreed: true })
  }
  return call(page, 'meetings:start', { meetingId: meeting.id })
}

/** A case still in triage, its subject consenting, assessed at triage; and a case whose subject has not consented. */
async function twoCases(page: Page) {
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const adams = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Adams household',
    keyworkerId: priya,
    leadAgencyId: housing,
    status: 'triage',
    riskLevel: 'high',
  })
  const paul = await call(page, 'people:add', {
    caseId: adams.id,
    person: { role: 'subject', firstName: 'Paul', lastName: 'Adams' },
  })
  await call(page, 'consent:record', {
    personId: paul.id,
    status: 'given',
    recordedOn: isoDay(0),
    scope: 'All agencies at the meeting',
    lawfulBasis: 'consent',
  })
  await call(page, 'triage:create', {
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    source: 'police',
    subject: { mode: 'existing', caseId: adams.id, personId: paul.id },
    summary: 'Found distressed on the bridge; third call this month.',
    riskLevel: 'high',
    riskFactors: ['Suicidal thoughts', 'Alcohol'],
    decisionCategory: 'complex',
    meetingReasons: ['visible_high_risk'],
    decidedByUserId: priya,
    bringToNextMeeting: true,
  })
  const bell = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Bell, Jordan',
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'medium',
  })
  const jordan = await call(page, 'people:add', {
    caseId: bell.id,
    person: { role: 'subject', firstName: 'Jordan', lastName: 'Bell' },
  })
  await call(page, 'triage:create', {
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    source: 'police',
    subject: { mode: 'existing', caseId: bell.id, personId: jordan.id },
    summary: 'Jordan Bell seen at the station.',
    riskLevel: 'medium',
    riskFactors: ['Weapons'],
    decisionCategory: 'complex',
    meetingReasons: [],
    decidedByUserId: priya,
    bringToNextMeeting: true,
  })
  return { adams, bell }
}

test('the first meeting: tick the team present, Tab lands on Present, focus follows each change, and run mode is the room view', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  await addUser(page, { name: 'Sam Patel', agencyId: housing, role: 'practitioner' })
  await addUser(page, { name: 'Jo Rahman', agencyId: await agencyId(page, 'GP practice'), role: 'practitioner' })
  await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Adams household',
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'high',
  })
  // Seeded behind the screen's back: start from a fresh page so it lists them.
  await page.reload()
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()

  await page.keyboard.press('g')
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'New meeting' })
  await form.getByLabel('Date').fill(ukDay(0))
  await form.getByLabel('Chair').selectOption({ label: 'Priya Shah (Mental health trust)' })
  await form.getByRole('button', { name: 'Create meeting' }).press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly case meeting')

  // No previous meeting: the team's active users, to tick who is here.
  const team = page.getByRole('group', { name: 'Who from the team is here? Tick everyone present' })
  await expect(team.getByRole('checkbox')).toHaveCount(2)
  await expect(team.getByRole('checkbox').nth(0)).toHaveAccessibleName('Jo Rahman (GP practice)')
  await expect(team.getByRole('checkbox').nth(1)).toHaveAccessibleName('Sam Patel (Housing trust)')
  await team.getByRole('checkbox').first().focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Mark ticked people present' })).toBeFocused()
  await page.keyboard.press('Enter')
  const attendance = page.getByRole('table', { name: 'Attendance' })
  await expect(attendance.getByRole('row', { name: /Jo Rahman/ }).getByRole('radio', { name: 'Present' })).toBeChecked()
  await expect(attendance.getByRole('row', { name: /Sam Patel/ }).getByRole('radio', { name: 'Present' })).toBeChecked()
  await expect(page.getByRole('group', { name: /Who from the team is here/ })).toHaveCount(0)
  // Focus lands on the next thing to do: the first of them agreeing the statement.
  await expect(attendance.getByRole('checkbox', { name: 'Jo Rahman agrees' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(attendance.getByRole('checkbox', { name: 'Jo Rahman agrees' })).toBeChecked()

  // Tab into the unmarked row (the chair's) lands on Present, so Space records present, not apologies.
  await page.keyboard.press('Tab')
  const priyaRow = attendance.getByRole('row', { name: /Priya Shah/ })
  await expect(priyaRow.getByRole('radio', { name: 'Present' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(priyaRow.getByRole('radio', { name: 'Present' })).toBeChecked()
  await expect(priyaRow.getByRole('radio', { name: 'Apologies' })).not.toBeChecked()

  // Adding a guest: focus lands on the guest's row, on Present.
  await page.getByRole('button', { name: 'Add someone to the list' }).press('Enter')
  const add = page.getByRole('form', { name: 'Add attendee' })
  await add.getByLabel('Guest name').fill('Dr Okoye')
  await add.getByLabel("Guest's agency").selectOption({ label: 'GP practice' })
  await add.getByRole('button', { name: 'Add attendee' }).press('Enter')
  const guestRow = attendance.getByRole('row', { name: /Dr Okoye/ })
  await expect(guestRow.getByRole('radio', { name: 'Present' })).toBeFocused()
  // Back into the unmarked row (Shift+Tab) lands on Present too, not on Apologies at the end of the group.
  await page.keyboard.press('Tab')
  await expect(attendance.getByRole('row', { name: /Jo Rahman/ }).getByRole('radio', { name: 'Present' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(guestRow.getByRole('radio', { name: 'Present' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(guestRow.getByRole('radio', { name: 'Present' })).toBeChecked()
  for (const name of ['Dr Okoye', 'Priya Shah', 'Sam Patel']) {
    await attendance.getByRole('checkbox', { name: `${name} agrees` }).check()
    await expect(attendance.getByRole('checkbox', { name: `${name} agrees` })).toBeChecked()
  }

  // Starting lands on the first case, in the room view: no app navigation or bars.
  await page.getByRole('button', { name: 'Start meeting' }).press('Enter')
  await expect(page.getByRole('heading', { name: /^1\. RT-\d{4}-0001/ })).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Lock' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('run mode')

  // Esc saves and goes back to the agenda, at the case the chair was on.
  await page.getByLabel('Discussion', { exact: true }).fill('Landlord has written.')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('run mode')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').first()).toBeFocused()
  await page.getByRole('button', { name: 'Continue run mode' }).press('Enter')
  await expect(page.getByLabel('Discussion', { exact: true })).toHaveValue('Landlord has written.')
})

test('run mode shows the room the case at a glance, zooms, times, asks for the review date, and approval is confirmed', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const { adams, bell } = await twoCases(page)
  const chairId = await userId(page, 'Priya Shah')
  const meeting = await startWithEveryone(
    page,
    await call(page, 'meetings:create', {
      kind: 'case_review',
      date: isoDay(0),
      time: '10:00',
      location: 'Stretford Hub',
      chairId,
    }),
  )
  expect(meeting.items.map((item) => item.caseId)).toEqual([adams.id, bell.id])
  await page.goto(`${server.url.split('#')[0]}#/meetings/${meeting.id}`)

  // The progress strip: reference and initials, and each item's state; no names.
  const strip = page.getByRole('navigation', { name: 'Agenda progress' })
  await expect(strip.getByRole('button')).toHaveText([`1. ${adams.reference} (PA) ● current`, `2. ${bell.reference} (JB) ○ to do`])
  await expect(strip).not.toContainText('Adams')

  // At a glance: status, triage summary and risk factors beside the people.
  const glance = page.locator('.at-a-glance')
  await expect(glance).toContainText('StatusTriage')
  await expect(glance).toContainText('Still in triage: recording the discussion opens the case.')
  await expect(glance).toContainText('Found distressed on the bridge; third call this month.')
  await expect(glance.getByRole('list', { name: 'Risk factors' }).getByRole('listitem')).toHaveText(['Suicidal thoughts', 'Alcohol'])
  await expect(glance.getByRole('list', { name: 'People' })).toContainText('Paul Adams')

  // Presenter zoom scales the headings too, and is remembered.
  const heading = page.getByRole('heading', { name: /^1\. / })
  const size = async () => Number.parseFloat(await heading.evaluate((element) => getComputedStyle(element).fontSize))
  const before = await size()
  await page.keyboard.press('Control+=')
  await page.keyboard.press('Control+=')
  await expect.poll(size).toBeCloseTo(before * 1.2, 0)
  await page.reload()
  await expect.poll(size).toBeCloseTo(before * 1.2, 0)
  await page.keyboard.press('Control+-')
  await page.keyboard.press('Control+-')
  await expect.poll(size).toBeCloseTo(before, 0)

  // An optional clock and per-case timer.
  await expect(page.getByRole('timer')).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Clock and timer' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('timer')).toHaveText(/^Time \d{2}:\d{2} · On this case 0:0[0-9]$/)

  // Discussing the triage case opens it; decisions one per line.
  await page.getByLabel('Discussion', { exact: true }).focus()
  await page.keyboard.type('Agreed to work with Paul.')
  await page.getByLabel('Decisions', { exact: true }).focus()
  await page.keyboard.type('Refer to early help')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Keyworker to visit weekly')

  // A case review moving on without a next review date asks for one, at the field.
  await page.keyboard.press('Control+ArrowRight')
  await expect(page.getByRole('alert').filter({ hasText: 'No next review date yet' })).toBeVisible()
  await expect(page.getByLabel('Next review')).toBeFocused()
  await expect(heading).toBeVisible()
  await page.keyboard.type(ukDay(28))
  await page.keyboard.press('Control+ArrowRight')
  await expect(page.getByRole('heading', { name: /^2\. / })).toBeFocused()
  await expect.poll(async () => (await call(page, 'cases:get', { id: adams.id })).status).toBe('open')
  await expect(strip.getByRole('button').first()).toHaveText(`1. ${adams.reference} (PA) ✓ done`)

  // The status line sits in its own strip: it never covers the content.
  const status = page.locator('.status-line')
  await expect(status).toHaveText(/Case 2 of 2/)
  const statusBox = await status.boundingBox()
  const mainBox = await page.locator('main').boundingBox()
  expect(statusBox && mainBox && statusBox.y >= mainBox.y + mainBox.height - 1).toBe(true)

  // Without consent: initials only and no details, as everywhere else.
  await expect(page.getByRole('heading', { name: /^2\. / })).toHaveText(`2. ${bell.reference} (JB)`)
  await expect(glance).toContainText('No consent to share')
  await expect(glance).not.toContainText('Jordan')
  await expect(glance).not.toContainText('Weapons')
  await expect(glance).not.toContainText('seen at the station')

  // Finishing asks for this review's date first; finishing again goes on, naming what is missing.
  await page.getByRole('button', { name: 'Finish meeting' }).press('Enter')
  await expect(page.getByLabel('Next review')).toBeFocused()
  await expect(page.getByRole('form', { name: 'Finish meeting' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Finish meeting' }).press('Enter')
  const finishing = page.getByRole('form', { name: 'Finish meeting' })
  await expect(finishing.getByRole('button', { name: `Set the next review for ${bell.reference} (JB)` })).toBeVisible()
  await expect(finishing.getByLabel('Next meeting date')).toBeFocused()
  await page.keyboard.press('Enter')

  // The draft minutes, focused; one decision per line.
  await expect(page.getByRole('heading', { name: 'Minutes (draft)' })).toBeFocused()
  const decisions = page.getByRole('list', { name: 'Decisions' }).first()
  await expect(decisions.getByRole('listitem')).toHaveText(['Refer to early help', 'Keyworker to visit weekly'])

  // Approve asks first: Esc cancels and nothing is approved.
  const approve = page.getByRole('button', { name: 'Approve minutes' })
  await approve.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Approve these minutes?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(approve).toBeFocused()
  expect((await call(page, 'meetings:get', { meetingId: meeting.id })).status).toBe('minutes_draft')
  // Enter on the confirm button approves; focus lands on what changed.
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: 'Approve and freeze the minutes' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.locator(':focus')).toHaveText(/^Approved by Priya Shah on /)
  expect((await call(page, 'meetings:get', { meetingId: meeting.id })).status).toBe('approved')
})

test('a carried action still open takes a note, and meetings are listed by kind and date', async ({ page, server }) => {
  await setUpAs(page, server)
  const chairId = await userId(page, 'Priya Shah')
  const health = await agencyId(page, 'Mental health trust')
  await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Adams household',
    keyworkerId: chairId,
    leadAgencyId: health,
    riskLevel: 'high',
  })
  const first = await startWithEveryone(
    page,
    await call(page, 'meetings:create', {
      kind: 'weekly',
      date: '2026-11-25',
      time: '10:00',
      location: 'Stretford Hub',
      chairId,
    }),
  )
  await call(page, 'actions:raise', {
    itemId: found(first.items[0], 'the agenda item').id,
    description: 'Joint home visit',
    ownerName: 'PC Jones',
    ownerAgencyId: health,
    dueDate: '2026-11-30',
  })
  await call(page, 'meetings:finish', { meetingId: first.id, nextMeetingDate: '2026-12-02' })
  await call(page, 'meetings:approve', { meetingId: first.id })

  // Two weekly meetings: each link says which one it is.
  await page.keyboard.press('g')
  await page.keyboard.press('m')
  await expect(page.getByRole('link', { name: 'Weekly case meeting, Wed 25 Nov 2026' })).toBeVisible()
  const next = page.getByRole('link', { name: 'Weekly case meeting, Wed 2 Dec 2026' })
  await expect(next).toBeVisible()
  const nextId = (await call(page, 'meetings:page', { filter: { status: 'planned' } })).rows[0]?.id ?? ''
  await startWithEveryone(page, await call(page, 'meetings:get', { meetingId: nextId }))
  await page.goto(`${server.url.split('#')[0]}#/meetings/${nextId}`)

  const update = page.getByRole('combobox', { name: 'Update for Joint home visit' })
  await update.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(update).toHaveValue('open:not_possible')
  await page.keyboard.press('Tab')
  const note = page.getByLabel('Why still open, and what next?')
  await expect(note).toBeFocused()
  await page.keyboard.type('Family away until the 20th; visit the week after')
  await page.keyboard.press('Enter')
  await expect
    .poll(async () => (await call(page, 'meetings:get', { meetingId: nextId })).items[0]?.carriedActions[0]?.update)
    .toMatchObject({ outcome: 'open', nonCompletionReason: 'not_possible', note: 'Family away until the 20th; visit the week after' })
  // Changing the reason keeps the note.
  await update.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  await expect
    .poll(async () => (await call(page, 'meetings:get', { meetingId: nextId })).items[0]?.carriedActions[0]?.update)
    .toMatchObject({ outcome: 'open', nonCompletionReason: 'not_undertaken', note: 'Family away until the 20th; visit the week after' })
  await page.reload()
  await expect(page.getByLabel('Why still open, and what next?')).toHaveValue('Family away until the 20th; visit the week after')
  // Leaving run mode straight from the note (Esc) saves it too.
  await page.getByLabel('Why still open, and what next?').focus()
  await page.keyboard.press('End')
  await page.keyboard.type('; PC Jones to call first')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('run mode')
  await expect
    .poll(async () => (await call(page, 'meetings:get', { meetingId: nextId })).items[0]?.carriedActions[0]?.update?.note)
    .toBe('Family away until the 20th; visit the week after; PC Jones to call first')
})

test('leaving run mode with a g shortcut keeps what was typed since the last autosave', async ({ page, server }) => {
  await setUpAs(page, server)
  await twoCases(page)
  const chairId = await userId(page, 'Priya Shah')
  const meeting = await startWithEveryone(
    page,
    await call(page, 'meetings:create', {
      kind: 'weekly',
      date: isoDay(0),
      time: '10:00',
      location: 'Stretford Hub',
      chairId,
    }),
  )
  await page.goto(`${server.url.split('#')[0]}#/meetings/${meeting.id}`)
  await expect(page.getByRole('heading', { name: /^1\. / })).toBeVisible()

  // Typed, then straight out of the field and away: well inside the 3 s autosave.
  await page.getByLabel('Discussion', { exact: true }).fill('Agreed a joint visit on Friday')
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes…' })).toBeVisible()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('g')
  await page.keyboard.press('d')
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()

  await expect
    .poll(async () => (await call(page, 'meetings:get', { meetingId: meeting.id })).items[0]?.discussion)
    .toBe('Agreed a joint visit on Friday')
})

test('an autosave answers with its one item: the screen keeps what was typed without reading the meeting again', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await twoCases(page)
  const chairId = await userId(page, 'Priya Shah')
  const meeting = await startWithEveryone(
    page,
    await call(page, 'meetings:create', { kind: 'weekly', date: isoDay(0), time: '10:00', location: 'Stretford Hub', chairId }),
  )
  await page.goto(`${server.url.split('#')[0]}#/meetings/${meeting.id}`)
  await expect(page.getByRole('heading', { name: /^1\. / })).toBeVisible()

  const meetingReads: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/meetings:get') meetingReads.push(request.url())
  })
  await page.getByLabel('Discussion', { exact: true }).fill('Agreed a joint visit on Friday')
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes…' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d/ })).toBeVisible({ timeout: 10_000 })
  // The field still holds the text, and the stored item says the same.
  await expect(page.getByLabel('Discussion', { exact: true })).toHaveValue('Agreed a joint visit on Friday')
  expect((await call(page, 'meetings:get', { meetingId: meeting.id })).items[0]?.discussion).toBe('Agreed a joint visit on Friday')
  // Only the check above read the meeting: the save itself did not.
  expect(meetingReads).toHaveLength(1)
})
