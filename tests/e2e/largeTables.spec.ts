import type { Page, Route } from '@playwright/test'
import type { CaseRowView } from '../../shared/domain/tablePages'
import type { TriageEntryView } from '../../shared/domain/record/views'
import { expect, setUpAs, test } from './fixtures'

/**
 * The Cases table and the triage log at 50,000 rows, in the real screens,
 * through their page channels: cases:page and triage:page are answered by
 * the test as the database would (a window of rows for the offset, limit,
 * filter, search and sort asked, and the total), because building 50,000
 * cases through the services takes minutes (the database side is measured
 * in tests/bench/tablePages.bench.ts). The screen must know the row count
 * up front, ask only for the windows in view (never more than 200 rows a
 * call), draw only the rows in view, and show the right rows in the middle
 * and at the end.
 */
const ROWS = 50_000
/** The visible rows plus the overscan either side; far below 50,000 whatever the window height. */
const MAX_DRAWN = 80
const ROW_HEIGHT = 40

const risks = ['high', 'medium', 'low'] as const
const places = ['Stretford', 'Old Trafford', 'Partington'] as const
const reference = (n: number) => `RT-2026-${String(n).padStart(5, '0')}`

function caseRow(n: number): CaseRowView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    reference: reference(n),
    kind: 'individual',
    title: `Bench case ${n}`,
    status: 'open',
    keyworkerName: 'Priya Shah',
    leadAgencyName: 'Housing trust',
    riskLevel: risks[n % 3] ?? 'low',
    nextReviewDate: null,
    neighbourhood: places[n % 3] ?? '',
    triageCategory: null,
    subjectConsent: n % 2 === 0 ? 'given' : null,
    agencyNames: ['Housing trust'],
    agencyCount: 1,
    referralCount: 1,
    nonEngagement: false,
  }
}

function triageRow(n: number): TriageEntryView {
  const at = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString()
  return {
    id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    caseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseReference: reference(n),
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
}

interface Asked {
  offset?: number
  limit?: number
  search?: string
  sort?: { by: string; direction: 'asc' | 'desc' }
  filter?: { riskLevel?: string | null; neighbourhood?: string | null }
}

/**
 * Answers a page channel as the database would: the case numbers that pass
 * the filter and search, in the order asked (newest first by default), the
 * window of them, and how many there are. Records every call's window.
 */
async function servePages<T>(page: Page, channel: string, row: (n: number) => T, defaultDesc: boolean): Promise<Asked[]> {
  const calls: Asked[] = []
  await page.route(`**/api/${channel}`, async (route: Route) => {
    const asked = (route.request().postDataJSON() ?? {}) as Asked
    calls.push(asked)
    const needle = (asked.search ?? '').toLowerCase()
    const matching: number[] = []
    for (let n = 1; n <= ROWS; n++) {
      if (asked.filter?.riskLevel && risks[n % 3] !== asked.filter.riskLevel) continue
      if (asked.filter?.neighbourhood && places[n % 3] !== asked.filter.neighbourhood) continue
      if (needle && !`${reference(n)} bench case ${n} person ${n}`.toLowerCase().includes(needle)) continue
      matching.push(n)
    }
    const desc = asked.sort ? asked.sort.direction === 'desc' : defaultDesc
    if (desc) matching.reverse()
    const offset = asked.offset ?? 0
    const limit = asked.limit ?? 100
    const value = { rows: matching.slice(offset, offset + limit).map(row), total: matching.length, groups: [] }
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value }) })
  })
  return calls
}

/** Rows actually in the DOM, not counting the header and the two spacer rows. */
const drawnRows = (page: Page, table: string) => page.getByRole('table', { name: table }).locator('tbody tr[data-index]')
const rowAt = (page: Page, table: string, index: number) =>
  page.getByRole('table', { name: table }).locator(`tbody tr[data-index="${index}"]`)
const scrollTo = (page: Page, table: string, index: number) =>
  page.getByRole('table', { name: table }).evaluate((element, top) => {
    const scroller = element.closest('.table-scroll')
    if (scroller) scroller.scrollTop = top
  }, index * ROW_HEIGHT)

test('the cases table at 50,000: the count up front, the middle and the end by scrolling and by keyboard, a window at a time', async ({
  page,
  server,
}) => {
  await setUpAs(page, server)
  const calls = await servePages(page, 'cases:page', caseRow, true)
  await page.reload()
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.keyboard.press('g')
  await page.keyboard.press('c')
  const table = page.getByRole('table', { name: 'Cases' })
  await expect(page.getByText('50000 rows')).toBeVisible({ timeout: 20_000 })
  await expect(table).toHaveAttribute('aria-rowcount', String(ROWS + 1))
  // Newest reference first.
  await expect(rowAt(page, 'Cases', 0)).toContainText(reference(ROWS))
  const drawn = await drawnRows(page, 'Cases').count()
  expect(drawn).toBeGreaterThan(5)
  expect(drawn).toBeLessThanOrEqual(MAX_DRAWN)

  // Scrolled to the middle: the rows there, fetched for that window.
  await scrollTo(page, 'Cases', 25_000)
  await expect(rowAt(page, 'Cases', 25_000)).toContainText(reference(ROWS - 25_000))
  await expect(rowAt(page, 'Cases', 25_001)).toContainText(`Bench case ${ROWS - 25_001}`)
  expect(await drawnRows(page, 'Cases').count()).toBeLessThanOrEqual(MAX_DRAWN)
  expect(calls.some((asked) => asked.offset === 25_000)).toBe(true)

  // End from a row reaches the last: the oldest reference.
  await rowAt(page, 'Cases', 25_000).focus()
  await page.keyboard.press('End')
  await expect(rowAt(page, 'Cases', ROWS - 1)).toBeFocused()
  await expect(rowAt(page, 'Cases', ROWS - 1)).toContainText(reference(1))
  await page.keyboard.press('ArrowUp')
  await expect(rowAt(page, 'Cases', ROWS - 2)).toBeFocused()
  await expect(rowAt(page, 'Cases', ROWS - 2)).toContainText(reference(2))
  expect(await drawnRows(page, 'Cases').count()).toBeLessThanOrEqual(MAX_DRAWN)
  // Only windows were asked for, never the whole table.
  expect(calls.every((asked) => (asked.limit ?? 100) <= 200)).toBe(true)
  expect(calls.length).toBeLessThan(30)

  // A filter and a search are the database's: the count and the rows come back from the channel.
  await page.getByRole('combobox', { name: 'Risk', exact: true }).selectOption('high')
  await expect(page.getByText(`16666 of ${ROWS} rows`)).toBeVisible()
  await expect(rowAt(page, 'Cases', 0)).toContainText(reference(49_998))
  expect(calls.some((asked) => asked.filter?.riskLevel === 'high')).toBe(true)
  await page.getByRole('searchbox', { name: 'Search' }).fill('person 49998')
  await expect(page.getByText(`1 of ${ROWS} rows`)).toBeVisible()
  await expect(drawnRows(page, 'Cases')).toHaveCount(1)

  // Sorting by reference the other way is asked of the channel too.
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await page.getByRole('combobox', { name: 'Risk', exact: true }).selectOption('')
  await table.getByRole('button', { name: /^Reference/ }).click()
  await expect(rowAt(page, 'Cases', 0)).toContainText(reference(1))
  expect(calls.some((asked) => asked.sort?.by === 'reference' && asked.sort.direction === 'asc')).toBe(true)
})

test('the triage log at 50,000: the middle and the end, by scrolling and by keyboard', async ({ page, server }) => {
  await setUpAs(page, server)
  const calls = await servePages(page, 'triage:page', triageRow, true)
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  const filterBar = page.getByRole('search', { name: 'Filter triage log' })
  await expect(filterBar.getByText('50000 rows')).toBeVisible({ timeout: 20_000 })
  const drawn = await drawnRows(page, 'Triage log').count()
  expect(drawn).toBeGreaterThan(3)
  expect(drawn).toBeLessThanOrEqual(MAX_DRAWN)

  await scrollTo(page, 'Triage log', 30_000)
  await expect(rowAt(page, 'Triage log', 30_000)).toContainText(reference(ROWS - 30_000))
  expect(await drawnRows(page, 'Triage log').count()).toBeLessThanOrEqual(MAX_DRAWN)

  await rowAt(page, 'Triage log', 30_000).focus()
  await page.keyboard.press('End')
  await expect(rowAt(page, 'Triage log', ROWS - 1)).toBeFocused()
  await expect(rowAt(page, 'Triage log', ROWS - 1)).toContainText(reference(1))
  await page.keyboard.press('Home')
  await expect(rowAt(page, 'Triage log', 0)).toBeFocused()
  await expect(rowAt(page, 'Triage log', 0)).toContainText(reference(ROWS))
  expect(calls.every((asked) => (asked.limit ?? 100) <= 200)).toBe(true)

  await filterBar.getByRole('combobox', { name: 'Neighbourhood' }).selectOption({ index: 0 })
  await filterBar.getByRole('combobox', { name: 'Risk' }).selectOption('low')
  await expect(filterBar.getByText(`16667 of ${ROWS} rows`)).toBeVisible()
})
