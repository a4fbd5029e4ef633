import type { Page } from '@playwright/test'
import type { CaseStatus } from '../../shared/domain/cases'
import type { RiskLevel } from '../../shared/domain/risk'
import { expect, setUpAs, test } from './fixtures'
import { addUser, agencyId, call, signInThroughApi, userId } from './seed'

/** Three cases that differ in keyworker, agencies involved, status, neighbourhood and people. */
async function seedCases(page: Page) {
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const mentalHealth = await agencyId(page, 'Mental health trust')
  const sam = (await addUser(page, { name: 'Sam Patel', agencyId: housing, role: 'practitioner' })).id
  const make = async (
    title: string,
    keyworkerId: string,
    leadAgencyId: string,
    riskLevel: RiskLevel,
    status: CaseStatus,
    neighbourhood: string,
  ) => {
    const created = await call(page, 'cases:create', { kind: 'family', title, keyworkerId, leadAgencyId, riskLevel, status })
    await call(page, 'cases:update', {
      caseId: created.id,
      title,
      keyworkerId,
      leadAgencyId,
      riskLevel,
      nextReviewDate: null,
      neighbourhood,
    })
    return created
  }
  const okafor = await make('The Okafor family', priya, housing, 'high', 'open', 'Stretford')
  await make('Bell, Jordan', sam, mentalHealth, 'low', 'review', 'Old Trafford')
  await make('Chen family', priya, mentalHealth, 'medium', 'open', 'Partington')
  // Police are involved with the Okafors, but are not the lead agency.
  await call(page, 'caseAgencies:add', {
    caseId: okafor.id,
    agencyId: await agencyId(page, 'Police'),
    contactName: 'PC Jones',
    contactDetails: '',
    since: '2026-01-05',
  })
  await call(page, 'people:add', {
    caseId: okafor.id,
    person: { role: 'subject', firstName: 'Grace', lastName: 'Okafor', nhsNumber: '943 476 5919', policeReference: 'GMP/77/2026' },
  })
  await call(page, 'people:add', { caseId: okafor.id, person: { role: 'child', firstName: 'Tobi', lastName: 'Okafor' } })
  await page.reload()
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
}

const dataRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Cases' })
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') })

test('the cases table sorts by click and by Enter on a header', async ({ page, server }) => {
  await setUpAs(page, server)
  await seedCases(page)
  const table = page.getByRole('table', { name: 'Cases' })
  const caseHeader = table.getByRole('columnheader', { name: /^Case/ })
  await table.getByRole('button', { name: /^Case/ }).click()
  await expect(caseHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(dataRows(page).first()).toContainText('Bell, Jordan')
  await expect(dataRows(page).last()).toContainText('The Okafor family')

  await table.getByRole('button', { name: /^Case/ }).focus()
  await page.keyboard.press('Enter')
  await expect(caseHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(dataRows(page).first()).toContainText('The Okafor family')
  await expect(dataRows(page).last()).toContainText('Bell, Jordan')

  // Risk sorts by rank, not alphabetically: high first.
  await table.getByRole('button', { name: /^Risk/ }).focus()
  await page.keyboard.press('Enter')
  await expect(dataRows(page).first()).toContainText('The Okafor family')
  await expect(dataRows(page).nth(1)).toContainText('Chen family')
  await expect(dataRows(page).last()).toContainText('Bell, Jordan')
})

test('a hidden column stays hidden after a reload', async ({ page, server }) => {
  await setUpAs(page, server)
  await seedCases(page)
  const table = page.getByRole('table', { name: 'Cases' })
  await expect(table.getByRole('columnheader', { name: 'Lead agency' })).toBeVisible()
  await page.getByText('Columns', { exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('checkbox', { name: 'Lead agency' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: 'Lead agency' })).not.toBeChecked()
  await expect(table.getByRole('columnheader', { name: 'Lead agency' })).toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: 'Keyworker' })).toBeVisible()

  await page.reload()
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
  await expect(page.getByRole('table', { name: 'Cases' }).getByRole('columnheader', { name: 'Keyworker' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Cases' }).getByRole('columnheader', { name: 'Lead agency' })).toHaveCount(0)
})

test('the cases table filters by keyworker, agency involved, status and neighbourhood, and searches people', async ({ page, server }) => {
  await setUpAs(page, server)
  await seedCases(page)
  const table = page.getByRole('table', { name: 'Cases' })
  await expect(dataRows(page)).toHaveCount(3)
  const filter = (name: string) => page.getByRole('combobox', { name, exact: true })

  await filter('Keyworker').selectOption('Sam Patel')
  await expect(dataRows(page)).toHaveCount(1)
  await expect(dataRows(page).first()).toContainText('Bell, Jordan')
  await filter('Keyworker').selectOption('')

  // Police are not the lead agency on any case, but are involved with the Okafors.
  await filter('Agency involved').selectOption('Police')
  await expect(dataRows(page)).toHaveCount(1)
  await expect(dataRows(page).first()).toContainText('The Okafor family')
  await filter('Agency involved').selectOption('Mental health trust')
  await expect(dataRows(page)).toHaveCount(2)
  await expect(table).not.toContainText('The Okafor family')
  await filter('Agency involved').selectOption('')

  await filter('Status').selectOption('review')
  await expect(dataRows(page)).toHaveCount(1)
  await expect(dataRows(page).first()).toContainText('Bell, Jordan')
  await filter('Status').selectOption('')

  await filter('Neighbourhood').selectOption('Partington')
  await expect(dataRows(page)).toHaveCount(1)
  await expect(dataRows(page).first()).toContainText('Chen family')
  await expect(page.getByText('1 of 3 rows')).toBeVisible()
  await filter('Neighbourhood').selectOption('')

  // Search finds people behind a case title: a name, a child's name, an NHS number, a police reference.
  const search = page.getByRole('searchbox', { name: 'Search' })
  for (const text of ['Grace', 'tobi', '9434765919', 'GMP/77']) {
    await search.fill(text)
    await expect(dataRows(page)).toHaveCount(1)
    await expect(dataRows(page).first()).toContainText('The Okafor family')
  }
  await search.fill('Sam Patel')
  await expect(dataRows(page)).toHaveCount(1)
  await expect(dataRows(page).first()).toContainText('Bell, Jordan')
})

test('a viewer sees cases but has no New case button or shortcut', async ({ page, server }) => {
  await setUpAs(page, server)
  const housing = await agencyId(page, 'Housing trust')
  const viewer = await addUser(page, { name: 'Vic Viewer', agencyId: housing, role: 'viewer' })
  await call(page, 'cases:create', {
    kind: 'individual',
    title: 'Bell, Jordan',
    keyworkerId: await userId(page, 'Priya Shah'),
    leadAgencyId: housing,
    riskLevel: 'low',
  })
  await signInThroughApi(page, viewer)
  await page.reload()
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor()
  await expect(page.getByRole('table', { name: 'Cases' })).toContainText('Bell, Jordan')
  await expect(page.getByRole('button', { name: 'New case' })).toHaveCount(0)
  await page.getByRole('heading', { name: 'Cases', level: 1 }).focus()
  await page.keyboard.press('n')
  await expect(page.getByRole('dialog', { name: 'New case' })).toHaveCount(0)
})

test('on a 1366 × 850 laptop the cases table and the triage log show every default column without cutting any off', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1366, height: 850 })
  await setUpAs(page, server)
  await seedCases(page)
  const overflow = () =>
    page.locator('.table-scroll').evaluate((scroll) => {
      const table = scroll.querySelector('table')
      return (table?.scrollWidth ?? 0) - scroll.clientWidth
    })
  const cases = page.getByRole('table', { name: 'Cases' })
  await expect(cases.getByRole('columnheader')).toHaveText([
    /^Reference/,
    /^Case/,
    /^Consent/,
    /^Type/,
    /^Status/,
    /^Risk/,
    /^Keyworker/,
    /^Lead agency/,
    /^Agencies/,
    /^Next review/,
  ])
  expect(await overflow()).toBeLessThanOrEqual(0)
  // Non-engagement still shows, in the status, with its own column hidden.
  const id = (await call(page, 'cases:list')).find((c) => c.title === 'Chen family')?.id ?? ''
  await call(page, 'cases:flagNonEngagement', { caseId: id, flagged: true, since: null, note: '' })
  await page.reload()
  await expect(cases.getByRole('row', { name: /Chen family/ }).getByRole('cell', { name: 'Open · Not engaging' })).toBeVisible()
  // The hidden columns are one choice away.
  await page.getByText('Columns', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'Neighbourhood' }).check()
  await expect(cases.getByRole('columnheader', { name: /^Neighbourhood/ })).toBeVisible()

  await page.keyboard.press('Escape')
  await page.getByRole('heading', { name: 'Cases', level: 1 }).focus()
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('table', { name: 'Triage log' })).toBeVisible()
  expect(await overflow()).toBeLessThanOrEqual(0)
})
