import { afterEach, describe, expect, it } from 'vitest'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as exportData from '../../electron/main/services/exportData'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import * as timeline from '../../electron/main/services/timeline'
import * as triage from '../../electron/main/services/triage'
import { actionUpdateInput } from '../../shared/domain/meetings/actions'
import { agendaItemRecordInput, attendeeAddInput, attendeesPresentInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { triageInput } from '../../shared/domain/record/triage'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import * as users from '../../electron/main/services/users'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'
import * as tablePages from '../../electron/main/services/tablePages'
import { meetingPageInput } from '../../shared/domain/tablePages'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function newMeeting(test: TestApp, date: string, chairId = test.admin.id) {
  return meetings.create(test.ctx, meetingCreateInput.parse({ kind: 'weekly', date, time: '10:00', location: 'Stretford Hub', chairId }))
}
/** The chair is present and agrees the confidentiality statement, then starts. */
function startMeeting(test: TestApp, meetingId: string) {
  const chair = meetings.get(test.ctx, meetingId).attendees.find((a) => a.userId === test.admin.id)!
  attendance.mark(test.ctx, { attendeeId: chair.id, attendance: 'present', informationSent: false })
  attendance.agree(test.ctx, { attendeeId: chair.id, agreed: true, skipped: false })
  return meetings.start(test.ctx, meetingId)
}
const record = (test: TestApp, itemId: string, fields: Record<string, unknown>) =>
  agenda.record(test.ctx, agendaItemRecordInput.parse({ itemId, done: true, ...fields }))

describe('meetings', () => {
  it('builds the agenda from the rules, with the chair expected and the confidentiality statement', () => {
    app = createTestApp('2026-11-20T09:00:00.000Z')
    const requested = makeCase(app, { title: 'Requested' })
    app.db.prepare('UPDATE cases SET bring_to_next_meeting = 1 WHERE id = ?').run(requested.id)
    const high = makeCase(app, { title: 'High', riskLevel: 'high' })
    const meeting = newMeeting(app, '2026-11-26')
    expect(meeting.items.map((item) => [item.caseId, item.reasons])).toEqual([
      [high.id, ['high_risk', 'new']],
      [requested.id, ['requested', 'new']],
    ])
    expect(meeting.attendees.map((a) => [a.name, a.attendance])).toEqual([['Alex Admin', 'expected']])
    expect(meeting.confidentialityStatement).toContain('Information shared in this meeting is confidential')
  })

  it('carries an open action through three meetings until it is done', () => {
    app = createTestApp('2026-11-02T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'high' })
    const housing = app.agency('Housing').id
    // Meeting 1: the action is raised.
    const m1 = newMeeting(app, '2026-11-05')
    const item1 = m1.items[0]!
    startMeeting(app, m1.id)
    actions.raise(app.ctx, {
      itemId: item1.id,
      description: 'Apply for discretionary housing payment',
      ownerName: 'Sam Patel',
      ownerAgencyId: housing,
      dueDate: '2026-11-12',
    })
    record(app, item1.id, { direction: 'no_change', directionReason: 'Arrears unchanged', riskAfter: 'high' })
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: null })
    meetings.approve(app.ctx, m1.id)
    // Meeting 2: it is still open, with a reason.
    app.setNow('2026-11-12T09:00:00.000Z')
    const m2 = meetings.createNext(app.ctx, m1.id)
    expect(m2.date).toBe('2026-11-12')
    const item2 = m2.items.find((item) => item.caseId === c.id)!
    expect(item2.carriedActions.map((a) => [a.description, a.status, a.update])).toEqual([
      ['Apply for discretionary housing payment', 'open', null],
    ])
    actions.updateAtMeetingItem(app.ctx, {
      itemId: item2.id,
      update: { actionId: item2.carriedActions[0]!.id, outcome: 'open', nonCompletionReason: 'not_undertaken', note: 'Form not sent' },
    })
    record(app, item2.id, { direction: 'worsening', directionReason: 'Eviction notice served' })
    meetings.finish(app.ctx, { meetingId: m2.id, nextMeetingDate: null })
    meetings.approve(app.ctx, m2.id)
    // Meeting 3: it is overdue on the agenda and is done.
    app.setNow('2026-11-19T09:00:00.000Z')
    const m3 = meetings.createNext(app.ctx, m2.id)
    const item3 = m3.items.find((item) => item.caseId === c.id)!
    expect(item3.reasons).toContain('overdue_actions')
    expect(item3.carriedActions[0]).toMatchObject({ overdue: true, meetingsCarried: 1, status: 'open' })
    actions.updateAtMeetingItem(app.ctx, { itemId: item3.id, update: { actionId: item3.carriedActions[0]!.id, outcome: 'done', note: '' } })
    record(app, item3.id, { direction: 'improving', directionReason: 'Payment awarded' })
    meetings.finish(app.ctx, { meetingId: m3.id, nextMeetingDate: null })
    meetings.approve(app.ctx, m3.id)
    // Meeting 4: nothing is carried any more; the approved meetings still say what happened.
    app.setNow('2026-11-26T09:00:00.000Z')
    const m4 = meetings.createNext(app.ctx, m3.id)
    expect(m4.items.flatMap((item) => item.carriedActions)).toEqual([])
    expect(meetings.get(app.ctx, m2.id).items[0]!.carriedActions[0]!.update).toMatchObject({
      outcome: 'open',
      nonCompletionReason: 'not_undertaken',
    })
    expect(meetings.get(app.ctx, m3.id).directionCounts).toEqual({ improving: 1, no_change: 0, worsening: 0 })
    expect(actions.listForCase(app.ctx, c.id)[0]).toMatchObject({ status: 'done', completedOn: '2026-11-19' })
    // The case's timeline tells the same story.
    const titles = timeline.forCase(app.ctx, c.id).map((entry) => entry.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Discussed at weekly case meeting: ▲ Improving',
        'Discussed at weekly case meeting: ▼ Worsening',
        'Discussed at weekly case meeting: ► No change, risk High',
        'Action agreed: Apply for discretionary housing payment (Sam Patel, Housing trust)',
        'Action done: Apply for discretionary housing payment',
      ]),
    )
    expect(titles.indexOf('Discussed at weekly case meeting: ▲ Improving')).toBeLessThan(
      titles.indexOf('Discussed at weekly case meeting: ▼ Worsening'),
    )
  })

  it('escalates an action still open after N meetings', () => {
    app = createTestApp('2026-10-01T09:00:00.000Z')
    makeCase(app, { riskLevel: 'high' })
    let meeting = newMeeting(app, '2026-10-01')
    actions.raise(app.ctx, {
      itemId: meeting.items[0]!.id,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2027-06-01',
    })
    for (let n = 1; n <= 4; n++) {
      meetings.finish(app.ctx, { meetingId: meeting.id, nextMeetingDate: null })
      meetings.approve(app.ctx, meeting.id)
      app.setNow(`2026-10-${String(1 + 7 * n).padStart(2, '0')}T09:00:00.000Z`)
      meeting = meetings.createNext(app.ctx, meeting.id)
      // The open action brings the case back to every meeting.
      expect(meeting.items[0]!.reasons).toContain('open_actions')
    }
    expect(meeting.items[0]!.reasons).toContain('escalated')
    expect(meeting.items[0]!.carriedActions[0]).toMatchObject({ meetingsCarried: 3, escalated: true })
  })

  it('makes approved minutes immutable in the database, and takes amendments', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m = newMeeting(app, '2026-11-05')
    record(app, m.items[0]!.id, { discussion: 'Discussed arrears' })
    meetings.finish(app.ctx, { meetingId: m.id, nextMeetingDate: '2026-11-19' })
    expect(() => meetings.amend(app!.ctx, { meetingId: m.id, text: 'x' })).toThrow('Amendments are for approved minutes')
    meetings.approve(app.ctx, m.id)
    expect(() => record(app!, m.items[0]!.id, { discussion: 'Changed' })).toThrow(
      'These minutes are approved and cannot be changed. Add an amendment instead.',
    )
    expect(() => app!.db.prepare("UPDATE agenda_items SET discussion = 'tampered'").run()).toThrow(
      'Approved minutes cannot be changed; add an amendment',
    )
    expect(() => app!.db.prepare("UPDATE meetings SET location = 'x'").run()).toThrow(
      'Approved minutes cannot be changed; add an amendment',
    )
    // Who attended an approved meeting is part of its minutes: it cannot be deleted, nor anything added to it.
    expect(() => app!.db.prepare('DELETE FROM meeting_attendees WHERE meeting_id = ?').run(m.id)).toThrow(
      'Approved minutes cannot be changed; add an amendment',
    )
    expect(() =>
      app!.db
        .prepare(
          "INSERT INTO actions (id, case_id, raised_at_meeting_id, description, owner_name, owner_agency_id, due_date, status, created_at, updated_at) VALUES ('late', ?, ?, 'Slipped in', 'X', ?, '2026-12-01', 'open', 'now', 'now')",
        )
        .run(m.items[0]!.caseId, m.id, app!.agency('Police').id),
    ).toThrow('Approved minutes cannot be changed; add an amendment')
    expect(() => app!.db.prepare('UPDATE minutes_snapshots SET detail = ?').run('{}')).toThrow(
      'Approved minutes cannot be changed; add an amendment',
    )
    expect(() => app!.db.prepare('DELETE FROM minutes_snapshots').run()).toThrow('Approved minutes cannot be changed; add an amendment')
    const amended = meetings.amend(app.ctx, { meetingId: m.id, text: 'The arrears figure was £1,240, not £1,420.' })
    expect(amended.amendments.map((a) => [a.text, a.addedByName])).toEqual([['The arrears figure was £1,240, not £1,420.', 'Alex Admin']])
    expect(amended.items[0]!.discussion).toBe('Discussed arrears')
    expect(amended.nextMeetingDate).toBe('2026-11-19')
  })

  it('only the meeting’s chair approves', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const chair = makeUser(app, { name: 'Chris Chair', role: 'chair' })
    const m = newMeeting(app, '2026-11-05', chair.id)
    meetings.finish(app.ctx, { meetingId: m.id, nextMeetingDate: null })
    expect(() => meetings.approve(app!.ctx, m.id)).toThrow('Only the chair of this meeting (Chris Chair) can approve its minutes.')
    signInAs(app, chair)
    expect(meetings.approve(app.ctx, m.id)).toMatchObject({ status: 'approved', approvedByName: 'Chris Chair' })
  })

  it('refuses approval to the meeting’s chair once they have been made a viewer, and leaves the minutes in draft', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const chair = makeUser(app, { name: 'Chris Chair', role: 'chair' })
    const m = newMeeting(app, '2026-11-05', chair.id)
    meetings.finish(app.ctx, { meetingId: m.id, nextMeetingDate: null })
    users.update(app.ctx, { id: chair.id, name: chair.name, agencyId: chair.agencyId, role: 'viewer', active: true, credential: '' })
    signInAs(app, chair)
    expect(() => meetings.approve(app!.ctx, m.id)).toThrow(
      expect.objectContaining({ code: 'forbidden', message: 'Only an administrator or a chair can do this.' }),
    )
    expect(meetings.get(app.ctx, m.id).status).toBe('minutes_draft')
  })

  it('autosave keeps what was typed and where the chair was, across a restart', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app, { title: 'First' })
    makeCase(app, { title: 'Second' })
    const m = newMeeting(app, '2026-11-05')
    startMeeting(app, m.id)
    const second = m.items[1]!
    meetings.setCurrent(app.ctx, m.id, second.id)
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: second.id, discussion: 'Half-typed note about the tenancy' }))
    const reopened = app.reopen()
    expect(reopened.prepare('SELECT current_item_id AS current FROM meetings').get()).toEqual({ current: second.id })
    expect(reopened.prepare('SELECT discussion FROM agenda_items WHERE id = ?').get(second.id)).toEqual({
      discussion: 'Half-typed note about the tenancy',
    })
    expect(meetings.get(app.ctx, m.id)).toMatchObject({ status: 'in_progress', currentItemId: second.id })
  })

  it('applies the risk after discussion and next review to the case, and marks attendance', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'medium' })
    const m = newMeeting(app, '2026-11-05')
    record(app, m.items[0]!.id, { riskAfter: 'high', nextReviewDate: '2026-12-03' })
    expect(caseRecord.get(app.ctx, c.id)).toMatchObject({ riskLevel: 'high', nextReviewDate: '2026-12-03' })
    const withGuest = attendance.add(
      app.ctx,
      attendeeAddInput.parse({ meetingId: m.id, guestName: 'Dr Rahman', agencyId: app.agency('GP').id, role: 'GP' }),
    )
    const guest = withGuest.attendees.find((a) => a.name === 'Dr Rahman')!
    expect(() => attendance.agree(app!.ctx, { attendeeId: guest.id, agreed: true })).toThrow(
      'Mark this person present or observer before recording their agreement',
    )
    attendance.mark(app.ctx, { attendeeId: guest.id, attendance: 'apologies', informationSent: true })
    const marked = attendance.mark(app.ctx, {
      attendeeId: withGuest.attendees.find((a) => a.name === 'Alex Admin')!.id,
      attendance: 'present',
      informationSent: false,
    })
    // The write answers with the one attendee it changed; the meeting holds them all.
    expect(marked).toMatchObject({ name: 'Alex Admin', attendance: 'present', informationSent: false })
    expect(meetings.get(app.ctx, m.id).attendees.map((a) => [a.name, a.attendance, a.informationSent])).toEqual([
      ['Alex Admin', 'present', false],
      ['Dr Rahman', 'apologies', true],
    ])
  })

  it('names a case without consent by reference and initials on the agenda', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { title: 'The Okafor family' })
    const grace = people.add(app.ctx, c.id, personInput.parse({ role: 'subject', firstName: 'Grace', lastName: 'Okafor' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: grace.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
    )
    const m = newMeeting(app, '2026-11-05')
    expect(m.items[0]).toMatchObject({ displayName: `${c.reference} (GO)`, subjectConsent: 'refused' })
  })
})

describe('approved minutes stay as approved, and next week is ready', () => {
  const housing = (test: TestApp) => test.agency('Housing').id

  it('carries into a meeting only actions raised before it', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'high' })
    const m1 = newMeeting(app, '2026-11-05')
    const m2 = newMeeting(app, '2026-11-12')
    const item2 = m2.items.find((item) => item.caseId === c.id)!
    actions.raise(app.ctx, {
      itemId: item2.id,
      description: 'Raised a week later',
      ownerName: 'Sam Patel',
      ownerAgencyId: housing(app),
      dueDate: '2026-11-30',
    })
    const item1 = meetings.get(app.ctx, m1.id).items.find((item) => item.caseId === c.id)!
    expect(item1.carriedActions).toEqual([])
    const later = actions.listForCase(app.ctx, c.id)[0]!
    expect(() =>
      actions.updateAtMeetingItem(app!.ctx, { itemId: item1.id, update: { actionId: later.id, outcome: 'done', note: '' } }),
    ).toThrow('This action was raised after this meeting')
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: null })
    expect(app.db.prepare('SELECT count(*) AS n FROM action_updates').get()).toEqual({ n: 0 })
  })

  it('freezes the minutes at approval: later actions, closed actions, case title, people and consent change nothing', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { title: 'The Adams family', riskLevel: 'high' })
    const subject = people.add(app.ctx, c.id, personInput.parse({ role: 'subject', firstName: 'Grace', lastName: 'Adams' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({
        personId: subject.id,
        status: 'given',
        recordedOn: '2026-11-01',
        lawfulBasis: 'consent',
        scope: 'All partner agencies at the weekly meeting',
      }),
    )
    const m1 = newMeeting(app, '2026-11-05')
    const item1 = m1.items[0]!
    startMeeting(app, m1.id)
    actions.raise(app.ctx, {
      itemId: item1.id,
      description: 'Apply for discretionary housing payment',
      ownerName: 'Sam Patel',
      ownerAgencyId: housing(app),
      dueDate: '2026-11-12',
    })
    record(app, item1.id, { discussion: 'Arrears rising', direction: 'worsening', directionReason: 'Eviction notice' })
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: '2026-11-12' })
    meetings.approve(app.ctx, m1.id)
    const snapshot = () => ({
      detail: { ...meetings.get(app!.ctx, m1.id), nextMeetingId: null },
      full: exportData.minutesData(app!.ctx, m1.id, 'full'),
      forRedaction: exportData.minutesData(app!.ctx, m1.id, 'forRedaction'),
    })
    const approved = snapshot()
    expect(approved.full.agendaItems[0]).toMatchObject({ caseTitle: 'The Adams family', discussion: [{ text: 'Arrears rising' }] })
    expect(approved.full.agendaItems[0]!.people.map((p) => p.firstName)).toEqual(['Grace'])

    // Next week: the action is done, another is raised; the case is renamed, gains a person, consent is withdrawn.
    app.setNow('2026-11-12T09:00:00.000Z')
    const m2 = meetings.get(app.ctx, approved.detail.nextMeeting!.id!)
    const item2 = m2.items.find((item) => item.caseId === c.id)!
    actions.updateAtMeetingItem(app.ctx, {
      itemId: item2.id,
      update: { actionId: item2.carriedActions[0]!.id, outcome: 'done', note: 'Awarded' },
    })
    actions.raise(app.ctx, {
      itemId: item2.id,
      description: 'Raised at the second meeting',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-12-01',
    })
    app.db.prepare("UPDATE cases SET title = 'Renamed household' WHERE id = ?").run(c.id)
    people.add(app.ctx, c.id, personInput.parse({ role: 'child', firstName: 'Kayden', lastName: 'Adams' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: subject.id, status: 'withdrawn', recordedOn: '2026-11-12', lawfulBasis: 'consent' }),
    )
    app.db.prepare("UPDATE users SET name = 'Alexandra Admin' WHERE id = ?").run(app.admin.id)

    expect(snapshot()).toEqual(approved)
    const text = JSON.stringify(snapshot())
    expect(text).not.toContain('Raised at the second meeting')
    expect(text).not.toContain('Renamed household')
    expect(text).not.toContain('Kayden')
    // Amendments are still added on top, as linked records.
    meetings.amend(app.ctx, { meetingId: m1.id, text: 'Due date was 13 November.' })
    expect(exportData.minutesData(app.ctx, m1.id, 'full')).toMatchObject({
      version: 2,
      amendments: [{ text: 'Due date was 13 November.', by: 'Alexandra Admin' }],
      agendaItems: approved.full.agendaItems,
    })
    expect(meetings.get(app.ctx, m1.id).amendments.map((a) => a.text)).toEqual(['Due date was 13 November.'])
  })

  it('dates an amendment made late on a summer evening by the London day, not the UTC one', () => {
    app = createTestApp('2026-07-02T09:00:00.000Z')
    makeCase(app)
    const m = newMeeting(app, '2026-07-02')
    record(app, m.items[0]!.id, { discussion: 'Discussed arrears' })
    meetings.finish(app.ctx, { meetingId: m.id, nextMeetingDate: '2026-07-09' })
    meetings.approve(app.ctx, m.id)
    // 23:30 UTC on 2 July is 00:30 on 3 July in London (BST).
    app.setNow('2026-07-02T23:30:00.000Z')
    meetings.amend(app.ctx, { meetingId: m.id, text: 'The review is on 16 July.' })
    expect(exportData.minutesData(app.ctx, m.id, 'full').amendments).toEqual([
      { text: 'The review is on 16 July.', by: 'Alex Admin', date: '2026-07-03' },
    ])
  })

  it('approving creates next week’s meeting with its agenda, attendance and the carried action', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'medium' })
    const m1 = newMeeting(app, '2026-11-05')
    const guest = attendance.add(
      app.ctx,
      attendeeAddInput.parse({ meetingId: m1.id, guestName: 'Dr Rahman', agencyId: app.agency('GP').id, role: 'GP' }),
    )
    attendance.mark(app.ctx, {
      attendeeId: guest.attendees.find((a) => a.name === 'Dr Rahman')!.id,
      attendance: 'present',
      informationSent: false,
    })
    actions.raise(app.ctx, {
      itemId: m1.items[0]!.id,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-11-20',
    })
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: '2026-11-13' })
    const approved = meetings.approve(app.ctx, m1.id)
    expect(approved.nextMeetingId).not.toBeNull()
    const next = meetings.get(app.ctx, approved.nextMeetingId!)
    expect(next).toMatchObject({
      kind: 'weekly',
      date: '2026-11-13',
      time: '10:00',
      location: 'Stretford Hub',
      chairId: app.admin.id,
      status: 'planned',
      previousMeetingId: m1.id,
    })
    expect(next.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Alex Admin', 'expected'],
      ['Dr Rahman', 'expected'],
    ])
    const item = next.items.find((i) => i.caseId === c.id)!
    expect(item.reasons).toContain('open_actions')
    expect(item.carriedActions.map((a) => a.description)).toEqual(['Joint visit'])
    // The minutes name the next meeting's own date, time and place; "Create next meeting" just opens it.
    expect(exportData.minutesData(app.ctx, m1.id).nextMeeting).toEqual({ date: '2026-11-13', time: '10:00', location: 'Stretford Hub' })
    expect(meetings.createNext(app.ctx, m1.id).id).toBe(next.id)
    expect(tablePages.meetings(app.ctx, meetingPageInput.parse({})).total).toBe(2)
  })

  it('does not create a meeting before one already planned, and names that one as next', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m1 = newMeeting(app, '2026-11-05')
    const later = meetings.create(
      app.ctx,
      meetingCreateInput.parse({
        kind: 'case_review',
        date: '2026-11-19',
        time: '14:00',
        location: 'Sale Waterside',
        chairId: app.admin.id,
      }),
    )
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: null })
    meetings.approve(app.ctx, m1.id)
    expect(
      tablePages
        .meetings(app.ctx, meetingPageInput.parse({}))
        .rows.map((m) => m.id)
        .sort(),
    ).toEqual([m1.id, later.id].sort())
    expect(exportData.minutesData(app.ctx, m1.id).nextMeeting).toEqual({ date: '2026-11-19', time: '14:00', location: 'Sale Waterside' })
    expect(() => meetings.createNext(app!.ctx, m1.id)).toThrow('A later meeting already exists (2026-11-19 at 14:00)')
  })

  it('refreshing the agenda brings reasons and risk of cases already on it up to date', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'medium' })
    const m = newMeeting(app, '2026-11-12')
    expect(m.items[0]).toMatchObject({ reasons: ['new'], riskBefore: 'medium' })
    app.db.prepare("UPDATE cases SET bring_to_next_meeting = 1, risk_level = 'high' WHERE id = ?").run(c.id)
    const refreshed = agenda.refresh(app.ctx, m.id)
    expect(refreshed.items[0]).toMatchObject({ reasons: ['high_risk', 'requested', 'new'], riskBefore: 'high' })
  })

  it('counts a case as discussed as soon as anything is recorded for it', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app, { title: 'First' })
    makeCase(app, { title: 'Second' })
    makeCase(app, { title: 'Third' })
    const m = newMeeting(app, '2026-11-05')
    const [first, second, third] = m.items
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: first!.id, decisions: 'Refer to early help' }))
    actions.raise(app.ctx, {
      itemId: second!.id,
      description: 'Call the school',
      ownerName: 'Sam',
      ownerAgencyId: housing(app),
      dueDate: '2026-11-30',
    })
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: second!.id }))
    const after = agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: third!.id }))
    // The write answers with the one item it changed; the meeting holds them all.
    expect(after).toMatchObject({ id: third!.id, done: false })
    expect(meetings.get(app.ctx, m.id).items.map((item) => item.done)).toEqual([true, true, false])
  })

  it('puts the labelled reason an action is not done, and its note, in the Word minutes', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app, { riskLevel: 'high' })
    const m1 = newMeeting(app, '2026-11-05')
    for (const description of ['Housing application', 'GP letter', 'Benefits check']) {
      actions.raise(app.ctx, {
        itemId: m1.items[0]!.id,
        description,
        ownerName: 'Sam Patel',
        ownerAgencyId: housing(app),
        dueDate: '2026-11-30',
      })
    }
    record(app, m1.items[0]!.id, { direction: 'improving', directionReason: 'Engaging' })
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: null })
    const m2 = meetings.get(app.ctx, meetings.approve(app.ctx, m1.id).nextMeetingId!)
    const item = m2.items[0]!
    const byName = (name: string) => item.carriedActions.find((a) => a.description === name)!.id
    actions.updateAtMeetingItem(app.ctx, {
      itemId: item.id,
      update: { actionId: byName('Housing application'), outcome: 'open', nonCompletionReason: 'not_possible', note: 'Tenant in hospital' },
    })
    actions.updateAtMeetingItem(app.ctx, {
      itemId: item.id,
      update: { actionId: byName('GP letter'), outcome: 'open', nonCompletionReason: 'not_undertaken', note: '' },
    })
    record(app, item.id, { direction: 'worsening', directionReason: 'Admitted to hospital' })
    meetings.finish(app.ctx, { meetingId: m2.id, nextMeetingDate: null })
    const data = exportData.minutesData(app.ctx, m2.id)
    expect(data.agendaItems[0]!.actions.map((a) => [a.description, a.change, a.status, a.statusReason])).toEqual([
      ['Housing application', 'updated', 'open', 'Not possible / change of circumstances – Tenant in hospital'],
      ['GP letter', 'updated', 'open', 'Not undertaken by agency'],
      ['Benefits check', 'carried', 'open', null],
    ])
    expect(data.directionCounts).toEqual({ improving: 0, no_change: 0, worsening: 1 })
    expect(exportData.minutesData(app.ctx, m1.id).directionCounts).toEqual({ improving: 1, no_change: 0, worsening: 0 })
  })

  it('starts run mode only when everyone in the room has agreed the confidentiality statement or had it skipped', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m = newMeeting(app, '2026-11-05')
    expect(() => meetings.start(app!.ctx, m.id)).toThrow('Mark who is present before starting the meeting.')
    const withGuest = attendance.add(
      app.ctx,
      attendeeAddInput.parse({ meetingId: m.id, guestName: 'Dr Rahman', agencyId: app.agency('GP').id }),
    )
    const [chair, guest] = [
      withGuest.attendees.find((a) => a.name === 'Alex Admin')!,
      withGuest.attendees.find((a) => a.name === 'Dr Rahman')!,
    ]
    attendance.mark(app.ctx, { attendeeId: chair.id, attendance: 'present', informationSent: false })
    attendance.mark(app.ctx, { attendeeId: guest.id, attendance: 'observer', informationSent: false })
    expect(() => meetings.start(app!.ctx, m.id)).toThrow('Still to agree: Alex Admin, Dr Rahman.')
    attendance.agree(app.ctx, { attendeeId: chair.id, agreed: true, skipped: false })
    expect(() => meetings.start(app!.ctx, m.id)).toThrow('Still to agree: Dr Rahman.')
    expect(meetings.get(app.ctx, m.id).status).toBe('planned')
    const skipped = attendance.agree(app.ctx, { attendeeId: guest.id, agreed: false, skipped: true })
    expect(skipped).toMatchObject({ name: 'Dr Rahman', agreedConfidentiality: false, confidentialitySkipped: true })
    expect(meetings.get(app.ctx, m.id).attendees.map((a) => [a.name, a.agreedConfidentiality, a.confidentialitySkipped])).toEqual([
      ['Alex Admin', true, false],
      ['Dr Rahman', false, true],
    ])
    expect(meetings.start(app.ctx, m.id).status).toBe('in_progress')
  })

  it('refuses dropping actions in bulk without a reason, and changes nothing', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m = newMeeting(app, '2026-11-05')
    actions.raise(app.ctx, {
      itemId: m.items[0]!.id,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-11-30',
    })
    const [action] = actions.list(app.ctx)
    expect(() => actions.bulkUpdate(app!.ctx, { actionIds: [action!.id], outcome: 'dropped', note: ' ' })).toThrow(
      'Say why the selected actions are dropped',
    )
    expect(actions.list(app.ctx)[0]).toMatchObject({ status: 'open', statusNote: '' })
    expect(actions.bulkUpdate(app.ctx, { actionIds: [action!.id], outcome: 'dropped', note: 'Family moved away' })[0]).toMatchObject({
      status: 'dropped',
      statusNote: 'Family moved away',
    })
  })
})

describe('issue 12: the chair in the room', () => {
  it('opens a case still in triage when the meeting first discusses it, with the change in its history, in the same save', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const withKeyworker = makeCase(app, { title: 'Adams household', status: 'triage' })
    const noKeyworker = makeCase(app, { title: 'Bell household', status: 'triage' })
    app.db.prepare('UPDATE cases SET keyworker_id = NULL WHERE id = ?').run(noKeyworker.id)
    const m = newMeeting(app, '2026-11-05')
    startMeeting(app, m.id)
    const itemFor = (caseId: string) => meetings.get(app!.ctx, m.id).items.find((item) => item.caseId === caseId)!
    expect(itemFor(withKeyworker.id)).toMatchObject({ caseStatus: 'triage', keyworkerName: 'Alex Admin' })
    // Opening the agenda is not a discussion: the status waits for something recorded.
    expect(caseRecord.get(app.ctx, withKeyworker.id).status).toBe('triage')
    record(app, itemFor(withKeyworker.id).id, { discussion: 'Agreed to work with the family.' })
    expect(caseRecord.get(app.ctx, withKeyworker.id).status).toBe('open')
    const changes = app.db
      .prepare("SELECT from_value, to_value, note, at FROM case_changes WHERE case_id = ? AND kind = 'status'")
      .all(withKeyworker.id)
    expect(changes).toEqual([
      {
        from_value: 'triage',
        to_value: 'open',
        note: 'First discussed at the case meeting of Thu 5 Nov 2026',
        at: '2026-11-05T09:00:00.000Z',
      },
    ])
    // Saving again changes nothing more.
    record(app, itemFor(withKeyworker.id).id, { discussion: 'Agreed to work with the family. GP to join.' })
    expect(app.db.prepare("SELECT count(*) AS n FROM case_changes WHERE case_id = ? AND kind = 'status'").get(withKeyworker.id)).toEqual({
      n: 1,
    })
    expect(itemFor(withKeyworker.id).caseStatus).toBe('open')
    // Without a keyworker the lifecycle refuses: the case stays in triage (run mode asks for one) and the discussion is still saved.
    const saved = record(app, itemFor(noKeyworker.id).id, { discussion: 'Needs a keyworker.' })
    expect(saved).toMatchObject({
      caseId: noKeyworker.id,
      discussion: 'Needs a keyworker.',
      caseStatus: 'triage',
      keyworkerName: null,
    })
    expect(caseRecord.get(app.ctx, noKeyworker.id).status).toBe('triage')
  })

  it('opens a triage case when an action is raised for it, and leaves an open case alone', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const triaged = makeCase(app, { title: 'Adams household', status: 'triage' })
    const open = makeCase(app, { title: 'Bell household', status: 'open' })
    const m = newMeeting(app, '2026-11-05')
    const itemFor = (caseId: string) => m.items.find((item) => item.caseId === caseId)!
    actions.raise(app.ctx, {
      itemId: itemFor(triaged.id).id,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-11-30',
    })
    record(app, itemFor(open.id).id, { discussion: 'No change.' })
    expect(caseRecord.get(app.ctx, triaged.id).status).toBe('open')
    expect(caseRecord.get(app.ctx, open.id).status).toBe('open')
    expect(app.db.prepare("SELECT case_id FROM case_changes WHERE kind = 'status'").all()).toEqual([{ case_id: triaged.id }])
  })

  it('shows the latest triage summary and risk factors, and the short name, beside the case', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const entry = triage.create(
      app.ctx,
      triageInput.parse({
        receivedAt: '2026-11-04T21:00:00.000Z',
        source: 'police',
        subject: {
          mode: 'new',
          kind: 'individual',
          person: { role: 'subject', firstName: 'Dan', lastName: 'Whitaker', dateOfBirth: '1979-08-14' },
        },
        summary: 'Found distressed on the bridge.',
        riskLevel: 'high',
        riskFactors: ['Suicidal thoughts', 'Alcohol'],
        decisionCategory: 'complex',
        meetingReasons: ['visible_high_risk'],
        decidedByUserId: app.admin.id,
        bringToNextMeeting: true,
      }),
    )
    const item = newMeeting(app, '2026-11-05').items.find((candidate) => candidate.caseId === entry.caseId)!
    expect(item).toMatchObject({
      triageSummary: 'Found distressed on the bridge.',
      riskFactors: ['Suicidal thoughts', 'Alcohol'],
      shortName: `${entry.caseReference} (DW)`,
      displayName: `${entry.caseReference} (DW)`,
    })
  })

  it('adds the ticked members of the team as present in one go, or nobody when one cannot be added', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const sam = makeUser(app, { name: 'Sam Patel' })
    const jo = makeUser(app, { name: 'Jo Rahman', agencyShortName: 'GP' })
    const gone = makeUser(app, { name: 'Old Member' })
    app.db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(gone.id)
    const m = newMeeting(app, '2026-11-05')
    expect(() => attendance.addPresent(app!.ctx, attendeesPresentInput.parse({ meetingId: m.id, userIds: [sam.id, gone.id] }))).toThrow(
      expect.objectContaining({ fields: { userIds: 'Tick only active members of the team' } }),
    )
    expect(() =>
      attendance.addPresent(app!.ctx, attendeesPresentInput.parse({ meetingId: m.id, userIds: [sam.id, app!.admin.id] })),
    ).toThrow('Alex Admin is already on the attendance list')
    expect(meetings.get(app.ctx, m.id).attendees.map((a) => a.name)).toEqual(['Alex Admin'])
    expect(attendeesPresentInput.safeParse({ meetingId: m.id, userIds: [] }).error?.issues[0]?.message).toBe(
      'Tick at least one person who is here',
    )
    const after = attendance.addPresent(app.ctx, attendeesPresentInput.parse({ meetingId: m.id, userIds: [sam.id, jo.id] }))
    expect(after.attendees.map((a) => [a.name, a.agencyName, a.attendance, a.agreedConfidentiality])).toEqual([
      ['Alex Admin', 'Council adult social care', 'expected', false],
      ['Jo Rahman', 'GP practice', 'present', false],
      ['Sam Patel', expect.any(String), 'present', false],
    ])
  })

  it('saves a still-open action with the note saying why and what next', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m1 = newMeeting(app, '2026-11-05')
    startMeeting(app, m1.id)
    actions.raise(app.ctx, {
      itemId: m1.items[0]!.id,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-11-30',
    })
    meetings.finish(app.ctx, { meetingId: m1.id, nextMeetingDate: null })
    meetings.approve(app.ctx, m1.id)
    app.setNow('2026-11-12T09:00:00.000Z')
    const m2 = meetings.createNext(app.ctx, m1.id)
    const item = m2.items[0]!
    const updated = actions.updateAtMeetingItem(app.ctx, {
      itemId: item.id,
      update: actionUpdateInput.parse({
        actionId: item.carriedActions[0]!.id,
        outcome: 'open',
        nonCompletionReason: 'not_possible',
        note: 'Family away until the 20th; visit the week after',
      }),
    })
    expect(updated.carriedActions[0]!.update).toEqual({
      actionId: item.carriedActions[0]!.id,
      outcome: 'open',
      nonCompletionReason: 'not_possible',
      note: 'Family away until the 20th; visit the week after',
    })
    expect(actions.list(app.ctx)[0]).toMatchObject({ status: 'open', statusNote: 'Family away until the 20th; visit the week after' })
  })
})
