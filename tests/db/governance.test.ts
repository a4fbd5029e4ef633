import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServices } from '../../electron/main/appServices'
import { openDatabase } from '../../electron/main/db/connection'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as backup from '../../electron/main/services/backup'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as casePlans from '../../electron/main/services/casePlans'
import * as exports from '../../electron/main/services/exports'
import { frozenDetail, frozenMinutesData } from '../../electron/main/services/frozenMinutes'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import { casePlanInput } from '../../shared/domain/casePlan'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, createTestDb, makeCase, makeUser, signInAs, TEST_PASSPHRASE, type TestApp } from '../helpers/db'
import { appHandlers, boundaryFor, silentLogger } from '../helpers/handlers'
import { dispatch } from '../../electron/main/ipc/dispatch'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'
import { restoreLeftStatement, restoreStepLabels, restoreSteps } from '../../shared/domain/backup'
import type { RestoreProgress } from '../../shared/events'

let app: TestApp | undefined
/** Moves the clock on; past the idle limit the session locks, as it would for a real user, so the administrator signs in again. */
function later(iso: string) {
  app!.setNow(iso)
  signInAs(app!, app!.admin)
}

afterEach(() => app?.cleanup())

const auditRows = (test: TestApp) =>
  test.db
    .prepare<[], { actor_id: string | null; action: string; entity: string; entity_id: string | null; detail: string | null }>(
      'SELECT actor_id, action, entity, entity_id, detail FROM audit_log ORDER BY id',
    )
    .all()

describe('the audit log screen', () => {
  it('filters by user, case reference, action and London dates, pages in SQL, and audits each look', async () => {
    app = createTestApp('2026-11-02T10:00:00.000Z')
    const sam = makeUser(app, { name: 'Sam Keyworker' })
    const okafor = makeCase(app, { title: 'The Okafor family' })
    later('2026-11-03T23:30:00.000Z') // 23:30 UTC is still 3 November in London (GMT)
    const other = makeCase(app, { title: 'Other' })
    const { call } = appHandlers(app)
    for (let n = 0; n < 60; n++) await call('cases:get', { id: other.id })

    const page1 = await call('audit:list', { filter: {}, page: 1 })
    expect(page1.pageSize).toBe(50)
    expect(page1.entries).toHaveLength(50)
    const totalBefore = page1.total
    const page2 = await call('audit:list', { filter: {}, page: 2 })
    // The first look is itself in the log now, one row newer than page 1 saw.
    expect(page2.total).toBe(totalBefore + 1)
    expect(page1.entries[0]!.id).toBeGreaterThan(page1.entries[49]!.id)
    expect(page1.actions).toEqual(expect.arrayContaining(['create', 'view', 'sign-in']))

    const byCase = await call('audit:list', { filter: { caseReference: okafor.reference.toLowerCase() }, page: 1 })
    expect(byCase.entries.map((entry) => [entry.action, entry.entity, entry.caseReference])).toEqual([['create', 'case', okafor.reference]])
    const byUser = await call('audit:list', { filter: { userId: sam.id }, page: 1 })
    expect(byUser.total).toBe(0)
    const byAdminCreates = await call('audit:list', { filter: { userId: app.admin.id, action: 'create' }, page: 1 })
    expect(byAdminCreates.entries.map((entry) => [entry.entity, entry.userName])).toEqual([
      ['case', 'Alex Admin'],
      ['case', 'Alex Admin'],
      ['user', 'Alex Admin'],
      ['user', 'Alex Admin'],
    ])
    const onThird = await call('audit:list', { filter: { action: 'create', from: '2026-11-03', to: '2026-11-03' }, page: 1 })
    expect(onThird.entries.map((entry) => entry.caseReference)).toEqual([other.reference])

    const looks = auditRows(app).filter((row) => row.entity === 'audit_log')
    expect(looks).toHaveLength(6)
    expect(looks.every((row) => row.actor_id === app!.admin.id && row.action === 'view')).toBe(true)
    expect(JSON.parse(looks[2]!.detail!)).toEqual({
      channel: 'audit:list',
      page: 1,
      userId: null,
      caseReference: okafor.reference,
      action: null,
      from: null,
      to: null,
    })
  })

  it('refuses an end date before the start date, and anyone but an administrator', async () => {
    app = createTestApp()
    const { call, handlers } = appHandlers(app)
    const bad = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'audit:list',
      { filter: { from: '2026-11-05', to: '2026-11-01' } },
      silentLogger,
    )
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Check the highlighted fields',
        fields: { 'filter.to': 'The end date must be on or after the start date' },
      },
    })
    const chair = makeUser(app, { name: 'Carol Chair', role: 'chair' })
    signInAs(app, chair)
    await expect(call('audit:list', { filter: {} })).rejects.toThrow('forbidden Only an administrator can do this.')
    await expect(call('audit:export', { filter: {} })).rejects.toThrow('forbidden')
  })

  it('exports the filtered log as formula-safe CSV and audits the export', async () => {
    app = createTestApp()
    const c = makeCase(app, { title: 'The Okafor family' })
    const { call } = appHandlers(app)
    const result = await call('audit:export', { filter: { caseReference: c.reference } })
    expect(result.fileName).toBe('Audit log 2026-11-22.csv')
    const csv = readFileSync(result.savedTo!, 'utf8')
    expect(csv.startsWith('\uFEFFWhen (UTC),User,Action,Record type,Record id,Case,Detail\r\n')).toBe(true)
    expect(csv).toContain(`,Alex Admin,create,case,${c.id},${c.reference},`)
    expect(csv).not.toContain('Okafor family')
    expect(auditRows(app).at(-1)).toEqual({
      actor_id: app.admin.id,
      action: 'export',
      entity: 'audit_log',
      entity_id: null,
      detail: JSON.stringify({ rows: 1, userId: null, caseReference: c.reference, action: null, from: null, to: null }),
    })
  })
})

/** A closed case with people, consent, a plan and its export, discussed at an approved meeting next to another case. */
async function erasableScene(test: TestApp) {
  const c = makeCase(test, { title: 'The Okafor family', riskLevel: 'high' })
  const stays = makeCase(test, { title: 'The Whitlock family', riskLevel: 'high' })
  const person = people.add(
    test.ctx,
    c.id,
    personInput.parse({ role: 'subject', firstName: 'Adaeze', lastName: 'Okafor', dateOfBirth: '1990-01-02', nhsNumber: '9434765919' }),
  )
  people.recordConsent(
    test.ctx,
    consentInput.parse({
      personId: person.id,
      status: 'given',
      recordedOn: '2020-11-01',
      scope: 'Health and housing, with the panel',
      lawfulBasis: 'consent',
    }),
  )
  casePlans.save(test.ctx, casePlanInput.parse({ caseId: c.id, personViews: 'Adaeze wants one worker' }))
  await exports.casePlan(test.ctx, appHandlers(test).services.saveFile, { caseId: c.id, recipients: 'Adaeze Okafor' })
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
    ownerAgencyId: test.agency('Police').id,
    dueDate: '2020-12-01',
  })
  agenda.record(
    test.ctx,
    agendaItemRecordInput.parse({
      itemId: item.id,
      done: true,
      discussion: 'Adaeze spoke about her brother',
      direction: 'improving',
      directionReason: 'Engaging',
      riskAfter: 'medium',
    }),
  )
  agenda.record(
    test.ctx,
    agendaItemRecordInput.parse({
      itemId: other.id,
      done: true,
      discussion: 'Whitlock tenancy safe',
      direction: 'worsening',
      directionReason: 'Arrears',
      riskAfter: 'high',
    }),
  )
  meetings.finish(test.ctx, { meetingId: meeting.id, nextMeetingDate: null })
  meetings.approve(test.ctx, meeting.id)
  caseRecord.changeStatus(test.ctx, { caseId: c.id, to: 'closed', closureReason: 'outcomes_achieved', closureNote: '' })
  return { c, stays, person, meeting }
}

const triggerSql = (test: TestApp) => test.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()

/** Every text cell of every table, to look for what erasure must remove. */
function everything(test: TestApp, except: readonly string[] = []): string {
  const tables = test.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'",
    )
    .all()
    .filter((table) => !except.includes(table.name))
  return tables.map((table) => JSON.stringify(test.db.prepare(`SELECT * FROM "${table.name}"`).all())).join('\n')
}

describe('retention and erasure', () => {
  it('keeps closed cases six years by default, and lists them once past, with how long', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const { call } = appHandlers(app)
    const { c } = await erasableScene(app)
    expect(await call('retention:getPolicy', {})).toEqual({ outcomes_achieved: 6, disengaged: 6, moved_away: 6, transferred: 6, other: 6 })
    later('2026-11-19T09:00:00.000Z')
    expect(await call('retention:due', {})).toEqual([])
    later('2028-02-21T09:00:00.000Z')
    const due = await call('retention:due', {})
    expect(due.map((row) => [row.reference, row.endsOn, row.howLongPast, row.inApprovedMinutes])).toEqual([
      [c.reference, '2026-11-20', '1 year 3 months', true],
    ])
    await call('retention:savePolicy', { outcomes_achieved: 8, disengaged: 6, moved_away: 6, transferred: 6, other: 6 })
    expect(await call('retention:due', {})).toEqual([])
    expect(
      auditRows(app)
        .filter((row) => row.detail?.includes('retention'))
        .map((row) => row.action),
    ).toEqual(['view', 'view', 'update', 'view'])
  })

  it('erases every row about the case in one go, strips its export register rows, and leaves one audit entry', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const { call, handlers } = appHandlers(app)
    const { c, stays, person, meeting } = await erasableScene(app)
    later('2027-01-10T09:00:00.000Z')
    const before = everything(app)
    const beforeButCredentials = everything(app, ['user_credentials'])
    const triggersBefore = triggerSql(app)
    expect(before).toContain('Adaeze')

    // The re-prompt is the administrator's own passphrase: the case reference no longer confirms, nor does a wrong passphrase.
    const notMine = 'That PIN or passphrase is not right. After 4 more wrong attempts sign-in pauses.'
    const byReference0 = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'retention:erase',
      { caseId: c.id, confirmation: c.reference },
      silentLogger,
    )
    expect(byReference0).toEqual({ ok: false, error: { code: 'invalid_input', message: notMine, fields: { confirmation: notMine } } })
    const empty = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'retention:erase',
      { caseId: c.id, confirmation: '' },
      silentLogger,
    )
    expect(empty).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Type your passphrase to confirm',
        fields: { confirmation: 'Type your passphrase to confirm' },
      },
    })
    // Nothing erased; only the failed attempt was counted against the administrator's credential.
    expect(everything(app, ['user_credentials'])).toBe(beforeButCredentials)
    expect(everything(app)).not.toBe(before)
    // The wrong one counts towards the sign-in pause, and is audited as a failed attempt.
    expect(auditRows(app).filter((row) => row.action === 'sign-in-failed')).toEqual([
      {
        actor_id: app.admin.id,
        action: 'sign-in-failed',
        entity: 'session',
        entity_id: app.admin.id,
        detail: JSON.stringify({ attempts: 1 }),
      },
    ])
    const stillOpen = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'retention:erase',
      { caseId: stays.id, confirmation: TEST_PASSPHRASE },
      silentLogger,
    )
    expect(stillOpen.ok ? null : stillOpen.error.code).toBe('conflict')

    expect(await call('retention:erase', { caseId: c.id, confirmation: TEST_PASSPHRASE })).toEqual({ reference: c.reference })

    const after = everything(app)
    for (const gone of ['Adaeze', 'Okafor', '9434765919', c.id, person.id, 'Visit Adaeze', 'her brother'])
      expect(after, gone).not.toContain(gone)
    expect(after).toContain('Whitlock tenancy safe')
    // The approved minutes keep the other case, lose this one, and say so.
    const frozen = frozenDetail(app.db, meeting.id)!
    expect(frozen.items.map((item) => item.caseId)).toEqual([stays.id])
    expect(frozen.directionCounts).toEqual({ improving: 0, no_change: 0, worsening: 1 })
    const word = frozenMinutesData(app.db, meeting.id, 'full')!
    expect(word.agendaItems.map((item) => item.caseReference)).toEqual([stays.reference])
    expect(word.amendments.map((amendment) => amendment.text)).toEqual([
      'One case discussed at this meeting was erased on 2027-01-10 at the end of its retention period; its item has been removed from these minutes.',
    ])
    expect(
      app.db.prepare("SELECT document, entity_id, title, file_name, recipients FROM export_register WHERE document = 'case_plan'").all(),
    ).toEqual([{ document: 'case_plan', entity_id: null, title: 'Erased case', file_name: 'Erased case', recipients: '' }])
    const erasures = auditRows(app).filter((row) => row.action === 'erase')
    expect(erasures).toEqual([
      {
        actor_id: app.admin.id,
        action: 'erase',
        entity: 'case',
        entity_id: c.id,
        detail: JSON.stringify({ reference: c.reference, minutesAmended: 1, exportsStripped: 1 }),
      },
    ])
    const byReference = await call('audit:list', { filter: { caseReference: c.reference } })
    expect(byReference.entries.map((entry) => entry.action)).toEqual(['erase', 'create'])
    // The protections are back in force.
    expect(() => app!.db.prepare('DELETE FROM minutes_snapshots').run()).toThrow('Approved minutes cannot be changed')
    expect(() => app!.db.prepare('UPDATE export_register SET title = ?').run('x')).toThrow('append-only')
    expect(triggerSql(app)).toEqual(triggersBefore)
    expect(app.db.pragma('foreign_key_check')).toEqual([])
  })

  it('rolls the whole erasure back when any part fails, triggers included', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const { handlers } = appHandlers(app)
    const { c } = await erasableScene(app)
    later('2027-01-10T09:00:00.000Z')
    // A row in a table erasure does not know about, pointing at the case: the DELETE of the case fails.
    app.db.exec('CREATE TABLE stray (case_id TEXT REFERENCES cases (id))')
    app.db.prepare('INSERT INTO stray VALUES (?)').run(c.id)
    const triggers = app.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get()
    const before = everything(app)
    const result = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'retention:erase',
      { caseId: c.id, confirmation: TEST_PASSPHRASE },
      silentLogger,
    )
    expect(result.ok).toBe(false)
    expect(everything(app)).toBe(before)
    expect(app.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get()).toEqual(triggers)
    expect(auditRows(app).some((row) => row.action === 'erase')).toBe(false)
  })
})

describe('erasure at the data subject’s request, inside retention', () => {
  const request = { requestReference: 'SAR-2027-014', receivedOn: '2021-01-08' }

  it('refuses without the request’s reference or date, with a wrong passphrase, or for an open case, and changes nothing', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const { handlers } = appHandlers(app)
    const { c, stays } = await erasableScene(app)
    later('2021-01-10T09:00:00.000Z')
    const before = everything(app, ['user_credentials'])
    const attempt = (input: Record<string, unknown>) =>
      dispatch(boundaryFor(app!, handlers), DESKTOP_SESSION, 'retention:eraseOnRequest', input, silentLogger)
    const fieldsOf = async (input: Record<string, unknown>) => {
      const result = await attempt(input)
      return result.ok ? 'erased' : [result.error.code, result.error.fields]
    }

    // No basis: the request's reference and the day it came are required, and the reference is a reference, not a name.
    expect(await fieldsOf({ reference: c.reference, confirmation: TEST_PASSPHRASE })).toEqual([
      'invalid_input',
      { requestReference: 'Enter the request’s reference', receivedOn: 'Enter a date' },
    ])
    expect(await fieldsOf({ reference: c.reference, ...request, requestReference: '  ', confirmation: TEST_PASSPHRASE })).toEqual([
      'invalid_input',
      { requestReference: 'Enter the request’s reference, for example SAR-2026-014' },
    ])
    expect(
      await fieldsOf({ reference: c.reference, ...request, requestReference: 'Adaeze Okafor', confirmation: TEST_PASSPHRASE }),
    ).toEqual(['invalid_input', { requestReference: 'A request reference has at least one digit, for example SAR-2026-014' }])
    expect(
      await fieldsOf({ reference: c.reference, ...request, requestReference: 'She asked, 8/1', confirmation: TEST_PASSPHRASE }),
    ).toEqual(['invalid_input', { requestReference: 'Use the request’s reference only: letters, digits and - / . _' }])
    expect(await fieldsOf({ reference: c.reference, ...request, receivedOn: '2021-01-11', confirmation: TEST_PASSPHRASE })).toEqual([
      'invalid_input',
      { receivedOn: 'The request’s date cannot be in the future' },
    ])
    expect(await fieldsOf({ reference: 'RT-2020-9999', ...request, confirmation: TEST_PASSPHRASE })).toEqual([
      'invalid_input',
      { reference: 'There is no case RT-2020-9999. It may already have been erased.' },
    ])
    // An open case is closed first, with its reason: erasure never cuts across work in progress.
    const open = await attempt({ reference: stays.reference, ...request, confirmation: TEST_PASSPHRASE })
    expect(open).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: `${stays.reference} is still open. Close it (with its reason) before erasing it at the data subject’s request.`,
        fields: { reference: 'Close this case first' },
      },
    })
    // A wrong passphrase erases nothing; it is counted like a wrong sign-in.
    const wrong = await attempt({ reference: c.reference, ...request, confirmation: 'not my passphrase' })
    expect(wrong.ok ? null : [wrong.error.code, Object.keys(wrong.error.fields ?? {})]).toEqual(['invalid_input', ['confirmation']])
    expect(auditRows(app).filter((row) => row.action === 'sign-in-failed')).toHaveLength(1)
    // The end-of-retention path still refuses this case: it is inside its period.
    const early = await dispatch(
      boundaryFor(app, handlers),
      DESKTOP_SESSION,
      'retention:erase',
      { caseId: c.id, confirmation: TEST_PASSPHRASE },
      silentLogger,
    )
    expect(early.ok ? null : early.error.message).toBe(`${c.reference} is still within its retention period.`)
    expect(everything(app, ['user_credentials'])).toBe(before)
    expect(auditRows(app).some((row) => row.action.startsWith('erase'))).toBe(false)
  })

  it('erases a closed case inside its retention, on the request’s basis, and says so in the minutes, the register and the audit', async () => {
    app = createTestApp('2020-11-20T09:00:00.000Z')
    const { call } = appHandlers(app)
    const { c, stays, person, meeting } = await erasableScene(app)
    later('2021-01-10T09:00:00.000Z')
    expect(await call('retention:due', {})).toEqual([])

    expect(
      await call('retention:eraseOnRequest', { reference: c.reference.toLowerCase(), ...request, confirmation: TEST_PASSPHRASE }),
    ).toEqual({
      reference: c.reference,
    })

    const after = everything(app)
    for (const gone of ['Adaeze', 'Okafor', '9434765919', c.id, person.id, 'Visit Adaeze', 'her brother'])
      expect(after, gone).not.toContain(gone)
    expect(after).toContain('Whitlock tenancy safe')
    expect(frozenDetail(app.db, meeting.id)!.items.map((item) => item.caseId)).toEqual([stays.id])
    expect(frozenMinutesData(app.db, meeting.id, 'full')!.amendments.map((amendment) => amendment.text)).toEqual([
      'One case discussed at this meeting was erased on 2021-01-10 at the data subject’s request; its item has been removed from these minutes.',
    ])
    expect(
      app.db.prepare("SELECT entity_id, title, file_name, recipients FROM export_register WHERE document = 'case_plan'").all(),
    ).toEqual([
      { entity_id: null, title: 'Erased case (data subject’s request)', file_name: 'Erased case (data subject’s request)', recipients: '' },
    ])
    expect(auditRows(app).filter((row) => row.action.startsWith('erase'))).toEqual([
      {
        actor_id: app.admin.id,
        action: 'erase-on-request',
        entity: 'case',
        entity_id: c.id,
        detail: JSON.stringify({
          reference: c.reference,
          minutesAmended: 1,
          exportsStripped: 1,
          basis: 'data-subject-request',
          requestReference: 'SAR-2027-014',
          receivedOn: '2021-01-08',
        }),
      },
    ])
    const log = await call('audit:list', { filter: { caseReference: c.reference } })
    expect(log.entries.map((entry) => entry.action)).toEqual(['erase-on-request', 'create'])
    expect(() => app!.db.prepare('DELETE FROM minutes_snapshots').run()).toThrow('Approved minutes cannot be changed')
    expect(app.db.pragma('foreign_key_check')).toEqual([])
  })
})

describe('restore from a backup', () => {
  it('restores a backup after keeping the current database as one, and services use it at once', async () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const { call } = appHandlers(app)
    makeCase(app, { title: 'Before the backup' })
    const made = await call('backup:now', {})
    later('2026-11-22T11:00:00.000Z')
    makeCase(app, { title: 'After the backup' })
    later('2026-11-22T12:00:00.000Z')
    const outcome = await call('backup:restore', { fileName: made.fileName })
    expect(outcome).toEqual({ restoredFrom: made.fileName, keptAs: 'roundtable-2026-11-22T12-00-00-000Z.db', signedOut: false })
    expect((await call('cases:list', {})).map((row) => row.title)).toEqual(['Before the backup'])
    const kept = openDatabase(join(app.dir, 'backups', outcome.keptAs), { keyHex: app.keyHex })
    expect(kept.prepare('SELECT title FROM cases ORDER BY title').all()).toEqual([
      { title: 'After the backup' },
      { title: 'Before the backup' },
    ])
    expect(kept.prepare("SELECT action FROM audit_log WHERE action LIKE 'restore%'").all()).toEqual([{ action: 'restore-started' }])
    kept.close()
    expect(app.ctx.db.prepare("SELECT actor_id, action FROM audit_log WHERE action = 'restore'").all()).toEqual([
      { actor_id: app.admin.id, action: 'restore' },
    ])
    expect(readdirSync(app.dir).filter((name) => name.includes('partial'))).toEqual([])
  })

  it('leaves the current database untouched when the backup is corrupt, foreign, too new or not a listed name', async () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const { call, handlers } = appHandlers(app)
    makeCase(app, { title: 'Current' })
    const dir = join(app.dir, 'backups')
    const good = await call('backup:now', {})
    const goodBytes = readFileSync(join(dir, good.fileName))
    // Corrupt: the same file with its middle pages overwritten.
    const corrupt = Buffer.from(goodBytes)
    corrupt.fill(0x5a, 4096, Math.min(corrupt.length, 4096 * 6))
    writeFileSync(join(dir, 'roundtable-2026-01-01T00-00-00-000Z.db'), corrupt)
    // Too new: this installation's key, a schema ahead of this app.
    const tooNew = openDatabase(join(dir, 'roundtable-2026-01-02T00-00-00-000Z.db'), { keyHex: app.keyHex })
    tooNew.pragma('user_version = 9999')
    tooNew.close()
    // Foreign: another installation's database (another key).
    const foreign = createTestDb()
    foreign.db.close()
    writeFileSync(join(dir, 'roundtable-2026-01-03T00-00-00-000Z.db'), readFileSync(foreign.file))
    foreign.cleanup()

    const fileBefore = readFileSync(app.file)
    const auditBefore = auditRows(app).length
    const attempts: Array<[string, string]> = [
      ['roundtable-2026-01-01T00-00-00-000Z.db', 'invalid_input'],
      ['roundtable-2026-01-02T00-00-00-000Z.db', 'invalid_input'],
      ['roundtable-2026-01-03T00-00-00-000Z.db', 'invalid_input'],
      ['../roundtable.db', 'invalid_input'],
    ]
    const messages: string[] = []
    for (const [fileName, code] of attempts) {
      const result = await dispatch(boundaryFor(app, handlers), DESKTOP_SESSION, 'backup:restore', { fileName }, silentLogger)
      expect(result.ok ? 'ok' : result.error.code, fileName).toBe(code)
      if (!result.ok) messages.push(result.error.message)
    }
    expect(messages[1]).toContain('newer version of Roundtable')
    expect(messages[2]).toContain('cannot be opened with this installation’s key')
    expect(readFileSync(app.file).equals(fileBefore)).toBe(true)
    expect(auditRows(app)).toHaveLength(auditBefore)
    expect((await call('cases:list', {})).map((row) => row.title)).toEqual(['Current'])
    expect(backup.list(dir).map((entry) => entry.fileName)).toHaveLength(4)
    expect(readdirSync(app.dir).filter((name) => name.includes('partial'))).toEqual([])
  })

  it('reports each step to the caller in order, and a corrupt or foreign backup stops at its step with nothing changed', async () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const { handlers } = appHandlers(app)
    makeCase(app, { title: 'Current' })
    const dir = join(app.dir, 'backups')
    const good = await appHandlers(app).call('backup:now', {})
    const goodBytes = readFileSync(join(dir, good.fileName))
    const corrupt = Buffer.from(goodBytes)
    corrupt.fill(0x5a, 4096, Math.min(corrupt.length, 4096 * 6))
    writeFileSync(join(dir, 'roundtable-2026-01-01T00-00-00-000Z.db'), corrupt)
    const foreign = createTestDb()
    foreign.db.close()
    writeFileSync(join(dir, 'roundtable-2026-01-03T00-00-00-000Z.db'), readFileSync(foreign.file))
    foreign.cleanup()
    const restoreWith = async (fileName: string) => {
      const heard: RestoreProgress[] = []
      const result = await dispatch(boundaryFor(app!, handlers), DESKTOP_SESSION, 'backup:restore', { fileName }, silentLogger, (event) =>
        heard.push(event),
      )
      return { result, heard, steps: heard.map((event) => `${event.step}:${event.status}`) }
    }
    const nothingChanged = { kind: 'unchanged' }

    const fileBefore = readFileSync(app.file)
    const auditBefore = auditRows(app).length
    const wrongKey = await restoreWith('roundtable-2026-01-03T00-00-00-000Z.db')
    expect(wrongKey.steps).toEqual(['file:running', 'file:done', 'key:running', 'key:failed'])
    expect(wrongKey.heard.at(-1)).toEqual({
      type: 'restore-progress',
      step: 'key',
      status: 'failed',
      message: 'This backup cannot be opened with this installation’s key. It may belong to another computer, or be damaged.',
      left: nothingChanged,
    })
    const damaged = await restoreWith('roundtable-2026-01-01T00-00-00-000Z.db')
    expect(damaged.result.ok).toBe(false)
    expect(damaged.steps.at(-1)).toMatch(/^(key|integrity):failed$/)
    expect(damaged.steps).not.toContain('keep:running')
    expect(damaged.heard.at(-1)).toMatchObject({ status: 'failed', left: nothingChanged })
    const unlisted = await restoreWith('../roundtable.db')
    expect(unlisted.steps).toEqual(['file:running', 'file:failed'])
    expect(restoreLeftStatement({ kind: 'unchanged' })).toBe('Nothing was changed: the current database is as it was.')
    expect(readFileSync(app.file).equals(fileBefore)).toBe(true)
    expect(auditRows(app)).toHaveLength(auditBefore)
    expect(readdirSync(app.dir).filter((name) => name.includes('partial'))).toEqual([])

    later('2026-11-22T12:00:00.000Z')
    const restored = await restoreWith(good.fileName)
    expect(restored.result.ok).toBe(true)
    expect(restored.steps).toEqual(restoreSteps.flatMap((name) => [`${name}:running`, `${name}:done`]))
    expect(restoreSteps.map((name) => restoreStepLabels[name])).toEqual([
      'Checking the backup file',
      'Opening it with this installation’s key',
      'Verifying its integrity',
      'Checking its schema version',
      'Migrating it to the current version',
      'Keeping a copy of the current database',
      'Replacing the current database',
    ])
  })

  it('removes .partial files an interrupted backup or restore left, at start-up', async () => {
    const data = createTestDb()
    data.db.close()
    try {
      const dir = join(data.dir, 'backups')
      const first = startServices({ dataDir: data.dir, keyHex: data.keyHex, now: () => new Date('2026-11-22T10:00:00.000Z') })
      // The day's backup runs once the window is usable; here, at once.
      await first.startDailyBackup()
      first.services.db.close()
      writeFileSync(join(dir, 'roundtable-2026-11-23T10-00-00-000Z.db.partial'), 'half a backup')
      writeFileSync(join(data.dir, 'roundtable.db.restore.partial'), 'half a restore')
      const again = startServices({ dataDir: data.dir, keyHex: data.keyHex, now: () => new Date('2026-11-22T12:00:00.000Z') })
      again.services.db.close()
      expect(readdirSync(dir)).toEqual(['roundtable-2026-11-22T10-00-00-000Z.db'])
      expect(readdirSync(data.dir).filter((name) => name.includes('partial'))).toEqual([])
    } finally {
      data.cleanup()
    }
  })
})
