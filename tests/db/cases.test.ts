import { afterEach, describe, expect, it } from 'vitest'
import { listAuditFor } from '../../electron/main/db/repos/audit'
import * as agencies from '../../electron/main/services/agencies'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as cases from '../../electron/main/services/cases'
import { DomainError } from '../../electron/main/services/errors'
import * as session from '../../electron/main/services/session'
import { caseCreateInput, type CaseCreateInput } from '../../shared/domain/cases'
import { createTestApp, makeUser, type TestApp } from '../helpers/db'

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
    expect(() => newCase(app!, { keyworkerId: crypto.randomUUID() })).toThrow(expect.objectContaining({ fields: { keyworkerId: 'Choose an active keyworker' } }))
  })

  it('needs a signed-in user, and records who viewed a case', () => {
    app = createTestApp()
    const created = newCase(app)
    caseRecord.get(app.ctx, created.id)
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
    expect(reopened.prepare('SELECT reference, title FROM cases').all()).toEqual([{ reference: 'RT-2026-0001', title: 'The Okafor family' }])
  })
})

describe('session and first run', () => {
  it('sets up once, then refuses a second set-up', () => {
    app = createTestApp()
    const again = () => session.setUp(app!.ctx, app!.session, { organisationName: 'Other', userName: 'Eve', agencyId: app!.agency('Police').id })
    expect(again).toThrow('Roundtable is already set up on this machine. Sign in instead.')
    expect(session.state(app.ctx, app.session)).toMatchObject({ setUp: true, organisationName: 'Test Team', user: { name: 'Alex Admin', role: 'admin' } })
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
