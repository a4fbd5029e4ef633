import { afterEach, describe, expect, it } from 'vitest'
import { listAuditFor } from '../../electron/main/db/repos/audit'
import * as agencies from '../../electron/main/services/agencies'
import * as caseAgencies from '../../electron/main/services/caseAgencies'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as people from '../../electron/main/services/people'
import * as cases from '../../electron/main/services/cases'
import { DomainError } from '../../electron/main/services/errors'
import * as session from '../../electron/main/services/session'
import { caseCreateInput, type CaseCreateInput } from '../../shared/domain/cases'
import { caseUpdateInput } from '../../shared/domain/record/caseEdits'
import { personInput } from '../../shared/domain/record/people'
import { appHandlers } from '../helpers/handlers'
import { createTestApp, makeUser, signInAs, TEST_PASSPHRASE, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function newCase(test: TestApp, overrides: Partial<CaseCreateInput> = {}) {
  return cases.create(
    test.ctx,
    caseCreateInput.parse({
      kind: 'family',
      title: 'The Okafor family',
      keyworkerId: test.admin.id,
      leadAgencyId: test.agency('Housing').id,
      riskLevel: 'high',
      nextReviewDate: '2027-01-15',
      ...overrides,
    }),
  )
}

describe('cases service', () => {
  it('creates a case with a reference, names joined, and an audit entry', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const keyworker = makeUser(app, { name: 'Sam Patel', agencyShortName: 'Housing' })
    const created = newCase(app, { keyworkerId: keyworker.id })
    expect(created).toMatchObject({
      reference: 'RT-2026-0001',
      kind: 'family',
      title: 'The Okafor family',
      status: 'open',
      riskLevel: 'high',
      keyworkerName: 'Sam Patel',
      leadAgencyName: 'Housing trust',
      nextReviewDate: '2027-01-15',
      createdAt: '2026-11-22T10:00:00.000Z',
    })
    expect(cases.list(app.ctx).map((c) => c.reference)).toEqual(['RT-2026-0001'])
    const audit = listAuditFor(app.db, 'case', created.id)
    expect(audit.map((entry) => [entry.action, entry.actor_id])).toEqual([['create', app.admin.id]])
    // The audit trail holds ids, never the case title.
    expect(audit[0]?.detail).not.toContain('Okafor')
  })

  it('numbers references without gaps and restarts each year', () => {
    app = createTestApp('2026-12-31T23:00:00.000Z')
    expect(newCase(app).reference).toBe('RT-2026-0001')
    expect(newCase(app).reference).toBe('RT-2026-0002')
    app.setNow('2027-01-01T09:00:00.000Z')
    expect(newCase(app).reference).toBe('RT-2027-0001')
    app.setNow('2026-12-31T23:30:00.000Z')
    expect(newCase(app).reference).toBe('RT-2026-0003')
  })

  it('refuses an inactive lead agency, saves nothing and uses no number', () => {
    app = createTestApp()
    const police = app.agency('Police')
    agencies.setActive(app.ctx, police.id, false)
    const attempt = () => newCase(app!, { leadAgencyId: police.id })
    expect(attempt).toThrow(DomainError)
    try {
      attempt()
    } catch (error) {
      expect((error as DomainError).fields).toEqual({ leadAgencyId: 'Choose an active lead agency' })
    }
    expect(cases.list(app.ctx)).toEqual([])
    expect(newCase(app).reference).toBe('RT-2026-0001')
  })

  it('refuses an unknown keyworker', () => {
    app = createTestApp()
    expect(() => newCase(app!, { keyworkerId: crypto.randomUUID() })).toThrow(
      expect.objectContaining({ fields: { keyworkerId: 'Choose an active keyworker' } }),
    )
  })

  it('needs a signed-in user, and records who viewed a case', async () => {
    app = createTestApp()
    const created = newCase(app)
    // Views are audited at the boundary (ipc/readAudit.ts), so the read goes through the handler map.
    await appHandlers(app).call('cases:get', { id: created.id })
    expect(listAuditFor(app.db, 'case', created.id).map((entry) => entry.action)).toEqual(['create', 'view'])
    session.lock(app.ctx, app.session)
    expect(() => cases.list(app!.ctx)).toThrow('Sign in to continue.')
    expect(() => caseRecord.get(app!.ctx, crypto.randomUUID())).toThrow('Sign in to continue.')
  })

  it('reports a missing case as not found', () => {
    app = createTestApp()
    expect(() => caseRecord.get(app!.ctx, crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'not_found' }))
  })

  it('survives a restart: the data is in the file', () => {
    app = createTestApp()
    newCase(app)
    const reopened = app.reopen()
    expect(reopened.prepare('SELECT reference, title FROM cases').all()).toEqual([
      { reference: 'RT-2026-0001', title: 'The Okafor family' },
    ])
  })
})

describe('session and first run', () => {
  it('sets up once, then refuses a second set-up', () => {
    app = createTestApp()
    const again = () =>
      session.setUp(app!.ctx, app!.session, {
        organisationName: 'Other',
        userName: 'Eve',
        agencyId: app!.agency('Police').id,
        passphrase: TEST_PASSPHRASE,
        passphraseConfirm: TEST_PASSPHRASE,
      })
    expect(again).toThrow('Roundtable is already set up on this machine. Sign in instead.')
    expect(session.state(app.ctx, app.session)).toMatchObject({
      setUp: true,
      organisationName: 'Test Team',
      user: { name: 'Alex Admin', role: 'admin' },
    })
  })

  it('seeds the default agencies only once', () => {
    app = createTestApp()
    const before = agencies.list(app.ctx, true).length
    agencies.seedDefaults(app.ctx)
    expect(agencies.list(app.ctx, true)).toHaveLength(before)
    expect(before).toBe(14)
  })

  it('refuses a duplicate agency name whatever its case', () => {
    app = createTestApp()
    expect(() => agencies.create(app!.ctx, { name: 'police', shortName: 'P' })).toThrow('An agency called "police" already exists')
  })
})

describe('who may open a case, and how', () => {
  it('refuses a viewer, with a clear message, and saves nothing', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    const viewer = makeUser(app, { name: 'Vic Viewer', role: 'viewer' })
    signInAs(app, viewer)
    expect(() => newCase(app!)).toThrow(
      expect.objectContaining({ code: 'forbidden', message: 'Only an administrator or a chair or a practitioner can do this.' }),
    )
    signInAs(app, app.admin)
    expect(cases.list(app.ctx)).toEqual([])
  })

  it('refuses a case that starts closed (closing needs a reason), at the status field', () => {
    app = createTestApp()
    const parsed = caseCreateInput.safeParse({
      kind: 'family',
      title: 'The Okafor family',
      keyworkerId: app.admin.id,
      leadAgencyId: app.agency('Housing').id,
      riskLevel: 'high',
      status: 'closed',
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['status', 'A new case cannot start closed: create it, then close it from the record with a reason'],
    ])
    // The service refuses it too, whatever reaches it.
    const input = {
      ...caseCreateInput.parse({
        kind: 'family',
        title: 'X',
        keyworkerId: app.admin.id,
        leadAgencyId: app.agency('Housing').id,
        riskLevel: 'high',
      }),
      status: 'closed' as const,
    }
    expect(() => cases.create(app!.ctx, input)).toThrow(
      expect.objectContaining({
        fields: { status: 'A new case cannot start closed: create it, then close it from the record with a reason' },
      }),
    )
    expect(cases.list(app.ctx)).toEqual([])
  })

  it('refuses a viewer as keyworker, on a new case and on the record', () => {
    app = createTestApp()
    const viewer = makeUser(app, { name: 'Vic Viewer', role: 'viewer' })
    expect(() => newCase(app!, { keyworkerId: viewer.id })).toThrow(
      expect.objectContaining({ fields: { keyworkerId: 'A viewer cannot be a keyworker: choose someone who can update the record' } }),
    )
    expect(cases.list(app.ctx)).toEqual([])
    const created = newCase(app)
    const update = caseUpdateInput.parse({
      caseId: created.id,
      title: created.title,
      keyworkerId: viewer.id,
      leadAgencyId: created.leadAgencyId,
      riskLevel: 'high',
      nextReviewDate: null,
    })
    expect(() => caseRecord.update(app!.ctx, update)).toThrow(
      expect.objectContaining({ fields: { keyworkerId: 'A viewer cannot be a keyworker: choose someone who can update the record' } }),
    )
    expect(caseRecord.get(app.ctx, created.id).keyworkerId).toBe(app.admin.id)
  })
})

describe('the cases table row', () => {
  it('lists every agency involved and carries the names and identifiers the search looks through', () => {
    app = createTestApp()
    const created = newCase(app)
    caseAgencies.add(app.ctx, {
      caseId: created.id,
      agencyId: app.agency('Police').id,
      contactName: 'PC Jones',
      contactDetails: '',
      since: '2026-10-01',
    })
    people.add(
      app.ctx,
      created.id,
      personInput.parse({
        role: 'subject',
        firstName: 'Grace',
        lastName: 'Okafor',
        nhsNumber: '943 476 5919',
        policeReference: 'GMP/77/2026',
      }),
    )
    people.add(app.ctx, created.id, personInput.parse({ role: 'child', firstName: 'Tobi', lastName: 'Okafor' }))
    const [row] = cases.list(app.ctx)
    expect(row?.agencyNames).toEqual(['Housing trust', 'Police'])
    for (const text of ['grace', 'tobi', '9434765919', 'gmp/77/2026', 'rt-2026-0001', 'the okafor family'])
      expect(row?.searchText).toContain(text)
    // A case with no people still has its reference and title to search.
    const empty = newCase(app, { title: 'Bell, Jordan' })
    expect(cases.list(app.ctx).find((c) => c.id === empty.id)?.searchText).toContain('bell, jordan')
  })
})
