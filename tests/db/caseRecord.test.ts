import { afterEach, describe, expect, it } from 'vitest'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as caseAgencies from '../../electron/main/services/caseAgencies'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as cases from '../../electron/main/services/cases'
import * as demand from '../../electron/main/services/demand'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import * as triage from '../../electron/main/services/triage'
import * as timeline from '../../electron/main/services/timeline'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { caseUpdateInput } from '../../shared/domain/record/caseEdits'
import { consentInput } from '../../shared/domain/record/consent'
import { demandInput } from '../../shared/domain/record/demand'
import { caseTransitionInput } from '../../shared/domain/record/lifecycle'
import { personInput } from '../../shared/domain/record/people'
import { triageInput } from '../../shared/domain/record/triage'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const addPerson = (test: TestApp, caseId: string, person: Record<string, unknown>) =>
  people.add(test.ctx, caseId, personInput.parse(person))

describe('people and consent', () => {
  it('keeps adults and children together with ages, one subject only', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const family = makeCase(app)
    addPerson(app, family.id, {
      role: 'subject',
      firstName: 'Grace',
      lastName: 'Okafor',
      dateOfBirth: '1990-06-01',
      nhsNumber: '943 476 5919',
    })
    addPerson(app, family.id, { role: 'child', firstName: 'Tobi', lastName: 'Okafor', dateOfBirth: '2015-12-01' })
    expect(() => addPerson(app!, family.id, { role: 'subject', firstName: 'Other' })).toThrow(
      'This case already has a subject (Grace Okafor). Choose another role.',
    )
    const detail = caseRecord.get(app.ctx, family.id)
    expect(detail.people.map((p) => [p.firstName, p.role, p.age, p.nhsNumber])).toEqual([
      ['Grace', 'subject', 36, '9434765919'],
      ['Tobi', 'child', 10, null],
    ])
  })

  it('takes "today" as the London day: a baby born just after midnight in summer is not in the future', () => {
    // 23:30 UTC on 2 July is 00:30 on 3 July in London (BST).
    app = createTestApp('2026-07-02T23:30:00.000Z')
    const family = makeCase(app)
    addPerson(app, family.id, { role: 'child', firstName: 'Newborn', dateOfBirth: '2026-07-03' })
    expect(caseRecord.get(app.ctx, family.id).people.map((person) => person.firstName)).toEqual(['Newborn'])
    expect(() => addPerson(app!, family.id, { role: 'child', firstName: 'Later', dateOfBirth: '2026-07-04' })).toThrow(
      'Date of birth must be today or in the past',
    )
  })

  it('refuses a date of birth in the future and saves nothing', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const family = makeCase(app)
    expect(() => addPerson(app!, family.id, { role: 'child', firstName: 'Later', dateOfBirth: '2027-01-01' })).toThrow(
      'Date of birth must be today or in the past',
    )
    expect(caseRecord.get(app.ctx, family.id).people).toEqual([])
  })

  it('keeps consent history; the latest record is current; the case shows no consent until given', () => {
    app = createTestApp('2026-11-01T10:00:00.000Z')
    const family = makeCase(app)
    const grace = addPerson(app, family.id, { role: 'subject', firstName: 'Grace', lastName: 'Okafor' })
    expect(cases.list(app.ctx)[0]?.subjectConsent).toBeNull()
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: grace.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
    )
    expect(cases.list(app.ctx)[0]?.subjectConsent).toBe('refused')
    app.setNow('2026-11-10T10:00:00.000Z')
    people.recordConsent(
      app.ctx,
      consentInput.parse({
        personId: grace.id,
        status: 'given',
        recordedOn: '2026-11-10',
        scope: 'Housing and health',
        lawfulBasis: 'consent',
      }),
    )
    const history = people.consentHistoryOf(app.ctx, grace.id)
    expect(history.map((c) => [c.status, c.recordedOn, c.recordedByName])).toEqual([
      ['given', '2026-11-10', 'Alex Admin'],
      ['refused', '2026-11-01', 'Alex Admin'],
    ])
    expect(caseRecord.get(app.ctx, family.id).subjectConsent).toBe('given')
    expect(() => app!.db.prepare("UPDATE consent_records SET status = 'given'").run()).toThrow('consent history is append-only')
  })
})

describe('lifecycle', () => {
  it('closes with a reason, reopens (counted), and records both in the timeline', () => {
    app = createTestApp('2026-11-01T10:00:00.000Z')
    const c = makeCase(app)
    expect(() => caseRecord.changeStatus(app!.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'closed' }))).toThrow(
      'Choose why the case is closing',
    )
    app.setNow('2026-11-02T10:00:00.000Z')
    caseRecord.changeStatus(app.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'closed', closureReason: 'moved_away' }))
    app.setNow('2026-11-03T10:00:00.000Z')
    const reopened = caseRecord.changeStatus(app.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'open' }))
    expect(reopened).toMatchObject({ status: 'open', reopenCount: 1, closureReason: null })
    const titles = timeline.forCase(app.ctx, c.id).map((entry) => entry.title)
    expect(titles).toEqual(['Status: Closed → Open', 'Status: Open → Closed', `Case ${c.reference} opened`])
  })

  it('flags non-engagement without closing the case', () => {
    app = createTestApp()
    const c = makeCase(app)
    const flagged = caseRecord.flagNonEngagement(app.ctx, { caseId: c.id, flagged: true, since: '2026-11-01', note: 'Three missed visits' })
    expect(flagged).toMatchObject({ status: 'open', nonEngagement: true, nonEngagementSince: '2026-11-01' })
  })

  it('an open case keeps its keyworker', () => {
    app = createTestApp()
    const c = makeCase(app)
    const update = caseUpdateInput.parse({
      caseId: c.id,
      title: c.title,
      keyworkerId: null,
      leadAgencyId: c.leadAgencyId,
      riskLevel: 'high',
      nextReviewDate: null,
    })
    expect(() => caseRecord.update(app!.ctx, update)).toThrow(
      expect.objectContaining({ fields: { keyworkerId: 'An open case must have a keyworker' } }),
    )
    expect(() => app!.db.prepare('UPDATE cases SET keyworker_id = NULL WHERE id = ?').run(c.id)).toThrow(
      'An open case must have a keyworker',
    )
  })

  it('edits the record in one go and keeps risk and keyworker changes in the history', () => {
    app = createTestApp()
    const c = makeCase(app)
    const sam = makeUser(app, { name: 'Sam Patel' })
    const updated = caseRecord.update(
      app.ctx,
      caseUpdateInput.parse({
        caseId: c.id,
        title: 'Okafor family',
        keyworkerId: sam.id,
        leadAgencyId: c.leadAgencyId,
        riskLevel: 'high',
        nextReviewDate: '2027-01-10',
        neighbourhood: 'Stretford',
        aspirations: 'Keep the flat',
        strengths: 'Close to her sister',
        needs: ['housing', 'debt', 'housing'],
      }),
    )
    expect(updated).toMatchObject({
      title: 'Okafor family',
      keyworkerName: 'Sam Patel',
      riskLevel: 'high',
      neighbourhood: 'Stretford',
      aspirations: 'Keep the flat',
      needs: ['debt', 'housing'],
    })
    expect(
      timeline
        .forCase(app.ctx, c.id)
        .map((entry) => entry.title)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Keyworker: Alex Admin → Sam Patel', 'Risk: Medium → High'])
  })
})

describe('agencies involved and demand', () => {
  it('counts agencies involved; one that steps back stays listed with its end date', () => {
    app = createTestApp()
    const c = makeCase(app)
    caseAgencies.add(app.ctx, {
      caseId: c.id,
      agencyId: app.agency('Police').id,
      contactName: 'PC Jones',
      contactDetails: '',
      since: '2026-10-01',
    })
    const withTwo = caseAgencies.add(app.ctx, {
      caseId: c.id,
      agencyId: app.agency('GP').id,
      contactName: 'Dr Rahman',
      contactDetails: '',
      since: '2026-10-02',
    })
    // The lead agency is involved too: the count is the length of the list the tables show.
    expect(withTwo.agencyCount).toBe(3)
    expect(withTwo.agencyNames).toEqual(
      [app.agency('GP').name, app.agency('Housing').name, app.agency('Police').name].sort((a, b) => a.localeCompare(b)),
    )
    expect(() =>
      caseAgencies.add(app!.ctx, {
        caseId: c.id,
        agencyId: app!.agency('GP').id,
        contactName: '',
        contactDetails: '',
        since: '2026-10-03',
      }),
    ).toThrow('GP practice is already involved in this case')
    const police = withTwo.agencies.find((a) => a.contactName === 'PC Jones')!
    const after = caseAgencies.end(app.ctx, { caseAgencyId: police.id, endedOn: '2026-11-01' })
    expect(after.agencyCount).toBe(2)
    expect(after.agencyNames).not.toContain(app.agency('Police').name)
    expect(after.agencies.find((a) => a.id === police.id)?.endedOn).toBe('2026-11-01')
    expect(cases.list(app.ctx)[0]).toMatchObject({ agencyCount: 2, agencyNames: after.agencyNames })
  })

  it('counts an agency that shared information at a meeting as involved, in the list and its count alike', () => {
    app = createTestApp()
    const c = makeCase(app)
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-22', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
    )
    const item = meeting.items.find((i) => i.caseId === c.id)!
    const me = meeting.attendees[0]!
    attendance.mark(app.ctx, { attendeeId: me.id, attendance: 'present', informationSent: false })
    attendance.agree(app.ctx, { attendeeId: me.id, agreed: true })
    meetings.start(app.ctx, meeting.id)
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: 'Police shared two call-outs.',
        agenciesShared: [app.agency('Police').id],
      }),
    )
    const listed = cases.list(app.ctx).find((row) => row.id === c.id)!
    expect(listed.agencyNames).toEqual([app.agency('Housing').name, app.agency('Police').name].sort((a, b) => a.localeCompare(b)))
    expect(listed.agencyCount).toBe(2)
  })

  it('records single events and counts for a period', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const c = makeCase(app)
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'ambulance', periodStart: '2026-11-20' }))
    const all = demand.add(
      app.ctx,
      demandInput.parse({ caseId: c.id, kind: 'police_incident', periodStart: '2026-01-01', periodEnd: '2026-03-31', count: 4 }),
    )
    expect(all.map((e) => [e.kind, e.periodStart, e.periodEnd, e.count])).toEqual([
      ['ambulance', '2026-11-20', '2026-11-20', 1],
      ['police_incident', '2026-01-01', '2026-03-31', 4],
    ])
    expect(() => demand.add(app!.ctx, demandInput.parse({ caseId: c.id, kind: 'ambulance', periodStart: '2026-12-01' }))).toThrow(
      'The date cannot be in the future',
    )
  })
})

describe('record rules the audit asked to pin down', () => {
  it('puts consent changes and triage entries in the timeline', () => {
    app = createTestApp('2026-11-01T10:00:00.000Z')
    const family = makeCase(app)
    const grace = addPerson(app, family.id, { role: 'subject', firstName: 'Grace', lastName: 'Okafor' })
    app.setNow('2026-11-02T10:00:00.000Z')
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: grace.id, status: 'refused', recordedOn: '2026-11-02', lawfulBasis: 'public_task' }),
    )
    app.setNow('2026-11-03T10:00:00.000Z')
    triage.create(
      app.ctx,
      triageInput.parse({
        receivedAt: '2026-11-03T09:00:00.000Z',
        source: 'police',
        subject: { mode: 'existing', caseId: family.id, personId: grace.id },
        summary: 'Neighbour dispute',
        riskLevel: 'medium',
        decisionCategory: 'early_help',
        decidedByUserId: app.admin.id,
      }),
    )
    const entries = timeline.forCase(app.ctx, family.id)
    expect(entries.map((e) => [e.kind, e.title])).toEqual([
      ['triage', 'Triage: Police incident, Medium risk, Early help'],
      ['consent', 'Consent to share: Refused (Grace Okafor)'],
      ['created', `Case ${family.reference} opened`],
    ])
    expect(entries[1]).toMatchObject({ detail: 'Public task (statutory duties)', by: 'Alex Admin' })
  })

  it('places each event at when it happened, not when it was typed in, and keeps when it was recorded', () => {
    // The hub weekend is typed in on the Friday after: the contact, the consent and the meeting all happened earlier.
    app = createTestApp('2026-11-20T16:00:00.000Z')
    const logged = triage.create(
      app.ctx,
      triageInput.parse({
        receivedAt: '2026-11-07T09:00:00.000Z',
        source: 'police',
        subject: { mode: 'new', kind: 'individual', title: '', person: { role: 'subject', firstName: 'Paul', lastName: 'Hughes' } },
        summary: 'Found in crisis at the station',
        riskLevel: 'high',
        decisionCategory: 'complex',
        decidedByUserId: app.admin.id,
      }),
    )
    const paul = caseRecord.get(app.ctx, logged.caseId).people[0]!
    people.recordConsent(
      app.ctx,
      consentInput.parse({
        personId: paul.id,
        status: 'given',
        recordedOn: '2026-11-07',
        scope: 'All agencies at the hub',
        lawfulBasis: 'consent',
      }),
    )
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'hub', date: '2026-11-08', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
    )
    const item = meeting.items.find((i) => i.caseId === logged.caseId)!
    const me = meeting.attendees[0]!
    attendance.mark(app.ctx, { attendeeId: me.id, attendance: 'present', informationSent: false })
    attendance.agree(app.ctx, { attendeeId: me.id, agreed: true })
    meetings.start(app.ctx, meeting.id)
    actions.raise(app.ctx, {
      itemId: item.id,
      description: 'Crisis team visit',
      ownerName: 'Sam Patel',
      ownerAgencyId: app.agency('Housing').id,
      dueDate: '2026-11-15',
    })
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: 'Plan agreed',
        direction: 'no_change',
        directionReason: 'First discussion',
      }),
    )

    const entries = timeline.forCase(app.ctx, logged.caseId)
    const at = (kind: string) => entries.find((e) => e.kind === kind)!
    // Oldest last: the contact and the case it opened, then the consent that day, then the hub meeting and its action.
    expect(at('created')).toMatchObject({ at: '2026-11-07T09:00:00.000Z', recordedAt: '2026-11-20T16:00:00.000Z' })
    expect(at('consent')).toMatchObject({ at: '2026-11-07T23:59:00.000Z', dateOnly: true, recordedAt: '2026-11-20T16:00:00.000Z' })
    expect(at('meeting').at).toBe('2026-11-08T10:00:00.000Z')
    expect(at('action')).toMatchObject({
      at: '2026-11-08T10:00:00.000Z',
      title: 'Action agreed: Crisis team visit (Sam Patel, Housing trust)',
      recordedAt: '2026-11-20T16:00:00.000Z',
    })
    const order = entries.map((e) => e.kind)
    expect(order.indexOf('created')).toBeGreaterThan(order.indexOf('meeting'))
    expect(order.indexOf('consent')).toBeGreaterThan(order.indexOf('meeting'))
    expect(order.at(-1)).toBe('created')
  })

  it('refuses a viewer on every case-record write, and changes nothing', () => {
    app = createTestApp()
    const c = makeCase(app)
    const grace = addPerson(app, c.id, { role: 'subject', firstName: 'Grace', lastName: 'Okafor' })
    const viewer = makeUser(app, { name: 'Vic Viewer', role: 'viewer' })
    signInAs(app, viewer)
    const forbidden = expect.objectContaining({ code: 'forbidden' })
    expect(() =>
      caseRecord.update(
        app!.ctx,
        caseUpdateInput.parse({
          caseId: c.id,
          title: 'Renamed',
          keyworkerId: app!.admin.id,
          leadAgencyId: c.leadAgencyId,
          riskLevel: 'high',
          nextReviewDate: null,
        }),
      ),
    ).toThrow(forbidden)
    expect(() => caseRecord.changeStatus(app!.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'review' }))).toThrow(forbidden)
    expect(() => caseRecord.flagNonEngagement(app!.ctx, { caseId: c.id, flagged: true, since: null, note: '' })).toThrow(forbidden)
    expect(() => addPerson(app!, c.id, { role: 'child', firstName: 'Tobi' })).toThrow(forbidden)
    expect(() => people.update(app!.ctx, grace.id, personInput.parse({ role: 'subject', firstName: 'G' }))).toThrow(forbidden)
    expect(() =>
      people.recordConsent(
        app!.ctx,
        consentInput.parse({ personId: grace.id, status: 'given', recordedOn: '2026-11-01', scope: 'Housing', lawfulBasis: 'consent' }),
      ),
    ).toThrow(forbidden)
    expect(() =>
      caseAgencies.add(app!.ctx, {
        caseId: c.id,
        agencyId: app!.agency('Police').id,
        contactName: '',
        contactDetails: '',
        since: '2026-10-01',
      }),
    ).toThrow(forbidden)
    expect(() => demand.add(app!.ctx, demandInput.parse({ caseId: c.id, kind: 'ambulance', periodStart: '2026-11-20' }))).toThrow(forbidden)
    // Reading is still allowed, and nothing changed.
    const detail = caseRecord.get(app.ctx, c.id)
    expect(detail).toMatchObject({ title: 'The Okafor family', status: 'open', nonEngagement: false, agencyCount: 1, subjectConsent: null }) // the lead agency alone
    expect(detail.people.map((p) => p.firstName)).toEqual(['Grace'])
    expect(demand.listFor(app.ctx, c.id)).toEqual([])
  })

  it('refuses a consent date in the future and records nothing', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const c = makeCase(app)
    const grace = addPerson(app, c.id, { role: 'subject', firstName: 'Grace' })
    expect(() =>
      people.recordConsent(
        app!.ctx,
        consentInput.parse({
          personId: grace.id,
          status: 'given',
          recordedOn: '2026-11-23',
          scope: 'Housing and health',
          lawfulBasis: 'consent',
        }),
      ),
    ).toThrow(expect.objectContaining({ fields: { recordedOn: 'The date cannot be in the future' } }))
    expect(people.consentHistoryOf(app.ctx, grace.id)).toEqual([])
  })

  it('refuses a status change the lifecycle does not allow, at the field, and changes nothing', () => {
    app = createTestApp()
    const c = makeCase(app)
    expect(() => caseRecord.changeStatus(app!.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'referred' }))).toThrow(
      expect.objectContaining({ fields: { to: 'A case cannot go from open to referred' } }),
    )
    expect(() => caseRecord.changeStatus(app!.ctx, caseTransitionInput.parse({ caseId: c.id, to: 'open' }))).toThrow(
      'The case is already open',
    )
    expect(caseRecord.get(app.ctx, c.id).status).toBe('open')
    expect(timeline.forCase(app.ctx, c.id).map((e) => e.kind)).toEqual(['created'])
  })

  it('records demand for one person or the whole case, and names whose it is', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const c = makeCase(app)
    const grace = addPerson(app, c.id, { role: 'subject', firstName: 'Grace', lastName: 'Okafor' })
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'ae_attendance', periodStart: '2026-11-20', personId: grace.id }))
    const all = demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'housing', periodStart: '2026-11-01' }))
    expect(all.map((e) => [e.kind, e.personName])).toEqual([
      ['ae_attendance', 'Grace Okafor'],
      ['housing', null],
    ])
    const other = makeCase(app, { title: 'Other' })
    const stranger = addPerson(app, other.id, { role: 'subject', firstName: 'Sol' })
    expect(() =>
      demand.add(app!.ctx, demandInput.parse({ caseId: c.id, kind: 'ambulance', periodStart: '2026-11-20', personId: stranger.id })),
    ).toThrow(expect.objectContaining({ fields: { personId: 'That person is not part of this case' } }))
  })
})
