import { afterEach, describe, expect, it } from 'vitest'
import * as agenda from '../../electron/main/services/agenda'
import * as agencies from '../../electron/main/services/agencies'
import * as caseAgencies from '../../electron/main/services/caseAgencies'
import * as demand from '../../electron/main/services/demand'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as meetings from '../../electron/main/services/meetings'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import * as cases from '../../electron/main/services/cases'
import * as people from '../../electron/main/services/people'
import * as search from '../../electron/main/services/search'
import * as triage from '../../electron/main/services/triage'
import * as timeline from '../../electron/main/services/timeline'
import { caseSearchInput } from '../../shared/domain/record/caseEdits'
import { demandInput } from '../../shared/domain/record/demand'
import { personInput } from '../../shared/domain/record/people'
import { retriageInput, triageInput, type TriageInput } from '../../shared/domain/record/triage'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function validInput(test: TestApp): TriageInput {
  return {
    receivedAt: test.ctx.now().toISOString(),
    source: 'police',
    subject: { mode: 'existing', caseId: '00000000-0000-4000-8000-000000000000', personId: null },
    summary: 'A call',
    riskLevel: 'low',
    decisionCategory: 'nfa',
    decidedByUserId: test.admin.id,
  }
}

function logContact(test: TestApp, overrides: Partial<TriageInput> = {}) {
  return triage.create(
    test.ctx,
    triageInput.parse({
      receivedAt: test.ctx.now().toISOString(),
      source: 'police',
      sourceReference: 'GMP-123',
      subject: {
        mode: 'new',
        kind: 'individual',
        person: { role: 'subject', firstName: 'Dan', lastName: 'Whitaker', dateOfBirth: '1979-08-14' },
      },
      summary: 'Found distressed on the bridge; third call this month.',
      riskLevel: 'high',
      riskFactors: ['Suicidal thoughts'],
      decisionCategory: 'complex',
      meetingReasons: ['visible_high_risk'],
      decidedByUserId: test.admin.id,
      bringToNextMeeting: true,
      ...overrides,
    }),
  )
}

describe('triage', () => {
  it('opens a new case for a new person, with the assessment on the case', () => {
    app = createTestApp('2026-11-22T09:30:00.000Z')
    const entry = logContact(app)
    expect(entry).toMatchObject({
      caseReference: 'RT-2026-0001',
      caseTitle: 'Dan Whitaker',
      personName: 'Dan Whitaker',
      isRepeat: false,
      riskLevel: 'high',
      decisionCategory: 'complex',
      bringToNextMeeting: true,
    })
    const detail = caseRecord.get(app.ctx, entry.caseId)
    expect(detail).toMatchObject({
      status: 'triage',
      keyworkerId: null,
      riskLevel: 'high',
      triageCategory: 'complex',
      bringToNextMeeting: true,
      referralCount: 1,
      leadAgencyName: 'Council adult social care',
    })
    expect(detail.people.map((p) => [p.role, p.firstName, p.dateOfBirth])).toEqual([['subject', 'Dan', '1979-08-14']])
    // The contact's summary is where the case's own story starts.
    expect(detail.summary).toBe('Found distressed on the bridge; third call this month.')
  })

  it('titles a new family case after the household, not the one person the contact was about', () => {
    app = createTestApp('2026-11-22T09:30:00.000Z')
    const family = logContact(app, {
      subject: { mode: 'new', kind: 'family', title: '', person: { role: 'subject', firstName: 'Sarah', lastName: 'Jones' } },
    })
    expect(family).toMatchObject({ caseTitle: 'Jones family', personName: 'Sarah Jones' })
    // A typed title still wins, and an individual keeps the person's name.
    const typed = logContact(app, {
      subject: {
        mode: 'new',
        kind: 'family',
        title: 'The Jones-Okafor household',
        person: { role: 'subject', firstName: 'Ade', lastName: 'Okafor' },
      },
    })
    expect(typed.caseTitle).toBe('The Jones-Okafor household')
    const individual = logContact(app, {
      subject: { mode: 'new', kind: 'individual', title: '', person: { role: 'subject', firstName: 'Sam', lastName: 'Lee' } },
    })
    expect(individual.caseTitle).toBe('Sam Lee')
  })

  it('links a later contact to the existing case and flags it as a repeat within 12 months', () => {
    app = createTestApp('2026-03-01T09:00:00.000Z')
    const first = logContact(app)
    app.setNow('2026-11-22T09:00:00.000Z')
    const check = triage.checkRepeat(app.ctx, { caseId: first.caseId, receivedAt: '2026-11-22T09:00:00.000Z' })
    expect(check.isRepeat).toBe(true)
    expect(check.previous.map((p) => p.id)).toEqual([first.id])
    const second = logContact(app, {
      subject: { mode: 'existing', caseId: first.caseId, personId: null },
      riskLevel: 'medium',
      decisionCategory: 'early_help',
    })
    expect(second).toMatchObject({ caseReference: 'RT-2026-0001', isRepeat: true })
    expect(cases.list(app.ctx)).toHaveLength(1)
    expect(caseRecord.get(app.ctx, first.caseId)).toMatchObject({ riskLevel: 'medium', triageCategory: 'early_help', referralCount: 2 })
    expect(timeline.forCase(app.ctx, first.caseId).map((e) => e.title)).toContain('Risk: High → Medium')
  })

  it('does not flag a contact more than 12 months after the last one', () => {
    app = createTestApp('2025-11-01T09:00:00.000Z')
    const first = logContact(app)
    app.setNow('2026-11-22T09:00:00.000Z')
    expect(logContact(app, { subject: { mode: 'existing', caseId: first.caseId, personId: null } }).isRepeat).toBe(false)
  })

  it('a contact for a case discussed at a meeting in the last 12 months is a repeat', () => {
    app = createTestApp('2026-06-01T09:00:00.000Z')
    const c = makeCase(app, { title: 'Known family' })
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-06-01', time: '10:00', location: '', chairId: app.admin.id }),
    )
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: meeting.items[0]!.id, done: true }))
    app.setNow('2026-11-22T09:00:00.000Z')
    expect(triage.checkRepeat(app.ctx, { caseId: c.id, receivedAt: '2026-11-22T09:00:00.000Z' })).toEqual({
      isRepeat: true,
      escalationDue: false,
      policeIncidents: 0,
      previous: [],
      discussedOn: ['2026-06-01'],
    })
    expect(logContact(app, { subject: { mode: 'existing', caseId: c.id, personId: null } }).isRepeat).toBe(true)
  })

  it('re-triage keeps the earlier assessment and can only replace the latest', () => {
    app = createTestApp('2026-11-20T09:00:00.000Z')
    const first = logContact(app)
    app.setNow('2026-11-22T09:00:00.000Z')
    const again = triage.retriage(
      app.ctx,
      retriageInput.parse({
        entryId: first.id,
        riskLevel: 'low',
        decisionCategory: 'early_help',
        decisionNotes: 'Now staying with his sister',
        decidedByUserId: app.admin.id,
      }),
    )
    expect(again).toMatchObject({ supersedesId: first.id, riskLevel: 'low', summary: first.summary, receivedAt: first.receivedAt })
    const log = triage.list(app.ctx)
    expect(log.find((e) => e.id === first.id)).toMatchObject({ riskLevel: 'high', supersededById: again.id })
    expect(caseRecord.get(app.ctx, first.caseId)).toMatchObject({ riskLevel: 'low', triageCategory: 'early_help', referralCount: 1 })
    expect(() =>
      triage.retriage(
        app!.ctx,
        retriageInput.parse({
          entryId: first.id,
          riskLevel: 'low',
          decisionCategory: 'nfa',
          decisionNotes: 'x',
          decidedByUserId: app!.admin.id,
        }),
      ),
    ).toThrow('This assessment has already been replaced by a later one. Re-triage the latest instead.')
  })

  it('saves nothing when the new person is invalid (one transaction per action)', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    expect(() =>
      logContact(app!, {
        subject: { mode: 'new', kind: 'individual', person: { role: 'subject', firstName: 'Baby', dateOfBirth: '2027-02-01' } },
      }),
    ).toThrow(expect.objectContaining({ fields: { 'subject.person.dateOfBirth': 'Date of birth must be today or in the past' } }))
    expect(cases.list(app.ctx)).toEqual([])
    expect(triage.list(app.ctx)).toEqual([])
    expect(logContact(app).caseReference).toBe('RT-2026-0001')
  })

  it('names what is wrong with the time received, with the same messages as the form', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const fieldsFor = (receivedAt: string) =>
      triageInput.safeParse({ ...validInput(app!), receivedAt }).error?.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(fieldsFor('2026-02-31T10:00:00.000Z')).toEqual([['receivedAt', '31/02/2026 is not a real date']])
    expect(fieldsFor('2026-02-01T25:61:00.000Z')).toEqual([['receivedAt', 'Enter the time as HH:MM, e.g. 14:30']])
    expect(fieldsFor('2/12/26 10:00')).toEqual([['receivedAt', 'Enter the year in full, e.g. 2026']])
    expect(fieldsFor('yesterday')).toEqual([['receivedAt', 'Enter when the contact was received']])
    expect(fieldsFor('2026-02-01T10:00:00.000Z')).toBeUndefined()
  })

  it('opens the new case with the lead agency the triager chose, and refuses a retired one without saving anything', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const childrens = agencies.list(app.ctx, false).find((agency) => agency.shortName === 'CSC')!
    const person = { role: 'subject' as const, firstName: 'Kai', lastName: 'Morris', dateOfBirth: '2011-03-02' }
    const entry = logContact(app, { subject: { mode: 'new', kind: 'individual', person, leadAgencyId: childrens.id } })
    expect(caseRecord.get(app.ctx, entry.caseId).leadAgencyName).toBe("Council children's services")

    const fire = agencies.list(app.ctx, false).find((agency) => agency.shortName === 'Fire')!
    agencies.setActive(app.ctx, fire.id, false)
    expect(() =>
      logContact(app!, { subject: { mode: 'new', kind: 'individual', person: { ...person, firstName: 'Ava' }, leadAgencyId: fire.id } }),
    ).toThrow(expect.objectContaining({ fields: { 'subject.leadAgencyId': 'Choose an active lead agency' } }))
    expect(cases.list(app.ctx).map((c) => c.title)).toEqual(['Kai Morris'])
    expect(triage.list(app.ctx)).toHaveLength(1)
  })

  it('refuses a contact received in the future and a person from another case', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    expect(() => logContact(app!, { receivedAt: '2026-11-22T10:00:00.000Z' })).toThrow(
      'The contact cannot have been received in the future',
    )
    const a = makeCase(app, { title: 'A' })
    const b = makeCase(app, { title: 'B' })
    const person = people.add(app.ctx, b.id, personInput.parse({ role: 'subject', firstName: 'Bea' }))
    expect(() => logContact(app!, { subject: { mode: 'existing', caseId: a.id, personId: person.id } })).toThrow(
      'That person is not part of this case',
    )
  })
})

describe('finding people already known (likely duplicates)', () => {
  it('finds a person by a misspelt name, a swapped date of birth, an NHS number or a reference', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const entry = logContact(app)
    const family = makeCase(app, { title: 'The Okafor family' })
    people.add(
      app.ctx,
      family.id,
      personInput.parse({ role: 'subject', firstName: 'Grace', lastName: 'Okafor', dateOfBirth: '1990-06-01', nhsNumber: '9434765919' }),
    )

    const find = (text: string, dateOfBirth: string | null = null) => search.search(app!.ctx, caseSearchInput.parse({ text, dateOfBirth }))
    expect(find('Dan Whitaer').map((r) => [r.reference, r.personName, r.reasons])).toEqual([
      ['RT-2026-0001', 'Dan Whitaker', ['Similar surname', 'Same first name']],
    ])
    expect(find('', '1990-01-06').map((r) => [r.personName, r.reasons])).toEqual([
      ['Grace Okafor', ['Date of birth with day and month swapped']],
    ])
    expect(find('', '1979-08-14').map((r) => r.reasons)).toEqual([['Same date of birth']])
    expect(find('943 476 5919').map((r) => [r.reference, r.reasons])).toEqual([['RT-2026-0002', ['NHS number']]])
    expect(find('rt-2026-0001').map((r) => [r.caseId, r.reasons])).toEqual([[entry.caseId, ['Reference']]])
    // The family's title and Grace both match: one line, for Grace.
    expect(find('okafor').map((r) => [r.personName, r.reasons])).toEqual([['Grace Okafor', ['Same surname']]])
    expect(find('Smith')).toEqual([])
  })
})

describe('triage rules the audit asked to pin down', () => {
  it('records the meeting reasons the practitioner left ticked, and the repeat apart from them', () => {
    app = createTestApp('2026-11-01T09:00:00.000Z')
    const first = logContact(app)
    app.setNow('2026-11-22T09:00:00.000Z')
    // The form ticked "repeat" and the practitioner unticked it: it stays unticked, brought or not.
    const unticked = logContact(app, {
      subject: { mode: 'existing', caseId: first.caseId, personId: null },
      meetingReasons: ['professional_judgement'],
      bringToNextMeeting: true,
    })
    expect(unticked).toMatchObject({ isRepeat: true, meetingReasons: ['professional_judgement'] })
    const kept = logContact(app, {
      subject: { mode: 'existing', caseId: first.caseId, personId: null },
      meetingReasons: ['repeat'],
      bringToNextMeeting: false,
    })
    expect(kept).toMatchObject({ isRepeat: true, meetingReasons: ['repeat'] })
    const firstSeen = triage.list(app.ctx).find((entry) => entry.id === first.id)
    expect(firstSeen?.isRepeat).toBe(false)
  })

  it('suggests escalation when demand shows 3 or more police incidents in the 12 months to the contact', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app)
    const check = () => triage.checkRepeat(app!.ctx, { caseId: c.id, receivedAt: '2026-11-22T09:00:00.000Z' })
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'police_incident', periodStart: '2025-06-01' })) // outside the window
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'ambulance', periodStart: '2026-11-01', count: 5 })) // not police
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'police_incident', periodStart: '2026-10-01' }))
    expect(check()).toMatchObject({ escalationDue: false, policeIncidents: 1 })
    demand.add(
      app.ctx,
      demandInput.parse({ caseId: c.id, kind: 'police_incident', periodStart: '2026-07-01', periodEnd: '2026-09-30', count: 2 }),
    )
    expect(check()).toMatchObject({ escalationDue: true, policeIncidents: 3 })
  })

  it('counts police contacts triaged on the case towards escalation, and the contact being logged when it is from the police', () => {
    app = createTestApp('2026-09-01T09:00:00.000Z')
    const c = makeCase(app)
    const onCase = { subject: { mode: 'existing' as const, caseId: c.id, personId: null } }
    logContact(app, { ...onCase, receivedAt: '2026-09-01T08:00:00.000Z' })
    app.setNow('2026-10-01T09:00:00.000Z')
    logContact(app, { ...onCase, receivedAt: '2026-10-01T08:00:00.000Z', source: 'ambulance' })
    const second = logContact(app, { ...onCase, receivedAt: '2026-10-01T08:30:00.000Z' })
    // A re-triage is the same contact assessed again, not another incident.
    triage.retriage(
      app.ctx,
      retriageInput.parse({
        entryId: second.id,
        riskLevel: 'high',
        decisionCategory: 'complex',
        decisionNotes: 'Worse',
        decidedByUserId: app.admin.id,
      }),
    )
    app.setNow('2026-11-22T09:00:00.000Z')
    const check = (source?: 'police' | 'gp') =>
      triage.checkRepeat(app!.ctx, { caseId: c.id, receivedAt: '2026-11-22T09:00:00.000Z', ...(source ? { source } : {}) })
    expect(check('gp')).toMatchObject({ escalationDue: false, policeIncidents: 2 })
    expect(check('police')).toMatchObject({ escalationDue: true, policeIncidents: 3 })
    // The first call was also recorded as demand that day: still one incident.
    demand.add(app.ctx, demandInput.parse({ caseId: c.id, kind: 'police_incident', periodStart: '2026-09-01' }))
    expect(check()).toMatchObject({ escalationDue: false, policeIncidents: 2 })
  })

  it('a new case opened for someone already on another case is still a repeat', () => {
    app = createTestApp('2026-10-01T09:00:00.000Z')
    const first = logContact(app)
    app.setNow('2026-11-22T09:00:00.000Z')
    const again = logContact(app, {
      subject: {
        mode: 'new',
        kind: 'individual',
        person: { role: 'subject', firstName: 'dan', lastName: 'WHITAKER', dateOfBirth: '1979-08-14' },
      },
    })
    expect(again.caseId).not.toBe(first.caseId)
    expect(again.isRepeat).toBe(true)
    // Same name, another date of birth: a different person.
    const other = logContact(app, {
      subject: {
        mode: 'new',
        kind: 'individual',
        person: { role: 'subject', firstName: 'Dan', lastName: 'Whitaker', dateOfBirth: '1980-01-01' },
      },
    })
    expect(other.isRepeat).toBe(false)
  })

  it('re-triage can change risk factors, meeting reasons and "bring to next meeting"', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const first = logContact(app, { bringToNextMeeting: false, meetingReasons: [] })
    const again = triage.retriage(
      app.ctx,
      retriageInput.parse({
        entryId: first.id,
        riskLevel: 'high',
        riskFactors: ['Weapons'],
        decisionCategory: 'safeguarding',
        meetingReasons: ['visible_high_risk'],
        bringToNextMeeting: true,
        decisionNotes: 'Knife found',
        decidedByUserId: app.admin.id,
      }),
    )
    expect(again).toMatchObject({ riskFactors: ['Weapons'], meetingReasons: ['visible_high_risk'], bringToNextMeeting: true })
    expect(triage.list(app.ctx).find((e) => e.id === first.id)).toMatchObject({
      riskFactors: ['Suicidal thoughts'],
      meetingReasons: [],
      bringToNextMeeting: false,
    })
    expect(caseRecord.get(app.ctx, first.caseId).bringToNextMeeting).toBe(true)
  })

  it('log entries carry the case status, keyworker, agencies, neighbourhood and consent the log filters on', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app, { title: 'The Okafor family' })
    caseAgencies.add(app.ctx, { caseId: c.id, agencyId: app.agency('Police').id, contactName: '', contactDetails: '', since: '2026-10-01' })
    const entry = logContact(app, { subject: { mode: 'existing', caseId: c.id, personId: null } })
    expect(entry).toMatchObject({
      caseStatus: 'open',
      keyworkerName: 'Alex Admin',
      agencyNames: ['Housing trust', 'Police'],
      neighbourhood: '',
      subjectConsent: null,
    })
  })

  it('search by reference also finds the police or source reference of a contact', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const entry = logContact(app, { sourceReference: 'GMP-20261122-0417' })
    const found = search.search(app.ctx, caseSearchInput.parse({ text: '0417', dateOfBirth: null }))
    expect(found.map((r) => [r.caseId, r.reasons])).toEqual([[entry.caseId, ['Source reference']]])
  })
})

describe('timeline times', () => {
  it('places a meeting at its London time (an hour before UTC in summer)', () => {
    app = createTestApp('2026-06-01T08:00:00.000Z')
    const c = makeCase(app, { title: 'Known family' })
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-06-01', time: '10:00', location: '', chairId: app.admin.id }),
    )
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: meeting.items[0]!.id, done: true }))
    const discussed = timeline.forCase(app.ctx, c.id).find((entry) => entry.kind === 'meeting')
    expect(discussed?.at).toBe('2026-06-01T09:00:00.000Z')
  })
})

describe('undo a contact just saved', () => {
  it('takes back a contact that opened a case: the case goes and its reference number is given back', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const entry = logContact(app)
    app.setNow('2026-11-22T09:00:05.000Z')
    expect(triage.undo(app.ctx, { entryId: entry.id })).toEqual({ caseId: entry.caseId, caseRemoved: true })
    expect(triage.list(app.ctx)).toEqual([])
    expect(cases.list(app.ctx)).toEqual([])
    // Gap-free: the next case gets the same number.
    expect(logContact(app).caseReference).toBe('RT-2026-0001')
  })

  it('takes back a contact on a known case and puts its risk, decision and "bring" back', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'low' })
    const entry = logContact(app, {
      subject: { mode: 'existing', caseId: c.id, personId: null },
      riskLevel: 'high',
      decisionCategory: 'complex',
      bringToNextMeeting: true,
    })
    expect(caseRecord.get(app.ctx, c.id)).toMatchObject({ riskLevel: 'high', triageCategory: 'complex', bringToNextMeeting: true })
    triage.undo(app.ctx, { entryId: entry.id })
    expect(caseRecord.get(app.ctx, c.id)).toMatchObject({
      riskLevel: 'low',
      triageCategory: null,
      bringToNextMeeting: false,
      referralCount: 0,
    })
    expect(timeline.forCase(app.ctx, c.id).map((e) => e.kind)).toEqual(['created'])
  })

  it('undoes from its own record, which goes with the contact and is pruned once past the window', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app, { riskLevel: 'low' })
    const undoRows = () => app!.db.prepare('SELECT triage_id, opened_case, risk_before, risk_change_id FROM triage_undo').all()
    const known = logContact(app, { subject: { mode: 'existing', caseId: c.id, personId: null }, riskLevel: 'high' })
    const riskChange = app.db.prepare("SELECT id FROM case_changes WHERE case_id = ? AND kind = 'risk'").get(c.id) as { id: string }
    expect(undoRows()).toEqual([{ triage_id: known.id, opened_case: 0, risk_before: 'low', risk_change_id: riskChange.id }])
    // The audit row says what happened, not how to undo it.
    const created = app.db.prepare("SELECT detail FROM audit_log WHERE entity = 'triage' AND entity_id = ?").get(known.id) as {
      detail: string
    }
    expect(JSON.parse(created.detail)).toEqual({ caseId: c.id })

    app.setNow('2026-11-22T09:00:40.000Z')
    const opened = logContact(app)
    expect(undoRows()).toEqual([{ triage_id: opened.id, opened_case: 1, risk_before: null, risk_change_id: null }])
    triage.undo(app.ctx, { entryId: opened.id })
    expect(undoRows()).toEqual([])
    expect(() => caseRecord.get(app!.ctx, opened.caseId)).toThrow('The case was not found')
  })

  it('refuses after the time allowed, for someone else, or once more has been recorded, and changes nothing', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const entry = logContact(app)
    people.add(app.ctx, entry.caseId, personInput.parse({ role: 'child', firstName: 'Tobi' }))
    expect(() => triage.undo(app!.ctx, { entryId: entry.id })).toThrow(
      'The new case has been added to since: re-triage instead of undoing.',
    )
    const second = logContact(app, { subject: { mode: 'existing', caseId: entry.caseId, personId: null } })
    // The window is the shared rule (TRIAGE_UNDO_SECONDS): 30 s is still in time, 31 s is too late.
    app.setNow('2026-11-22T09:00:31.000Z')
    expect(() => triage.undo(app!.ctx, { entryId: second.id })).toThrow('It is too late to undo this contact: re-triage it instead.')
    app.setNow('2026-11-22T09:00:10.000Z')
    const other = makeUser(app, { name: 'Sam Patel' })
    signInAs(app, other)
    expect(() => triage.undo(app!.ctx, { entryId: second.id })).toThrow('Only the person who logged this contact can undo it.')
    signInAs(app, app.admin)
    expect(triage.list(app.ctx)).toHaveLength(2)
    expect(caseRecord.get(app.ctx, entry.caseId).people).toHaveLength(2)
  })
})
