import type { Page } from '@playwright/test'
import type { MeetingDetail } from '../../shared/domain/meetings/views'
import { expect, setUpAs, test } from './fixtures'
import { agencyId, call, userId } from './seed'

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** Everyone expected is present and has agreed the statement, then the meeting starts. */
async function startWithEveryone(page: Page, meeting: MeetingDetail) {
  for (const attendee of meeting.attendees) {
    await call(page, 'attendance:mark', { attendeeId: attendee.id, attendance: 'present' })
    await call(page, 'attendance:agree', { attendeeId: attendee.id, agreed: true })
  }
  return call(page, 'meetings:start', { meetingId: meeting.id })
}

/** Last week's meeting raised an action and was approved; this week's meeting is running with the action carried in. */
async function meetingWithCarriedAction(page: Page): Promise<MeetingDetail> {
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
      date: isoDay(0),
      time: '10:00',
      location: 'Stretford Hub',
      chairId,
    }),
  )
  const item = first.items[0]
  if (!item) throw new Error('The new case should be on the agenda')
  await call(page, 'actions:raise', {
    itemId: item.id,
    description: 'Apply for discretionary housing payment',
    ownerName: 'Sam Patel',
    ownerAgencyId: health,
    dueDate: isoDay(5),
  })
  await call(page, 'meetings:finish', { meetingId: first.id })
  await call(page, 'meetings:approve', { meetingId: first.id })
  const next = (await call(page, 'meetings:page', { filter: { status: 'planned' } })).rows[0]
  if (!next) throw new Error('Approval should ready the next meeting')
  return startWithEveryone(page, await call(page, 'meetings:get', { meetingId: next.id }))
}

test('three quick ↓ on a carried action save once, and what is stored is what the screen shows', async ({ page, server }) => {
  await setUpAs(page, server)
  const meeting = await meetingWithCarriedAction(page)
  const saves: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/actions:updateAtMeeting')) saves.push(request.postData() ?? '')
  })
  await page.goto(`${server.url.split('#')[0]}#/meetings/${meeting.id}`)
  const update = page.getByRole('combobox', { name: 'Update for Apply for discretionary housing payment' })
  await update.focus()
  await page.keyboard.press('ArrowDown') // Done
  await page.keyboard.press('ArrowDown') // Still open: not possible
  await page.keyboard.press('ArrowDown') // Still open: not undertaken
  // The screen shows the last choice at once, and never jumps back while saving.
  await expect(update).toHaveValue('open:not_undertaken')
  await expect(page.getByRole('status').filter({ hasText: 'Action updated' })).toBeVisible()
  await expect(update).toHaveValue('open:not_undertaken')
  expect(saves).toHaveLength(1)
  expect(JSON.parse(saves[0] ?? '{}')).toMatchObject({ update: { outcome: 'open', nonCompletionReason: 'not_undertaken' } })

  // What is stored is what was shown.
  const stored = await call(page, 'meetings:get', { meetingId: meeting.id })
  expect(stored.items[0]?.carriedActions[0]?.update).toMatchObject({ outcome: 'open', nonCompletionReason: 'not_undertaken' })

  // Typing a choice's first letters in the closed select is one change too, saved when the user moves on.
  await update.focus()
  await page.keyboard.type('Done')
  await page.keyboard.press('Tab')
  await expect(update).toHaveValue('done')
  await expect
    .poll(async () => (await call(page, 'meetings:get', { meetingId: meeting.id })).items[0]?.carriedActions[0]?.update?.outcome)
    .toBe('done')
  expect(saves).toHaveLength(2)
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Update for Apply for discretionary housing payment' })).toHaveValue('done')
})
