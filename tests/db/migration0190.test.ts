import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../electron/main/db/connection'
import { migrate, schemaVersion } from '../../electron/main/db/migrate'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as caseAgencies from '../../electron/main/services/caseAgencies'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import * as triage from '../../electron/main/services/triage'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { triageInput } from '../../shared/domain/record/triage'
import { createTestApp, createTestDb, makeCase, signInAs, TEST_PASSPHRASE, type TestApp, type TestDb } from '../helpers/db'
import { appHandlers } from '../helpers/handlers'
import * as tablePages from '../../electron/main/services/tablePages'
import { meetingPageInput } from '../../shared/domain/tablePages'

let testDb: TestDb | undefined
let app: TestApp | undefined
afterEach(() => {
  testDb?.cleanup()
  app?.cleanup()
  testDb = undefined
  app = undefined
})

type Row = Record<string, unknown>
const all = (db: Db, sql: string) => db.prepare<[], Row>(sql).all()

/**
 * The summaries worked out again in plain code from the source tables, by
 * the rules the old list queries used, never from the summary tables.
 */
function recompute(db: Db) {
  const cases = all(db, 'SELECT * FROM cases')
  const peopleRows = all(db, 'SELECT * FROM people')
  const consent = all(db, 'SELECT rowid AS rowid, * FROM consent_records')
  const triageRows = all(db, 'SELECT * FROM triage_entries')
  const involvements = all(db, 'SELECT * FROM case_agencies')
  const items = all(db, 'SELECT i.*, m.date AS m_date, m.time AS m_time FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id')
  const actionRows = all(db, 'SELECT * FROM actions')
  const updates = all(db, 'SELECT rowid AS rowid, * FROM action_updates')
  const agencyName = new Map(all(db, 'SELECT id, name FROM agencies').map((a) => [a.id, a.name as string]))
  const userName = new Map(all(db, 'SELECT id, name FROM users').map((u) => [u.id, u.name as string]))

  const summaries = cases.map((c) => {
    const mine = peopleRows.filter((p) => p.case_id === c.id)
    const subject = mine.find((p) => p.role === 'subject')
    const current = subject
      ? consent
          .filter((r) => r.person_id === subject.id)
          .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || Number(b.rowid) - Number(a.rowid))[0]
      : undefined
    const agencyIds = new Set<string>([c.lead_agency_id as string])
    for (const ca of involvements) if (ca.case_id === c.id && ca.ended_on === null) agencyIds.add(ca.agency_id as string)
    for (const item of items)
      if (item.case_id === c.id)
        for (const shared of JSON.parse(item.agencies_shared as string) as string[]) if (agencyName.has(shared)) agencyIds.add(shared)
    const direction = items
      .filter((i) => i.case_id === c.id && i.direction !== null && i.removed === 0)
      .sort((a, b) => `${String(b.m_date)}T${String(b.m_time)}`.localeCompare(`${String(a.m_date)}T${String(a.m_time)}`))[0]
    const contacts = triageRows.filter((t) => t.case_id === c.id)
    const names = [...agencyIds].map((a) => agencyName.get(a) as string).sort()
    return {
      case_id: c.id,
      reference: c.reference,
      status: c.status,
      risk_level: c.risk_level,
      keyworker_id: c.keyworker_id,
      keyworker_name: c.keyworker_id === null ? null : userName.get(c.keyworker_id),
      lead_agency_name: agencyName.get(c.lead_agency_id),
      next_review_date: c.next_review_date,
      subject_name: subject ? `${String(subject.first_name)} ${String(subject.last_name)}`.trim() : null,
      subject_consent: current?.status ?? null,
      consent_given: current?.status === 'given' ? 1 : 0,
      referral_count: contacts.filter((t) => t.supersedes_id === null).length,
      agency_names: names.length ? names.join('\u001f') : null,
      agency_count: names.length,
      last_direction: direction?.direction ?? null,
      open_action_count: actionRows.filter((a) => a.case_id === c.id && a.status === 'open').length,
      last_contact_at:
        contacts
          .map((t) => t.received_at as string)
          .sort()
          .at(-1) ?? null,
      names: mine.map((p) => `${String(p.first_name)} ${String(p.last_name)}`.toLowerCase()),
    }
  })
  const involved = cases.flatMap((c) => {
    const found = summaries.find((s) => s.case_id === c.id)!
    return all(db, 'SELECT id, name FROM agencies')
      .filter((a) => found.agency_names?.split('\u001f').includes(a.name as string))
      .map((a) => ({ case_id: c.id, agency_id: a.id }))
  })
  const actionStats = actionRows.map((a) => {
    const mine = updates.filter((u) => u.action_id === a.id)
    const latest = [...mine].sort(
      (x, y) => String(y.created_at).localeCompare(String(x.created_at)) || Number(y.rowid) - Number(x.rowid),
    )[0]
    return {
      action_id: a.id,
      case_id: a.case_id,
      meetings_carried: mine.filter((u) => u.outcome === 'open').length,
      latest_outcome: latest?.outcome ?? null,
    }
  })
  return { summaries, involved, actionStats }
}

const byKey = <T extends Row>(rows: T[], key: keyof T) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])))

function expectInStep(db: Db) {
  const expected = recompute(db)
  const stored = all(
    db,
    `SELECT case_id, reference, status, risk_level, keyworker_id, keyworker_name, lead_agency_name, next_review_date, subject_name, subject_consent,
            consent_given, referral_count, agency_names, agency_count, last_direction, open_action_count, last_contact_at, search_text FROM case_summaries`,
  )
  const withoutText = stored.map(({ search_text: _text, ...rest }) => rest)
  expect(byKey(withoutText, 'case_id')).toEqual(
    byKey(
      expected.summaries.map(({ names: _names, ...rest }) => rest),
      'case_id',
    ),
  )
  // Everyone's name is in the case's search text.
  for (const summary of expected.summaries) {
    const text = stored.find((row) => row.case_id === summary.case_id)!.search_text as string
    for (const name of summary.names) expect(text).toContain(name)
  }
  // Compared as sets of (case, agency) pairs: a case with two agencies has no order between them.
  const pairs = (rows: Row[]) => rows.map((row) => `${String(row.case_id)} ${String(row.agency_id)}`).sort()
  expect(pairs(all(db, 'SELECT case_id, agency_id FROM case_involved_agencies'))).toEqual(pairs(expected.involved))
  expect(byKey(all(db, 'SELECT action_id, case_id, meetings_carried, latest_outcome FROM action_summaries'), 'action_id')).toEqual(
    byKey(expected.actionStats, 'action_id'),
  )
}

describe('migration 0190: summaries for the tables', () => {
  it('upgrades a version-181 database with rows and fills every summary', () => {
    testDb = createTestDb({ upTo: 181 })
    const { db } = testDb
    const now = '2026-11-22T10:00:00.000Z'
    db.prepare(
      "INSERT INTO agencies (id, name, short_name, active, created_at, updated_at) VALUES ('a1', 'Police', 'Police', 1, ?, ?), ('a2', 'Housing', 'Housing', 1, ?, ?)",
    ).run(now, now, now, now)
    db.prepare(
      "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES ('u1', 'Kim Chair', 'a1', 'chair', 1, ?, ?)",
    ).run(now, now)
    db.prepare(
      `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, next_review_date, neighbourhood, created_at, updated_at)
       VALUES ('c1', 'RT-2026-0001', 'individual', 'Mr Okafor', 'open', 'u1', 'a1', 'high', '2026-12-01', 'Northside', ?, ?),
              ('c2', 'RT-2026-10000', 'family', 'The Smiths', 'triage', NULL, 'a2', 'low', NULL, '', ?, ?)`,
    ).run(now, now, now, now)
    db.prepare(
      "INSERT INTO people (id, case_id, role, first_name, last_name, nhs_number, created_at, updated_at) VALUES ('p1', 'c1', 'subject', 'Adaeze', 'Okafor', '9434765919', ?, ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO consent_records (id, person_id, status, lawful_basis, recorded_by, created_at, updated_at) VALUES ('k1', 'p1', 'refused', 'consent', 'u1', '2026-11-01T00:00:00Z', ?), ('k2', 'p1', 'given', 'consent', 'u1', '2026-11-02T00:00:00Z', ?)",
    ).run(now, now)
    db.prepare(
      "INSERT INTO case_agencies (id, case_id, agency_id, since, created_at, updated_at) VALUES ('ca1', 'c1', 'a2', '2026-11-01', ?, ?)",
    ).run(now, now)
    db.prepare(
      `INSERT INTO triage_entries (id, case_id, received_at, source, source_reference, summary, risk_level, decision_category, decided_by, created_by, created_at, updated_at)
       VALUES ('t1', 'c1', '2026-11-20T09:00:00Z', 'police', 'PR/123', 'Seen at night', 'high', 'complex', 'u1', 'u1', ?, ?)`,
    ).run(now, now)

    migrate(db, { upTo: 190 })

    expect(schemaVersion(db)).toBe(190)
    expectInStep(db)
    const c1 = db.prepare("SELECT * FROM case_summaries WHERE case_id = 'c1'").get() as Row
    expect(c1).toMatchObject({
      subject_name: 'Adaeze Okafor',
      subject_consent: 'given',
      consent_given: 1,
      agency_names: 'Housing\u001fPolice',
      agency_count: 2,
      referral_count: 1,
      risk_rank: 0,
    })
    expect(c1.search_text).toContain('adaeze okafor')
    expect(c1.search_text).toContain('9434765919')
    expect(c1.search_text).toContain('pr/123')
    // The reference's number, not its text, orders it: 10000 comes after 0001.
    expect(db.prepare('SELECT reference FROM case_summaries ORDER BY reference_key').all()).toEqual([
      { reference: 'RT-2026-0001' },
      { reference: 'RT-2026-10000' },
    ])
  })

  it('stays equal to a recomputation through a mixed stream of writes: triage, agenda, consent, actions, renames, erasure', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const test = app
    const police = test.agency('Police')
    const c = makeCase(test, { title: 'The Okafor family', riskLevel: 'high' })
    const stays = makeCase(test, { title: 'The Whitlock family', riskLevel: 'medium' })
    expectInStep(test.db)
    const person = people.add(
      test.ctx,
      c.id,
      personInput.parse({ role: 'subject', firstName: 'Adaeze', lastName: 'Okafor', dateOfBirth: '1990-01-02', nhsNumber: '9434765919' }),
    )
    people.add(test.ctx, stays.id, personInput.parse({ role: 'subject', firstName: 'Tom', lastName: 'Whitlock' }))
    expectInStep(test.db)
    people.recordConsent(
      test.ctx,
      consentInput.parse({ personId: person.id, status: 'given', recordedOn: '2020-11-01', scope: 'All', lawfulBasis: 'consent' }),
    )
    expectInStep(test.db)
    const entry = triage.create(
      test.ctx,
      triageInput.parse({
        receivedAt: '2020-11-19T08:00:00.000Z',
        source: 'police',
        sourceReference: 'NP/55',
        subject: { mode: 'existing', caseId: c.id },
        summary: 'Found distressed',
        riskLevel: 'medium',
        decisionCategory: 'complex',
        decidedByUserId: test.admin.id,
      }),
    )
    triage.create(
      test.ctx,
      triageInput.parse({
        receivedAt: '2020-11-19T09:00:00.000Z',
        source: 'gp',
        subject: { mode: 'new', kind: 'individual', person: { role: 'subject', firstName: 'Nadia', lastName: 'Khan' } },
        summary: 'GP worried',
        riskLevel: 'low',
        decisionCategory: 'early_help',
        decidedByUserId: test.admin.id,
      }),
    )
    triage.retriage(test.ctx, {
      entryId: entry.id,
      riskLevel: 'high',
      riskFactors: [],
      decisionCategory: 'safeguarding',
      meetingReasons: [],
      decisionNotes: 'Worse',
      decidedByUserId: test.admin.id,
      bringToNextMeeting: true,
    })
    expectInStep(test.db)
    caseAgencies.add(test.ctx, {
      caseId: c.id,
      agencyId: test.agency('Housing').id,
      contactName: '',
      contactDetails: '',
      since: '2020-11-01',
    })
    expectInStep(test.db)

    const meeting = meetings.create(
      test.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2020-11-26', time: '10:00', location: 'Hub', chairId: test.admin.id }),
    )
    const chair = meeting.attendees[0]!
    attendance.mark(test.ctx, { attendeeId: chair.id, attendance: 'present', informationSent: false })
    attendance.agree(test.ctx, { attendeeId: chair.id, agreed: true })
    meetings.start(test.ctx, meeting.id)
    const item = meeting.items.find((row) => row.caseId === c.id)!
    const other = meeting.items.find((row) => row.caseId === stays.id)!
    actions.raise(test.ctx, {
      itemId: item.id,
      description: 'Visit Adaeze at home',
      ownerName: 'PC Jones',
      ownerAgencyId: police.id,
      dueDate: '2020-12-01',
    })
    actions.raise(test.ctx, {
      itemId: other.id,
      description: 'Check the tenancy',
      ownerName: 'Sam',
      ownerAgencyId: police.id,
      dueDate: '2020-12-02',
    })
    agenda.record(
      test.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: 'Spoke',
        direction: 'improving',
        directionReason: 'Engaging',
        riskAfter: 'medium',
        agenciesShared: [police.id],
      }),
    )
    agenda.record(
      test.ctx,
      agendaItemRecordInput.parse({
        itemId: other.id,
        done: true,
        discussion: 'Arrears',
        direction: 'worsening',
        directionReason: 'Arrears',
        riskAfter: 'high',
      }),
    )
    expectInStep(test.db)
    meetings.finish(test.ctx, { meetingId: meeting.id, nextMeetingDate: null })
    const approved = meetings.approve(test.ctx, meeting.id)
    expectInStep(test.db)

    // Carried to the next meeting and recorded still open there: meetings carried goes up.
    const next = tablePages
      .meetings(test.ctx, meetingPageInput.parse({}))
      .rows.find((m) => m.id !== approved.id && m.status !== 'approved')!
    const detail = meetings.get(test.ctx, next.id)
    const nextChair = detail.attendees[0]!
    attendance.mark(test.ctx, { attendeeId: nextChair.id, attendance: 'present', informationSent: false })
    attendance.agree(test.ctx, { attendeeId: nextChair.id, agreed: true })
    meetings.start(test.ctx, next.id)
    const nextItem = detail.items.find((row) => row.caseId === stays.id)!
    const carried = nextItem.carriedActions[0]!
    actions.updateAtMeetingItem(test.ctx, {
      itemId: nextItem.id,
      update: { actionId: carried.id, outcome: 'open', nonCompletionReason: 'not_possible', note: 'Next week' },
    })
    expectInStep(test.db)
    expect(test.db.prepare('SELECT meetings_carried, latest_outcome FROM action_summaries WHERE action_id = ?').get(carried.id)).toEqual({
      meetings_carried: 1,
      latest_outcome: 'open',
    })
    const open = actions.list(test.ctx).filter((a) => a.status === 'open')
    actions.bulkUpdate(test.ctx, { actionIds: [open[0]!.id], outcome: 'done', note: 'Visited' })
    expectInStep(test.db)

    // Renames reach every summary that shows the name.
    const { call } = appHandlers(test)
    await call('agencies:update', { id: police.id, name: 'Police Scotland', shortName: 'Police' })
    await call('users:update', { id: test.admin.id, name: 'Alex Renamed', agencyId: test.admin.agencyId, role: 'admin', active: true })
    expectInStep(test.db)
    expect(test.db.prepare('SELECT keyworker_name FROM case_summaries WHERE case_id = ?').get(c.id)).toEqual({
      keyworker_name: 'Alex Renamed',
    })

    caseRecord.changeStatus(test.ctx, { caseId: c.id, to: 'closed', closureReason: 'outcomes_achieved', closureNote: '' })
    expectInStep(test.db)
    test.setNow('2027-01-10T09:00:00.000Z')
    signInAs(test, test.admin)
    await call('retention:erase', { caseId: c.id, confirmation: TEST_PASSPHRASE })
    expectInStep(test.db)
    for (const table of ['case_summaries', 'case_involved_agencies', 'action_summaries']) {
      expect(JSON.stringify(all(test.db, `SELECT * FROM ${table}`)), table).not.toContain(c.id)
    }
    expect(JSON.stringify(all(test.db, 'SELECT * FROM case_summaries'))).not.toContain('okafor')
  })
})
