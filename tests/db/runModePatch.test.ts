/**
 * Run-mode writes answer with the one item or attendee they changed, and the
 * window that wrote puts it into the meeting it shows instead of reading the
 * meeting again (shared/domain/meetings/runModePatch.ts). That is only safe
 * if the patched meeting is exactly what a fresh read gives: checked here
 * after each such write, through the real dispatch.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { withAttendee, withItem } from '../../shared/domain/meetings/runModePatch'
import type { MeetingDetail } from '../../shared/domain/meetings/views'
import { createTestApp, signInAs, type TestApp } from '../helpers/db'
import { appHandlers } from '../helpers/handlers'
import { buildRichMeeting } from '../helpers/richMeeting'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

describe('a run-mode write patched into the cached meeting', () => {
  it('equals a fresh read of the meeting after every kind of run-mode write', async () => {
    app = createTestApp('2026-11-02T09:00:00.000Z')
    const { secondId: meetingId } = buildRichMeeting(app, 6)
    signInAs(app, app.admin)
    const { call } = appHandlers(app)
    let shown: MeetingDetail = await call('meetings:get', { meetingId })
    const untouched = shown.items.find((item) => item.carriedActions.some((action) => action.update === null))
    if (!untouched) throw new Error('The rich meeting has a carried action not yet updated')
    const carried = untouched.carriedActions.find((action) => action.update === null)!
    const target = shown.items[0]!
    const housing = app.agency('Housing').id
    const guest = shown.attendees.find((attendee) => attendee.name === 'PC Lowe')!

    /** Applies a write's answer as the window would, and checks it against the database. */
    const expectPatched = async (patched: MeetingDetail | null, changedItem: string | null) => {
      const fresh = await call('meetings:get', { meetingId })
      expect(patched).toEqual(fresh)
      if (changedItem)
        expect(patched!.items.find((item) => item.id === changedItem)).not.toEqual(shown.items.find((item) => item.id === changedItem))
      shown = fresh
    }

    // Recording changes the item and the meeting's direction-of-travel summary.
    const before = shown.directionCounts
    const recorded = await call('agenda:record', {
      itemId: target.id,
      done: true,
      discussion: 'Seen at home.\nRent plan agreed.',
      riskAfter: 'low',
      direction: target.direction === 'improving' ? 'worsening' : 'improving',
      directionReason: 'Plan holding',
    })
    const afterRecord = withItem(shown, recorded)
    expect(afterRecord?.directionCounts).not.toEqual(before)
    await expectPatched(afterRecord, target.id)

    const raised = await call('actions:raise', {
      itemId: target.id,
      description: 'Book the joint visit',
      ownerName: 'Sam Patel',
      ownerAgencyId: housing,
      dueDate: '2026-11-30',
    })
    await expectPatched(withItem(shown, raised), target.id)
    const newAction = raised.newActions.find((action) => action.description === 'Book the joint visit')!
    await expectPatched(withItem(shown, await call('actions:withdraw', { actionId: newAction.id })), target.id)

    const updated = await call('actions:updateAtMeeting', {
      itemId: untouched.id,
      update: { actionId: carried.id, outcome: 'open', nonCompletionReason: 'not_possible', note: 'Family away' },
    })
    await expectPatched(withItem(shown, updated), untouched.id)

    const marked = await call('attendance:mark', { attendeeId: guest.id, attendance: 'observer', informationSent: false })
    expect(marked).toMatchObject({ name: 'PC Lowe', attendance: 'observer' })
    await expectPatched(withAttendee(shown, marked), null)
    const agreed = await call('attendance:agree', { attendeeId: guest.id, agreed: true, skipped: false })
    expect(agreed).toMatchObject({ name: 'PC Lowe', agreedConfidentiality: true })
    await expectPatched(withAttendee(shown, agreed), null)
  })

  it('leaves a meeting alone when the item or attendee is not on it', async () => {
    app = createTestApp('2026-11-02T09:00:00.000Z')
    const { firstId, secondId } = buildRichMeeting(app, 4)
    signInAs(app, app.admin)
    const { call } = appHandlers(app)
    const first = await call('meetings:get', { meetingId: firstId })
    const second = await call('meetings:get', { meetingId: secondId })
    expect(withItem(first, second.items[0]!)).toBeNull()
    expect(withAttendee(first, second.attendees[0]!)).toBeNull()
  })
})
