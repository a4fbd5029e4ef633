/**
 * The batched meeting read (issue 11): the same answer as the read it
 * replaced (tests/helpers/legacyMeetingRead.ts, the old code kept verbatim,
 * run on the same database), in a number of statements that does not grow
 * with the agenda.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as appSettings from '../../electron/main/services/appSettings'
import { actionTrackerData, minutesData } from '../../electron/main/services/exportData'
import * as meetings from '../../electron/main/services/meetings'
import { meetingDetail } from '../../electron/main/services/meetingViews'
import { createTestApp, signInAs, type TestApp } from '../helpers/db'
import { appHandlers } from '../helpers/handlers'
import { legacyActionTrackerData, legacyMeetingDetail, legacyMinutesData } from '../helpers/legacyMeetingRead'
import { buildRichMeeting } from '../helpers/richMeeting'
import { countStatements } from '../helpers/statementCounter'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

describe('the batched meeting read', () => {
  it('gives exactly the old meeting view, minutes data and action tracker for a rich meeting', () => {
    app = createTestApp('2026-11-02T09:00:00.000Z')
    const { firstId, secondId } = buildRichMeeting(app, 8)
    const escalation = appSettings.read(app.ctx).escalationMeetings
    const inProgress = meetingDetail(app.db, secondId, escalation)!
    // The meeting is as rich as it says: every kind of data is there to be read.
    const items = inProgress.items
    expect(items.some((item) => item.removed)).toBe(false)
    expect(items.flatMap((item) => item.carriedActions.map((a) => a.update?.outcome ?? 'none')).sort()).toEqual(
      expect.arrayContaining(['done', 'dropped', 'none', 'open']),
    )
    expect(items.some((item) => item.newActions.length > 0)).toBe(true)
    expect(items.some((item) => item.people.length > 1 && item.people.some((p) => p.age !== null))).toBe(true)
    expect(new Set(items.map((item) => item.subjectConsent))).toEqual(new Set(['given', 'refused', 'withdrawn', null]))
    expect(items.some((item) => item.lastDirection !== null && item.triageSummary !== '' && item.riskFactors.length > 0)).toBe(true)
    expect(inProgress.attendees.map((a) => a.attendance).sort()).toEqual(['apologies', 'observer', 'present'])

    expect(inProgress).toEqual(legacyMeetingDetail(app.db, secondId, escalation))
    expect(meetingDetail(app.db, firstId, escalation)).toEqual(legacyMeetingDetail(app.db, firstId, escalation))
    for (const purpose of ['full', 'forRedaction'] as const)
      expect(minutesData(app.ctx, secondId, purpose)).toEqual(legacyMinutesData(app.ctx, secondId, purpose))
    for (const groupBy of ['agency', 'owner'] as const)
      expect(actionTrackerData(app.ctx, groupBy)).toEqual(legacyActionTrackerData(app.ctx, groupBy))

    // Finished: every untouched carried action is recorded as carried forward; a draft's minutes follow.
    meetings.finish(app.ctx, { meetingId: secondId, nextMeetingDate: null })
    expect(meetingDetail(app.db, secondId, escalation)).toEqual(legacyMeetingDetail(app.db, secondId, escalation))
    for (const purpose of ['full', 'forRedaction'] as const)
      expect(minutesData(app.ctx, secondId, purpose)).toEqual(legacyMinutesData(app.ctx, secondId, purpose))
  })

  it('reads a meeting through dispatch in the same number of statements for 4 items as for 24', async () => {
    const small = await statementsFor(4, (call, meetingId) => call('meetings:get', { meetingId }))
    const large = await statementsFor(24, (call, meetingId) => call('meetings:get', { meetingId }))
    expect(large).toBe(small)
    // One statement per kind of data, plus the session, the settings and the audit row.
    expect(small).toBeLessThan(30)
  })
})

describe('the minutes and the action tracker', () => {
  it('read their data in the same number of statements for 4 cases as for 40', async () => {
    const minutes = (purpose: 'full' | 'forRedaction') => (_call: unknown, meetingId: string, test: TestApp) =>
      minutesData(test.ctx, meetingId, purpose)
    const tracker = (_call: unknown, _meetingId: string, test: TestApp) => actionTrackerData(test.ctx, 'agency')
    for (const work of [minutes('full'), minutes('forRedaction'), tracker]) {
      const small = await statementsFor(4, work)
      const large = await statementsFor(40, work)
      expect(large).toBe(small)
      expect(small).toBeLessThan(30)
    }
  })

  it('exports the 40-case minutes through dispatch in the same number of statements as 4 cases', async () => {
    const exportMinutes = (call: ReturnType<typeof appHandlers>['call'], meetingId: string) =>
      call('exports:minutes', { meetingId, variant: 'full', recipients: '' })
    expect(await statementsFor(40, exportMinutes)).toBe(await statementsFor(4, exportMinutes))
  })
})

/** Statements run by `work` on a rich meeting of `count` cases (the second meeting, in progress). */
async function statementsFor(
  count: number,
  work: (call: ReturnType<typeof appHandlers>['call'], meetingId: string, test: TestApp) => unknown,
) {
  const test = createTestApp('2026-11-02T09:00:00.000Z')
  try {
    const { secondId } = buildRichMeeting(test, count)
    expect(meetings.get(test.ctx, secondId).items.length).toBeGreaterThanOrEqual(count)
    // The clock walked a week while building: sign in again, as after the idle lock.
    signInAs(test, test.admin)
    const { call } = appHandlers(test)
    return (await countStatements(test.db, () => work(call, secondId, test))).count
  } finally {
    test.cleanup()
  }
}
