import { afterEach, describe, expect, it } from 'vitest'
import * as agencies from '../../electron/main/services/agencies'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as cases from '../../electron/main/services/cases'
import * as users from '../../electron/main/services/users'
import { caseCreateInput } from '../../shared/domain/cases'
import { createTestApp, makeUser, signInAs, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

describe('agencies in Settings', () => {
  it('renames an agency and the new name shows on existing cases', () => {
    app = createTestApp()
    const housing = app.agency('Housing')
    const created = cases.create(
      app.ctx,
      caseCreateInput.parse({ kind: 'individual', title: 'A', keyworkerId: app.admin.id, leadAgencyId: housing.id, riskLevel: 'low' }),
    )
    agencies.update(app.ctx, { id: housing.id, name: 'Irwell Valley Homes', shortName: 'IVH' })
    expect(caseRecord.get(app.ctx, created.id).leadAgencyName).toBe('Irwell Valley Homes')
  })

  it('a deactivated agency stays on old records but leaves the pick list, and can come back', () => {
    app = createTestApp()
    const police = app.agency('Police')
    const created = cases.create(
      app.ctx,
      caseCreateInput.parse({ kind: 'individual', title: 'A', keyworkerId: app.admin.id, leadAgencyId: police.id, riskLevel: 'low' }),
    )
    agencies.setActive(app.ctx, police.id, false)
    expect(agencies.list(app.ctx, false).map((a) => a.name)).not.toContain('Police')
    expect(agencies.list(app.ctx, true).find((a) => a.id === police.id)?.active).toBe(false)
    expect(caseRecord.get(app.ctx, created.id).leadAgencyName).toBe('Police')
    agencies.setActive(app.ctx, police.id, true)
    expect(agencies.list(app.ctx, false).map((a) => a.name)).toContain('Police')
  })

  it('refuses a rename onto another agency’s name', () => {
    app = createTestApp()
    expect(() => agencies.update(app!.ctx, { id: app!.agency('Police').id, name: 'GP PRACTICE', shortName: 'GP' })).toThrow(
      'An agency called "GP PRACTICE" already exists',
    )
  })
})

describe('users in Settings', () => {
  it('only an administrator manages users and agencies', () => {
    app = createTestApp()
    const viewer = makeUser(app, { name: 'Vic Viewer', role: 'viewer' })
    signInAs(app, viewer)
    expect(() => users.create(app!.ctx, { name: 'X', agencyId: app!.agency('GP').id, role: 'practitioner', credential: '135790' })).toThrow(
      'Only an administrator can do this.',
    )
    expect(() => agencies.create(app!.ctx, { name: 'New org', shortName: 'New' })).toThrow('Only an administrator can do this.')
  })

  it('changes a role and deactivates a user, but never the last administrator', () => {
    app = createTestApp()
    const chair = makeUser(app, { name: 'Chris Chair', role: 'chair' })
    const updated = users.update(app.ctx, {
      id: chair.id,
      name: 'Chris Chair',
      agencyId: chair.agencyId,
      role: 'practitioner',
      active: false,
      credential: '',
    })
    expect(updated).toMatchObject({ role: 'practitioner', active: false })
    expect(() =>
      users.update(app!.ctx, {
        id: app!.admin.id,
        name: app!.admin.name,
        agencyId: app!.admin.agencyId,
        role: 'chair',
        active: true,
        credential: '',
      }),
    ).toThrow('Roundtable needs at least one active administrator. Make someone else an administrator first.')
    expect(users.list(app.ctx).find((user) => user.id === app!.admin.id)?.role).toBe('admin')
  })

  it('an inactive user cannot sign in', () => {
    app = createTestApp()
    const leaver = makeUser(app, { name: 'Lee Leaver' })
    users.update(app.ctx, { id: leaver.id, name: leaver.name, agencyId: leaver.agencyId, role: leaver.role, active: false, credential: '' })
    expect(() => signInAs(app!, leaver)).toThrow('Choose an active user')
  })
})
