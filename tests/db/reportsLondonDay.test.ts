/**
 * Reports count on London days, not UTC dates: a contact at 00:30 BST on
 * 1 May is a May contact (its UTC date is 30 April), and a case created then
 * opened in May. Around both clock changes of 2024 (BST from 01:00 UTC on
 * 31 March, GMT from 01:00 UTC on 27 October), with hand-worked answers.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as reports from '../../electron/main/services/reports'
import { reportFilters } from '../../shared/domain/outcomes/report'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function seed() {
  const test = createTestApp('2024-03-31T23:30:00.000Z')
  // 23:30 UTC on 31 March 2024 is 00:30 BST on 1 April: opened in April.
  const april = makeCase(test, { title: 'Opened 1 April, London time' })
  // 23:30 UTC on 30 June is 00:30 BST on 1 July: opened in July, after the range.
  test.setNow('2024-06-30T23:30:00.000Z')
  const july = makeCase(test, { title: 'Opened 1 July, London time' })
  test.setNow('2024-11-20T10:00:00.000Z')
  const at = '2024-11-20T10:00:00.000Z'
  const admin = test.admin.id
  const triage = test.db.prepare(
    "INSERT INTO triage_entries (id, case_id, received_at, source, summary, risk_level, decision_category, decided_by, created_by, created_at, updated_at) VALUES (?, ?, ?, 'police', 'Call', 'medium', 'early_help', ?, ?, ?, ?)",
  )
  const contacts: Array<[string, string]> = [
    ['t1', '2024-03-31T00:30:00.000Z'], // 00:30 GMT, 31 March (BST starts at 01:00 UTC): March, before the range
    ['t2', '2024-03-31T23:30:00.000Z'], // 00:30 BST, 1 April: April (UTC date 31 March)
    ['t3', '2024-04-30T23:30:00.000Z'], // 00:30 BST, 1 May: May (UTC date 30 April)
    ['t4', '2024-05-31T22:59:00.000Z'], // 23:59 BST, 31 May: May
    ['t5', '2024-05-31T23:00:00.000Z'], // 00:00 BST, 1 June: June (UTC date 31 May)
    ['t6', '2024-06-30T22:00:00.000Z'], // 23:00 BST, 30 June: June, the last hour of the range
    ['t7', '2024-10-31T23:30:00.000Z'], // 23:30 GMT, 31 October: the same day in London and UTC, outside the range
  ]
  for (const [id, receivedAt] of contacts) triage.run(id, april.id, receivedAt, admin, admin, at, at)
  return { test, april, july }
}

describe('reports on London days', () => {
  it('groups triage by the London month a contact was received in and keeps the range to London days', () => {
    const seeded = seed()
    app = seeded.test
    const report = reports.build(app.ctx, reportFilters.parse({ from: '2024-04-01', to: '2024-06-30', months: 3 }))
    // April: t2. May: t3, t4. June: t5, t6. (UTC dates would give April 1 (t3), May 2 (t4, t5), June 1 (t6).)
    expect(report.triage.map((month) => [month.month, month.total])).toEqual([
      ['2024-04', 1],
      ['2024-05', 2],
      ['2024-06', 2],
    ])
    expect(report.repeats.months.map((month) => [month.month, month.contacts])).toEqual([
      ['2024-04', 1],
      ['2024-05', 2],
      ['2024-06', 2],
    ])
  })

  it('puts a case in the cohort by the London day it opened', () => {
    const seeded = seed()
    app = seeded.test
    const data = reports.boardData(app.ctx, reportFilters.parse({ from: '2024-04-01', to: '2024-06-30', months: 3 }))
    // Created 00:30 BST on 1 April: in. Created 00:30 BST on 1 July: out (UTC dates would swap them).
    expect(data.stories.map((story) => story.reference)).toEqual([seeded.april.reference])
    expect(reports.forCase(app.ctx, seeded.april.id, 3).openedOn).toBe('2024-04-01')
    expect(reports.forCase(app.ctx, seeded.july.id, 3).openedOn).toBe('2024-07-01')
    // In winter London is on GMT: 31 October 23:30 UTC is still 31 October.
    const autumn = reports.build(app.ctx, reportFilters.parse({ from: '2024-10-01', to: '2024-10-31', months: 3 }))
    expect(autumn.triage.map((month) => [month.month, month.total])).toEqual([['2024-10', 1]])
  })
})
