/**
 * Issue 10: the footer's NUMPAGES field carries the document's real page
 * count as its cached result, and PAGE carries '1' (what Word stores in a
 * footer every page shares), so a reader that does not lay the pages out
 * still shows 'Page 1 of N'. The count comes from our own estimator
 * (pageLayout.ts); here it is checked against LibreOffice's real layout:
 * each export is converted to PDF by `soffice --headless` and its pages
 * counted by `pdfinfo` (both installed by .ci/run).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Packer, type Document } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildActionTrackerDoc } from '../../electron/main/export/actionTracker'
import { buildBoardReportDoc, type BoardReportData } from '../../electron/main/export/boardReport'
import { buildCasePlanDoc } from '../../electron/main/export/casePlan'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { pageEstimateOf } from '../../electron/main/export/houseStyle'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import { readDocxBytes, textOf } from '../helpers/docx'
import { boardReportFixture } from '../helpers/boardReportFixture'
import { makeCasePlanData, makeStyle, makeTrackerAction, makeTrackerData } from '../helpers/documentBuilders'
import { makeLargeMinutesData } from '../helpers/largeMeeting'
import { makeLogoPng } from '../helpers/logoPng'
import { makeMinutesData } from '../helpers/standardMeeting'

interface Case {
  name: string
  build: () => Document
}

const style = makeStyle({ logoPng: makeLogoPng() })
const board: BoardReportData = boardReportFixture()

const cases: Case[] = [
  { name: 'short-minutes', build: () => buildMinutesDoc(makeMinutesData(), style) },
  {
    name: 'short-minutes-approved-demo',
    build: () =>
      buildMinutesDoc(
        makeMinutesData({ approval: { status: 'approved', approvedBy: 'Priya Shah', approvedOn: '2026-03-13' } }),
        makeStyle({ demo: true }),
      ),
  },
  { name: 'minutes-40-cases', build: () => buildMinutesDoc(makeLargeMinutesData(40, 5), style) },
  { name: 'minutes-12-cases', build: () => buildMinutesDoc(makeLargeMinutesData(12, 3), style) },
  { name: 'minutes-25-cases', build: () => buildMinutesDoc(makeLargeMinutesData(25, 4), style) },
  { name: 'minutes-33-cases', build: () => buildMinutesDoc(makeLargeMinutesData(33, 2), makeStyle()) },
  { name: 'minutes-7-cases', build: () => buildMinutesDoc(makeLargeMinutesData(7, 6), style) },
  {
    name: 'redacted-minutes-40-cases',
    build: () =>
      buildRedactedMinutesDoc(makeLargeMinutesData(40, 5), { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] }, style)
        .document,
  },
  { name: 'case-plan', build: () => buildCasePlanDoc(makeCasePlanData(), style) },
  { name: 'action-tracker-short', build: () => buildActionTrackerDoc(makeTrackerData(), style) },
  {
    name: 'action-tracker-200',
    build: () =>
      buildActionTrackerDoc(
        makeTrackerData({
          groupBy: 'owner',
          actions: Array.from({ length: 200 }, (_, n) =>
            makeTrackerAction({
              id: `t-${n}`,
              caseReference: `RT-2026-${String(100 + (n % 40)).padStart(4, '0')}`,
              description: n % 4 === 0 ? 'Book a joint home visit with the housing officer and the school nurse' : 'Chase the repairs team',
              owner: ['Tom Hargreaves', 'Priya Shah', 'Sarah Quinn', 'Dev Patel', 'Ann Murphy'][n % 5] ?? 'Tom Hargreaves',
              dueDate: `2026-0${2 + (n % 4)}-${String(1 + (n % 28)).padStart(2, '0')}`,
            }),
          ),
        }),
        style,
      ),
  },
  { name: 'board-report', build: () => buildBoardReportDoc(board, style) },
]

interface Built {
  name: string
  undescribed: number | undefined
  cachedPages: string | undefined
  cachedPage: string | undefined
  pdfPages: number
  footerXml: string
}

const folder = mkdtempSync(join(tmpdir(), 'roundtable-pages-'))
const built: Built[] = []

/** The cached result of a complex field: the text runs between its separate and end marks. */
function cachedResult(footerXml: string, instruction: string): string | undefined {
  const pattern = new RegExp(
    `<w:instrText[^>]*>\\s*${instruction}\\s*</w:instrText>[\\s\\S]*?<w:fldChar w:fldCharType="separate"/>([\\s\\S]*?)<w:fldChar w:fldCharType="end"/>`,
    'u',
  )
  const match = pattern.exec(footerXml)
  return match ? textOf(match[1] ?? '') : undefined
}

beforeAll(async () => {
  for (const item of cases) {
    const document = item.build()
    const bytes = await Packer.toBuffer(document)
    writeFileSync(join(folder, `${item.name}.docx`), bytes)
    const docx = await readDocxBytes(bytes)
    const footerXml = docx.footers.join('\n')
    built.push({
      name: item.name,
      undescribed: pageEstimateOf(document)?.undescribed,
      cachedPages: cachedResult(footerXml, 'NUMPAGES'),
      cachedPage: cachedResult(footerXml, 'PAGE'),
      pdfPages: 0,
      footerXml,
    })
  }
  // One LibreOffice run for every file, with its own profile so it never meets a running office.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...cases.map((item) => join(folder, `${item.name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 180_000 },
  )
  for (const item of built) {
    const info = execFileSync('pdfinfo', [join(folder, `${item.name}.pdf`)], { encoding: 'utf8' })
    item.pdfPages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0)
  }
}, 240_000)

afterAll(() => {
  if (!process.env.KEEP_PAGE_COUNT_FILES) rmSync(folder, { recursive: true, force: true })
})

describe('the footer’s cached page count', () => {
  it('matches the pages LibreOffice lays out, for every kind of export', () => {
    const compared = built.map((item) => ({ name: item.name, cached: item.cachedPages, laidOut: item.pdfPages }))
    expect(compared.every((item) => item.laidOut > 0)).toBe(true)
    expect(compared).toEqual(compared.map((item) => ({ ...item, cached: String(item.laidOut) })))
  })

  it('knows how every block of every export lays out (none counted as a guessed line)', () => {
    expect(built.map((item) => [item.name, item.undescribed])).toEqual(built.map((item) => [item.name, 0]))
  })

  it('is the cached result of PAGE and NUMPAGES fields that readers still update', () => {
    for (const item of built) {
      expect(item.cachedPage, item.name).toBe('1')
      expect(item.cachedPages, item.name).toMatch(/^\d+$/u)
      // Never locked, so Word and LibreOffice recalculate both.
      expect(item.footerXml).not.toContain('w:fldLock')
      expect(textOf(item.footerXml)).toContain(`Page 1 of ${item.cachedPages}`)
    }
  })
})
