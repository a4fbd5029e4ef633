import { afterEach, describe, expect, it } from 'vitest'
import * as timeline from '../../electron/main/services/timeline'
import * as triage from '../../electron/main/services/triage'
import * as triageSources from '../../electron/main/services/triageSources'
import { triageInput } from '../../shared/domain/record/triage'
import { triageSourceCreateInput, triageSourceRenameInput } from '../../shared/domain/record/triageSources'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function logFrom(test: TestApp, caseId: string, source: string) {
  return triage.create(
    test.ctx,
    triageInput.parse({
      receivedAt: test.ctx.now().toISOString(),
      source,
      subject: { mode: 'existing', caseId, personId: null },
      summary: 'A call',
      riskLevel: 'low',
      decisionCategory: 'nfa',
      decidedByUserId: test.admin.id,
    }),
  )
}

describe('triage sources kept in Settings', () => {
  it('lists fire, probation and DWP with the usual sources, and adds a new one under a key made from its name', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    expect(triageSources.list(app.ctx, false).map((s) => s.label)).toEqual([
      'Police incident',
      'Ambulance',
      'A&E',
      'GP',
      'Housing',
      'Fire and rescue',
      'Probation',
      'DWP (benefits)',
      'Self-referral',
      'Family or friend',
      'Other agency',
      'Other',
    ])
    const added = triageSources.create(app.ctx, triageSourceCreateInput.parse({ label: '  Street triage ' }))
    expect(added).toEqual({ key: 'street_triage', label: 'Street triage', active: true, usedBy: 0 })
    expect(triageSources.list(app.ctx, false).at(-1)?.label).toBe('Street triage')
    expect(() => triageSources.create(app!.ctx, triageSourceCreateInput.parse({ label: 'street TRIAGE' }))).toThrow(
      expect.objectContaining({ fields: { label: 'A source called "Street triage" already exists' } }),
    )
    const entry = logFrom(app, makeCase(app).id, 'street_triage')
    expect(entry).toMatchObject({ source: 'street_triage', sourceLabel: 'Street triage' })
  })

  it('a rename shows on old entries; a retired source leaves the form but stays on its entries, and comes back', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app)
    const entry = logFrom(app, c.id, 'dwp')
    triageSources.rename(app.ctx, triageSourceRenameInput.parse({ key: 'dwp', label: 'DWP / Jobcentre' }))
    expect(triage.list(app.ctx).find((e) => e.id === entry.id)?.sourceLabel).toBe('DWP / Jobcentre')
    expect(timeline.forCase(app.ctx, c.id).map((e) => e.title)).toContain('Triage: DWP / Jobcentre, Low risk, No further action')

    expect(triageSources.setActive(app.ctx, { key: 'dwp', active: false })).toEqual({
      key: 'dwp',
      label: 'DWP / Jobcentre',
      active: false,
      usedBy: 1,
    })
    expect(triageSources.list(app.ctx, false).map((s) => s.key)).not.toContain('dwp')
    expect(triageSources.list(app.ctx, true).find((s) => s.key === 'dwp')).toMatchObject({ active: false, usedBy: 1 })
    expect(() => logFrom(app!, c.id, 'dwp')).toThrow(
      expect.objectContaining({ fields: { source: '"DWP / Jobcentre" has been retired: choose another source' } }),
    )
    expect(triage.list(app.ctx).find((e) => e.id === entry.id)?.sourceLabel).toBe('DWP / Jobcentre')
    triageSources.setActive(app.ctx, { key: 'dwp', active: true })
    expect(logFrom(app, c.id, 'dwp').sourceLabel).toBe('DWP / Jobcentre')
  })

  it('refuses an unknown source, retiring the police source, a duplicate rename, and changes by anyone but an administrator', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app)
    expect(() => logFrom(app!, c.id, 'carrier_pigeon')).toThrow(
      expect.objectContaining({ fields: { source: 'Choose where the contact came from' } }),
    )
    expect(() => triageSources.setActive(app!.ctx, { key: 'police', active: false })).toThrow(
      'Police contacts count towards escalation, so this source cannot be retired: rename it instead.',
    )
    expect(triageSources.rename(app.ctx, triageSourceRenameInput.parse({ key: 'police', label: 'GMP incident' })).label).toBe(
      'GMP incident',
    )
    expect(() => triageSources.rename(app!.ctx, triageSourceRenameInput.parse({ key: 'gp', label: 'gmp INCIDENT' }))).toThrow(
      expect.objectContaining({ fields: { label: 'A source called "GMP incident" already exists' } }),
    )
    expect(() => triageSources.rename(app!.ctx, triageSourceRenameInput.parse({ key: 'nope', label: 'Nope' }))).toThrow(
      'The source was not found',
    )
    const practitioner = makeUser(app, { name: 'Sam Patel' })
    signInAs(app, practitioner)
    expect(triageSources.list(app.ctx, false)).toHaveLength(12)
    expect(() => triageSources.create(app!.ctx, triageSourceCreateInput.parse({ label: 'Schools' }))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
    expect(() => triageSources.setActive(app!.ctx, { key: 'gp', active: false })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    signInAs(app, app.admin)
    expect(
      triageSources
        .list(app.ctx, true)
        .map((s) => [s.key, s.label, s.active])
        .slice(0, 4),
    ).toEqual([
      ['police', 'GMP incident', true],
      ['ambulance', 'Ambulance', true],
      ['ae', 'A&E', true],
      ['gp', 'GP', true],
    ])
  })
})
