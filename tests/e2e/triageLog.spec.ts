import type { Page } from '@playwright/test'
import type { CaseStatus } from '../../shared/domain/cases'
import { expect, setUpAs, test } from './fixtures'
import { addUser, agencyId, call, userId } from './seed'

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

/** Three known cases, one contact each, differing in what the log filters on. */
async function seedLog(page: Page) {
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const mentalHealth = await agencyId(page, 'Mental health trust')
  const sam = (await addUser(page, { name: 'Sam Patel', agencyId: housing, role: 'practitioner' })).id
  const make = async (title: string, keyworkerId: string, leadAgencyId: string, status: CaseStatus, neighbourhood: string) => {
    const created = await call(page, 'cases:create', {
      kind: 'family',
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'medium',
      status,
    })
    await call(page, 'cases:update', {
      caseId: created.id,
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel: 'medium',
      nextReviewDate: null,
      neighbourhood,
    })
    return created
  }
  const okafor = await make('The Okafor family', priya, housing, 'open', 'Stretford')
  const bell = await make('Bell, Jordan', sam, mentalHealth, 'review', 'Old Trafford')
  const chen = await make('Chen family', priya, mentalHealth, 'open', 'Partington')
  await call(page, 'caseAgencies:add', {
    caseId: okafor.id,
    agencyId: await agencyId(page, 'Police'),
    contactName: '',
    contactDetails: '',
    since: '2026-01-05',
  })
  const grace = await call(page, 'people:add', {
    caseId: okafor.id,
    person: { role: 'subject', firstName: 'Grace', lastName: 'Okafor' },
  })
  const jordan = await call(page, 'people:add', {
    caseId: bell.id,
    person: { role: 'subject', firstName: 'Jordan', lastName: 'Bell' },
  })
  // Only Jordan has agreed to share.
  await call(page, 'consent:record', {
    personId: jordan.id,
    status: 'given',
    recordedOn: new Date().toISOString().slice(0, 10),
    scope: 'All agencies at the meeting',
    lawfulBasis: 'consent',
  })
  const log = (caseId: string, personId: string | null, receivedAt: string, sourceReference: string) =>
    call(page, 'triage:create', {
      receivedAt,
      source: 'police',
      sourceReference,
      subject: { mode: 'existing', caseId, personId },
      summary: 'Welfare concern',
      riskLevel: 'medium',
      riskFactors: ['Drug misuse'],
      decisionCategory: 'early_help',
      meetingReasons: [],
      decidedByUserId: priya,
      bringToNextMeeting: false,
    })
  await log(okafor.id, grace.id, minutesAgo(30), 'GMP-0417')
  await log(bell.id, jordan.id, minutesAgo(20), 'GMP-0555')
  await log(chen.id, null, minutesAgo(10), 'GMP-0999')
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await page.getByRole('heading', { name: 'Triage', level: 1 }).waitFor()
  return { okafor, bell, chen }
}

const logRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Triage log' })
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') })

test('the triage log filters by status, keyworker, agency involved and neighbourhood, and searches', async ({ page, server }) => {
  await setUpAs(page, server)
  await seedLog(page)
  await expect(logRows(page)).toHaveCount(3)
  const filter = (name: string) => page.getByRole('search', { name: 'Filter triage log' }).getByRole('combobox', { name, exact: true })

  await filter('Status').selectOption('review')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Jordan Bell')
  await filter('Status').selectOption('')

  await filter('Keyworker').selectOption('Sam Patel')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Jordan Bell')
  await filter('Keyworker').selectOption('')

  await filter('Agency involved').selectOption('Police')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Grace Okafor')
  await filter('Agency involved').selectOption('')

  await filter('Neighbourhood').selectOption('Partington')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Chen family')
  await filter('Neighbourhood').selectOption('')

  const search = page.getByRole('search', { name: 'Filter triage log' }).getByRole('searchbox', { name: 'Search' })
  await search.fill('0555')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Jordan Bell')
  await search.fill('okafor')
  await expect(logRows(page)).toHaveCount(1)
  await expect(logRows(page).first()).toContainText('Grace Okafor')
  await search.fill('')

  // "No consent to share" in the log and in today's list, for everyone but Jordan.
  await expect(logRows(page).filter({ hasText: 'No consent to share' })).toHaveCount(2)
  await expect(logRows(page).filter({ hasText: 'Jordan Bell' })).not.toContainText('No consent to share')
  const today = page.getByRole('list', { name: "Today's contacts" })
  await expect(today.getByRole('listitem').filter({ hasText: 'No consent to share' })).toHaveCount(2)
  await expect(today.getByRole('listitem').filter({ hasText: 'Jordan Bell' })).not.toContainText('No consent to share')
})

test('a case opens from the log with the arrow keys and Enter', async ({ page, server }) => {
  await setUpAs(page, server)
  const { bell } = await seedLog(page)
  // Newest first: Chen, Bell, Okafor (all three shown before acting). Focus the first row, move down one, open it.
  await expect(logRows(page)).toHaveCount(3)
  await logRows(page).first().focus()
  await expect(logRows(page).first()).toContainText('Chen family')
  await page.keyboard.press('ArrowDown')
  await expect(logRows(page).nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/cases/${bell.id}`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bell, Jordan')
})

test('any current entry in the log is re-triaged by keyboard, changing factors, reasons and "bring to next meeting"', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  await seedLog(page)
  // The log refetches as the seeded contacts arrive: act on it once all three are shown, as a user would.
  await expect(logRows(page)).toHaveCount(3)
  await logRows(page).first().focus()
  // Each key waits for focus to arrive: R acts on the row that has focus.
  await page.keyboard.press('ArrowDown')
  await expect(logRows(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(logRows(page).nth(2)).toBeFocused()
  await expect(logRows(page).nth(2)).toContainText('Grace Okafor')
  await page.keyboard.press('r')
  const form = page.getByRole('form', { name: /Re-triage RT-\d{4}-0001/ })
  await expect(form.getByLabel('What has changed')).toBeFocused()
  // Defaults are copied from the earlier entry.
  await expect(form.getByRole('checkbox', { name: 'Drug misuse' })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: 'Bring to the next meeting' })).not.toBeChecked()
  await page.keyboard.type('Weapon found at the address.')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowLeft') // Medium → High
  await expect(form.getByRole('radio', { name: 'High', exact: true })).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.type('Weapons')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(form.getByRole('checkbox', { name: 'Weapons' })).toBeChecked()
  await form.getByRole('checkbox', { name: 'Visible high risk' }).focus()
  await page.keyboard.press('Space')
  await form.getByRole('checkbox', { name: 'Bring to the next meeting' }).focus()
  await page.keyboard.press('Space')
  await form.getByRole('button', { name: 'Save re-triage' }).focus()
  await page.keyboard.press('Enter')
  await expect(form).toBeHidden()

  const okaforRows = logRows(page).filter({ hasText: 'Grace Okafor' })
  await expect(okaforRows).toHaveCount(2)
  const current = okaforRows.filter({ has: page.getByRole('cell', { name: 'Re-triage', exact: true }) })
  await expect(current).toContainText('High')
  await expect(current.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible()
  await expect(okaforRows.filter({ has: page.getByRole('cell', { name: 'Re-assessed later', exact: true }) })).toContainText('Medium')
  // The replaced assessment cannot be re-triaged again: R does nothing on it.
  await okaforRows.filter({ has: page.getByRole('cell', { name: 'Re-assessed later', exact: true }) }).focus()
  await page.keyboard.press('r')
  await expect(page.getByRole('form', { name: /Re-triage RT-/ })).toHaveCount(0)
})

test('only one re-triage form is open at a time, from today’s list or from the log', async ({ page, server }) => {
  await setUpAs(page, server)
  await seedLog(page)
  const forms = page.getByRole('form', { name: /Re-triage RT-/ })
  await page
    .getByRole('list', { name: "Today's contacts" })
    .getByRole('button', { name: /Re-triage RT-\d{4}-0001/ })
    .click()
  await expect(forms).toHaveCount(1)
  await logRows(page).first().focus()
  await page.keyboard.press('r')
  await expect(forms).toHaveCount(1)
  await expect(forms.first()).toHaveAccessibleName(/Re-triage RT-\d{4}-0003/)
  await expect(forms.first().getByLabel('What has changed')).toBeFocused()
})
