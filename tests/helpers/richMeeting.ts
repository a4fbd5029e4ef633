/**
 * A meeting with everything the meeting view and the minutes show, built
 * through the real services: cases from triage (one re-triaged), households
 * with children and every consent state, a guest and apologies, the
 * confidentiality statement agreed and skipped, actions raised at one
 * meeting and carried into the next (done, still open with a reason,
 * dropped, untouched), directions of travel, a removed item and a case added
 * by hand. Used by the batched-read tests and tests/bench/meetingView.bench.ts.
 */
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import * as triage from '../../electron/main/services/triage'
import { consentStatuses } from '../../shared/domain/record/consent'
import { agendaItemRecordInput, attendeeAddInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { triageInput } from '../../shared/domain/record/triage'
import { directions } from '../../shared/domain/meetings/direction'
import { listPeopleForCase } from '../../electron/main/db/repos/people'
import { makeCase, type TestApp } from './db'

const firstNames = ['Grace', 'Dan', 'Aisha', 'Tom', 'Mei', 'Kwame', 'Lena', 'Owen', 'Priya', 'Sean']
const lastNames = ['Okafor', 'Whitaker', 'Rahman', 'Hargreaves', 'Chen', 'Mensah', 'Novak', 'Price', 'Shah', "O'Neill"]

export interface RichMeeting {
  /** Approved (frozen), with the actions raised. */
  firstId: string
  /** In progress: carried actions updated, new ones raised, items recorded. */
  secondId: string
}

/** Chair present and agreed; a guest whose statement is skipped; an agency's apologies with information sent. */
function setUpRoom(app: TestApp, meetingId: string) {
  const guests = [
    { guestName: 'Dr Rahman', agencyId: app.agency('Housing').id, role: 'GP' },
    { guestName: 'PC Lowe', agencyId: app.agency('Police').id, role: 'Neighbourhood officer' },
  ]
  // The next meeting starts from last time's attendance: the guests are already listed.
  for (const guest of guests)
    if (!meetings.get(app.ctx, meetingId).attendees.some((attendee) => attendee.name === guest.guestName))
      attendance.add(app.ctx, attendeeAddInput.parse({ meetingId, ...guest }))
  for (const attendee of meetings.get(app.ctx, meetingId).attendees) {
    if (attendee.userId === app.admin.id) {
      attendance.mark(app.ctx, { attendeeId: attendee.id, attendance: 'present', informationSent: false })
      attendance.agree(app.ctx, { attendeeId: attendee.id, agreed: true, skipped: false })
    } else if (attendee.name === 'Dr Rahman') {
      attendance.mark(app.ctx, { attendeeId: attendee.id, attendance: 'observer', informationSent: false })
      attendance.agree(app.ctx, { attendeeId: attendee.id, agreed: false, skipped: true })
    } else if (attendee.name === 'PC Lowe') {
      attendance.mark(app.ctx, { attendeeId: attendee.id, attendance: 'apologies', informationSent: true })
    }
  }
  meetings.start(app.ctx, meetingId)
}

/** `count` cases from triage, on two meetings a week apart. */
export function buildRichMeeting(app: TestApp, count: number): RichMeeting {
  app.setNow('2026-11-02T09:00:00.000Z')
  for (let i = 0; i < count; i += 1) {
    const entry = triage.create(
      app.ctx,
      triageInput.parse({
        receivedAt: `2026-11-0${1 + (i % 2)}T0${i % 9}:30:00.000Z`,
        source: i % 3 === 0 ? 'police' : 'gp',
        sourceReference: `REF-${i}`,
        subject: {
          mode: 'new',
          kind: i % 2 === 0 ? 'family' : 'individual',
          person: {
            role: 'subject',
            firstName: firstNames[i % firstNames.length],
            lastName: `${lastNames[(i * 3) % lastNames.length]}${i >= 10 ? `-${i}` : ''}`,
            dateOfBirth: `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`,
          },
        },
        summary: `Contact ${i}: concerns raised about rent arrears and school attendance.`,
        riskLevel: i % 3 === 0 ? 'high' : 'medium',
        riskFactors: i % 2 === 0 ? ['Rent arrears', 'Alcohol'] : ['Isolation'],
        decisionCategory: 'complex',
        meetingReasons: [],
        decidedByUserId: app.admin.id,
        bringToNextMeeting: true,
      }),
    )
    if (i === 1)
      triage.retriage(app.ctx, {
        entryId: entry.id,
        riskLevel: 'high',
        riskFactors: ['Eviction notice'],
        decisionCategory: 'complex',
        meetingReasons: [],
        decisionNotes: 'Notice served',
        decidedByUserId: app.admin.id,
        bringToNextMeeting: true,
      })
    if (i % 2 === 0)
      people.add(
        app.ctx,
        entry.caseId,
        personInput.parse({ role: 'child', firstName: 'Kayden', lastName: 'Adams', dateOfBirth: '2015-04-02' }),
      )
    const status = consentStatuses[i % consentStatuses.length]!
    if (status !== 'not_asked') {
      const subject = listPeopleForCase(app.db, entry.caseId).find((person) => person.role === 'subject')!
      people.recordConsent(
        app.ctx,
        consentInput.parse({
          personId: subject.id,
          status,
          recordedOn: '2026-11-02',
          scope: 'Housing, police and health, for this plan',
          lawfulBasis: status === 'given' ? 'consent' : 'public_task',
        }),
      )
    }
  }
  const housing = app.agency('Housing').id
  const police = app.agency('Police').id
  // Meeting 1: every case discussed, one or two actions each, a direction of travel; one case removed.
  const first = meetings.create(
    app.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
  )
  setUpRoom(app, first.id)
  first.items.forEach((item, i) => {
    if (i === first.items.length - 1 && i > 2) {
      agenda.remove(app.ctx, { itemId: item.id, reason: 'Closed before the meeting' })
      return
    }
    for (let n = 0; n < 1 + (i % 2); n += 1)
      actions.raise(app.ctx, {
        itemId: item.id,
        description: `Action ${n + 1} for case ${i}: visit and report back`,
        ownerName: n === 0 ? 'Sam Patel' : 'PC Jones',
        ownerAgencyId: n === 0 ? housing : police,
        dueDate: `2026-11-${10 + (i % 9)}`,
      })
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: `Discussed case ${i}.\nHousing to follow up.`,
        decisions: 'Keep open\nReview next week',
        riskAfter: i % 4 === 0 ? 'high' : 'medium',
        direction: directions[i % directions.length],
        directionReason: `Reason ${i}`,
        agenciesShared: i % 2 === 0 ? [housing, police] : [housing],
        discussionCategory: i % 5 === 0 ? 'health' : null,
      }),
    )
  })
  meetings.finish(app.ctx, { meetingId: first.id, nextMeetingDate: null })
  meetings.approve(app.ctx, first.id)

  // Meeting 2: carried actions updated every way, new ones raised, some cases left to do; one case added by hand.
  app.setNow('2026-11-12T09:00:00.000Z')
  const late = makeCase(app, { title: 'The Novak household', riskLevel: 'low' })
  const secondId = meetings.createNext(app.ctx, first.id).id
  agenda.add(app.ctx, { meetingId: secondId, caseId: late.id })
  setUpRoom(app, secondId)
  const second = meetings.get(app.ctx, secondId)
  second.items.forEach((item, i) => {
    item.carriedActions.forEach((action, n) => {
      const kind = (i + n) % 4
      if (kind === 3) return
      actions.updateAtMeetingItem(app.ctx, {
        itemId: item.id,
        update:
          kind === 0
            ? { actionId: action.id, outcome: 'done', note: 'Visit made' }
            : kind === 1
              ? { actionId: action.id, outcome: 'open', nonCompletionReason: 'not_undertaken', note: 'Form not sent' }
              : { actionId: action.id, outcome: 'dropped', note: 'No longer needed' },
      })
    })
    if (i % 3 === 2) return
    if (i % 2 === 0)
      actions.raise(app.ctx, {
        itemId: item.id,
        description: `New action for case ${i}`,
        ownerName: 'Sam Patel',
        ownerAgencyId: housing,
        dueDate: '2026-11-26',
      })
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: i % 4 !== 1,
        discussion: i % 4 === 1 ? '' : `Second look at case ${i}.`,
        direction: i % 4 === 1 ? null : directions[(i + 1) % directions.length],
        directionReason: i % 4 === 1 ? '' : 'Seen again',
        nextReviewDate: i % 2 === 0 ? '2026-12-10' : null,
      }),
    )
  })
  return { firstId: first.id, secondId }
}
