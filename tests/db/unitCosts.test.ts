import { afterEach, describe, expect, it } from 'vitest'
import { listAuditFor } from '../../electron/main/db/repos/audit'
import { DomainError } from '../../electron/main/services/errors'
import * as unitCosts from '../../electron/main/services/unitCosts'
import { parsePounds, unitCostInput } from '../../shared/domain/outcomes/unitCosts'
import { createTestApp, makeUser, signInAs, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const fieldErrors = (input: unknown) => {
  const result = unitCostInput.safeParse(input)
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
}

describe('unit costs', () => {
  it('lists the seeded defaults, then saves an edit and a new kind, auditing the old figure', () => {
    app = createTestApp('2026-12-02T10:00:00.000Z')
    expect(unitCosts.list(app.ctx).map((cost) => [cost.kind, cost.costPence, cost.priceYear, cost.bearer])).toEqual([
      ['ae_attendance', 11700, '2013-14', 'nhs'],
      ['ambulance', 21600, '2013-14', 'nhs'],
      ['gp_crisis', 4500, '2013-14', 'nhs'],
    ])
    unitCosts.save(
      app.ctx,
      unitCostInput.parse({
        kind: 'ambulance',
        costPence: 25000,
        priceYear: '2016-17',
        bearer: 'nhs',
        source: 'Local ambulance trust figure, 2016-17',
      }),
    )
    const after = unitCosts.save(
      app.ctx,
      unitCostInput.parse({
        kind: 'housing',
        costPence: 120050,
        priceYear: '2020-21',
        bearer: 'local_authority',
        source: ' Council eviction cost ',
      }),
    )
    expect(after.find((cost) => cost.kind === 'ambulance')).toMatchObject({
      costPence: 25000,
      priceYear: '2016-17',
      source: 'Local ambulance trust figure, 2016-17',
      updatedAt: '2026-12-02T10:00:00.000Z',
    })
    expect(after.find((cost) => cost.kind === 'housing')).toMatchObject({
      costPence: 120050,
      bearer: 'local_authority',
      source: 'Council eviction cost',
    })
    const audit = listAuditFor(app.db, 'unit_cost', 'ambulance')
    expect(audit.map((row) => row.action)).toEqual(['update'])
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({
      before: { costPence: 21600, priceYear: '2013-14', bearer: 'nhs' },
      after: { costPence: 25000, priceYear: '2016-17', bearer: 'nhs' },
    })
  })
  it('removes a cost so the kind is no longer costed, and says when there is none to remove', () => {
    const { ctx } = (app = createTestApp())
    expect(unitCosts.remove(ctx, 'gp_crisis').map((cost) => cost.kind)).toEqual(['ae_attendance', 'ambulance'])
    expect(() => unitCosts.remove(ctx, 'gp_crisis')).toThrow('That unit cost was not found')
  })
  it('lets only an administrator change a cost, and changes nothing when refused', () => {
    const { ctx } = (app = createTestApp())
    const practitioner = makeUser(app)
    signInAs(app, practitioner)
    expect(unitCosts.list(ctx)).toHaveLength(3)
    expect(() =>
      unitCosts.save(ctx, unitCostInput.parse({ kind: 'ambulance', costPence: 1, priceYear: '2013-14', bearer: 'nhs', source: 'x' })),
    ).toThrow(DomainError)
    expect(unitCosts.list(ctx).find((cost) => cost.kind === 'ambulance')?.costPence).toBe(21600)
  })
  it('gives each bad field its own message', () => {
    expect(fieldErrors({ kind: 'ambulance', costPence: 216.5, priceYear: '2013/14', bearer: 'nhs', source: ' ' })).toEqual({
      costPence: 'Enter the cost in pounds and pence, for example 216.00',
      priceYear: 'Enter a financial year, for example 2013-14',
      source: 'Enter where the figure comes from',
    })
    expect(fieldErrors({ kind: 'ambulance', costPence: 100, priceYear: '1990-91', bearer: 'nhs', source: 's' })).toEqual({
      priceYear: 'There is no GDP deflator for that year: use 2010-11 to 2027-28',
    })
  })
  it('reads pounds typed into the form as pence', () => {
    expect(parsePounds('216')).toBe(21600)
    expect(parsePounds('£1,216.5')).toBe(121650)
    expect(parsePounds(' 0.05 ')).toBe(5)
    expect(parsePounds('12.345')).toBeNull()
    expect(parsePounds('-3')).toBeNull()
    expect(parsePounds('')).toBeNull()
  })
})
