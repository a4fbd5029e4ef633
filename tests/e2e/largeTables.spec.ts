import type { Page } from '@playwright/test'
import type { CaseSummary } from '../../shared/domain/cases'
import type { TriageEntryView } from '../../shared/domain/record/views'
import { expect, setUpAs, test } from './fixtures'

/**
 * Virtual scrolling at 50,000 rows, in the real screens: the list the
 * service would return is answered by the test (building 50,000 cases
 * through the services would take minutes), and the table must draw only
 * the rows in view, wherever the user scrolls to.
 */
const ROWS = 50_000
/** The visible rows plus the overscan either side; far below 50,000 whatever the window height. */
const MAX_DRAWN = 80

const risks = ['high', 'medium', 'low'] as const
const places = ['Stretford', 'Old Trafford', 'Partington'] as const

function bigCaseList(): CaseSummary[] {
  return Array.from({ length: ROWS }, (_, index) => {
    const n = index + 1
    const at = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString()
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      reference: `RT-2026-${String(n).padStart(5, '0')}`,
      kind: 'individual',
      title: `Bench case ${n}`,
      status: 'open',
      keyworkerId: null,
      keyworkerName: 'Priya Shah',
      leadAgencyId: '00000000-0000-4000-8000-000000000000',
      leadAgencyName: 'Housing trust',
      riskLevel: risks[n % 3] ?? 'low',
      nextReviewDate: null,
      neighbourhood: places[n % 3] ?? '',
      triageCategory: null,
      subjectConsent: n % 2 === 0 ? 'given' : null,
      subjectName: `Person ${n}`,
      agencyNames: ['Housing trust'],
      searchText: `rt-2026-${String(n).padStart(5, '0')} bench case ${n} person ${n}`,
      agencyCount: 1,
      referralCount: 1,
      nonEngagement: false,
      createdAt: at,
      updatedAt: at,
    }
  })
}

function bigTriageLog(): TriageEntryView[] {
  return Array.from({ length: ROWS }, (_, index) => {
    const n = index + 1
    const at = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString()
    return {
      id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      caseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      caseReference: `RT-2026-${String(n).padStart(5, '0')}`,
      caseTitle: `Bench case ${n}`,
      caseStatus: 'triage',
      keyworkerName: null,
      agencyNames: ['Police'],
      neighbourhood: places[n % 3] ?? '',
      subjectConsent: null,
      personName: `Person ${n}`,
      receivedAt: at,
      source: 'police',
      sourceLabel: 'Police incident',
      sourceReference: `GMP-${n}`,
      summary: 'Welfare check',
      riskLevel: risks[n % 3] ?? 'low',
      riskFactors: [],
      decisionCategory: 'early_help',
      meetingReasons: [],
      decisionNotes: '',
      decidedByName: 'Priya Shah',
      bringToNextMeeting: false,
      isRepeat: false,
      supersedesId: null,
      supersededById: null,
      createdAt: at,
    }
  })
}

async function answerWith(page: Page, channel: string, value: unknown) {
  const body = JSON.stringify({ ok: true, value })
  await page.route(`**/api/${channel}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }))
}

/** Rows actually in the DOM, not counting the header and the two spacer rows. */
const drawnRows = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr[data-index]')

test('the cases table draws a bounded number of rows at 50,000 and reaches the last by keyboard', async ({ page, server }) => {
  await setUpAs(page, server)
  await answerWith(page, 'cases:list', bigCaseList())
  await page.reload()
  await expect(page.getByText('50000 rows')).toBeVisible({ timeout: 20_000 })
  const drawn = await drawnRows(page, 'Cases').count()
  expect(drawn).toBeGreaterThan(5)
  expect(drawn).toBeLessThanOrEqual(MAX_DRAWN)
  await expect(page.getByRole('table', { name: 'Cases' })).toHaveAttribute('aria-rowcount', String(ROWS + 1))

  // Sorted newest reference first: End goes to the oldest, still drawing only what is in view.
  await drawnRows(page, 'Cases').first().focus()
  await page.keyboard.press('End')
  const last = page.getByRole('table', { name: 'Cases' }).locator(`tbody tr[data-index="${ROWS - 1}"]`)
  await expect(last).toBeFocused()
  await expect(last).toContainText('RT-2026-00001')
  expect(await drawnRows(page, 'Cases').count()).toBeLessThanOrEqual(MAX_DRAWN)

  // A filter over 50,000 rows, then search.
  await page.getByRole('combobox', { name: 'Risk', exact: true }).selectOption('high')
  await expect(page.getByText(`16666 of ${ROWS} rows`)).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search' }).fill('person 49998')
  await expect(page.getByText(`1 of ${ROWS} rows`)).toBeVisible()
  await expect(drawnRows(page, 'Cases')).toHaveCount(1)
})

test('the triage log draws a bounded number of rows at 50,000', async ({ page, server }) => {
  await setUpAs(page, server)
  await answerWith(page, 'triage:list', bigTriageLog())
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  const table = page.getByRole('table', { name: 'Triage log' })
  await expect(page.getByRole('search', { name: 'Filter triage log' }).getByText('50000 rows')).toBeVisible({ timeout: 20_000 })
  const drawn = await drawnRows(page, 'Triage log').count()
  expect(drawn).toBeGreaterThan(3)
  expect(drawn).toBeLessThanOrEqual(MAX_DRAWN)
  await drawnRows(page, 'Triage log').first().focus()
  await page.keyboard.press('End')
  await expect(table.locator(`tbody tr[data-index="${ROWS - 1}"]`)).toBeFocused()
  expect(await drawnRows(page, 'Triage log').count()).toBeLessThanOrEqual(MAX_DRAWN)
  await page.getByRole('search', { name: 'Filter triage log' }).getByRole('combobox', { name: 'Neighbourhood' }).selectOption('Partington')
  await expect(page.getByText(`16667 of ${ROWS} rows`)).toBeVisible()
})
