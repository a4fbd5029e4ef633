import type { Page } from '@playwright/test'
import { expect, setUpAs, signInAs, test } from './fixtures'
import { agencyId, call, E2E_PASSPHRASE, userId } from './seed'

/**
 * Issue 9: what a write changes is refetched wherever it shows, in this tab
 * (from the changed set returned with the result) and in another tab (from
 * the pushed DataChanged event). Recording an agenda item changes the case's
 * risk and review date; before, only the meeting was refreshed, so the case
 * record and the cases list showed the old risk for as long as they were
 * cached.
 */

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const ukDay = (offsetDays: number) => isoDay(offsetDays).split('-').reverse().join('/')
const longDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay(offsetDays)}T00:00:00Z`),
  )

/** Same-document navigation, as the app's own links do: the query cache is kept. */
const goTo = (page: Page, hash: string) => page.evaluate((target) => (window.location.hash = target), hash)

/** One high-risk case on the agenda of a meeting already running, everyone present. */
async function runningMeeting(page: Page) {
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const adams = await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Adams household',
    keyworkerId: priya,
    leadAgencyId: housing,
    riskLevel: 'high',
  })
  let meeting = await call(page, 'meetings:create', {
    kind: 'weekly',
    date: isoDay(0),
    time: '10:00',
    location: 'Stretford Hub',
    chairId: priya,
  })
  if (!meeting.items.some((item) => item.caseId === adams.id))
    meeting = await call(page, 'agenda:add', { meetingId: meeting.id, caseId: adams.id })
  for (const attendee of meeting.attendees) {
    await call(page, 'attendance:mark', { attendeeId: attendee.id, attendance: 'present' })
    await call(page, 'attendance:agree', { attendeeId: attendee.id, agreed: true })
  }
  meeting = await call(page, 'meetings:start', { meetingId: meeting.id })
  expect(meeting.items.map((item) => item.caseId)).toContain(adams.id)
  return { adams, meeting }
}

const caseFacts = (page: Page) => page.locator('.case-facts')
const fact = (page: Page, name: string) =>
  caseFacts(page)
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }) })
    .getByRole('definition')

test('recording an agenda item refreshes the case record and the cases list in this tab and in another', async ({
  page,
  server,
  context,
}) => {
  await setUpAs(page, server)
  const { adams, meeting } = await runningMeeting(page)
  await page.reload()
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()

  // A second tab, signed in on its own, showing the case record.
  const other = await context.newPage()
  await other.goto(server.url)
  await signInAs(other, 'Priya Shah, Mental health trust', E2E_PASSPHRASE)
  await other.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
  await goTo(other, `#/cases/${adams.id}`)
  await expect(fact(other, 'Risk')).toHaveText(/High/)
  await expect(fact(other, 'Next review')).toHaveText('Not set')

  // This tab: the cases list and the case record are read (and cached) first.
  const row = page.getByRole('row').filter({ hasText: adams.reference })
  await expect(row).toContainText('High')
  await goTo(page, `#/cases/${adams.id}`)
  await expect(fact(page, 'Risk')).toHaveText(/High/)
  await expect(fact(page, 'Next review')).toHaveText('Not set')

  // In run mode the chair records the discussion: risk after is low, next review in four weeks.
  await goTo(page, `#/meetings/${meeting.id}`)
  await page.getByLabel('Discussion', { exact: true }).focus()
  await page.keyboard.type('Settled in the new flat.')
  const risk = page.getByRole('group', { name: 'Risk after discussion' })
  await risk.getByRole('radio', { name: 'Low' }).focus()
  await page.keyboard.press('Space')
  await page.getByLabel('Next review').focus()
  await page.keyboard.type(ukDay(28))
  // Moving on saves the item.
  await page.keyboard.press('Control+ArrowRight')
  await expect.poll(async () => (await call(page, 'cases:get', { id: adams.id })).riskLevel).toBe('low')

  // Back to the record at once (well inside the cache's 30 seconds): the case shows what the meeting recorded.
  await goTo(page, `#/cases/${adams.id}`)
  await expect(fact(page, 'Risk')).toHaveText(/Low/)
  await expect(fact(page, 'Next review')).toHaveText(longDay(28))
  await goTo(page, '#/cases')
  await expect(page.getByRole('row').filter({ hasText: adams.reference })).toContainText('Low')

  // The other tab was told, and refetched without a reload.
  await expect(fact(other, 'Risk')).toHaveText(/Low/)
  await expect(fact(other, 'Next review')).toHaveText(longDay(28))
})
